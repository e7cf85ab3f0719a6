import { expect, fixture, html } from "@open-wc/testing";
import sinon from "sinon";
import ICAL from "ical.js";
import "../src/schedule/define.js";
import {
  Il2Schedule,
  type Il2CalendarDownloadDetail,
  type Il2ScheduleChangeDetail,
} from "../src/schedule/schedule.js";
import { registerLocale } from "../src/i18n/locale.js";
import { en } from "../src/locales/en.js";
import { defineElement } from "../src/shared/define-element.js";
import {
  expectPrintsAlone,
  expectWarning,
  inForcedColors,
  readingLevel,
  resourceUrls,
  shadow,
  visibleText,
  warnings,
  $,
  $$,
  emulateMedia,
  sendKeys,
} from "./helpers.js";

const texts = (elements: Element[]) =>
  elements.map((element) =>
    (element as HTMLElement).innerText.replace(/\s+/g, " ").trim(),
  );
const phases = (el: Il2Schedule) => $$(el, ".timeline > li");
/** Each infusion day's name and date (and the Today badge), without its doses. */
const dayTexts = (phase: Element) =>
  [...phase.querySelectorAll(".day")].map((day) =>
    texts([
      ...day.querySelectorAll(".day-label, .day-weekday, .day-date, .badge"),
    ]).join(" "),
  );
/** What each infusion day says about its doses, as a reader (or a screen reader) gets it. */
const doseTexts = (phase: Element) =>
  texts([...phase.querySelectorAll(".day .dose-count")]);
/** How many dose dots each infusion day draws. */
const dotCounts = (phase: Element) =>
  [...phase.querySelectorAll(".day")].map(
    (day) => day.querySelectorAll(".dose").length,
  );
const sectionTitles = (el: Il2Schedule) =>
  texts($$(el, '[part="section-title"]'));
const input = (el: Il2Schedule) => $<HTMLInputElement>(el, "input#start-date")!;
const button = (el: Il2Schedule, label: string | RegExp) =>
  $$<HTMLButtonElement>(el, "button").find((b) =>
    typeof label === "string"
      ? b.textContent?.trim() === label
      : label.test(b.textContent ?? ""),
  );
const WEEKDAYS = /Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday/;

/** Tabs until focus (inside the card) lands on `target`; fails after `limit` presses. */
async function tabTo(el: Il2Schedule, target: Element, limit = 12) {
  for (let i = 0; i < limit; i += 1) {
    await sendKeys({ press: "Tab" });
    if (shadow(el).activeElement === target) return;
  }
  throw new Error(`could not reach ${target.outerHTML.slice(0, 80)} with Tab`);
}

/** Captures the next calendar download: the Blob's text, without saving a file. */
function captureDownload() {
  const blobs: Blob[] = [];
  const create = sinon.stub(URL, "createObjectURL").callsFake((blob) => {
    blobs.push(blob as Blob);
    return "blob:il2-test";
  });
  const revoke = sinon.stub(URL, "revokeObjectURL");
  const click = sinon.stub(HTMLAnchorElement.prototype, "click");
  return {
    blobs,
    revoke,
    click,
    text: () => blobs[0]!.text(),
    restore: () => [create, revoke, click].forEach((stub) => stub.restore()),
  };
}

async function downloadedEvents(el: Il2Schedule) {
  const capture = captureDownload();
  try {
    button(el, "Add to my calendar")!.click();
    const ics = await capture.text();
    const calendar = ICAL.Component.fromString(ics);
    return {
      ics,
      events: calendar
        .getAllSubcomponents("vevent")
        .map((v) => new ICAL.Event(v)),
      capture,
    };
  } finally {
    capture.restore();
  }
}

