// Spanish text of <il2-guide> (its own title and contents list): a module of its own, so a page loads only the text it shows.
import type { GuideText } from "../en/guide.js";

export const guide: GuideText = {
  title: "Su guía sobre la IL-2 para el melanoma",
  lede: "Léala completa o use la lista de abajo para ir a una parte.",
  contents: "En esta guía",
};
