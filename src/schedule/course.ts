// The treatment course laid out on the calendar (fact F16: cycle 1, rest, cycle 2). Pure logic.
import { addDays, dayNumber, isoDate, type PlainDate } from "./dates.js";

/** Infusion days in each cycle (F16). */
export const CYCLE_DAYS = 5;

/** The most doses one cycle can have (L2, FDA label): every 8 hours, the 14th falls on day 5. */
export const MAX_DOSES_PER_CYCLE = 14;

/**
 * Dose slots on each infusion day of a cycle: `dosesPerDay` a day, in order, until the cycle's
 * 14 are used up, so 3 a day gives days 1–4 three and day 5 two. Each is the most that day can
 * have; the care team may hold or skip a dose.
 */
export function doseSlots(
  dosesPerDay: number,
  days = CYCLE_DAYS,
  max = MAX_DOSES_PER_CYCLE,
): number[] {
  const perDay = Number.isFinite(dosesPerDay)
    ? Math.max(0, Math.floor(dosesPerDay))
    : 0;
  return Array.from({ length: days }, (_, index) =>
    Math.max(0, Math.min(perDay, max - perDay * index)),
  );
}

/** Length of the rest between the cycles, in days; `min === max` when it is one fixed length. */
export interface RestRange {
  min: number;
  max: number;
}

/** Earliest and latest of something that depends on the length of the rest. */
export interface DateWindow {
  earliest: PlainDate;
  latest: PlainDate;
}

export interface Course {
  /** Infusion days of cycle 1, starting on the start date. */
  cycle1: PlainDate[];
  /** First rest day (the day after cycle 1). */
  restFirst: PlainDate;
  /** Last rest day: with the shortest and the longest rest. */
  restLast: DateWindow;
  /** First day of cycle 2: with the shortest and the longest rest. */
  cycle2Start: DateWindow;
  /** Infusion days of cycle 2; known only when the rest has one fixed length, otherwise null. */
  cycle2: PlainDate[] | null;
  /** Last infusion day of the course: with the shortest and the longest rest. */
  lastDay: DateWindow;
}

const run = (first: PlainDate, count: number) =>
  Array.from({ length: count }, (_, index) => addDays(first, index));

export function planCourse(start: PlainDate, rest: RestRange): Course {
  const restFirst = addDays(start, CYCLE_DAYS);
  const cycle2Start = {
    earliest: addDays(restFirst, rest.min),
    latest: addDays(restFirst, rest.max),
  };
  return {
    cycle1: run(start, CYCLE_DAYS),
    restFirst,
    restLast: {
      earliest: addDays(cycle2Start.earliest, -1),
      latest: addDays(cycle2Start.latest, -1),
    },
    cycle2Start,
    cycle2:
      rest.min === rest.max ? run(cycle2Start.earliest, CYCLE_DAYS) : null,
    lastDay: {
      earliest: addDays(cycle2Start.earliest, CYCLE_DAYS - 1),
      latest: addDays(cycle2Start.latest, CYCLE_DAYS - 1),
    },
  };
}

/**
 * Where a date falls in the course. With a rest range, the days from the earliest start of cycle 2
 * to its latest possible end may be rest or infusion days, so they are one `cycle2-window`.
 */
export type CoursePlace =
  | { phase: "cycle1"; day: number }
  | { phase: "rest"; day: number }
  | { phase: "cycle2"; day: number }
  | { phase: "cycle2-window" }
  | null;

export function placeInCourse(course: Course, date: PlainDate): CoursePlace {
  const offset = (from: PlainDate) => dayNumber(date) - dayNumber(from);
  const first = course.cycle1[0];
  if (!first || offset(first) < 0 || offset(course.lastDay.latest) > 0)
    return null;
  if (offset(course.restFirst) < 0)
    return { phase: "cycle1", day: offset(first) + 1 };
  if (offset(course.cycle2Start.earliest) < 0)
    return { phase: "rest", day: offset(course.restFirst) + 1 };
  if (course.cycle2)
    return { phase: "cycle2", day: offset(course.cycle2Start.earliest) + 1 };
  return { phase: "cycle2-window" };
}

/** The course's dates as `YYYY-MM-DD` strings (for event details and hosts' analytics). */
export interface ScheduleDates {
  cycle1: string[];
  restFirst: string;
  restLast: { earliest: string; latest: string };
  cycle2Start: { earliest: string; latest: string };
  /** Null when the rest is a range, so the days of cycle 2 are not known yet. */
  cycle2: string[] | null;
  lastDay: { earliest: string; latest: string };
}

export function courseDates(course: Course): ScheduleDates {
  const window = ({ earliest, latest }: DateWindow) => ({
    earliest: isoDate(earliest),
    latest: isoDate(latest),
  });
  return {
    cycle1: course.cycle1.map(isoDate),
    restFirst: isoDate(course.restFirst),
    restLast: window(course.restLast),
    cycle2Start: window(course.cycle2Start),
    cycle2: course.cycle2?.map(isoDate) ?? null,
    lastDay: window(course.lastDay),
  };
}
