// Runs in America/New_York and Pacific/Auckland (see web-test-runner.config.mjs) as well as the
// machine's own zone: plain calendar dates must come out the same on both sides of the date line.
import { expect, fixture, html } from "@open-wc/testing";
import ICAL from "ical.js";
import sinon from "sinon";
import "../src/schedule/define.js";
import type { Il2Schedule } from "../src/schedule/schedule.js";
import { isoDate, localDateOf } from "../src/schedule/dates.js";
import { shadow } from "./helpers.js";

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
/** Set by the tz-* groups in web-test-runner.config.mjs; undefined in the default run. */
const expectedZone = (window as { IL2_EXPECTED_TIME_ZONE?: string })
  .IL2_EXPECTED_TIME_ZONE;

/** What the named test zones must look like, so a zone that silently did not apply fails. */
const KNOWN_ZONES: Record<
  string,
  { january: number; july: number; noonUtcOnMarch8: string }
> = {
  // UTC offsets in minutes as Date reports them (positive west of Greenwich).
  "America/New_York": {
    january: 300,
    july: 240,
    noonUtcOnMarch8: "2027-03-08",
  },
  "Pacific/Auckland": {
    january: -780,
    july: -720,
    noonUtcOnMarch8: "2027-03-09",
  },
};

const dayTexts = (el: Il2Schedule, phase: number) =>
  [
    ...shadow(el).querySelectorAll<HTMLElement>(
      `.timeline > li:nth-child(${phase}) .day`,
    ),
  ].map((day) =>
    [
      ...day.querySelectorAll<HTMLElement>(
        ".day-label, .day-weekday, .day-date, .badge",
      ),
    ]
      .map((part) => part.innerText.trim())
      .join(" "),
  );

async function calendarOf(el: Il2Schedule) {
  const blobs: Blob[] = [];
  sinon
    .stub(URL, "createObjectURL")
    .callsFake((blob) => (blobs.push(blob as Blob), "blob:tz-test"));
  sinon.stub(URL, "revokeObjectURL");
  sinon.stub(HTMLAnchorElement.prototype, "click");
  [...shadow(el).querySelectorAll("button")]
    .find((b) => b.textContent?.trim() === "Add to my calendar")!
    .click();
  sinon.restore();
  const calendar = ICAL.Component.fromString(await blobs[0]!.text());
  return calendar
    .getAllSubcomponents("vevent")
    .map((vevent) => new ICAL.Event(vevent));
}

