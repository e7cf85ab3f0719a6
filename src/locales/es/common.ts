// Spanish text of every card: a module of its own, so a page loads only the text it shows.
import type { CommonText } from "../../i18n/common-text.js";

export const common: CommonText = {
  intlLocale: "es-US",
  careTeamNote:
    "Esta tarjeta da datos generales, no consejos para su caso. Hable con su equipo médico sobre su tratamiento.",
  // F28 (the page's title is quoted as published, in English)
  sourceLine:
    'Fuente: Melanoma Research Alliance, página para pacientes en inglés "Interleukin-2 (IL-2, Aldesleukin, PROLEUKIN®)". Última actualización: agosto de 2021.',
  labelNote:
    'Los datos marcados "Etiqueta de la FDA" vienen de la información de prescripción de PROLEUKIN en EE. UU. (2024).',
};
