// English text of <il2-guide> (its own title and contents list; each card inside brings its own),
// and the shape of that text in every language: a module of its own, so a page loads only the
// text it shows.

export interface GuideText {
  title: string;
  lede: string;
  /** Accessible name and visible heading of the contents list. */
  contents: string;
}

export const guide: GuideText = {
  title: "Your guide to IL-2 for melanoma",
  lede: "Read it all, or use the list below to jump to a part.",
  contents: "In this guide",
};
