// Pure parsers for <il2-schedule>'s own attributes. Like src/shared/attributes.ts, each returns the
// setting to use and whether the input was acceptable, so the element can warn and fall back.
import type { Parsed } from '../shared/attributes.js';
import { parseIsoDate, type PlainDate } from './dates.js';
import type { RestRange } from './course.js';

export const DEFAULT_REST: RestRange = { min: 7, max: 10 };
export const REST_LIMITS = { min: 1, max: 30 } as const;
export const DEFAULT_DOSES_PER_DAY = 3;
export const DOSES_PER_DAY_LIMITS = { min: 1, max: 6 } as const;

/** A time of day on the wall clock, with no time zone. */
export interface ClockTime {
  hour: number;
  minute: number;
}

/** Empty or absent means "no date" (valid); anything else must be a real `YYYY-MM-DD` date. */
export function parseStartDate(input: unknown): Parsed<PlainDate | null> {
  if (input == null || input === '') return { value: null, valid: true };
  const date = typeof input === 'string' ? parseIsoDate(input) : null;
  return { value: date, valid: date !== null };
}

const inLimits = (value: number, limits: { min: number; max: number }) =>
  Number.isInteger(value) && value >= limits.min && value <= limits.max;

/** `N` or `N-M` (hyphen or en dash) with 1 ≤ N ≤ M ≤ 30, or a whole number; else 7–10. */
export function parseRestDays(input: unknown): Parsed<RestRange> {
  if (input == null || input === '') return { value: DEFAULT_REST, valid: input == null };
  let min = NaN;
  let max = NaN;
  if (typeof input === 'number') min = max = input;
  else if (typeof input === 'string') {
    const match = /^\s*(\d{1,2})\s*(?:[-–]\s*(\d{1,2})\s*)?$/.exec(input);
    if (match) {
      min = Number(match[1]);
      max = match[2] === undefined ? min : Number(match[2]);
    }
  }
  if (inLimits(min, REST_LIMITS) && inLimits(max, REST_LIMITS) && min <= max) return { value: { min, max }, valid: true };
  return { value: DEFAULT_REST, valid: false };
}

/** A whole number 1–6, as a number or a numeric string; else 3. */
export function parseDosesPerDay(input: unknown): Parsed<number> {
  if (input == null || input === '') return { value: DEFAULT_DOSES_PER_DAY, valid: input == null };
  const count = typeof input === 'number' ? input : typeof input === 'string' && /^\s*\d+\s*$/.test(input) ? Number(input) : NaN;
  return inLimits(count, DOSES_PER_DAY_LIMITS) ? { value: count, valid: true } : { value: DEFAULT_DOSES_PER_DAY, valid: false };
}

/**
 * Comma-separated 24-hour times (`06:00,14:00,22:00`; `6:00` is fine), exactly `count` of them, no
 * repeats. They are returned in clock order. Empty means none (valid); anything else falls back to none.
 */
export function parseDoseTimes(input: unknown, count: number): Parsed<ClockTime[]> {
  if (input == null || input === '') return { value: [], valid: true };
  if (typeof input !== 'string' || input.length > 200) return { value: [], valid: false };
  const times: ClockTime[] = [];
  for (const part of input.split(',')) {
    const match = /^\s*([01]?\d|2[0-3]):([0-5]\d)\s*$/.exec(part);
    if (!match) return { value: [], valid: false };
    times.push({ hour: Number(match[1]), minute: Number(match[2]) });
  }
  const minutes = times.map((time) => time.hour * 60 + time.minute);
  if (times.length !== count || new Set(minutes).size !== times.length) return { value: [], valid: false };
  return { value: times.sort((a, b) => a.hour * 60 + a.minute - (b.hour * 60 + b.minute)), valid: true };
}
