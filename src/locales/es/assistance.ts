// Spanish text of <il2-assistance>: a module of its own, so a page loads only the text it shows.
// No "PAP" acronym (read as the Pap test, and never used again); no gendered "consejero".
import type { AssistanceText } from "../en/assistance.js";

export const assistance: AssistanceText = {
  title: "Ayuda para pagar la IL-2",
  // F24 ("Su fin es", not "Sirven para", which promises)
  lede: "¿Le preocupa el costo de la IL-2? Hay ayuda. Hay programas de asistencia al paciente. Su fin es ayudarle a recibir el tratamiento que necesita, tenga el dinero que tenga.",
  // F24
  options:
    "La compañía que fabrica la IL-2 tiene un programa así. También hay otros tipos de ayuda.",
  // L17
  maker:
    "La compañía Iovance Biotherapeutics fabrica y vende PROLEUKIN desde 2023.",
  stepsHeading: "Qué puede hacer",
  steps: {
    // F24
    counselor:
      "Pregunte qué ayuda hay a su equipo de atención médica. Pregunte también en la oficina de su hospital que ayuda con los costos de la atención (asesoría financiera).",
    // F24, L17
    program: "Pregunte por el programa de la compañía que fabrica la IL-2.",
    programLink: "También puede leer sobre el programa por su cuenta:",
    // F24
    others: "Pregunte también por otros tipos de ayuda.",
  },
  // L17: the link names the maker and makes sense on its own
  programLink:
    "Lea sobre el programa de asistencia al paciente de Iovance Biotherapeutics, la compañía que fabrica la IL-2",
  ask: "¿Dónde puedo conseguir ayuda para pagar la IL-2?",
  contactHeading: "Dónde pedir ayuda con los costos",
  site: "({host})",
};
