// English text of <il2-schedule>, and the shape of its text in every language: a module of its
// own, so a page loads only the text it shows. Dates and times arrive already formatted (by Intl,
// in the language's `intlLocale`); counts arrive as numbers, for the count messages' plural forms.
// The numbers follow the prescribing information (L1, L2): about every 8 hours, so up to 3 doses a
// day, never more than 14 in a cycle. No wording may say or imply 15 ("3 times a day for 5 days").
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
  /** Description on every event: a plan, not the care team's schedule; at most 14 doses a cycle. */
  note: string;
}

export interface ScheduleText {
  title: string;
  /** The main message; defines "course" where it is first used. */
  lede: string;
  /** Where and how IL-2 is given (F14, F15, F17, L5, L9). */
  aboutHeading: string;
  about: ContentBlock[];

  /** Heading of the timeline without a start date, and with one. */
  courseHeading: string;
  datesHeading: string;
  /**
   * One course in a few sentences, with the numbers in use (F16 with L2); defines "cycle".
   * `{doses}` is `cycleDoses` for the doses a day in use, `{rest}` is `restLength`.
   */
  courseSummary: string;
  /** Up to how many doses a day (the count: 1–3), and never more than 14 a cycle. */
  cycleDoses: CountMessage;
  /** The rest's length: `days` for one length (the count), `range` from `{min}` to `{max}` days. */
  restLength: { days: CountMessage; range: string };
  /** `{cycle}` is 1 or 2. */
  cycleTitle: string;
  /** Under each cycle's title: `{days}` and the most doses it can have, the count (L2: never more than 14). */
  cycleDetail: CountMessage;
  /** `{day}` is 1–5. */
  dayLabel: string;
  /** Beside each day's dose dots: the most doses that day can have (0 when the cycle's are used up). */
  dayDoses: CountMessage;
  restTitle: string;
  /** Under the rest's title: `{rest}` is `restLength`. */
  restDetail: string;
  /** The picture's key: what a dose dot means. */
  doseKey: string;
  /** The picture's key: what a rest square means (`range` also explains the dashed ones). */
  restKey: { fixed: string; range: string };
  /** The timeline's last step, after cycle 2 (L13, F18): the check, then whether more treatment follows. */
  after: { title: string; detail: string; steps: string[] };
  /** Under the timeline: the plan shows IL-2 given alone (L16). */
  aloneNote: string;
  /** `{times}` is a formatted list of clock times. */
  doseTimes: string;
  /** After the dose times, for day `{day}` with fewer doses (the count) than times: it keeps the first ones. */
  doseTimesShortDay: CountMessage;
  todayBadge: string;

  /** Shown with dates. `{start}` is a long date. */
  datedIntro: string;
  /** Says plainly that the care team sets the real dates. */
  datedCaution: string;
  /** A rest of one length: `{first}` to `{last}`. */
  restDates: string;
  /** A rest of one day: `{first}`. */
  restDay: string;
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

  /** Facts from the prescribing information (L1, L2), each shown after `common.labelTag`. */
  labelFacts: string[];

  calendar: ScheduleCalendarText;
}

