// The course as calendar events: one all-day event per infusion day, one for the rest, and (with
// dose times) one timed event per dose slot, never more than 14 a cycle (L2). Pure; the text comes
// from the locale.
import { addDays, isoDate, type PlainDate } from "./dates.js";
import { CYCLE_DAYS, doseSlots, type Course } from "./course.js";
import type { ClockTime } from "./settings.js";
import type { CalendarEvent } from "./icalendar.js";
import { fill } from "../i18n/message.js";
import type { ScheduleCalendarText } from "../locales/en/schedule.js";

export const PRODUCT_ID = "-//il2-widgets//il2-schedule//EN";

export interface ScheduleCalendarInput {
  course: Course;
  dosesPerDay: number;
  /** Empty for all-day events only. */
  doseTimes: readonly ClockTime[];
  text: ScheduleCalendarText;
  /** The language's Intl tag, for the numbers in the text. */
  locale: string;
}

const pad = (value: number) => String(value).padStart(2, "0");

/**
 * UIDs derive from the start date and the event's place in the course, so downloading the same
 * plan again updates the events instead of adding copies.
 */
export function scheduleEvents({
  course,
  dosesPerDay,
  doseTimes,
  text,
  locale,
}: ScheduleCalendarInput): CalendarEvent[] {
  const [first] = course.cycle1;
  if (!first) return [];
  const uid = (name: string) =>
    `il2-schedule-${isoDate(first)}-${name}@il2-widgets`;
  const events: CalendarEvent[] = [];
  const slots = doseSlots(dosesPerDay);

  const cycle = (number: number, days: readonly PlainDate[]) => {
    days.forEach((date, index) => {
      const day = index + 1;
      const doses = slots[index] ?? 0;
      events.push({
        uid: uid(`c${number}d${day}`),
        summary: fill(
          text.infusionDay,
          { cycle: number, day, days: CYCLE_DAYS },
          locale,
        ),
        description: text.note,
        date,
      });
      // A day with fewer slots (day 5 with 3 a day) keeps the earliest times.
      doseTimes.slice(0, doses).forEach((time, doseIndex) =>
        events.push({
          uid: uid(`c${number}d${day}-${pad(time.hour)}${pad(time.minute)}`),
          summary: fill(
            text.dose,
            { cycle: number, day, dose: doseIndex + 1, doses },
            locale,
          ),
          description: text.note,
          date,
          time,
        }),
      );
    });
  };

  cycle(1, course.cycle1);
  events.push({
    uid: uid("rest"),
    summary: text.rest,
    description: text.note,
    date: course.restFirst,
    // With a rest range, only the shortest rest is sure; the days after it are the window below.
    lastDate: addDays(course.cycle2Start.earliest, -1),
  });
  if (course.cycle2) cycle(2, course.cycle2);
  else {
    events.push({
      uid: uid("c2-window"),
      summary: text.cycle2Window,
      description: `${text.cycle2WindowNote}\n${text.note}`,
      date: course.cycle2Start.earliest,
      lastDate: course.cycle2Start.latest,
    });
  }
  return events;
}
