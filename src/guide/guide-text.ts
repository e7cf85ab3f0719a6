// The shape of the guide's own text (each card inside brings its own).

export interface GuideText {
  title: string;
  lede: string;
  /** Accessible name and visible heading of the contents list. */
  contents: string;
}
