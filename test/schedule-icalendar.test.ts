// Unit tests for the iCalendar writer and the course's events, checked by a real parser (ical.js).
import { expect } from "@open-wc/testing";
import ICAL from "ical.js";
import {
  buildCalendar,
  escapeText,
  foldLine,
  type CalendarEvent,
} from "../src/schedule/icalendar.js";
import { parseIsoDate, type PlainDate } from "../src/schedule/dates.js";
import { planCourse } from "../src/schedule/course.js";
import {
  PRODUCT_ID,
  scheduleEvents,
} from "../src/schedule/schedule-calendar.js";
import { schedule as english } from "../src/locales/en.js";
import "./helpers.js";

const d = (iso: string) => parseIsoDate(iso) as PlainDate;
const now = new Date(Date.UTC(2027, 0, 2, 3, 4, 5));
const octets = (text: string) => new TextEncoder().encode(text).length;

function parse(ics: string) {
  const calendar = ICAL.Component.fromString(ics);
  const events = calendar
    .getAllSubcomponents("vevent")
    .map((vevent) => new ICAL.Event(vevent));
  return { calendar, events };
}

function courseCalendar(
  start: string,
  rest: { min: number; max: number },
  times: { hour: number; minute: number }[] = [],
  dosesPerDay = 3,
) {
  const events = scheduleEvents({
    course: planCourse(d(start), rest),
    dosesPerDay,
    doseTimes: times,
    text: english.calendar,
    locale: "en-US",
  });
  return buildCalendar({ productId: PRODUCT_ID, events, now });
}

describe("iCalendar writer", () => {
  it("escapes backslash, semicolon, comma and line breaks", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).to.equal("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("folds long lines at 75 octets without splitting a character", () => {
    const line = `SUMMARY:${"é".repeat(50)}${"🙂".repeat(20)}${"x".repeat(100)}`;
    const folded = foldLine(line);
    const lines = folded.split("\r\n");
    expect(lines.length).to.be.greaterThan(3);
    for (const part of lines) expect(octets(part)).to.be.at.most(75);
    for (const part of lines.slice(1))
      expect(part.startsWith(" ")).to.equal(true);
    expect(
      lines.map((part, index) => (index ? part.slice(1) : part)).join(""),
    ).to.equal(line);
    expect(folded).not.to.include("\uFFFD");
    expect(foldLine("SHORT:line")).to.equal("SHORT:line");
    expect(foldLine("X".repeat(75))).to.equal("X".repeat(75));
    expect(foldLine("X".repeat(76))).to.equal(`${"X".repeat(75)}\r\n X`);
  });

  it("writes a calendar header, CRLF line ends and UTC DTSTAMP", () => {
    const ics = buildCalendar({ productId: PRODUCT_ID, events: [], now });
    expect(ics).to.equal(
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//il2-widgets//il2-schedule//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n",
    );
  });

  it("writes all-day events with an exclusive end and timed events in floating time", () => {
    const events: CalendarEvent[] = [
      {
        uid: "a@x",
        summary: "One, two; three \\ four",
        description: "Line 1\nLine 2",
        date: d("2027-12-31"),
      },
      {
        uid: "b@x",
        summary: "Range",
        date: d("2028-02-27"),
        lastDate: d("2028-03-01"),
      },
      {
        uid: "c@x",
        summary: "Dose",
        date: d("2027-03-14"),
        time: { hour: 6, minute: 5 },
      },
    ];
    const ics = buildCalendar({ productId: PRODUCT_ID, events, now });
    expect(ics).to.include("DTSTAMP:20270102T030405Z\r\n");
    expect(ics).to.include(
      "DTSTART;VALUE=DATE:20271231\r\nDTEND;VALUE=DATE:20280101\r\n",
    );
    expect(ics).to.include(
      "DTSTART;VALUE=DATE:20280227\r\nDTEND;VALUE=DATE:20280302\r\n",
    );
    expect(ics).to.include("DTSTART:20270314T060500\r\n");
    expect(ics).to.include("SUMMARY:One\\, two\\; three \\\\ four\r\n");
    expect(ics.split("\r\n").every((line) => !line.includes("\n"))).to.equal(
      true,
    );

    const { events: parsed } = parse(ics);
    expect(parsed.map((event) => event.summary)).to.deep.equal([
      "One, two; three \\ four",
      "Range",
      "Dose",
    ]);
    expect(parsed[0]!.description).to.equal("Line 1\nLine 2");
    expect(parsed[0]!.startDate.isDate).to.equal(true);
    expect(parsed[1]!.endDate.toString()).to.equal("2028-03-02");
    const dose = parsed[2]!.startDate;
    expect(dose.isDate).to.equal(false);
    expect(dose.zone?.tzid).to.equal("floating");
    expect([
      dose.year,
      dose.month,
      dose.day,
      dose.hour,
      dose.minute,
    ]).to.deep.equal([2027, 3, 14, 6, 5]);
  });
});

