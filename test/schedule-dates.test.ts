// Unit tests for the schedule's pure calendar logic: dates, the course plan and attribute parsers.
import { expect } from "@open-wc/testing";
import {
  addDays,
  dayNumber,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  isoDate,
  isLeapYear,
  localDateOf,
  parseIsoDate,
  utcNoon,
  weekday,
  type PlainDate,
} from "../src/schedule/dates.js";
import {
  MAX_DOSES_PER_CYCLE,
  courseDates,
  doseSlots,
  placeInCourse,
  planCourse,
} from "../src/schedule/course.js";
import {
  parseDosesPerDay,
  parseDoseTimes,
  parseRestDays,
  parseStartDate,
} from "../src/schedule/settings.js";
import "./helpers.js";

const d = (iso: string): PlainDate => {
  const date = parseIsoDate(iso);
  if (!date) throw new Error(`bad test date ${iso}`);
  return date;
};
const plus = (iso: string, days: number) => isoDate(addDays(d(iso), days));
/** A short name for any test value, for assertion messages. */
const label = (value: unknown) =>
  typeof value === "string"
    ? value.slice(0, 20)
    : `${typeof value} ${JSON.stringify(value) ?? ""}`;

describe("schedule dates", () => {
  describe("parseIsoDate", () => {
    it("reads real YYYY-MM-DD dates", () => {
      expect(parseIsoDate("2027-03-08")).to.deep.equal({
        year: 2027,
        month: 3,
        day: 8,
      });
      expect(parseIsoDate("2028-02-29")).to.deep.equal({
        year: 2028,
        month: 2,
        day: 29,
      });
      expect(parseIsoDate("2000-02-29")).to.deep.equal({
        year: 2000,
        month: 2,
        day: 29,
      });
      expect(parseIsoDate("2027-12-31")).to.deep.equal({
        year: 2027,
        month: 12,
        day: 31,
      });
    });

    for (const bad of [
      "2027-02-30",
      "2027-02-29",
      "2100-02-29",
      "2027-04-31",
      "2027-13-01",
      "2027-00-10",
      "2027-03-00",
      "2027-2-3",
      "27-03-08",
      " 2027-03-08",
      "2027-03-08 ",
      " 2027-03-08x",
      "2027-03-08T00:00",
      "2027/03/08",
      "20270308",
      "+02027-03-08",
      "１２３４-05-06",
      "1899-12-31",
      "2200-01-01",
      "tomorrow",
      "<b>",
      "",
    ]) {
      it(`refuses ${JSON.stringify(bad)}`, () => {
        expect(parseIsoDate(bad)).to.equal(null);
      });
    }
  });

  describe("calendar rules", () => {
    it("knows leap years, including century rules", () => {
      expect(
        [2024, 2027, 2028, 1900, 2000, 2100].map(isLeapYear),
      ).to.deep.equal([true, false, true, false, true, false]);
      expect(daysInMonth(2027, 2)).to.equal(28);
      expect(daysInMonth(2028, 2)).to.equal(29);
      expect(
        [1, 4, 6, 9, 11, 12].map((month) => daysInMonth(2027, month)),
      ).to.deep.equal([31, 30, 30, 30, 30, 31]);
    });

    it("numbers days from 1970-01-01 and back again", () => {
      expect(dayNumber(d("1970-01-01"))).to.equal(0);
      expect(dayNumber(d("2000-03-01"))).to.equal(11017);
      expect(dayNumber(d("1969-12-31"))).to.equal(-1);
      // Every day of two centuries survives the round trip and agrees with Date.UTC.
      for (
        let n = dayNumber(d("1900-01-01"));
        n <= dayNumber(d("2100-12-31"));
        n += 1
      ) {
        const date = fromDayNumber(n);
        expect(dayNumber(date)).to.equal(n);
        if (Date.UTC(date.year, date.month - 1, date.day) / 86_400_000 !== n)
          throw new Error(`mismatch at ${isoDate(date)}`);
      }
    });

    it("adds days across month ends, year ends and leap days", () => {
      expect(plus("2027-01-31", 1)).to.equal("2027-02-01");
      expect(plus("2027-02-28", 1)).to.equal("2027-03-01");
      expect(plus("2028-02-28", 1)).to.equal("2028-02-29");
      expect(plus("2028-02-29", 1)).to.equal("2028-03-01");
      expect(plus("2027-12-31", 1)).to.equal("2028-01-01");
      expect(plus("2027-12-28", 20)).to.equal("2028-01-17");
      expect(plus("2027-03-01", -1)).to.equal("2027-02-28");
      expect(plus("2028-01-01", -1)).to.equal("2027-12-31");
      expect(plus("2027-03-08", 365)).to.equal("2028-03-07");
    });

    it("is not moved by daylight-saving changes (US 2027-03-14, NZ 2027-04-04, EU 2027-10-31)", () => {
      expect(plus("2027-03-13", 1)).to.equal("2027-03-14");
      expect(plus("2027-03-14", 1)).to.equal("2027-03-15");
      expect(plus("2027-04-03", 2)).to.equal("2027-04-05");
      expect(plus("2027-10-30", 2)).to.equal("2027-11-01");
      expect(plus("2027-11-06", 2)).to.equal("2027-11-08");
      expect(daysBetween(d("2027-03-08"), d("2027-03-20"))).to.equal(12);
      expect(daysBetween(d("2027-03-20"), d("2027-03-08"))).to.equal(-12);
    });

    it("names weekdays (0 = Sunday)", () => {
      expect(weekday(d("1970-01-01"))).to.equal(4);
      expect(weekday(d("2027-03-08"))).to.equal(1);
      expect(weekday(d("2027-03-14"))).to.equal(0);
      expect(weekday(d("2028-02-29"))).to.equal(2);
      expect(weekday(d("1969-12-28"))).to.equal(0);
    });

    it("takes the local calendar date of an instant", () => {
      expect(isoDate(localDateOf(new Date(2027, 2, 8, 0, 1)))).to.equal(
        "2027-03-08",
      );
      expect(isoDate(localDateOf(new Date(2027, 2, 8, 23, 59)))).to.equal(
        "2027-03-08",
      );
    });

    it("gives noon UTC for formatting, so a zone never shifts the day", () => {
      expect(utcNoon(d("2027-03-08")).toISOString()).to.equal(
        "2027-03-08T12:00:00.000Z",
      );
      expect(utcNoon(d("1901-01-01")).toISOString()).to.equal(
        "1901-01-01T12:00:00.000Z",
      );
    });
  });
});

