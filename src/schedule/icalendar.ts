// A small iCalendar (RFC 5545) writer: all-day and floating-time events, text escaping, CRLF line
// ends and 75-octet line folding. Pure: the caller passes the clock (`now`) and every text.
import { addDays, isoDate, type PlainDate } from "./dates.js";
import type { ClockTime } from "./settings.js";

export interface CalendarEvent {
  /** Unique within the calendar, and stable for the same event so a re-import updates it. */
  uid: string;
  summary: string;
  description?: string;
  /** First day (all-day event) or the day of a timed event. */
  date: PlainDate;
  /** All-day events only: the last day, inclusive (default: `date`). */
  lastDate?: PlainDate;
  /** Makes a timed event at this wall-clock time in the reader's own zone (floating time). */
  time?: ClockTime;
}

export interface CalendarOptions {
  /** PRODID value, e.g. `-//il2-widgets//il2-schedule//EN`. */
  productId: string;
  events: readonly CalendarEvent[];
  /** The moment the file is made (DTSTAMP, written in UTC). */
  now: Date;
}

const CRLF = "\r\n";
const MAX_OCTETS = 75;

/** Escapes TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  // One pass, so no backslash added here is escaped again.
  return text.replace(/\r\n?|[\n\\;,]/g, (match) =>
    match < " " ? "\\n" : `\\${match}`,
  );
}

const encoder = new TextEncoder();

/**
 * Folds a content line so no line is longer than 75 octets of UTF-8 (§3.1). Continuation lines
 * start with one space, which counts toward their 75. A character is never split across lines.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = " ";
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

const pad = (value: number) => String(value).padStart(2, "0");

/** DATE value: `YYYYMMDD`. */
export function icsDate(date: PlainDate): string {
  return isoDate(date).replace(/-/g, "");
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
  ];
  if (event.time) {
    // Floating DATE-TIME (no zone, no `Z`): the same clock time wherever the calendar is opened.
    // No DTEND: the event is a moment at the given time (§3.6.1); no length is invented.
    lines.push(
      `DTSTART:${icsDate(event.date)}T${pad(event.time.hour)}${pad(event.time.minute)}00`,
    );
  } else {
    // All-day: DTEND is exclusive, so it is the day after the last day.
    lines.push(
      `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(event.lastDate ?? event.date, 1))}`,
    );
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.description)
    lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  lines.push("END:VEVENT");
  return lines;
}

/** The whole `.ics` text: CRLF after every line, the last one included. */
export function buildCalendar({
  productId,
  events,
  now,
}: CalendarOptions): string {
  // UTC DATE-TIME: 2027-03-08T12:34:56.789Z becomes 20270308T123456Z.
  const stamp = now.toISOString().replace(/[-:]|\.\d+/g, "");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${productId}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...events.flatMap((event) => eventLines(event, stamp)),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
