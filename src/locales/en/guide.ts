// English text of <il2-guide> (its own title and contents list): a module of its own, so a page loads only the text it shows.
import type { GuideText } from "../../guide/guide-text.js";

export const guide: GuideText = {
  title: "Your guide to IL-2 for melanoma",
  lede: "Read it all, or use the list below to jump to a part.",
  contents: "In this guide",
};
