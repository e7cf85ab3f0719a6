// Pure parsers for <il2-schedule>'s own attributes. Like src/shared/attributes.ts, each returns the
// setting to use and whether the input was acceptable, so the element can warn and fall back.
import type { Parsed } from "../shared/attributes.js";
import { parseIsoDate, type PlainDate } from "./dates.js";
import type { RestRange } from "./course.js";

export const DEFAULT_REST: RestRange = { min: 7, max: 10 };
/**
 * The most doses a day (L1: about every 8 hours), which is also the default. A host may set fewer;
 * more would contradict the prescribing information, so it is refused and this is used.
 */
export const MAX_DOSES_PER_DAY = 3;
export const DEFAULT_DOSES_PER_DAY = MAX_DOSES_PER_DAY;
/** Longest rest (it starts at 1). */
const MAX_REST_DAYS = 30;

/** A parsed setting that may also be refused for going past the prescribing information. */
export interface ParsedDoses<T> extends Parsed<T> {
  /** True when the input was a usable number of doses, but more a day than the label allows. */
  pastLabel?: boolean;
}

/** A time of day on the wall clock, with no time zone. */
export interface ClockTime {
  hour: number;
  minute: number;
}

/** Empty or absent means "no date" (valid); anything else must be a real `YYYY-MM-DD` date. */
export function parseStartDate(input: unknown): Parsed<PlainDate | null> {
  if (input == null || input === "") return { value: null, valid: true };
  const date = typeof input === "string" ? parseIsoDate(input) : null;
  return { value: date, valid: date !== null };
}

/** A whole number from 1 to `max`. */
const upTo = (value: number, max: number) =>
  Number.isInteger(value) && value >= 1 && value <= max;

/** `N` or `N-M` (hyphen or en dash) with 1 ≤ N ≤ M ≤ 30, or a whole number; else 7–10. */
export function parseRestDays(input: unknown): Parsed<RestRange> {
  if (input == null || input === "")
    return { value: DEFAULT_REST, valid: input == null };
  const [, first, last] =
    (typeof input === "string" &&
      /^\s*(\d{1,2})\s*(?:[-–]\s*(\d{1,2})\s*)?$/.exec(input)) ||
    [];
  // Other types, and text that does not match, give NaN.
  const min = typeof input === "number" ? input : Number(first);
  const max = last === undefined ? min : Number(last);
  // 1 ≤ min ≤ max ≤ 30.
  return upTo(min, max) && upTo(max, MAX_REST_DAYS)
    ? { value: { min, max }, valid: true }
    : { value: DEFAULT_REST, valid: false };
}

/**
 * A whole number 1–3, as a number or a numeric string; else 3. A whole number above 3 is refused
 * too (`pastLabel`): the label gives a dose about every 8 hours, so at most 3 a day.
 */
export function parseDosesPerDay(input: unknown): ParsedDoses<number> {
  if (input == null || input === "")
    return { value: DEFAULT_DOSES_PER_DAY, valid: input == null };
  const count =
    typeof input === "number"
      ? input
      : typeof input === "string" && /^\s*\d+\s*$/.test(input)
        ? Number(input)
        : NaN;
  if (upTo(count, MAX_DOSES_PER_DAY)) return { value: count, valid: true };
  return Number.isInteger(count) && count > MAX_DOSES_PER_DAY
    ? { value: DEFAULT_DOSES_PER_DAY, valid: false, pastLabel: true }
    : { value: DEFAULT_DOSES_PER_DAY, valid: false };
}

/**
 * Comma-separated 24-hour times (`06:00,14:00,22:00`; `6:00` is fine), exactly `count` of them, no
 * repeats. They are returned in clock order. Empty means none (valid); anything else falls back to
 * none. More than 3 times is refused whatever `count` is (`pastLabel`): at most 3 doses a day.
 */
export function parseDoseTimes(
  input: unknown,
  count: number,
): ParsedDoses<ClockTime[]> {
  if (input == null || input === "") return { value: [], valid: true };
  // Minutes after midnight; NaN for a part that is not a time, and for input that is not text.
  const minutes =
    typeof input === "string" && input.length <= 200
      ? input.split(",").map((part) => {
          const match = /^\s*([01]?\d|2[0-3]):([0-5]\d)\s*$/.exec(part);
          return match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
        })
      : [NaN];
  if (minutes.length > MAX_DOSES_PER_DAY)
    return { value: [], valid: false, pastLabel: true };
  const valid =
    minutes.length === count &&
    new Set(minutes).size === count &&
    !minutes.includes(NaN);
  return {
    value: valid
      ? minutes
          .sort((a, b) => a - b)
          .map((minute) => ({
            hour: Math.floor(minute / 60),
            minute: minute % 60,
          }))
      : [],
    valid,
  };
}
