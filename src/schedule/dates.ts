// Calendar dates as plain year/month/day integers. All arithmetic is on whole day numbers, so it
// cannot drift across daylight-saving changes or time zones; no Date object is used for counting.

/** A calendar date with no time and no time zone. `month` is 1–12. */
export interface PlainDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Years a start date may have: wide enough for any real course, narrow enough to catch typos. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Reads exactly `YYYY-MM-DD` (no spaces, no time, two-digit month and day) and checks the date
 * exists: `2027-02-30`, `2027-2-3` and ` 2027-03-08` are all refused. Returns null when refused.
 */
export function parseIsoDate(text: string): PlainDate | null {
  const match = /^(\d{4})-(\d\d)-(\d\d)$/.exec(text);
  if (!match) return null;
  // A date that does not exist rolls over on the way through a day number (February 30 becomes
  // March 2, month 13 next January), so it no longer reads the same.
  const date = fromDayNumber(
    dayNumber({
      year: Number(match[1]),
      month: Number(match[2]),
      day: Number(match[3]),
    }),
  );
  return date.year >= MIN_YEAR &&
    date.year <= MAX_YEAR &&
    isoDate(date) === text
    ? date
    : null;
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** `YYYY-MM-DD`. */
export function isoDate(date: PlainDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** Days since 1970-01-01 (negative before), by the civil-calendar formula (proleptic Gregorian). */
export function dayNumber({ year, month, day }: PlainDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear =
    Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 +
    Math.floor(yearOfEra / 4) -
    Math.floor(yearOfEra / 100) +
    dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The date `days` days after 1970-01-01; the inverse of dayNumber. */
export function fromDayNumber(days: number): PlainDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra -
    (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(date: PlainDate, days: number): PlainDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekday(date: PlainDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** The calendar date an instant falls on in the browser's own time zone (what "today" means to the reader). */
export function localDateOf(instant: Date): PlainDate {
  return {
    year: instant.getFullYear(),
    month: instant.getMonth() + 1,
    day: instant.getDate(),
  };
}

/**
 * Noon UTC on `date`, for Intl formatting with `timeZone: 'UTC'`: the formatted day is then the
 * same in every zone the browser may run in.
 */
export function utcNoon(date: PlainDate): Date {
  const instant = new Date(Date.UTC(2000, 0, 1, 12));
  instant.setUTCFullYear(date.year, date.month - 1, date.day);
  return instant;
}
