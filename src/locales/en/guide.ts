// English text of <il2-guide> (its own title, lede and contents list; each card inside brings its
// own), and the shape of that text in every language: a module of its own, so a page loads only
// the text it shows.

export interface GuideText {
  title: string;
  /** The guide's main message, first (PEMAT 1, 11). */
  lede: string;
  /** How to use the guide: read it all, or jump with the contents list. */
  howToUse: string;
  /** Accessible name and visible heading of the contents list. */
  contents: string;
}

export const guide: GuideText = {
  title: "Your guide to IL-2 for melanoma",
  // F2, F5, F14: what the guide is for, first
  lede: "IL-2 is a hospital treatment for melanoma that has spread. It helps your immune system fight the cancer. This guide tells you what IL-2 is and how you get it. It also tells you which side effects to watch for, and what to ask your care team.",
  howToUse: "Read it all, or use the list below to jump to a part.",
  contents: "In this guide",
};