describe(`<il2-schedule> in the time zone ${zone}`, () => {
  afterEach(() => sinon.restore());

  it("runs in the zone it names", () => {
    if (!expectedZone) return; // the default run, in the machine's own zone
    expect(zone).to.equal(expectedZone);
    const known = KNOWN_ZONES[zone]!;
    expect(new Date(2027, 0, 15).getTimezoneOffset()).to.equal(known.january);
    expect(new Date(2027, 6, 15).getTimezoneOffset()).to.equal(known.july);
    expect(isoDate(localDateOf(new Date(Date.UTC(2027, 2, 8, 12))))).to.equal(
      known.noonUtcOnMarch8,
    );
  });

  it("starts on 8 March 2027 whatever the zone, across the US clock change on the 14th", async () => {
    const el = await fixture<Il2Schedule>(
      html`<il2-schedule
        start-date="2027-03-08"
        rest-days="7"
        .today=${"2027-03-14"}
      ></il2-schedule>`,
    );
    expect(dayTexts(el, 1)).to.deep.equal([
      "Day 1 Monday March 8",
      "Day 2 Tuesday March 9",
      "Day 3 Wednesday March 10",
      "Day 4 Thursday March 11",
      "Day 5 Friday March 12",
    ]);
    expect(dayTexts(el, 3)).to.deep.equal([
      "Day 1 Saturday March 20",
      "Day 2 Sunday March 21",
      "Day 3 Monday March 22",
      "Day 4 Tuesday March 23",
      "Day 5 Wednesday March 24",
    ]);
    expect(
      shadow(el).querySelector(".today-note")?.textContent?.trim(),
    ).to.equal("Today, Sunday, March 14, 2027, is rest day 2.");
  });

  it("crosses the New Zealand clock change (4 April 2027) and a month end", async () => {
    const el = await fixture<Il2Schedule>(
      html`<il2-schedule
        start-date="2027-03-31"
        .today=${"2027-04-04"}
      ></il2-schedule>`,
    );
    expect(dayTexts(el, 1)).to.deep.equal([
      "Day 1 Wednesday March 31",
      "Day 2 Thursday April 1",
      "Day 3 Friday April 2",
      "Day 4 Saturday April 3",
      "Day 5 Sunday April 4 Today",
    ]);
    expect(
      shadow(el).querySelector(".timeline > li:nth-child(3)")!.textContent,
    ).to.match(
      /any day from Monday, April 12, 2027 to Thursday, April 15, 2027/,
    );
  });

  it("crosses a year end and a leap day", async () => {
    const yearEnd = await fixture<Il2Schedule>(
      html`<il2-schedule start-date="2027-12-30" rest-days="1"></il2-schedule>`,
    );
    expect(
      dayTexts(yearEnd, 1).map((day) => day.replace(/^Day \d /, "")),
    ).to.deep.equal([
      "Thursday December 30, 2027",
      "Friday December 31, 2027",
      "Saturday January 1, 2028",
      "Sunday January 2, 2028",
      "Monday January 3, 2028",
    ]);
    const leap = await fixture<Il2Schedule>(
      html`<il2-schedule start-date="2028-02-28"></il2-schedule>`,
    );
    expect(dayTexts(leap, 1)[1]).to.equal("Day 2 Tuesday February 29");
  });

  it("writes the same calendar dates and clock times in the .ics", async () => {
    const el = await fixture<Il2Schedule>(
      html`<il2-schedule
        start-date="2027-03-12"
        rest-days="7"
        dose-times="06:00,14:00,22:00"
      ></il2-schedule>`,
    );
    const events = await calendarOf(el);
    const days = events.filter((event) => event.startDate.isDate);
    expect(days.map((event) => event.startDate.toString())).to.deep.equal([
      "2027-03-12",
      "2027-03-13",
      "2027-03-14",
      "2027-03-15",
      "2027-03-16",
      "2027-03-17",
      "2027-03-24",
      "2027-03-25",
      "2027-03-26",
      "2027-03-27",
      "2027-03-28",
    ]);
    const doses = events.filter((event) => !event.startDate.isDate);
    // 14 a cycle (FDA label): day 5 keeps the first two times.
    expect(doses).to.have.length(28);
    expect(doses[13]!.startDate.toString()).to.equal("2027-03-16T14:00:00");
    expect(
      doses.slice(6, 9).map((event) => event.startDate.toString()),
    ).to.deep.equal([
      "2027-03-14T06:00:00",
      "2027-03-14T14:00:00",
      "2027-03-14T22:00:00",
    ]);
    expect(
      doses.every((event) => event.startDate.zone?.tzid === "floating"),
    ).to.equal(true);
  });

  it("marks today from the reader's own clock, by the local calendar date", async () => {
    // 11:30 UTC on 14 March 2027 is still the 14th in New York but already the 15th in
    // Auckland: the marker must follow the reader's calendar, not UTC.
    sinon.useFakeTimers({
      now: Date.UTC(2027, 2, 14, 11, 30),
      toFake: ["Date"],
    });
    const el = await fixture<Il2Schedule>(
      html`<il2-schedule start-date="2027-03-08" rest-days="7"></il2-schedule>`,
    );
    const localDay = new Date().getDate();
    const expected =
      localDay === 14
        ? "Today, Sunday, March 14, 2027, is rest day 2."
        : "Today, Monday, March 15, 2027, is rest day 3.";
    if (expectedZone === "America/New_York") expect(localDay).to.equal(14);
    if (expectedZone === "Pacific/Auckland") expect(localDay).to.equal(15);
    expect(
      shadow(el).querySelector(".today-note")?.textContent?.trim(),
    ).to.equal(expected);
    expect(
      shadow(el).querySelectorAll(".is-today, [aria-current]"),
    ).to.have.length.greaterThan(0);
  });

  it('takes "today" from the local calendar', () => {
    expect(isoDate(localDateOf(new Date(2027, 2, 14, 0, 30)))).to.equal(
      "2027-03-14",
    );
    expect(isoDate(localDateOf(new Date(2027, 3, 4, 23, 30)))).to.equal(
      "2027-04-04",
    );
  });
});
