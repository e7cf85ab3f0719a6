// English text of <il2-schedule>, and the shape of its text in every language: a module of its
// own, so a page loads only the text it shows. Dates and times arrive already formatted (by Intl,
// in the language's `intlLocale`); counts arrive as numbers, for the count messages' plural forms.
import type { ContentBlock } from "../../shared/blocks.js";
import type { CountMessage } from "../../i18n/message.js";
import { cardTitles } from "./card-titles.js";

export interface ScheduleCalendarText {
  /** Name of the downloaded file; `{start}` is `YYYY-MM-DD`. Keep it to safe file-name characters. */
  fileName: string;
  /** All-day event for one infusion day: `{cycle}`, `{day}`, `{days}` (days in a cycle). */
  infusionDay: string;
  /** Timed event for one dose (only when the host sets dose times): `{cycle}`, `{day}`, `{dose}`, `{doses}` (that day's). */
  dose: string;
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
  /** One course in one sentence, with the numbers in use (F16): `{timesADay}`, `{rest}`. */
  courseSummary: string;
  /** How often a day: the count is the doses a day. */
  timesADay: CountMessage;
  /** A rest of one length: the count is its days. */
  restLength: CountMessage;
  /** A rest that may last from `{min}` to `{max}` days. */
  restRange: string;
  /** `{cycle}` is 1 or 2. */
  cycleTitle: string;
  /** Under each cycle's title: `{days}` and the most doses it can have, the count (L2: never more than 14). */
  cycleDetail: CountMessage;
  /** `{day}` is 1–5. */
  dayLabel: string;
  /** Beside each day's dose dots: the most doses that day can have (0 when the cycle's are used up). */
  dayDoses: CountMessage;
  restTitle: string;
  /** Under the rest's title, for a rest of one length: the count is its days. */
  restDetail: CountMessage;
  /** Under the rest's title, for a rest from `{min}` to `{max}` days. */
  restDetailRange: string;
  /** `{times}` is a formatted list of clock times. */
  doseTimes: string;
  /** After the dose times, for day `{day}` with fewer doses (the count) than times: it keeps the first ones. */
  doseTimesShortDay: CountMessage;
  todayBadge: string;

  /** Shown with dates. `{start}` is a long date. */
  datedIntro: string;
  /** Says plainly that the care team sets the real schedule. */
  datedCaution: string;
  /** A rest of one day: `{first}`. */
  restDay: string;
  /** A rest of one length: `{first}` to `{last}`. */
  restDates: string;
  /** A rest that may last `{rest}`: from `{first}`, its last day between `{lastEarliest}` and `{lastLatest}`. */
  restDatesRange: string;
  /** `{earliest}`, `{latest}`. */
  cycle2Window: string;
  /** `{today}`, `{cycle}`, `{day}`. */
  todayInCycle: string;
  /** `{today}`, `{day}`. */
  todayInRest: string;
  /** `{today}`. */
  todayInWindow: string;

  /** The date form. */
  formHeading: string;
  formHint: string;
  dateLabel: string;
  showDates: string;
  clearDates: string;
  errorEmpty: string;
  errorInvalid: string;
  /** `{start}` is a long date. */
  statusShown: string;
  statusCleared: string;

  addToCalendar: string;
  print: string;

  /** Marks facts from the FDA label (L1, L2), punctuation included; `common.labelNote` explains the mark. */
  labelTag: string;
  labelFacts: string[];

  calendar: ScheduleCalendarText;
}

export const schedule: ScheduleText = {
  title: cardTitles.schedule,
  // F14, F16
  lede: "IL-2 is given in the hospital in two cycles, with a rest in between.",
  aboutHeading: "Where and how",
  about: [
    // F14
    "You get IL-2 only in a hospital. Its side effects can be severe. So a doctor who knows IL-2 well is in charge of your care.",
    // F15
    "The drug goes into a vein. This is called an infusion.",
    // F17
    "Your doctors watch you closely. They check for side effects and see how well the drug works.",
    // F18
    "After the first course, people usually get more courses if IL-2 is working and they have no serious side effects.",
  ],
  courseHeading: "One course, step by step",
  datesHeading: "Your dates",
  // F16
  courseSummary:
    "One course has two cycles. In each cycle, you get IL-2 {timesADay} for 5 days. Between the cycles, you rest for {rest}.",
  timesADay: { one: "once a day", other: "{count} times a day" },
  restLength: { one: "{count} day", other: "{count} days" },
  restRange: "{min} to {max} days",
  cycleTitle: "Cycle {cycle}",
  // L2: the picture shows the most doses a cycle can have, never more than 14.
  cycleDetail: {
    one: "{days} days in the hospital, up to {count} dose",
    other: "{days} days in the hospital, up to {count} doses",
  },
  dayLabel: "Day {day}",
  dayDoses: {
    "=0": "no doses",
    one: "up to {count} dose",
    other: "up to {count} doses",
  },
  restTitle: "Rest",
  restDetail: {
    one: "{count} day with no IL-2",
    other: "{count} days with no IL-2",
  },
  restDetailRange: "{min} to {max} days with no IL-2",
  doseTimes: "Planned dose times each day: {times}.",
  doseTimesShortDay: {
    "=0": "Day {day} has no doses.",
    one: "Day {day} has a dose at the first time only.",
    other: "Day {day} has doses at the first {count} times only.",
  },
  todayBadge: "Today",

  datedIntro:
    "Your first day of IL-2 is {start}. The dates below count from that day.",
  // L2 (the care team may change the plan), in plain words; no new facts.
  datedCaution:
    "This is a guide to help you plan. Your care team sets your real schedule, and it may change.",
  restDay: "You rest on {first}.",
  restDates: "You rest from {first} to {last}.",
  restDatesRange:
    "Your rest starts on {first} and lasts {rest}. Your last rest day will be between {lastEarliest} and {lastLatest}.",
  cycle2Window:
    "Cycle 2 may start as early as {earliest} or as late as {latest}. Your care team will set the day.",
  todayInCycle: "Today, {today}, is day {day} of cycle {cycle}.",
  todayInRest: "Today, {today}, is rest day {day}.",
  todayInWindow: "Today, {today}, is in the days when cycle 2 may take place.",

  formHeading: "See your own dates",
  formHint:
    "Do you know the day of your first infusion? Enter it to see the dates of your course.",
  dateLabel: "Day of your first infusion",
  showDates: "Show my dates",
  clearDates: "Clear my dates",
  errorEmpty: "Please enter the day of your first infusion.",
  errorInvalid:
    "That is not a real date. Please check the month, day and year.",
  statusShown: "Showing your dates from {start}.",
  statusCleared: "Your dates are cleared.",

  addToCalendar: "Add to my calendar",
  print: "Print",

  labelTag: "FDA label:",
  labelFacts: [
    // L1
    "The doses are given about every 8 hours.",
    // L2
    "A cycle has no more than 14 doses. Your care team may hold or skip a dose because of side effects.",
  ],

  calendar: {
    fileName: "il2-schedule-{start}.ics",
    infusionDay: "IL-2 in the hospital: cycle {cycle}, day {day} of {days}",
    dose: "IL-2 dose {dose} of {doses} (cycle {cycle}, day {day})",
    rest: "Rest from IL-2",
    cycle2Window: "IL-2 cycle 2 may start on one of these days",
    cycle2WindowNote: "Your care team will set the day. Until then, you rest.",
    note: "A plan made from the day of your first infusion. Your care team sets your real schedule, and it may change.",
  },
};
