// The review record every card ends with (issue 23 §4): one quiet line that says when the text was
// checked against its sources, when the next review is due (twelve months later), and the sources
// with their dates; or, when the host names its own reviewer and date, "Reviewed by … on …". The
// dates come from one module (src/shared/review-record.ts), which the review pack reads too.
import { expect, fixtureSync, html } from "@open-wc/testing";
import "../src/il2-widgets.js";
import "../src/locales/es.js";
import {
  CONTENT_CHECKED_ON,
  PACKAGE_CHECK,
  REVIEW_INTERVAL_MONTHS,
  SOURCE_DATES,
  addMonths,
  longDay,
  nextReviewAfter,
  parseReviewDate,
} from "../src/shared/review-record.js";
import { ALL_TAGS, expectWarning, visibleText, warnings } from "./helpers.js";

type Card = HTMLElement & { updateComplete: Promise<unknown> };

/** A card on its own (the guide with its cards rendered), with `attributes`, in `lang`. */
async function card(
  tag: string,
  attributes: Record<string, string> = {},
  lang = "en",
): Promise<Card> {
  const element = document.createElement(tag) as Card;
  for (const [name, value] of Object.entries(attributes))
    element.setAttribute(name, value);
  const wrapper = fixtureSync<HTMLDivElement>(
    html`<div lang=${lang}>${element}</div>`,
  );
  const el = wrapper.firstElementChild as Card;
  await el.updateComplete;
  for (const inner of el.shadowRoot?.querySelectorAll("*") ?? [])
    await (inner as Partial<Card>).updateComplete;
  return el;
}

/** The review line: the card's own, or the guide's one line. */
const recordOf = (el: Card) =>
  el.shadowRoot!.querySelector<HTMLElement>(
    ':is(.card > footer, .guide-footer) > [part="source"]',
  )!;

const checked = longDay(PACKAGE_CHECK, "en-US");
const next = longDay(nextReviewAfter(PACKAGE_CHECK), "en-US");