describe("dose slots in a cycle (L2: no more than 14)", () => {
  const sum = (slots: number[]) =>
    slots.reduce((total, count) => total + count, 0);

  it("gives 3 a day on days 1–4 and 2 on day 5: the 14th dose falls on day 5", () => {
    expect(MAX_DOSES_PER_CYCLE).to.equal(14);
    expect(doseSlots(3)).to.deep.equal([3, 3, 3, 3, 2]);
    expect(sum(doseSlots(3))).to.equal(14);
  });

  it("fills the days in order until 14, with any number a day", () => {
    expect(doseSlots(1)).to.deep.equal([1, 1, 1, 1, 1]);
    expect(doseSlots(2)).to.deep.equal([2, 2, 2, 2, 2]);
    expect(doseSlots(4)).to.deep.equal([4, 4, 4, 2, 0]);
    expect(doseSlots(5)).to.deep.equal([5, 5, 4, 0, 0]);
    expect(doseSlots(6)).to.deep.equal([6, 6, 2, 0, 0]);
    for (let perDay = 1; perDay <= 6; perDay += 1) {
      const slots = doseSlots(perDay);
      expect(slots, `${perDay} a day`).to.have.length(5);
      expect(sum(slots), `${perDay} a day`).to.equal(Math.min(14, perDay * 5));
      expect(Math.max(...slots), `${perDay} a day`).to.equal(perDay);
    }
  });

  it("never gives a negative or fractional count", () => {
    expect(doseSlots(0)).to.deep.equal([0, 0, 0, 0, 0]);
    expect(doseSlots(-2)).to.deep.equal([0, 0, 0, 0, 0]);
    expect(doseSlots(3.7)).to.deep.equal([3, 3, 3, 3, 2]);
    expect(doseSlots(100)).to.deep.equal([14, 0, 0, 0, 0]);
    expect(doseSlots(NaN)).to.deep.equal([0, 0, 0, 0, 0]);
  });
});