describe("the course as calendar events", () => {
  it("has one all-day event per cycle 1 day, the sure rest, and the window for cycle 2 (rest 7–10)", () => {
    const ics = courseCalendar("2027-03-08", { min: 7, max: 10 });
    const { calendar, events } = parse(ics);
    expect(calendar.getFirstPropertyValue("prodid")).to.equal(PRODUCT_ID);
    expect(calendar.getFirstPropertyValue("version")).to.equal("2.0");
    expect(events).to.have.length(7);
    expect(
      events.map((event) => [
        event.startDate.toString(),
        event.endDate.toString(),
      ]),
    ).to.deep.equal([
      ["2027-03-08", "2027-03-09"],
      ["2027-03-09", "2027-03-10"],
      ["2027-03-10", "2027-03-11"],
      ["2027-03-11", "2027-03-12"],
      ["2027-03-12", "2027-03-13"],
      ["2027-03-13", "2027-03-20"],
      ["2027-03-20", "2027-03-24"],
    ]);
    expect(events[0]!.summary).to.equal(
      "IL-2 in the hospital: cycle 1, day 1 of 5",
    );
    expect(events[5]!.summary).to.equal("Rest from IL-2");
    expect(events[6]!.summary).to.equal(
      "IL-2 cycle 2 may start on any of these days",
    );
    // Every event repeats the label's limit and says the dates are a plan.
    expect(events[0]!.description).to.equal(
      "A plan made from the day of your first infusion. A cycle has at most 14 doses, and many people get fewer. Your care team sets your real dates, and they may change.",
    );
    expect(new Set(events.map((event) => event.uid)).size).to.equal(7);
  });

  it("has both cycles day by day when the rest has one length", () => {
    const { events } = parse(courseCalendar("2027-12-30", { min: 7, max: 7 }));
    expect(events).to.have.length(11);
    expect(events.map((event) => event.startDate.toString())).to.deep.equal([
      "2027-12-30",
      "2027-12-31",
      "2028-01-01",
      "2028-01-02",
      "2028-01-03",
      "2028-01-04",
      "2028-01-11",
      "2028-01-12",
      "2028-01-13",
      "2028-01-14",
      "2028-01-15",
    ]);
    expect(events[5]!.endDate.toString()).to.equal("2028-01-11");
    expect(events[10]!.summary).to.equal(
      "IL-2 in the hospital: cycle 2, day 5 of 5",
    );
  });

  it("adds one timed event per dose, at the same clock time across a DST change", () => {
    const times = [
      { hour: 6, minute: 0 },
      { hour: 14, minute: 0 },
      { hour: 22, minute: 0 },
    ];
    const { events } = parse(
      courseCalendar("2027-03-12", { min: 1, max: 1 }, times),
    );
    // 5 days + 14 doses, the rest, 5 days + 14 doses.
    expect(events).to.have.length(39);
    const doses = events.filter((event) => !event.startDate.isDate);
    expect(doses).to.have.length(28);
    const cycleHours = [
      ...Array.from({ length: 4 }, () => [6, 14, 22]).flat(),
      6,
      14,
    ];
    expect(doses.map((event) => event.startDate.hour)).to.deep.equal([
      ...cycleHours,
      ...cycleHours,
    ]);
    expect(
      doses.every((event) => event.startDate.zone?.tzid === "floating"),
    ).to.equal(true);
    // Cycle 1 runs 12–16 March 2027, across the US change on the 14th.
    expect(
      doses.slice(6, 9).map((event) => event.startDate.toString()),
    ).to.deep.equal([
      "2027-03-14T06:00:00",
      "2027-03-14T14:00:00",
      "2027-03-14T22:00:00",
    ]);
    expect(doses[4]!.summary).to.equal(
      "IL-2 dose 2 of 3 today (cycle 1, day 2)",
    );
    expect(doses[13]!.summary).to.equal(
      "IL-2 dose 2 of 2 today (cycle 1, day 5)",
    );
    expect(new Set(events.map((event) => event.uid)).size).to.equal(39);
  });

  it("never puts more than 14 dose events in a cycle (FDA label): day 5 keeps the first times", () => {
    const times = [
      { hour: 6, minute: 0 },
      { hour: 14, minute: 0 },
      { hour: 22, minute: 0 },
    ];
    const { events } = parse(
      courseCalendar("2027-03-08", { min: 7, max: 7 }, times),
    );
    const doses = events.filter((event) => !event.startDate.isDate);
    const inCycle = (first: string, last: string) =>
      doses.filter((event) => {
        const date = event.startDate.toString().slice(0, 10);
        return date >= first && date <= last;
      });
    const cycle1 = inCycle("2027-03-08", "2027-03-12");
    const cycle2 = inCycle("2027-03-20", "2027-03-24");
    expect(cycle1).to.have.length(14);
    expect(cycle2).to.have.length(14);
    expect(cycle1.length + cycle2.length).to.equal(doses.length);
    expect(
      [cycle1, cycle2].map((cycle) =>
        cycle.slice(-3).map((event) => event.startDate.toString()),
      ),
    ).to.deep.equal([
      ["2027-03-11T22:00:00", "2027-03-12T06:00:00", "2027-03-12T14:00:00"],
      ["2027-03-23T22:00:00", "2027-03-24T06:00:00", "2027-03-24T14:00:00"],
    ]);
  });

  for (const [perDay, expected] of [
    [1, 5],
    [2, 10],
    [4, 14],
    [5, 14],
    [6, 14],
  ] as const) {
    it(`puts ${expected} dose events in the known cycle with ${perDay} a day`, () => {
      const times = Array.from({ length: perDay }, (_, index) => ({
        hour: 1 + index * 3,
        minute: 30,
      }));
      const { events } = parse(
        courseCalendar("2027-03-08", { min: 7, max: 10 }, times, perDay),
      );
      expect(events.filter((event) => !event.startDate.isDate)).to.have.length(
        expected,
      );
      // Every infusion day keeps its all-day event, even one whose doses are used up.
      expect(
        events.filter((event) => /^IL-2 in the hospital/.test(event.summary)),
      ).to.have.length(5);
    });
  }

  it("adds dose events only for known days when cycle 2's start is a range", () => {
    const times = [
      { hour: 6, minute: 0 },
      { hour: 14, minute: 0 },
      { hour: 22, minute: 0 },
    ];
    const { events } = parse(
      courseCalendar("2027-03-08", { min: 7, max: 10 }, times),
    );
    // 5 days + 14 doses in cycle 1, the sure rest, the window: cycle 2's days are not known yet.
    expect(events).to.have.length(21);
    const doses = events.filter((event) => !event.startDate.isDate);
    expect(doses).to.have.length(14);
    expect(doses.at(-1)!.startDate.toString()).to.equal("2027-03-12T14:00:00");
  });

  it("gives the same plan the same UIDs, so importing it again updates instead of duplicating", () => {
    const plan = () =>
      scheduleEvents({
        course: planCourse(d("2027-03-08"), { min: 7, max: 10 }),
        dosesPerDay: 3,
        doseTimes: [],
        text: english.calendar,
        locale: "en-US",
      });
    const first = parse(
      buildCalendar({ productId: PRODUCT_ID, events: plan(), now }),
    );
    const later = parse(
      buildCalendar({
        productId: PRODUCT_ID,
        events: plan(),
        now: new Date(Date.UTC(2027, 1, 3)),
      }),
    );
    expect(later.events.map((event) => event.uid)).to.deep.equal(
      first.events.map((event) => event.uid),
    );
    const stamp = (parsed: ReturnType<typeof parse>) =>
      parsed.calendar
        .getFirstSubcomponent("vevent")!
        .getFirstPropertyValue("dtstamp")
        ?.toString();
    expect(stamp(later)).not.to.equal(stamp(first));
    const otherStart = parse(courseCalendar("2027-03-09", { min: 7, max: 10 }));
    expect(otherStart.events[0]!.uid).not.to.equal(first.events[0]!.uid);
  });

  it("keeps every line within 75 octets and ends each with CRLF", () => {
    const ics = courseCalendar("2027-03-08", { min: 7, max: 10 }, [
      { hour: 6, minute: 0 },
      { hour: 14, minute: 0 },
      { hour: 22, minute: 0 },
    ]);
    expect(ics.endsWith("\r\n")).to.equal(true);
    expect(ics.replace(/\r\n/g, "")).not.to.match(/[\r\n]/);
    for (const line of ics.split("\r\n"))
      expect(octets(line)).to.be.at.most(75);
    expect(ics).to.match(/\r\n /); // long descriptions are folded
  });
});