describe("the review record", () => {
  describe("its dates, in one place", () => {
    it("reads the package's check and the sources' dates, and puts the next review twelve months later", () => {
      expect(CONTENT_CHECKED_ON).to.match(/^\d{4}-\d\d-\d\d$/);
      expect(REVIEW_INTERVAL_MONTHS).to.equal(12);
      expect(SOURCE_DATES).to.deep.equal({
        page: "2021-08",
        label: "2024-02",
        study: "1999",
      });
      expect(nextReviewAfter({ year: 2026, month: 12, day: 7 })).to.deep.equal({
        year: 2027,
        month: 12,
        day: 7,
      });
      // A leap day's review is due on the last day of February.
      expect(nextReviewAfter({ year: 2028, month: 2, day: 29 })).to.deep.equal({
        year: 2029,
        month: 2,
        day: 28,
      });
      expect(addMonths({ year: 2027, month: 1, day: 31 }, 1)).to.deep.equal({
        year: 2027,
        month: 2,
        day: 28,
      });
    });

    it("takes a real YYYY-MM-DD date only", () => {
      expect(parseReviewDate("2027-01-15")).to.deep.equal({
        value: { year: 2027, month: 1, day: 15 },
        valid: true,
      });
      expect(parseReviewDate(undefined)).to.deep.equal({
        value: null,
        valid: true,
      });
      expect(parseReviewDate("")).to.deep.equal({ value: null, valid: true });
      for (const bad of [
        "2027-02-30",
        "2027-13-01",
        "15/01/2027",
        "2027-1-5",
        "yesterday",
        "1899-12-31",
        20270115,
        {},
      ])
        expect(parseReviewDate(bad).valid, JSON.stringify(bad)).to.equal(false);
    });
  });

  for (const tag of ALL_TAGS) {
    describe(`<${tag}>`, () => {
      it("ends with one quiet line: checked against its sources, the next review, and the sources with their dates", async () => {
        const el = await card(tag);
        const record = recordOf(el);
        expect(record.textContent).to.match(
          new RegExp(
            `^Checked against its sources: ${checked}\\. Next review: ${next}\\. Sources: Melanoma Research Alliance, patient page on IL-2, last updated August 2021; PROLEUKIN prescribing information, revised February 2024(; Atkins and others, Journal of Clinical Oncology, 1999 \\(the melanoma studies\\))?\\.$`,
          ),
        );
        // Last in the card, and quieter than the card's text: smaller, in the muted colour.
        expect(record.parentElement!.lastElementChild).to.equal(record);
        const body = el.shadowRoot!.querySelector<HTMLElement>(
          ".lede, .card > p, .guide-header p",
        )!;
        expect(parseFloat(getComputedStyle(record).fontSize)).to.be.below(
          parseFloat(getComputedStyle(body).fontSize),
        );
        expect(getComputedStyle(record).color).to.not.equal(
          getComputedStyle(body).color,
        );
        // It never says that anyone reviewed the text.
        expect(visibleText(el)).not.to.match(/Reviewed by/);
        await expect(el).to.be.accessible();
      });

      it("says in Spanish that its sources are in English", async () => {
        const el = await card(tag, {}, "es");
        expect(recordOf(el).textContent).to.match(
          /^Comparado con sus fuentes: 7 de diciembre de 2026\. Próxima revisión: 7 de diciembre de 2027\. Fuentes \(en inglés\): Melanoma Research Alliance, página para pacientes sobre la IL-2, actualizada en agosto de 2021; información para recetar PROLEUKIN, revisada en febrero de 2024/,
        );
      });

      it("names the host's reviewer and date instead, with the next review twelve months after it", async () => {
        const el = await card(tag, {
          "reviewed-by": "the Patient Education Committee, Example Hospital",
          "reviewed-on": "2027-03-31",
        });
        expect(recordOf(el).textContent).to.match(
          /^Reviewed by the Patient Education Committee, Example Hospital on March 31, 2027\. Next review: March 31, 2028\. Sources: /,
        );
        expect(visibleText(el)).not.to.match(/Checked against its sources/);
        expect(warnings()).to.deep.equal([]);
        await expect(el).to.be.accessible();
        // In Spanish too.
        const es = await card(
          tag,
          {
            "reviewed-by": "el Comité de Educación",
            "reviewed-on": "2027-03-31",
          },
          "es",
        );
        expect(recordOf(es).textContent).to.match(
          /^Revisado por el Comité de Educación el 31 de marzo de 2027\. Próxima revisión: 31 de marzo de 2028\./,
        );
      });
    });
  }

  describe("a host's settings that cannot be used", () => {
    const packageLine = new RegExp(
      `^Checked against its sources: ${checked}\\.`,
    );

    for (const bad of [
      "2027-02-30",
      "March 31, 2027",
      "31/03/2027",
      "<b>x</b>",
    ]) {
      it(`ignores reviewed-on=${JSON.stringify(bad)} with one warning and shows the package's dates`, async () => {
        expectWarning(
          /<il2-overview> reviewed-on=".*" is not a real YYYY-MM-DD date; showing the package's own review dates\./,
        );
        const el = await card("il2-overview", {
          "reviewed-by": "Example Hospital",
          "reviewed-on": bad,
        });
        await card("il2-overview", {
          "reviewed-by": "Example Hospital",
          "reviewed-on": bad,
        });
        expect(recordOf(el).textContent).to.match(packageLine);
        expect(el.shadowRoot!.querySelector("b")).to.equal(null);
        expect(warnings()).to.have.length(1);
        await expect(el).to.be.accessible();
      });
    }

    it("needs both: a reviewer without a date, or a date without a reviewer, warns and shows the package's dates", async () => {
      expectWarning(/reviewed-by="Example Hospital" needs reviewed-on/);
      expectWarning(/reviewed-on="2027-03-31" needs reviewed-by/);
      const byOnly = await card("il2-schedule", {
        "reviewed-by": "Example Hospital",
      });
      const onOnly = await card("il2-schedule", {
        "reviewed-on": "2027-03-31",
      });
      expect(recordOf(byOnly).textContent).to.match(packageLine);
      expect(recordOf(onOnly).textContent).to.match(packageLine);
      expect(warnings()).to.have.length(2);
    });

    it("shows a reviewer's name as text, never as HTML, and refuses one over 200 characters", async () => {
      expectWarning(/reviewed-by=".*" is not text of at most 200 characters/);
      const hostile = await card("il2-resources", {
        "reviewed-by": '<img src=x onerror="window.__pwned=1">',
        "reviewed-on": "2027-03-31",
      });
      expect(hostile.shadowRoot!.querySelector("img")).to.equal(null);
      expect(recordOf(hostile).textContent).to.contain(
        'Reviewed by <img src=x onerror="window.__pwned=1"> on March 31, 2027.',
      );
      const long = await card("il2-resources", {
        "reviewed-by": "x".repeat(201),
        "reviewed-on": "2027-03-31",
      });
      expect(recordOf(long).textContent).to.match(packageLine);
      expect(warnings()).to.have.length(1);
    });

    it("follows later changes: a review set, then removed", async () => {
      const el = await card("il2-assistance");
      el.setAttribute("reviewed-by", "Example Hospital");
      el.setAttribute("reviewed-on", "2027-06-01");
      await el.updateComplete;
      expect(recordOf(el).textContent).to.match(
        /^Reviewed by Example Hospital on June 1, 2027\. Next review: June 1, 2028\./,
      );
      el.removeAttribute("reviewed-by");
      el.removeAttribute("reviewed-on");
      await el.updateComplete;
      expect(recordOf(el).textContent).to.match(packageLine);
      expect(warnings()).to.deep.equal([]);
    });

    it("survives property values that are not text", async () => {
      expectWarning(/reviewed-/);
      const el = await card("il2-doctor-questions");
      const loose = el as unknown as Record<string, unknown>;
      for (const value of [42, {}, [], Symbol("x"), null]) {
        loose.reviewedBy = value;
        loose.reviewedOn = value;
        await el.updateComplete;
        expect(recordOf(el).textContent).to.match(packageLine);
      }
    });
  });
});
