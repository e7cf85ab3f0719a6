// The shape of a locale: every string a reader sees, per widget. A locale file typed as
// `LocaleText` fails to compile while any string is missing.
import type { OverviewText } from "../overview/overview-text.js";
import type { GuideText } from "../guide/guide-text.js";
import type { QuestionsText } from "../questions/doctor-questions-text.js";
import type { AssistanceText } from "../assistance/assistance-text.js";
import type { ResourcesText } from "../resources/resources-text.js";
import type { ScheduleText } from "../schedule/schedule-text.js";
import type { SelfCheckText } from "../self-check/self-check-text.js";

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
  guide: GuideText;
  questions: QuestionsText;
  assistance: AssistanceText;
  resources: ResourcesText;
  schedule: ScheduleText;
  selfCheck: SelfCheckText;
}