describe("<il2-schedule>", () => {
  afterEach(() => sinon.restore());

  describe("without a start date", () => {
    it("explains how IL-2 is given, and defines a course where it is first used (F14–F17, L5, L9)", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule></il2-schedule>`,
      );
      expect($(el, 'h2[part="title"]')?.textContent?.trim()).to.equal(
        "How and when IL-2 is given",
      );
      expect($(el, ".lede")?.textContent?.trim()).to.equal(
        "You get IL-2 in the hospital, through a vein. One full round of treatment is called a course. In a course, you get doses for 5 days, then rest, then get doses for 5 more days.",
      );
      const text = visibleText(el);
      expect(text)
        .to.match(/only in a hospital, because its side effects can be serious/)
        .and.match(/doctor with a lot of experience with IL-2 is in charge/); // F14
      expect(text).to.match(/intensive care unit \(ICU\) close by/); // L5
      expect(text).to.match(/drips into a vein\. This is called an infusion/); // F15
      expect(text)
        .to.match(/Your care team checks you often/)
        .and.match(/look for side effects and see how well IL-2 is working/); // F17
      expect(text).to.match(
        /Before your first dose, you will have tests to see if IL-2 is safe for you/,
      ); // L9
      expect(sectionTitles(el)).to.deep.equal([
        "Where and how",
        "See your own dates",
        "One course, step by step",
      ]);
      await expect(el).to.be.accessible();
    });

    it("shows the course as a timeline: cycle 1, rest, cycle 2, then what comes after, and defines a cycle (F16, L2)", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule></il2-schedule>`,
      );
      expect(visibleText(el)).to.contain(
        "Each 5-day stretch of doses is called a cycle. So a course has two cycles, with a rest in between. In each cycle, you get up to three doses a day, but never more than 14 in all. Between the cycles, you rest for 7 to 10 days.",
      );
      const [cycle1, rest, cycle2] = phases(el);
      expect(phases(el)).to.have.length(4);
      expect(
        cycle1!.querySelector(".phase-title")?.textContent?.trim(),
      ).to.equal("Cycle 1");
      expect(cycle1!.innerText).to.match(
        /5 days in the hospital, up to 14 doses/,
      );
      expect(dayTexts(cycle1!)).to.deep.equal([
        "Day 1",
        "Day 2",
        "Day 3",
        "Day 4",
        "Day 5",
      ]);
      expect(rest!.innerText).to.match(/Rest\n*7 to 10 days with no IL-2/);
      expect(rest!.querySelectorAll(".rest-cell")).to.have.length(10);
      expect(rest!.querySelectorAll(".rest-cell.maybe")).to.have.length(3);
      expect(dayTexts(cycle2!)).to.deep.equal([
        "Day 1",
        "Day 2",
        "Day 3",
        "Day 4",
        "Day 5",
      ]);
      expect(dotCounts(cycle1!)).to.deep.equal([3, 3, 3, 3, 2]);
      expect(visibleText(el)).not.to.match(WEEKDAYS);
      expect(button(el, "Add to my calendar")).to.equal(undefined);
      expect(button(el, "Print")).to.exist;
    });

    it("ends the timeline with what comes after a course: the check about 4 weeks later, and another course only if it is safe (L13, F18)", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule></il2-schedule>`,
      );
      const after = phases(el)[3]!;
      expect(after.classList.contains("after")).to.equal(true);
      expect(after.querySelector(".phase-title")?.textContent?.trim()).to.equal(
        "After the course",
      );
      // A step, not days: no day boxes and no dose dots.
      expect(after.querySelectorAll(".day, .dose, .rest-cell")).to.have.length(
        0,
      );
      expect(texts([...after.querySelectorAll("li")])).to.deep.equal([
        "About 4 weeks after the course, your care team checks whether the tumors have shrunk.",
        "If they shrank and the side effects were not serious, people usually get another course. It is given only if it is safe for you.",
        "Another course starts at least 7 weeks after you leave the hospital.",
      ]);
      // "Usually more courses" is never said without the label's condition.
      expect(visibleText(el)).not.to.match(/usually get more courses if/);
      // Printed with the rest of the course.
      await emulateMedia({ media: "print" });
      expect(after.checkVisibility()).to.equal(true);
    });

    it("explains the picture in a key: the dose dots, the rest squares and the dashed ones, and says the plan is IL-2 alone (L16)", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule></il2-schedule>`,
      );
      const key = $(el, '[part="key"]')!;
      expect(texts([...key.querySelectorAll("li")])).to.deep.equal([
        "Each dot is one dose you may get. Your care team may skip some.",
        "Each square is one day of rest. A dashed square is a day you may still be resting, if your rest is longer.",
      ]);
      // The key shows the same marks as the picture, hidden from screen readers as they are.
      expect(key.querySelectorAll(".dose")).to.have.length(1);
      expect(key.querySelectorAll(".rest-cell")).to.have.length(2);
      expect(key.querySelectorAll(".rest-cell.maybe")).to.have.length(1);
      for (const sample of key.querySelectorAll("li > span"))
        expect(sample.getAttribute("aria-hidden")).to.equal("true");
      expect($(el, ".alone-note")?.textContent?.trim()).to.equal(
        "This plan shows IL-2 given on its own. After a newer cell treatment called lifileucel (Amtagvi®), IL-2 is given for only a few doses, on a shorter plan.",
      );
      // With one rest length there are no dashed squares, and the key says nothing of them.
      el.restDays = "9";
      await el.updateComplete;
      expect(texts([...key.querySelectorAll("li")])[1]).to.equal(
        "Each square is one day of rest.",
      );
      expect(key.querySelectorAll(".rest-cell.maybe")).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it("shows at most 14 doses a cycle, as the prescribing information says: 3 on days 1–4, 2 on day 5 (L2)", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule></il2-schedule>`,
      );
      const upTo = [
        "up to 3 doses",
        "up to 3 doses",
        "up to 3 doses",
        "up to 3 doses",
        "up to 2 doses",
      ];
      for (const cycle of [phases(el)[0]!, phases(el)[2]!]) {
        expect(cycle.innerText).to.match(
          /5 days in the hospital, up to 14 doses/,
        );
        // Each day is a list item that says, in words, the most doses it can have.
        const days = [...cycle.querySelectorAll('[role="list"] > li')];
        expect(days).to.have.length(5);
        expect(texts(days)).to.deep.equal(
          upTo.map((doses, index) => `Day ${index + 1} ${doses}`),
        );
        expect(dotCounts(cycle)).to.deep.equal([3, 3, 3, 3, 2]);
        // The dots are drawn for the eye only; the words carry the same count to a screen reader.
        for (const day of days) {
          expect(
            day.querySelector(".doses")!.getAttribute("aria-hidden"),
          ).to.equal("true");
          expect(
            day.querySelector(".dose-count")!.closest("[aria-hidden]"),
          ).to.equal(null);
        }
      }
      expect(
        dotCounts(phases(el)[0]!).reduce((sum, count) => sum + count, 0),
      ).to.equal(14);
      // F16's plain wording, read with the label's limit: never "3 times a day for 5 days".
      expect(visibleText(el))
        .to.match(/up to three doses a day, but never more than 14 in all/)
        .and.match(/A cycle has at most 14 doses/)
        .and.not.match(/3 times a day for 5 days/);
      await expect(el).to.be.accessible();
    });

    it("reads to a screen reader as nested lists, with the drawings hidden", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule></il2-schedule>`,
      );
      const timeline = $(el, '[part="timeline"]')!;
      // role="list" keeps list semantics in Safari, which drops them when list-style is none.
      expect([timeline.localName, timeline.getAttribute("role")]).to.deep.equal(
        ["ol", "list"],
      );
      expect(
        [...timeline.children].map((child) => child.localName),
      ).to.deep.equal(["li", "li", "li", "li"]);
      const dayLists = $$(el, ".timeline > li > ol");
      expect(
        dayLists.map((list) => [
          list.getAttribute("role"),
          list.children.length,
        ]),
      ).to.deep.equal([
        ["list", 5],
        ["list", 5],
      ]);
      expect(
        dayLists.flatMap((list) =>
          [...list.children].map((child) => child.localName),
        ),
      ).to.deep.equal(Array(10).fill("li"));
      for (const drawing of $$(el, ".timeline .doses, .rest-cells, .key-cells"))
        expect(drawing.getAttribute("aria-hidden")).to.equal("true");
      expect(
        $$(
          el,
          '[role]:not([role="list"]):not([role="alert"]):not([role="status"])',
        ),
      ).to.deep.equal([]);
    });

    it("marks the facts taken from the prescribing information (L1, L2)", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule></il2-schedule>`,
      );
      const facts = texts($$(el, ".label-facts li"));
      expect(facts).to.deep.equal([
        "Official FDA information: A dose comes about every 8 hours, so up to 3 a day. Each one drips in over about a quarter of an hour.",
        "Official FDA information: A cycle has at most 14 doses. Many people get fewer, because the care team holds or skips doses when side effects call for it.",
        "Official FDA information: The rest between the two cycles is about 9 days. The patient page says 7 to 10 days.",
      ]);
      expect($(el, ".mark-note")?.textContent).to.match(
        /"Official FDA information" marks facts from the prescribing information for PROLEUKIN/,
      );
      expect($(el, '[part="source"]')?.textContent).to.match(
        /^Checked against its sources: .*Sources: Melanoma Research Alliance, patient page on IL-2, last updated August 2021; PROLEUKIN prescribing information, revised February 2024\.$/,
      );
      expect($(el, '[part="care-note"]')?.textContent).to.match(
        /Talk with your care team/,
      );
    });

    it("reads at US grade 6 or below (Flesch–Kincaid, issue 23's measure)", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule></il2-schedule>`,
      );
      expect((await readingLevel(visibleText(el), "en")).value).to.be.at.most(
        6,
      );
    });
  });

  describe("with a start date", () => {
    it("shows every infusion day with its weekday, the rest and cycle 2's earliest and latest start", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule
          start-date="2027-03-08"
          .today=${"2027-01-01"}
        ></il2-schedule>`,
      );
      expect(sectionTitles(el)).to.include("Your dates");
      const text = visibleText(el);
      expect(text).to.match(
        /Your first day of IL-2 is Monday, March 8, 2027\./,
      );
      expect(text).to.match(
        /Your care team sets your real dates, and they may change\./,
      );
      const [cycle1, rest, cycle2] = phases(el);
      expect(dayTexts(cycle1!)).to.deep.equal([
        "Day 1 Monday March 8",
        "Day 2 Tuesday March 9",
        "Day 3 Wednesday March 10",
        "Day 4 Thursday March 11",
        "Day 5 Friday March 12",
      ]);
      expect(rest!.innerText).to.match(
        /Your rest starts on Saturday, March 13, 2027 and lasts 7 to 10 days\./,
      );
      expect(rest!.innerText).to.match(
        /last rest day will be between Friday, March 19, 2027 and Monday, March 22, 2027/,
      );
      expect(cycle2!.innerText).to.match(
        /Cycle 2 may start on any day from Saturday, March 20, 2027 to Tuesday, March 23, 2027\. Your care team decides the day\./,
      );
      expect(dayTexts(cycle2!)).to.deep.equal([
        "Day 1",
        "Day 2",
        "Day 3",
        "Day 4",
        "Day 5",
      ]);
      expect(button(el, "Add to my calendar")).to.exist;
      expect(input(el).value).to.equal("2027-03-08");
      await expect(el).to.be.accessible();
    });

    it("lists the days of cycle 2 when the rest has one length", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule
          start-date="2027-03-08"
          rest-days="7"
        ></il2-schedule>`,
      );
      const [, rest, cycle2] = phases(el);
      expect(rest!.innerText).to.match(
        /You rest from Saturday, March 13, 2027 to Friday, March 19, 2027\./,
      );
      expect(dayTexts(cycle2!)).to.deep.equal([
        "Day 1 Saturday March 20",
        "Day 2 Sunday March 21",
        "Day 3 Monday March 22",
        "Day 4 Tuesday March 23",
        "Day 5 Wednesday March 24",
      ]);
    });

    it("crosses a year end, naming the years on the days", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule
          start-date="2027-12-30"
          rest-days="1"
        ></il2-schedule>`,
      );
      const [cycle1, rest, cycle2] = phases(el);
      expect(dayTexts(cycle1!)).to.deep.equal([
        "Day 1 Thursday December 30, 2027",
        "Day 2 Friday December 31, 2027",
        "Day 3 Saturday January 1, 2028",
        "Day 4 Sunday January 2, 2028",
        "Day 5 Monday January 3, 2028",
      ]);
      expect(rest!.innerText)
        .to.match(/1 day with no IL-2/)
        .and.match(/You rest on Tuesday, January 4, 2028\./);
      expect(dayTexts(cycle2!)[0]).to.equal("Day 1 Wednesday January 5, 2028");
    });

    it("counts the leap day", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule start-date="2028-02-27"></il2-schedule>`,
      );
      expect(dayTexts(phases(el)[0]!)).to.deep.equal([
        "Day 1 Sunday February 27",
        "Day 2 Monday February 28",
        "Day 3 Tuesday February 29",
        "Day 4 Wednesday March 1",
        "Day 5 Thursday March 2",
      ]);
    });

    it("reads at US grade 6 or below (Flesch–Kincaid, issue 23's measure)", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule
          start-date="2027-03-08"
          dose-times="06:00,14:00,22:00"
          .today=${"2027-03-10"}
        ></il2-schedule>`,
      );
      expect((await readingLevel(visibleText(el), "en")).value).to.be.at.most(
        6,
      );
    });

    it("makes no network request", async () => {
      const before = resourceUrls().length;
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule
          start-date="2027-03-08"
          theme="dark"
        ></il2-schedule>`,
      );
      await downloadedEvents(el);
      expect(resourceUrls().slice(before)).to.deep.equal([]);
    });
  });

  describe("today's marker", () => {
    const at = (today: string, rest = "7-10") =>
      fixture<Il2Schedule>(
        html`<il2-schedule
          start-date="2027-03-08"
          rest-days=${rest}
          .today=${today}
        ></il2-schedule>`,
      );
    const current = (el: Il2Schedule) => $$(el, '[aria-current="date"]');

    it("marks today among the infusion days", async () => {
      const el = await at("2027-03-10");
      const [marked] = current(el);
      expect(current(el)).to.have.length(1);
      // Trimmed: WebKit's innerText ends a list item with a line break.
      expect(marked!.innerText.replace(/\s+/g, " ").trim()).to.equal(
        "Day 3 Wednesday March 10 up to 3 doses Today",
      );
      expect(marked!.getAttribute("part")).to.equal("day today");
      expect($(el, ".today-note")?.textContent?.trim()).to.equal(
        "Today, Wednesday, March 10, 2027, is day 3 of cycle 1.",
      );
      await expect(el).to.be.accessible();
    });

    it("marks a rest day", async () => {
      const el = await at("2027-03-15");
      expect(
        current(el).map((item) => item.classList.contains("rest")),
      ).to.deep.equal([true]);
      expect($(el, ".today-note")?.textContent?.trim()).to.equal(
        "Today, Monday, March 15, 2027, is rest day 3.",
      );
      expect($$(el, ".rest-cell.is-today")).to.have.length(1);
      expect(
        $$(el, ".rest-cell").indexOf($(el, ".rest-cell.is-today")!),
      ).to.equal(2);
    });

    it("marks the days when cycle 2 may take place, when the rest is a range", async () => {
      const el = await at("2027-03-21");
      expect(current(el)).to.have.length(1);
      expect(current(el)[0]!.innerText).to.match(/^Cycle 2/);
      expect($(el, ".today-note")?.textContent?.trim()).to.equal(
        "Today, Sunday, March 21, 2027, is one of the days when cycle 2 may start.",
      );
    });

    it("marks a day of cycle 2 when the rest has one length", async () => {
      const el = await at("2027-03-24", "7");
      expect(current(el)[0]!.innerText.replace(/\s+/g, " ").trim()).to.equal(
        "Day 5 Wednesday March 24 up to 2 doses Today",
      );
      expect($(el, ".today-note")?.textContent?.trim()).to.equal(
        "Today, Wednesday, March 24, 2027, is day 5 of cycle 2.",
      );
    });

    for (const outside of ["2027-03-07", "2027-03-28", "2030-01-01"]) {
      it(`shows no marker on ${outside}, outside the course`, async () => {
        const el = await at(outside);
        expect(current(el)).to.have.length(0);
        expect($(el, ".today-note")).to.equal(null);
      });
    }

    it("uses the reader's real date when no test date is set", async () => {
      // Local noon on 10 March 2027: day 3 of cycle 1, whatever the machine's zone.
      sinon.useFakeTimers({
        now: new Date(2027, 2, 10, 12),
        toFake: ["Date"],
      });
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule start-date="2027-03-08"></il2-schedule>`,
      );
      const marked = current(el);
      expect(marked).to.have.length(1);
      expect(marked[0]!.innerText.replace(/\s+/g, " ").trim()).to.equal(
        "Day 3 Wednesday March 10 up to 3 doses Today",
      );
    });

    it("ignores a bad test date with a warning", async () => {
      expectWarning(/today=.*using the real date/);
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule
          start-date="2027-03-08"
          .today=${"soon"}
        ></il2-schedule>`,
      );
      expect(current(el)).to.have.length(0);
      expect(warnings()).to.have.length(1);
    });
  });

  describe("start-date", () => {
    for (const bad of [
      "2027-02-30",
      "tomorrow",
      "<b>",
      "2027-2-3",
      " 2027-03-08x",
      "2027-03-08 ",
      "03/08/2027",
      "<img src=x onerror=alert(1)>",
      "x".repeat(100_000),
    ]) {
      it(`shows no dates for ${JSON.stringify(bad.slice(0, 30))}, with one warning`, async () => {
        expectWarning(
          /start-date=.*not a real YYYY-MM-DD date.*showing the course without dates/,
        );
        const el = await fixture<Il2Schedule>(
          html`<il2-schedule start-date=${bad}></il2-schedule>`,
        );
        expect(sectionTitles(el)).to.include("One course, step by step");
        expect(visibleText(el)).not.to.match(WEEKDAYS);
        expect(dayTexts(phases(el)[0]!)).to.deep.equal([
          "Day 1",
          "Day 2",
          "Day 3",
          "Day 4",
          "Day 5",
        ]);
        expect(button(el, "Add to my calendar")).to.equal(undefined);
        expect($(el, "img, b")).to.equal(null);
        expect(input(el).value).to.equal("");
        expect(warnings()).to.have.length(1);
        expect(warnings()[0]!.length).to.be.below(300);
        await expect(el).to.be.accessible();
      });
    }

    it("follows later changes, and a bad change drops the dates", async () => {
      expectWarning(/start-date=/);
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule start-date="2027-03-08"></il2-schedule>`,
      );
      el.setAttribute("start-date", "2027-06-01");
      await el.updateComplete;
      expect(dayTexts(phases(el)[0]!)[0]).to.equal("Day 1 Tuesday June 1");
      el.startDate = "2027-06-31";
      await el.updateComplete;
      expect(visibleText(el)).not.to.match(WEEKDAYS);
      el.removeAttribute("start-date");
      await el.updateComplete;
      expect(sectionTitles(el)).to.include("One course, step by step");
    });

    it("survives non-string property values", async () => {
      expectWarning(/start-date=/);
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule></il2-schedule>`,
      );
      const loose = el as unknown as Record<string, unknown>;
      for (const value of [
        new Date(2027, 2, 8),
        20270308,
        {},
        ["2027-03-08"],
        Symbol("x"),
        { toString: () => "2027-03-08" },
      ]) {
        loose.startDate = value;
        await el.updateComplete;
        expect(visibleText(el)).not.to.match(WEEKDAYS);
      }
    });
  });

  describe("the date field", () => {
    it("works by keyboard alone: type the date, press Enter, see your dates", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule .today=${"2027-03-09"}></il2-schedule>`,
      );
      const changes: Il2ScheduleChangeDetail[] = [];
      el.addEventListener("il2-schedule-change", (event) =>
        changes.push(event.detail),
      );
      await tabTo(el, input(el));
      // With the separators, as every engine's date field takes them (WebKit's needs them).
      await sendKeys({ type: "03/08/2027" });
      await sendKeys({ press: "Enter" });
      await el.updateComplete;
      expect(dayTexts(phases(el)[0]!)[0]).to.equal("Day 1 Monday March 8");
      expect($(el, '[role="status"]')?.textContent?.trim()).to.equal(
        "Showing your dates from Monday, March 8, 2027.",
      );
      expect(visibleText(el)).to.match(
        /This is a plan to help you get ready\. Your care team sets your real dates, and they may change\./,
      );
      expect(changes).to.have.length(1);
      expect(changes[0]!.startDate).to.equal("2027-03-08");
      expect(changes[0]!.dates?.cycle1).to.deep.equal([
        "2027-03-08",
        "2027-03-09",
        "2027-03-10",
        "2027-03-11",
        "2027-03-12",
      ]);
      expect(changes[0]!.dates?.cycle2Start).to.deep.equal({
        earliest: "2027-03-20",
        latest: "2027-03-23",
      });
      expect(changes[0]!.dates?.cycle2).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it("works with Tab to the button and Space", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule></il2-schedule>`,
      );
      await tabTo(el, input(el));
      await sendKeys({ type: "12/29/2027" });
      await tabTo(el, button(el, "Show my dates")!);
      await sendKeys({ press: "Space" });
      await el.updateComplete;
      expect(dayTexts(phases(el)[0]!)[3]).to.equal(
        "Day 4 Saturday January 1, 2028",
      );
      expect(shadow(el).activeElement).to.equal(button(el, "Show my dates"));
    });

    it("says clearly when the typed date is not real, and invents no dates", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule></il2-schedule>`,
      );
      const changes: unknown[] = [];
      el.addEventListener("il2-schedule-change", (event) =>
        changes.push(event.detail),
      );
      await tabTo(el, input(el));
      await sendKeys({ type: "02/30" }); // February 30, no year
      await sendKeys({ press: "Enter" });
      await el.updateComplete;
      const error = $(el, "#date-error")!;
      expect(error.textContent?.trim()).to.equal(
        "That is not a real date. Please check the month, day and year.",
      );
      expect(error.getAttribute("role")).to.equal("alert");
      expect(input(el).getAttribute("aria-invalid")).to.equal("true");
      expect(input(el).getAttribute("aria-describedby")).to.include(
        "date-error",
      );
      expect(shadow(el).activeElement).to.equal(input(el));
      expect(visibleText(el)).not.to.match(WEEKDAYS);
      expect(changes).to.deep.equal([]);
      expect(warnings()).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it("asks for a date when the field is empty", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule></il2-schedule>`,
      );
      button(el, "Show my dates")!.click();
      await el.updateComplete;
      expect($(el, "#date-error")?.textContent?.trim()).to.equal(
        "Please enter the day of your first infusion.",
      );
      // The same mistake again changes the alert's text (an invisible no-break space), so a
      // screen reader announces it again instead of staying silent.
      const first = $(el, "#date-error")!.textContent;
      button(el, "Show my dates")!.click();
      await el.updateComplete;
      const second = $(el, "#date-error")!.textContent;
      expect(second).not.to.equal(first);
      expect(second?.trim()).to.equal(first?.trim());
    });

    for (const typed of ["2027-02-30", "tomorrow", "<b>"]) {
      it(`refuses ${JSON.stringify(typed)} typed where the browser has no date picker`, async () => {
        const el = await fixture<Il2Schedule>(
          html`<il2-schedule></il2-schedule>`,
        );
        input(el).type = "text"; // as in browsers without a date picker
        await tabTo(el, input(el));
        await sendKeys({ type: typed });
        await sendKeys({ press: "Enter" });
        await el.updateComplete;
        expect($(el, "#date-error")?.textContent?.trim()).to.equal(
          "That is not a real date. Please check the month, day and year.",
        );
        expect(visibleText(el)).not.to.match(WEEKDAYS);
        expect($(el, ".body b")).to.equal(null);
      });
    }

    it("accepts a typed YYYY-MM-DD date where the browser has no date picker, and clears the error", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule></il2-schedule>`,
      );
      input(el).type = "text";
      input(el).value = "nope";
      button(el, "Show my dates")!.click();
      await el.updateComplete;
      input(el).value = "2027-03-08";
      button(el, "Show my dates")!.click();
      await el.updateComplete;
      expect($(el, "#date-error")?.textContent?.trim()).to.equal("");
      expect(input(el).getAttribute("aria-invalid")).to.equal("false");
      expect(dayTexts(phases(el)[0]!)[0]).to.equal("Day 1 Monday March 8");
    });

    it("clears your dates and puts focus back in the field", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule></il2-schedule>`,
      );
      const changes: Il2ScheduleChangeDetail[] = [];
      el.addEventListener("il2-schedule-change", (event) =>
        changes.push(event.detail),
      );
      input(el).value = "2027-03-08";
      button(el, "Show my dates")!.click();
      await el.updateComplete;
      await tabTo(el, button(el, "Clear my dates")!);
      await sendKeys({ press: "Enter" });
      await el.updateComplete;
      expect(visibleText(el)).not.to.match(WEEKDAYS);
      expect(input(el).value).to.equal("");
      expect(shadow(el).activeElement).to.equal(input(el));
      expect($(el, '[role="status"]')?.textContent?.trim()).to.equal(
        "Your dates are cleared.",
      );
      expect(changes.map((change) => change.startDate)).to.deep.equal([
        "2027-03-08",
        null,
      ]);
      expect(changes[1]!.dates).to.equal(null);
    });

    it("starts from the host's date, which the reader may change", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule start-date="2027-03-08"></il2-schedule>`,
      );
      expect(input(el).value).to.equal("2027-03-08");
      expect(button(el, "Clear my dates")).to.equal(undefined);
      input(el).value = "2027-04-05";
      button(el, "Show my dates")!.click();
      await el.updateComplete;
      expect(dayTexts(phases(el)[0]!)[0]).to.equal("Day 1 Monday April 5");
      // A new date from the host wins over the reader's.
      el.startDate = "2027-05-03";
      await el.updateComplete;
      expect(dayTexts(phases(el)[0]!)[0]).to.equal("Day 1 Monday May 3");
      expect(input(el).value).to.equal("2027-05-03");
    });

    it("fires no event when the host sets the date", async () => {
      const changes: unknown[] = [];
      document.addEventListener("il2-schedule-change", (event) =>
        changes.push(event.detail),
      );
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule></il2-schedule>`,
      );
      el.startDate = "2027-03-08";
      await el.updateComplete;
      expect(changes).to.deep.equal([]);
    });

    it("is hidden by no-date-input, for hosts that set the date", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule
          no-date-input
          start-date="2027-03-08"
        ></il2-schedule>`,
      );
      expect($(el, "input")).to.equal(null);
      expect(sectionTitles(el)).to.deep.equal(["Where and how", "Your dates"]);
      expect(dayTexts(phases(el)[0]!)[0]).to.equal("Day 1 Monday March 8");
      el.noDateInput = false;
      await el.updateComplete;
      expect($(el, "input")).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe("rest-days", () => {
    const cases: [string, RegExp, number, number][] = [
      ["7", /7 days with no IL-2/, 7, 0],
      ["1", /1 day with no IL-2/, 1, 0],
      ["5-12", /5 to 12 days with no IL-2/, 12, 7],
      ["30", /30 days with no IL-2/, 30, 0],
      ["10-10", /10 days with no IL-2/, 10, 0],
    ];
    for (const [value, detail, cells, maybe] of cases) {
      it(`shows ${value}`, async () => {
        const el = await fixture<Il2Schedule>(
          html`<il2-schedule rest-days=${value}></il2-schedule>`,
        );
        const rest = phases(el)[1]!;
        expect(rest.innerText).to.match(detail);
        expect(rest.querySelectorAll(".rest-cell")).to.have.length(cells);
        expect(rest.querySelectorAll(".rest-cell.maybe")).to.have.length(maybe);
      });
    }

    it("takes a number set as a property", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule start-date="2027-03-08"></il2-schedule>`,
      );
      (el as unknown as { restDays: number }).restDays = 8;
      await el.updateComplete;
      expect(dayTexts(phases(el)[2]!)[0]).to.equal("Day 1 Sunday March 21");
    });

    for (const bad of [
      "0",
      "31",
      "10-7",
      "7-",
      "a week",
      "",
      "<img src=x onerror=alert(1)>",
      "7".repeat(100_000),
    ]) {
      it(`falls back to 7 to 10 days with one warning for ${JSON.stringify(bad.slice(0, 30))}`, async () => {
        expectWarning(/rest-days=.*using 7-10/);
        const el = await fixture<Il2Schedule>(
          html`<il2-schedule rest-days=${bad}></il2-schedule>`,
        );
        expect(phases(el)[1]!.innerText).to.match(/7 to 10 days with no IL-2/);
        expect($(el, "img")).to.equal(null);
        expect(warnings()).to.have.length(1);
      });
    }
  });

  describe("doses-per-day", () => {
    it("shows one dose a day, and the label's lines still read true beside it", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule doses-per-day="1"></il2-schedule>`,
      );
      expect(visibleText(el))
        .to.match(/In each cycle, you get up to one dose a day\./)
        .and.match(/5 days in the hospital, up to 5 doses/);
      expect(dotCounts(phases(el)[0]!)).to.deep.equal([1, 1, 1, 1, 1]);
      expect(doseTexts(phases(el)[2]!)).to.deep.equal(
        Array(5).fill("up to 1 dose"),
      );
      // "Up to 3 a day" and "at most 14" stay true of fewer doses.
      expect(texts($$(el, ".label-facts li"))[0]).to.match(
        /about every 8 hours, so up to 3 a day/,
      );
      expect(warnings()).to.deep.equal([]);
    });

    for (const [perDay, dots, total, words] of [
      [1, [1, 1, 1, 1, 1], 5, "one dose"],
      [2, [2, 2, 2, 2, 2], 10, "two doses"],
      [3, [3, 3, 3, 3, 2], 14, "three doses"],
    ] as const) {
      it(`draws ${dots.join(", ")} dose dots with ${perDay} a day (14 or fewer a cycle)`, async () => {
        const el = await fixture<Il2Schedule>(
          html`<il2-schedule doses-per-day=${perDay}></il2-schedule>`,
        );
        expect(dotCounts(phases(el)[0]!)).to.deep.equal(dots);
        expect(visibleText(el))
          .to.contain(`5 days in the hospital, up to ${total} doses`)
          .and.contain(`you get up to ${words} a day`);
      });
    }

    // More than 3 a day would contradict the prescribing information's "about every 8 hours".
    for (const value of ["4", "6", "24", 5]) {
      it(`refuses ${JSON.stringify(value)} a day, past the label, with one warning, and shows the label's 3`, async () => {
        expectWarning(
          /<il2-schedule> doses-per-day=".*" is more than the prescribing information allows \(a dose about every 8 hours, so at most 3 a day\); showing 3\./,
        );
        const el = await fixture<Il2Schedule>(
          html`<il2-schedule></il2-schedule>`,
        );
        (el as unknown as { dosesPerDay: unknown }).dosesPerDay = value;
        await el.updateComplete;
        for (const cycle of [phases(el)[0]!, phases(el)[2]!])
          expect(dotCounts(cycle)).to.deep.equal([3, 3, 3, 3, 2]);
        const text = visibleText(el);
        expect(text)
          .to.match(
            /you get up to three doses a day, but never more than 14 in all/,
          )
          .and.match(/5 days in the hospital, up to 14 doses/)
          .and.not.match(/\b15\b/);
        expect(warnings()).to.have.length(1);
        await expect(el).to.be.accessible();
      });
    }

    for (const bad of ["0", "2.5", "three", "", "<b>3</b>", "-1"]) {
      it(`falls back to 3 with one warning for ${JSON.stringify(bad)}`, async () => {
        expectWarning(/doses-per-day=.*is not a whole number 1–3; using 3/);
        const el = await fixture<Il2Schedule>(
          html`<il2-schedule doses-per-day=${bad}></il2-schedule>`,
        );
        expect(visibleText(el)).to.match(/up to three doses a day/);
        expect(dotCounts(phases(el)[0]!)).to.deep.equal([3, 3, 3, 3, 2]);
        expect(warnings()).to.have.length(1);
      });
    }
  });

  describe("dose-times", () => {
    it("shows the planned times in clock order", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule dose-times="22:00, 06:00,14:00"></il2-schedule>`,
      );
      expect($(el, ".dose-times")?.textContent?.trim()).to.equal(
        "Planned dose times each day: 6:00 AM, 2:00 PM, and 10:00 PM. Day 5 has only 2 doses, at the first 2 times on the list.",
      );
    });

    it("refuses more than 3 times a day, past the label, with one warning, and shows no times", async () => {
      expectWarning(
        /<il2-schedule> dose-times=".*" gives more than 3 doses a day, more than the prescribing information allows \(a dose about every 8 hours\); showing no dose times\./,
      );
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule
          dose-times="06:00,12:00,18:00,23:00"
          start-date="2027-03-08"
          rest-days="7"
        ></il2-schedule>`,
      );
      expect($(el, ".dose-times")).to.equal(null);
      expect(dotCounts(phases(el)[0]!)).to.deep.equal([3, 3, 3, 3, 2]);
      expect(warnings()).to.have.length(1);
      // The calendar gets no dose events: only the days.
      const { events } = await downloadedEvents(el);
      expect(events.every((event) => event.startDate.isDate)).to.equal(true);
    });

    it("refuses 4 a day with 4 times: both settings warn, and the label's 3 a day is shown", async () => {
      expectWarning(
        /doses-per-day="4" is more than the prescribing information allows/,
      );
      expectWarning(/dose-times=".*" gives more than 3 doses a day/);
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule
          doses-per-day="4"
          dose-times="06:00,12:00,18:00,23:00"
        ></il2-schedule>`,
      );
      expect($(el, ".dose-times")).to.equal(null);
      expect(dotCounts(phases(el)[0]!)).to.deep.equal([3, 3, 3, 3, 2]);
      expect(warnings()).to.have.length(2);
    });

    it("must match doses-per-day", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule
          doses-per-day="2"
          dose-times="08:00,20:00"
        ></il2-schedule>`,
      );
      expect($(el, ".dose-times")?.textContent?.trim()).to.equal(
        "Planned dose times each day: 8:00 AM and 8:00 PM.",
      );
      expectWarning(/dose-times=.*needs 3 different HH:MM times/);
      el.dosesPerDay = 3;
      await el.updateComplete;
      expect($(el, ".dose-times")).to.equal(null);
      expect(warnings()).to.have.length(1);
    });

    for (const bad of [
      "06:00,14:00",
      "6am,2pm,10pm",
      "06:00,06:00,22:00",
      "25:00,01:00,02:00",
      "<img src=x onerror=alert(1)>",
      "1".repeat(100_000),
    ]) {
      it(`shows no times, with one warning, for ${JSON.stringify(bad.slice(0, 30))}`, async () => {
        expectWarning(/dose-times=.*showing no dose times/);
        const el = await fixture<Il2Schedule>(
          html`<il2-schedule dose-times=${bad}></il2-schedule>`,
        );
        expect($(el, ".dose-times")).to.equal(null);
        expect($(el, "img")).to.equal(null);
        expect(warnings()).to.have.length(1);
      });
    }
  });

  describe("add to calendar", () => {
    it("downloads an .ics file with a day event for each infusion day, the rest, and the cycle 2 window", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule start-date="2027-03-08"></il2-schedule>`,
      );
      const downloads: Il2CalendarDownloadDetail[] = [];
      el.addEventListener("il2-calendar-download", (event) =>
        downloads.push(event.detail),
      );
      const { ics, events, capture } = await downloadedEvents(el);
      expect(capture.blobs[0]!.type).to.equal("text/calendar;charset=utf-8");
      expect(capture.click.calledOnce).to.equal(true);
      const link = capture.click.firstCall.thisValue as HTMLAnchorElement;
      expect(link.download).to.equal("il2-schedule-2027-03-08.ics");
      expect(link.isConnected).to.equal(false);
      expect(ics).to.match(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
      expect(events.map((event) => event.startDate.toString())).to.deep.equal([
        "2027-03-08",
        "2027-03-09",
        "2027-03-10",
        "2027-03-11",
        "2027-03-12",
        "2027-03-13",
        "2027-03-20",
      ]);
      expect(events.every((event) => event.startDate.isDate)).to.equal(true);
      expect(events[6]!.endDate.toString()).to.equal("2027-03-24");
      expect(downloads).to.deep.equal([
        {
          startDate: "2027-03-08",
          fileName: "il2-schedule-2027-03-08.ics",
          events: 7,
        },
      ]);
    });

    it("adds a timed event for each dose with dose-times", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule
          start-date="2027-03-08"
          rest-days="7"
          dose-times="06:00,14:00,22:00"
        ></il2-schedule>`,
      );
      const downloads: Il2CalendarDownloadDetail[] = [];
      el.addEventListener("il2-calendar-download", (event) =>
        downloads.push(event.detail),
      );
      const { events } = await downloadedEvents(el);
      // 5 days + 14 doses, the rest, 5 days + 14 doses: the same 14 a cycle the card draws.
      expect(events).to.have.length(39);
      expect(downloads[0]!.events).to.equal(39);
      const doses = events.filter((event) => !event.startDate.isDate);
      expect(doses).to.have.length(28);
      expect(doses[0]!.startDate.toString()).to.equal("2027-03-08T06:00:00");
      expect(
        doses.slice(12, 14).map((event) => event.startDate.toString()),
      ).to.deep.equal(["2027-03-12T06:00:00", "2027-03-12T14:00:00"]);
      expect(doses[27]!.startDate.toString()).to.equal("2027-03-24T14:00:00");
      expect(doses[27]!.summary).to.equal(
        "IL-2 dose 2 of 2 today (cycle 2, day 5)",
      );
    });

    it("uses the date the reader entered", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule></il2-schedule>`,
      );
      input(el).value = "2028-02-27";
      button(el, "Show my dates")!.click();
      await el.updateComplete;
      const { events } = await downloadedEvents(el);
      expect(
        events.slice(0, 5).map((event) => event.startDate.toString()),
      ).to.deep.equal([
        "2028-02-27",
        "2028-02-28",
        "2028-02-29",
        "2028-03-01",
        "2028-03-02",
      ]);
    });

    it("lets go of the file URL afterwards", async () => {
      const clock = sinon.useFakeTimers({ toFake: ["setTimeout"] });
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule start-date="2027-03-08"></il2-schedule>`,
      );
      const capture = captureDownload();
      button(el, "Add to my calendar")!.click();
      expect(capture.revoke.called).to.equal(false);
      clock.runAll();
      expect(capture.revoke.calledOnceWith("blob:il2-test")).to.equal(true);
      capture.restore();
      clock.restore();
    });

    it("is reachable and usable by keyboard", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule
          no-date-input
          start-date="2027-03-08"
        ></il2-schedule>`,
      );
      const downloads: unknown[] = [];
      el.addEventListener("il2-calendar-download", (event) =>
        downloads.push(event.detail),
      );
      const capture = captureDownload();
      await tabTo(el, button(el, "Add to my calendar")!);
      await sendKeys({ press: "Enter" });
      capture.restore();
      expect(downloads).to.have.length(1);
    });
  });

  describe("print", () => {
    it("prints the card alone", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule start-date="2027-03-08"></il2-schedule>`,
      );
      await expectPrintsAlone(el, () => button(el, "Print")!.click());
      expect(el.hasAttribute("data-il2-print-target")).to.equal(false);
    });

    it("prints in black and white, without the form and buttons", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule
          theme="dark"
          start-date="2027-03-08"
          .today=${"2027-03-09"}
        ></il2-schedule>`,
      );
      await emulateMedia({ media: "print" });
      try {
        expect($(el, ".date-entry")!.checkVisibility()).to.equal(false);
        expect($(el, ".actions")!.checkVisibility()).to.equal(false);
        const card = getComputedStyle($(el, ".card")!);
        expect([card.color, card.backgroundColor]).to.deep.equal([
          "rgb(0, 0, 0)",
          "rgb(255, 255, 255)",
        ]);
        const day = getComputedStyle($(el, ".day")!);
        expect(day.borderTopColor).to.equal("rgb(0, 0, 0)");
        // The long course may run onto the next page (no near-empty first page); each cycle,
        // the rest and each day stay whole.
        expect(getComputedStyle($(el, ".course")!).breakInside).to.equal(
          "auto",
        );
        for (const phase of $$(el, ".timeline > li"))
          expect(getComputedStyle(phase).breakInside).to.equal("avoid");
        expect(day.backgroundColor).to.equal("rgba(0, 0, 0, 0)");
        const dose = getComputedStyle($(el, ".dose")!);
        expect(dose.borderTopColor).to.equal("rgb(0, 0, 0)");
        expect(parseFloat(dose.borderTopWidth)).to.be.greaterThan(3);
        expect(getComputedStyle($(el, ".is-today")!).borderTopWidth).to.equal(
          "3px",
        );
      } finally {
        await emulateMedia({ media: "screen" });
      }
    });
  });

  describe("forced colours", () => {
    it("outlines phases, days and today in the reader's own High Contrast colours", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule
          theme="dark"
          start-date="2027-03-08"
          .today=${"2027-03-10"}
        ></il2-schedule>`,
      );
      await inForcedColors(async (systemColor) => {
        const canvasText = systemColor("CanvasText");
        const card = getComputedStyle($(el, ".card")!);
        expect([card.color, card.backgroundColor]).to.deep.equal([
          canvasText,
          systemColor("Canvas"),
        ]);
        // Backgrounds are dropped in forced colours: phases and days keep their shape by borders.
        for (const box of $$(el, ".phase, .day, .date-entry")) {
          const style = getComputedStyle(box);
          expect(style.borderTopStyle).to.not.equal("none");
          expect(parseFloat(style.borderTopWidth)).to.be.greaterThan(0);
        }
        const today = $(el, '[aria-current="date"]')!;
        expect(getComputedStyle(today).borderTopColor).to.equal(
          systemColor("Highlight"),
        );
        const dateField = $<HTMLInputElement>(el, "#start-date")!;
        expect(getComputedStyle(dateField).borderTopColor).to.equal(canvasText);
        const showDates = button(el, "Show my dates")!;
        expect(getComputedStyle(showDates).borderTopColor).to.equal(
          systemColor("ButtonText"),
        );
        // axe reads text colour from -webkit-text-fill-color, which Chromium leaves unforced
        // in getComputedStyle although it paints system colours; contrast is the system's here.
        await expect(el).to.be.accessible({ ignoredRules: ["color-contrast"] });
      });
    });
  });

  describe("layout", () => {
    for (const width of [280, 320, 760, 1200]) {
      it(`fits ${width}px without sideways scrolling`, async () => {
        // The wrapper is the fixture's parent, not a fixture itself: fixtures of non-Lit elements
        // wait for a frame, which background tabs may not get while other test files run.
        // The fixture's clean-up removes the wrapper.
        const wrapper = document.createElement("div");
        wrapper.style.width = `${width}px`;
        const el = await fixture<Il2Schedule>(
          html`<il2-schedule
            start-date="2027-09-27"
            rest-days="7"
            dose-times="06:00,14:00,22:00"
          ></il2-schedule>`,
          { parentNode: wrapper },
        );
        const card = $(el, ".card")!;
        expect(card.scrollWidth).to.be.at.most(card.clientWidth);
        for (const day of $$(el, ".day"))
          expect(day.scrollWidth).to.be.at.most(day.clientWidth + 1);
        const firstRow = new Set(
          $$(el, ".timeline > li:first-child .day").map(
            (day) => day.getBoundingClientRect().top,
          ),
        );
        expect(firstRow.size).to.equal(width >= 760 ? 1 : 5);
      });
    }

    it("gives every button and the field a 44px target", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule start-date="2027-03-08"></il2-schedule>`,
      );
      input(el).value = "2027-03-09";
      button(el, "Show my dates")!.click();
      await el.updateComplete;
      const targets = [...$$(el, "button"), input(el)];
      expect(targets).to.have.length(5);
      for (const target of targets) {
        const box = target.getBoundingClientRect();
        expect(box.height, target.textContent ?? "input").to.be.at.least(44);
        expect(box.width).to.be.at.least(44);
      }
    });

    it("shows a visible focus ring", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule></il2-schedule>`,
      );
      await tabTo(el, button(el, "Show my dates")!);
      const style = getComputedStyle(shadow(el).activeElement!);
      expect(style.outlineStyle).to.equal("solid");
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });
  });

  describe("theme, headings and language", () => {
    it("is accessible in the dark theme with dates", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule
          theme="dark"
          start-date="2027-03-08"
          .today=${"2027-03-08"}
        ></il2-schedule>`,
      );
      expect(getComputedStyle($(el, ".card")!).backgroundColor).to.equal(
        "rgb(22, 27, 34)",
      );
      await expect(el).to.be.accessible();
    });

    it('follows the system dark mode with theme="auto"', async () => {
      await emulateMedia({ colorScheme: "dark" });
      try {
        const el = await fixture<Il2Schedule>(
          html`<il2-schedule theme="auto"></il2-schedule>`,
        );
        expect(getComputedStyle($(el, ".card")!).backgroundColor).to.equal(
          "rgb(22, 27, 34)",
        );
      } finally {
        await emulateMedia({ colorScheme: "light" });
      }
    });

    it("lets the host brand it through --il2-* custom properties", async () => {
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule
          style="--il2-color-accent: rgb(120, 0, 60)"
        ></il2-schedule>`,
      );
      expect(
        getComputedStyle($(el, ".phase")!).borderInlineStartColor,
      ).to.equal("rgb(120, 0, 60)");
    });

    for (const level of [1, 3, 6]) {
      it(`uses h${level} for the title and lower levels inside`, async () => {
        const el = await fixture<Il2Schedule>(
          html`<il2-schedule heading-level=${level}></il2-schedule>`,
        );
        expect($(el, '[part="title"]')?.localName).to.equal(`h${level}`);
        const section = Math.min(level + 1, 6);
        expect(
          $$(el, '[part="section-title"]').map((h) => h.localName),
        ).to.deep.equal(Array(3).fill(`h${section}`));
        // Cycle 1, the rest, cycle 2, and what comes after.
        expect($$(el, ".phase-title").map((h) => h.localName)).to.deep.equal(
          Array(4).fill(`h${Math.min(section + 1, 6)}`),
        );
        await expect(el).to.be.accessible();
      });
    }

    it("formats dates with the locale of the language shown", async () => {
      registerLocale("xx", {
        ...en,
        common: { ...en.common, intlLocale: "de-DE" },
      });
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule
          lang="xx"
          start-date="2027-03-08"
          dose-times="06:00,14:00,22:00"
        ></il2-schedule>`,
      );
      expect(dayTexts(phases(el)[0]!)[0]).to.equal("Day 1 Montag 8. März");
      expect(visibleText(el)).to.match(/Montag, 8\. März 2027/);
      expect($(el, ".dose-times")?.textContent).to.match(
        /6:00, 14:00 und 22:00/,
      );
    });

    it("still shows dates (in US format) when a locale file has a malformed intlLocale", async () => {
      registerLocale("yy", {
        ...en,
        common: { ...en.common, intlLocale: "not a locale!" },
      });
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule lang="yy" start-date="2027-03-08"></il2-schedule>`,
      );
      expect(visibleText(el)).to.match(/Monday, March 8, 2027/);
    });

    it("shows English with one warning for an unknown language", async () => {
      expectWarning(/lang=.*showing English/);
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule lang="fr"></il2-schedule>`,
      );
      expect($(el, '[part="title"]')?.textContent?.trim()).to.equal(
        "How and when IL-2 is given",
      );
      expect(warnings()).to.have.length(1);
    });
  });

  describe("bad and hostile input", () => {
    const hostile = '<img src=x onerror="window.__pwned=true">';

    it("never renders outside values as HTML", async () => {
      expectWarning(/il2-schedule/);
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule
          start-date=${hostile}
          rest-days=${hostile}
          doses-per-day=${hostile}
          dose-times=${hostile}
          heading-level=${hostile}
          theme=${hostile}
          lang=${hostile}
          .today=${hostile}
        ></il2-schedule>`,
      );
      expect($(el, "img")).to.equal(null);
      expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(
        undefined,
      );
      expect(phases(el)).to.have.length(4);
      expect(warnings().every((text) => text.length < 300)).to.equal(true);
    });

    it("keeps working when properties are set to garbage", async () => {
      expectWarning(/il2-schedule/);
      const el = await fixture<Il2Schedule>(
        html`<il2-schedule start-date="2027-03-08"></il2-schedule>`,
      );
      const loose = el as unknown as Record<string, unknown>;
      for (const value of [
        null,
        undefined,
        NaN,
        {},
        [],
        Symbol.iterator,
        1e308,
        -1,
        {
          toString: () => {
            throw new Error("boom");
          },
        },
      ]) {
        for (const name of [
          "startDate",
          "restDays",
          "dosesPerDay",
          "doseTimes",
          "noDateInput",
          "today",
          "theme",
          "headingLevel",
        ]) {
          loose[name] = value;
        }
        await el.updateComplete;
        expect($(el, '[part="title"]')?.textContent?.trim()).to.equal(
          "How and when IL-2 is given",
        );
        expect(phases(el)).to.have.length(4);
      }
    });
  });

  describe("registration", () => {
    it("does not throw when defined twice", () => {
      expectWarning(/already defined/);
      expect(() =>
        defineElement("il2-schedule", class Copy extends Il2Schedule {}),
      ).not.to.throw();
      expect(customElements.get("il2-schedule")).to.equal(Il2Schedule);
    });
  });
});
