// The shape of a locale: every string a reader sees, per widget. A locale file typed as
// `LocaleText` fails to compile while any string is missing.
import type { OverviewText } from '../overview/overview-text.js';

/** Strings every card uses. */
export interface CommonText {
  /** BCP 47 tag used with Intl for dates and numbers, e.g. `en-US`. */
  intlLocale: string;
  /** General-information notice and the prompt to talk with the care team (on every card). */
  careTeamNote: string;
  /** Names the source document and its date (fact F28). */
  sourceLine: string;
  /** Shown beside facts taken from the FDA label rather than the source page (L1–L4). */
  labelNote: string;
}

export interface LocaleText {
  common: CommonText;
  overview: OverviewText;
}
