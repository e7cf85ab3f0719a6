// Spanish text of <il2-guide>: a module of its own, so a page loads only the text it shows.
import type { GuideText } from "../en/guide.js";

export const guide: GuideText = {
  title: "Su guía sobre la IL-2 para el melanoma",
  // F2, F5, F14
  lede: "La IL-2 es un tratamiento que se da en el hospital para el melanoma que se ha extendido. Ayuda a su sistema inmunitario a combatir el cáncer. Esta guía le explica qué es la IL-2 y cómo se da. También le dice qué efectos secundarios debe observar y qué preguntar a su equipo de atención médica.",
  howToUse: "Léala completa o use la lista de abajo para ir a una parte.",
  contents: "En esta guía",
};