describe("schedule course plan", () => {
  it("lays out the usual course: 5 days, 7–10 days of rest, then cycle 2 (F16)", () => {
    const dates = courseDates(planCourse(d("2027-03-08"), { min: 7, max: 10 }));
    expect(dates).to.deep.equal({
      cycle1: [
        "2027-03-08",
        "2027-03-09",
        "2027-03-10",
        "2027-03-11",
        "2027-03-12",
      ],
      restFirst: "2027-03-13",
      restLast: { earliest: "2027-03-19", latest: "2027-03-22" },
      cycle2Start: { earliest: "2027-03-20", latest: "2027-03-23" },
      cycle2: null,
      lastDay: { earliest: "2027-03-24", latest: "2027-03-27" },
    });
  });

  it("knows the days of cycle 2 when the rest has one length", () => {
    const dates = courseDates(planCourse(d("2027-03-08"), { min: 7, max: 7 }));
    expect(dates.cycle2).to.deep.equal([
      "2027-03-20",
      "2027-03-21",
      "2027-03-22",
      "2027-03-23",
      "2027-03-24",
    ]);
    expect(dates.restLast).to.deep.equal({
      earliest: "2027-03-19",
      latest: "2027-03-19",
    });
  });

  it("crosses a year end and a leap day", () => {
    const yearEnd = courseDates(
      planCourse(d("2027-12-29"), { min: 7, max: 7 }),
    );
    expect(yearEnd.cycle1).to.deep.equal([
      "2027-12-29",
      "2027-12-30",
      "2027-12-31",
      "2028-01-01",
      "2028-01-02",
    ]);
    expect(yearEnd.cycle2?.[0]).to.equal("2028-01-10");
    const leap = courseDates(planCourse(d("2028-02-26"), { min: 1, max: 30 }));
    expect(leap.cycle1).to.deep.equal([
      "2028-02-26",
      "2028-02-27",
      "2028-02-28",
      "2028-02-29",
      "2028-03-01",
    ]);
    expect(leap.cycle2Start).to.deep.equal({
      earliest: "2028-03-03",
      latest: "2028-04-01",
    });
    const notLeap = courseDates(
      planCourse(d("2027-02-26"), { min: 1, max: 1 }),
    );
    expect(notLeap.cycle1.slice(-2)).to.deep.equal([
      "2027-03-01",
      "2027-03-02",
    ]);
  });

  describe("where a day falls", () => {
    const range = planCourse(d("2027-03-08"), { min: 7, max: 10 });
    const fixed = planCourse(d("2027-03-08"), { min: 7, max: 7 });
    const cases: [string, unknown, unknown][] = [
      ["2027-03-07", null, null],
      ["2027-03-08", { phase: "cycle1", day: 1 }, { phase: "cycle1", day: 1 }],
      ["2027-03-12", { phase: "cycle1", day: 5 }, { phase: "cycle1", day: 5 }],
      ["2027-03-13", { phase: "rest", day: 1 }, { phase: "rest", day: 1 }],
      ["2027-03-19", { phase: "rest", day: 7 }, { phase: "rest", day: 7 }],
      ["2027-03-20", { phase: "cycle2-window" }, { phase: "cycle2", day: 1 }],
      ["2027-03-24", { phase: "cycle2-window" }, { phase: "cycle2", day: 5 }],
      ["2027-03-25", { phase: "cycle2-window" }, null],
      ["2027-03-27", { phase: "cycle2-window" }, null],
      ["2027-03-28", null, null],
    ];
    for (const [day, inRange, inFixed] of cases) {
      it(`places ${day}`, () => {
        expect(placeInCourse(range, d(day))).to.deep.equal(inRange);
        expect(placeInCourse(fixed, d(day))).to.deep.equal(inFixed);
      });
    }
  });
});

