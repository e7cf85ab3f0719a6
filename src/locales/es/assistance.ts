// Spanish text of <il2-assistance>: a module of its own, so a page loads only the text it shows.
import type { AssistanceText } from "../en/assistance.js";

export const assistance: AssistanceText = {
  title: "Ayuda para pagar la IL-2",
  // F24
  lede: "Hay programas de asistencia al paciente (PAP, por sus siglas en inglés). Sirven para que usted reciba el tratamiento que necesita, sin importar cuánto dinero tenga.",
  // F24
  options:
    "La compañía que fabrica la IL-2 tiene un programa así. También hay otros tipos de ayuda.",
  programLink: "Lea sobre el programa de la compañía que fabrica la IL-2",
  askAboutOthers:
    "¿Quiere saber de otros tipos de ayuda? Pregunte a su equipo médico o al consejero financiero de su hospital.",
  askWithoutLink:
    "¿Quiere saber más de ese programa o de otros tipos de ayuda? Pregunte a su equipo médico o al consejero financiero de su hospital.",
  contactHeading: "Dónde pedir ayuda con los costos",
  site: "({host})",
};