export const schedule: ScheduleText = {
  title: cardTitles.schedule,
  // F14, F15, F16: "course" defined where it is first used
  lede: "You get IL-2 in the hospital, through a vein. One full round of treatment is called a course. In a course, you get doses for 5 days, then rest, then get doses for 5 more days.",
  aboutHeading: "Where and how",
  about: [
    // F14
    "You get IL-2 only in a hospital, because its side effects can be serious. A doctor with a lot of experience with IL-2 is in charge of your care.",
    // L5
    "The hospital has an intensive care unit (ICU) close by, in case you need extra care.",
    // F15
    "The medicine drips into a vein. This is called an infusion.",
    // F17
    "Your care team checks you often. They look for side effects and see how well IL-2 is working.",
    // L9, with the way to the side-effects card
    'Before your first dose, you will have tests to see if IL-2 is safe for you. "Side effects and when to get help" tells you more.',
  ],
  courseHeading: "One course, step by step",
  datesHeading: "Your dates",
  // F16: "cycle" defined where it is first used; {doses} = cycleDoses, {rest} = restLength
  courseSummary:
    "Each 5-day stretch of doses is called a cycle. So a course has two cycles, with a rest in between. {doses} Between the cycles, you rest for {rest}.",
  // F16 read with L2: never "3 times a day for 5 days" alone
  cycleDoses: {
    "=1": "In each cycle, you get up to one dose a day.",
    "=2": "In each cycle, you get up to two doses a day.",
    "=3": "In each cycle, you get up to three doses a day, but never more than 14 in all.",
    one: "In each cycle, you get up to {count} dose a day.",
    other:
      "In each cycle, you get up to {count} doses a day, but never more than 14 in all.",
  },
  restLength: {
    days: { one: "{count} day", other: "{count} days" },
    range: "{min} to {max} days",
  },
  cycleTitle: "Cycle {cycle}",
  // L2: the picture shows the most doses a cycle can have, never more than 14
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
  restDetail: "{rest} with no IL-2",
  // Key of the picture (PEMAT: visual cues explained)
  doseKey: "Each dot is one dose you may get. Your care team may skip some.",
  restKey: {
    fixed: "Each square is one day of rest.",
    range:
      "Each square is one day of rest. A dashed square is a day you may still be resting, if your rest is longer.",
  },
  after: {
    title: "After the course",
    // L13
    detail: "A check, then a choice about more treatment",
    steps: [
      // L13
      "About 4 weeks after the course, your care team checks whether the tumors have shrunk.",
      // F18, L13: the usual next course, never without the label's condition
      "If they shrank and the side effects were not serious, people usually get another course. It is given only if it is safe for you.",
      // L13
      "Another course starts at least 7 weeks after you leave the hospital.",
    ],
  },
  // L16
  aloneNote:
    "This plan shows IL-2 given on its own. After a newer cell treatment called lifileucel (Amtagvi®), IL-2 is given for only a few doses, on a shorter plan.",
  doseTimes: "Planned dose times each day: {times}.",
  // A day with fewer doses than times keeps the first ones on the list
  doseTimesShortDay: {
    "=0": "Day {day} has no doses.",
    one: "Day {day} has only 1 dose, at the first time on the list.",
    other:
      "Day {day} has only {count} doses, at the first {count} times on the list.",
  },
  todayBadge: "Today",

  datedIntro:
    "Your first day of IL-2 is {start}. The dates below count from that day.",
  // L2 (the care team may change the plan)
  datedCaution:
    "This is a plan to help you get ready. Your care team sets your real dates, and they may change.",
  restDates: "You rest from {first} to {last}.",
  restDay: "You rest on {first}.",
  restDatesRange:
    "Your rest starts on {first} and lasts {rest}. Your last rest day will be between {lastEarliest} and {lastLatest}.",
  cycle2Window:
    "Cycle 2 may start on any day from {earliest} to {latest}. Your care team decides the day.",
  todayInCycle: "Today, {today}, is day {day} of cycle {cycle}.",
  todayInRest: "Today, {today}, is rest day {day}.",
  todayInWindow: "Today, {today}, is one of the days when cycle 2 may start.",

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

  // Each line shows common.labelTag first
  labelFacts: [
    // L1 (a quarter of an hour: the label's infusion time, said without that number)
    "A dose comes about every 8 hours, so up to 3 a day. Each one drips in over about a quarter of an hour.",
    // L2
    "A cycle has at most 14 doses. Many people get fewer, because the care team holds or skips doses when side effects call for it.",
    // L2 (the source says 7 to 10 days)
    "The rest between the two cycles is about 9 days. The patient page says 7 to 10 days.",
  ],

  calendar: {
    fileName: "il2-schedule-{start}.ics",
    infusionDay: "IL-2 in the hospital: cycle {cycle}, day {day} of {days}",
    dose: "IL-2 dose {dose} of {doses} today (cycle {cycle}, day {day})",
    rest: "Rest from IL-2",
    cycle2Window: "IL-2 cycle 2 may start on any of these days",
    cycle2WindowNote: "Your care team decides the day. Until then, you rest.",
    // L2
    note: "A plan made from the day of your first infusion. A cycle has at most 14 doses, and many people get fewer. Your care team sets your real dates, and they may change.",
  },
};
