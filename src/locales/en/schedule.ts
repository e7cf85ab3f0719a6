// English text of <il2-schedule>: a module of its own, so a page loads only the text it shows.
import type { ScheduleText } from "../../schedule/schedule-text.js";
import type { RestRange } from "../../schedule/course.js";
import { cardTitles } from "./card-titles.js";

const restLength = ({ min, max }: RestRange) =>
  min === max
    ? `${min} ${min === 1 ? "day" : "days"}`
    : `${min} to ${max} days`;
const timesADay = (count: number) =>
  count === 1 ? "once a day" : `${count} times a day`;
const doseCount = (count: number) =>
  count === 1 ? "1 dose" : `${count} doses`;

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
  courseSummary: (dosesPerDay, rest) =>
    `One course has two cycles. In each cycle, you get IL-2 ${timesADay(dosesPerDay)} for 5 days. ` +
    `Between the cycles, you rest for ${restLength(rest)}.`,
  cycleTitle: (cycle) => `Cycle ${cycle}`,
  // L2: the picture shows the most doses a cycle can have, never more than 14.
  cycleDetail: (days, dosesPerCycle) =>
    `${days} days in the hospital, up to ${doseCount(dosesPerCycle)}`,
  dayLabel: (day) => `Day ${day}`,
  dayDoses: (doses) => (doses ? `up to ${doseCount(doses)}` : "no doses"),
  restTitle: "Rest",
  restDetail: (rest) => `${restLength(rest)} with no IL-2`,
  doseTimes: (times) => `Planned dose times each day: ${times}.`,
  doseTimesShortDay: (day, doses) =>
    doses === 0
      ? `Day ${day} has no doses.`
      : doses === 1
        ? `Day ${day} has a dose at the first time only.`
        : `Day ${day} has doses at the first ${doses} times only.`,
  todayBadge: "Today",

  datedIntro: (start) =>
    `Your first day of IL-2 is ${start}. The dates below count from that day.`,
  // L2 (the care team may change the plan), in plain words; no new facts.
  datedCaution:
    "This is a guide to help you plan. Your care team sets your real schedule, and it may change.",
  restDates: (first, last) =>
    first === last
      ? `You rest on ${first}.`
      : `You rest from ${first} to ${last}.`,
  restDatesRange: (first, rest, lastEarliest, lastLatest) =>
    `Your rest starts on ${first} and lasts ${restLength(rest)}. ` +
    `Your last rest day will be between ${lastEarliest} and ${lastLatest}.`,
  cycle2Window: (earliest, latest) =>
    `Cycle 2 may start as early as ${earliest} or as late as ${latest}. Your care team will set the day.`,
  todayInCycle: (today, cycle, day) =>
    `Today, ${today}, is day ${day} of cycle ${cycle}.`,
  todayInRest: (today, day) => `Today, ${today}, is rest day ${day}.`,
  todayInWindow: (today) =>
    `Today, ${today}, is in the days when cycle 2 may take place.`,

  formHeading: "See your own dates",
  formHint:
    "Do you know the day of your first infusion? Enter it to see the dates of your course.",
  dateLabel: "Day of your first infusion",
  showDates: "Show my dates",
  clearDates: "Clear my dates",
  errorEmpty: "Please enter the day of your first infusion.",
  errorInvalid:
    "That is not a real date. Please check the month, day and year.",
  statusShown: (start) => `Showing your dates from ${start}.`,
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
    fileName: (start) => `il2-schedule-${start}.ics`,
    infusionDay: (cycle, day, days) =>
      `IL-2 in the hospital: cycle ${cycle}, day ${day} of ${days}`,
    dose: (cycle, day, dose, doses) =>
      `IL-2 dose ${dose} of ${doses} (cycle ${cycle}, day ${day})`,
    rest: "Rest from IL-2",
    cycle2Window: "IL-2 cycle 2 may start on one of these days",
    cycle2WindowNote: "Your care team will set the day. Until then, you rest.",
    note: "A plan made from the day of your first infusion. Your care team sets your real schedule, and it may change.",
  },
};
