// The review record every card shows at its end (issue 23 §4): when the reader-facing text was
// last checked against its sources, when the next review is due, and the dates of those sources.
// These dates live here and nowhere else: the cards read them, and so does the content review pack
// (scripts/content-review.mjs), so a committee and a reader always see the same dates.
import type { Parsed } from "./attributes.js";
import { dateFormat } from "./intl.js";

/**
 * The day the text of every card was last checked against its sources (`YYYY-MM-DD`). Change it
 * only after such a check, in the same commit as any text it led to.
 */
export const CONTENT_CHECKED_ON = "2026-12-07";

/** Months from a check (the package's or a host's review) to the next review. */
export const REVIEW_INTERVAL_MONTHS = 12;

/**
 * The sources' own dates: the patient page's "last updated" month, the prescribing information's
 * revision month (`YYYY-MM`), and the year of the melanoma study. Shown in each card's sources line.
 */
export const SOURCE_DATES = {
  page: "2021-08",
  label: "2024-02",
  study: "1999",
} as const;

/** A calendar day. `month` is 1–12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const daysIn = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Reads exactly `YYYY-MM-DD` (years 1900–2199) and checks that the day exists. Empty or absent
 * means "not set" (valid); anything else unusable gives null and `valid: false`.
 */
export function parseReviewDate(input: unknown): Parsed<CalendarDay | null> {
  if (input == null || input === "") return { value: null, valid: true };
  const match =
    typeof input === "string"
      ? /^\s*(\d{4})-(\d\d)-(\d\d)\s*$/.exec(input)
      : null;
  if (!match) return { value: null, valid: false };
  const [year, month, day] = match.slice(1).map(Number) as [
    number,
    number,
    number,
  ];
  const valid =
    year >= 1900 &&
    year <= 2199 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(year, month);
  return valid
    ? { value: { year, month, day }, valid }
    : { value: null, valid: false };
}

/** The day `months` later; a day the later month lacks (February 29) becomes its last day. */
export function addMonths(date: CalendarDay, months: number): CalendarDay {
  const index = date.month - 1 + months;
  const year = date.year + Math.floor(index / 12);
  const month = (((index % 12) + 12) % 12) + 1;
  return { year, month, day: Math.min(date.day, daysIn(year, month)) };
}

/** When the next review is due after a check on `date`. */
export const nextReviewAfter = (date: CalendarDay) =>
  addMonths(date, REVIEW_INTERVAL_MONTHS);

/** The package's own check, as a calendar day. */
export const PACKAGE_CHECK: CalendarDay =
  parseReviewDate(CONTENT_CHECKED_ON).value!;

/** A calendar day as the language writes it in full ("December 7, 2026", "7 de diciembre de 2026"). */
export function longDay(date: CalendarDay, locale: string): string {
  return dateFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
    Date.UTC(date.year, date.month - 1, date.day, 12),
  );
}

/** A `YYYY-MM` month as the language writes it ("August 2021", "agosto de 2021"). */
export function longMonth(month: string, locale: string): string {
  const [year, number] = month.split("-").map(Number) as [number, number];
  return dateFormat(locale, {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(Date.UTC(year, number - 1, 15, 12));
}
