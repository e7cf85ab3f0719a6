// The shape of the text every card shows (its frame), in every language. The core owns this type;
// each language's `common` part (src/locales/<language>/common.ts) fills it in.

export interface CommonText {
  /** BCP 47 tag used with Intl for dates and numbers, e.g. `en-US`. */
  intlLocale: string;
  /** General-information notice and the prompt to talk with the care team (on every card). */
  careTeamNote: string;
  /**
   * The review record, one quiet line at the end of every card (in the guide: once, in its own
   * footer). `{date}` is a long date in the card's language.
   */
  review: {
    /** The package's own check of the text against its sources: never implies a clinician reviewed it. */
    checked: string;
    /** Replaces `checked` when the host sets `reviewed-by` and `reviewed-on`: `{reviewer}`, `{date}`. */
    reviewedBy: string;
    /** Twelve months after the check shown. */
    next: string;
  };
  /** The sources line: `lead`, then the sources joined with "; ". */
  sources: {
    lead: string;
    /** The patient page (F28); `{date}` is its "last updated" month. */
    page: string;
    /** The prescribing information (L facts); `{date}` is its revision month. */
    label: string;
    /** The melanoma studies (L14), on cards that show their numbers; `{year}`. */
    study: string;
  };
  /** The mark before a fact from the prescribing information, punctuation included. */
  labelTag: string;
  /** Explains `labelTag`, in the footer of a card that shows it. */
  labelNote: string;
  /** The mark before numbers from the melanoma studies (L14), punctuation included. */
  studyTag: string;
  /** Explains `studyTag`, in the footer of a card that shows study numbers. */
  studyNote: string;
  /** Words used where a host gave no phone number (the card never invents one). */
  careTeamNumber: string;
  /**
   * The "add this question to my list" tool (overview, assistance, resources): its button, and
   * what the card says once the question was handed to a list of questions (`{question}`).
   */
  askTool: {
    button: string;
    added: string;
    listed: string;
    full: string;
    noList: string;
  };
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
