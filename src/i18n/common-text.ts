// The shape of the text every card shows (its frame), in every language. The core owns this type;
// each language's `common` part (src/locales/<language>/common.ts) fills it in.

export interface CommonText {
  /** BCP 47 tag used with Intl for dates and numbers, e.g. `en-US`. */
  intlLocale: string;
  /** General-information notice and the prompt to talk with the care team (on every card). */
  careTeamNote: string;
  /** Names the source document and its date (fact F28). */
  sourceLine: string;
  /** Shown beside facts taken from the FDA label rather than the source page (L1–L4). */
  labelNote: string;
  /**
   * Text direction of the language: `rtl` for Arabic, Persian, Urdu, Hebrew…; left out (`ltr`) for
   * the others. A translation pack sets it from its language; the card sets `dir` from it.
   */
  dir?: "ltr" | "rtl";
  /**
   * Only in a draft translation pack (built with `--draft`, without a review record): the line
   * "This translation has not been reviewed yet", in the pack's language, which every card shows.
   */
  draftNote?: string;
}