describe("schedule settings parsers", () => {
  it("start-date: empty means no date; anything else must be a real date", () => {
    expect(parseStartDate("")).to.deep.equal({ value: null, valid: true });
    expect(parseStartDate(undefined)).to.deep.equal({
      value: null,
      valid: true,
    });
    expect(parseStartDate("2027-03-08")).to.deep.equal({
      value: { year: 2027, month: 3, day: 8 },
      valid: true,
    });
    for (const bad of [
      "2027-02-30",
      "tomorrow",
      "<b>",
      20270308,
      {},
      new Date(),
      ["2027-03-08"],
      "x".repeat(100_000),
    ]) {
      expect(parseStartDate(bad), label(bad)).to.deep.equal({
        value: null,
        valid: false,
      });
    }
  });

  it("rest-days: N or N-M within 1–30", () => {
    expect(parseRestDays(undefined)).to.deep.equal({
      value: { min: 7, max: 10 },
      valid: true,
    });
    expect(parseRestDays("7-10").value).to.deep.equal({ min: 7, max: 10 });
    expect(parseRestDays("7").value).to.deep.equal({ min: 7, max: 7 });
    expect(parseRestDays(" 5 – 12 ").value).to.deep.equal({ min: 5, max: 12 });
    expect(parseRestDays("1-30").value).to.deep.equal({ min: 1, max: 30 });
    expect(parseRestDays(9).value).to.deep.equal({ min: 9, max: 9 });
    for (const bad of [
      "",
      "0",
      "31",
      "10-7",
      "7-",
      "-7",
      "7-10-12",
      "7.5",
      "seven",
      "<img>",
      0,
      31,
      7.5,
      NaN,
      {},
      null,
    ]) {
      const parsed = parseRestDays(bad);
      expect(parsed.value, label(bad)).to.deep.equal({ min: 7, max: 10 });
      expect(parsed.valid, label(bad)).to.equal(bad === null);
    }
  });

  it("doses-per-day: a whole number 1–3; more is past the label (a dose about every 8 hours)", () => {
    expect(parseDosesPerDay(undefined)).to.deep.equal({
      value: 3,
      valid: true,
    });
    expect(parseDosesPerDay("1")).to.deep.equal({ value: 1, valid: true });
    expect(parseDosesPerDay(2)).to.deep.equal({ value: 2, valid: true });
    expect(parseDosesPerDay(" 3 ")).to.deep.equal({ value: 3, valid: true });
    for (const past of [4, "6", "7", 24])
      expect(parseDosesPerDay(past), label(past)).to.deep.equal({
        value: 3,
        valid: false,
        pastLabel: true,
      });
    for (const bad of [
      "",
      "0",
      "2.5",
      "three",
      "1e0",
      2.5,
      -1,
      Infinity,
      {},
      true,
    ]) {
      expect(parseDosesPerDay(bad), label(bad)).to.deep.equal({
        value: 3,
        valid: false,
      });
    }
  });

  it("dose-times: as many distinct HH:MM times as doses, in clock order", () => {
    expect(parseDoseTimes("", 3)).to.deep.equal({ value: [], valid: true });
    expect(parseDoseTimes("06:00,14:00,22:00", 3).value).to.deep.equal([
      { hour: 6, minute: 0 },
      { hour: 14, minute: 0 },
      { hour: 22, minute: 0 },
    ]);
    expect(parseDoseTimes(" 22:30 , 6:00 ", 2).value).to.deep.equal([
      { hour: 6, minute: 0 },
      { hour: 22, minute: 30 },
    ]);
    // More than 3 times is past the label, whatever doses-per-day says.
    for (const count of [3, 4])
      expect(
        parseDoseTimes("06:00,12:00,18:00,23:00", count),
        String(count),
      ).to.deep.equal({ value: [], valid: false, pastLabel: true });
    for (const bad of [
      "06:00,14:00",
      "06:00,06:00,22:00",
      "24:00,1:00,2:00",
      "6am,2pm,10pm",
      "06:60,07:00,08:00",
      "<img>",
      "x".repeat(100_000),
      42,
    ]) {
      expect(parseDoseTimes(bad, 3), label(bad)).to.deep.equal({
        value: [],
        valid: false,
      });
    }
  });
});
