// The shape of the schedule card's text, shared by every locale. Dates and times arrive already
// formatted (by Intl, in the locale's `intlLocale`); counts arrive as numbers for plural rules.
import type { ContentBlock } from "../shared/blocks.js";
import type { RestRange } from "./course.js";

export interface ScheduleCalendarText {
  /** Name of the downloaded file; `start` is `YYYY-MM-DD`. Keep it to safe file-name characters. */
  fileName: (start: string) => string;
  /** All-day event for one infusion day. */
  infusionDay: (cycle: number, day: number, days: number) => string;
  /** Timed event for one dose (only when the host sets dose times); `doses` is that day's number of doses. */
  dose: (cycle: number, day: number, dose: number, doses: number) => string;
  /** The rest between the cycles (the days that are rest whatever its final length). */
  rest: string;
  /** The days on which cycle 2 may start, when the rest is a range. */
  cycle2Window: string;
  cycle2WindowNote: string;
  /** Description on every event: a plan, not the care team's schedule. */
  note: string;
}

export interface ScheduleText {
  title: string;
  lede: string;
  /** How IL-2 is given (F14, F15, F17, F18). */
  aboutHeading: string;
  about: ContentBlock[];

  /** Heading of the timeline without a start date, and with one. */
  courseHeading: string;
  datesHeading: string;
  /** One course in one sentence, with the numbers in use (F16). */
  courseSummary: (dosesPerDay: number, rest: RestRange) => string;
  cycleTitle: (cycle: number) => string;
  /** Under each cycle's title: its days and the most doses it can have (L2: never more than 14). */
  cycleDetail: (days: number, dosesPerCycle: number) => string;
  dayLabel: (day: number) => string;
  /** Beside each day's dose dots: the most doses that day can have (0 when the cycle's are used up). */
  dayDoses: (doses: number) => string;
  restTitle: string;
  restDetail: (rest: RestRange) => string;
  /** `times` is a formatted list of clock times. */
  doseTimes: (times: string) => string;
  /** After the dose times, for a day with fewer doses than times: it keeps the first `doses` of them. */
  doseTimesShortDay: (day: number, doses: number) => string;
  todayBadge: string;

  /** Shown with dates. `start` is a long date. */
  datedIntro: (start: string) => string;
  /** Says plainly that the care team sets the real schedule. */
  datedCaution: string;
  restDates: (first: string, last: string) => string;
  restDatesRange: (
    first: string,
    rest: RestRange,
    lastEarliest: string,
    lastLatest: string,
  ) => string;
  cycle2Window: (earliest: string, latest: string) => string;
  todayInCycle: (today: string, cycle: number, day: number) => string;
  todayInRest: (today: string, day: number) => string;
  todayInWindow: (today: string) => string;

  /** The date form. */
  formHeading: string;
  formHint: string;
  dateLabel: string;
  showDates: string;
  clearDates: string;
  errorEmpty: string;
  errorInvalid: string;
  statusShown: (start: string) => string;
  statusCleared: string;

  addToCalendar: string;
  print: string;

  /** Marks facts from the FDA label (L1, L2), punctuation included; `common.labelNote` explains the mark. */
  labelTag: string;
  labelFacts: string[];

  calendar: ScheduleCalendarText;
}
