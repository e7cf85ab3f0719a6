// Spanish text of every card: a module of its own, so a page loads only the text it shows.
// US Hispanic readers, usted. The sources are in English, and the sources line says so.
import type { CommonText } from "../../i18n/common-text.js";

export const common: CommonText = {
  intlLocale: "es-US",
  // "información", not "tarjeta" (a paper card); "equipo de atención médica", not "equipo médico"
  careTeamNote:
    "Esta información es general, no es un consejo para su caso. Hable con su equipo de atención médica sobre su tratamiento.",
  review: {
    // Says only that the text was compared with its sources: no one is named as a reviewer
    checked: "Comparado con sus fuentes: {date}.",
    reviewedBy: "Revisado por {reviewer} el {date}.",
    next: "Próxima revisión: {date}.",
  },
  sources: {
    // The card keeps saying that its sources are in English
    lead: "Fuentes (en inglés):",
    // F28
    page: "Melanoma Research Alliance, página para pacientes sobre la IL-2, actualizada en {date}",
    // The prescribing information (the L facts)
    label: "información para recetar PROLEUKIN, revisada en {date}",
    // The study behind the 1998 approval
    study:
      "Atkins y colegas, Journal of Clinical Oncology, {year} (los estudios de investigación sobre el melanoma)",
  },
  // Never "etiqueta" (read as the sticker on the vial)
  labelTag: "Información oficial de la FDA:",
  labelNote:
    '"Información oficial de la FDA" marca los datos que vienen de la información para recetar PROLEUKIN. Son los datos oficiales del medicamento, escritos para los médicos. Los aprueba la FDA, la agencia del gobierno de EE. UU. que aprueba los medicamentos.',
  // "estudios" alone reads as medical tests: "estudios de investigación"
  studyTag: "De los estudios de investigación:",
  studyNote:
    '"De los estudios de investigación" marca las cifras de los estudios que llevaron a la aprobación de 1998. En ellos participaron 270 personas con melanoma.',
  // A host gave no phone number
  careTeamNumber: "el número de su equipo de atención médica",
  askTool: {
    button: "Agregar a mis preguntas",
    added:
      'Se agregó a sus preguntas para su equipo de atención médica: "{question}"',
    listed:
      "Esta pregunta ya está en su lista para su equipo de atención médica.",
    full: "Su lista de preguntas está llena. Quite una de esa lista para agregar esta.",
    noList:
      'No hay una lista de preguntas en esta página. Anote esta pregunta para su cita: "{question}"',
  },
};
