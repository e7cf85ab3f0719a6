// <il2-side-effects>: every fact it carries (L5–L12, L14) in English and Spanish, the label's
// facts marked as the label's, key points first, the emergency number and the host's own numbers
// (and no other number, ever), bad host values, the contact slot, the two print layouts, the
// keyboard, the print event, and an accessible card in every state. The page counts of the two
// print layouts are counted in real PDFs in test/node/side-effects-print.test.mjs.
import { SIDE_EFFECTS_FACTS as FACTS } from "./side-effects-facts.js";
import { expect, fixture, html, oneEvent, waitUntil } from "@open-wc/testing";
import sinon from "sinon";
import "../src/side-effects/define.js";
import "../src/locales/es.js";
import type {
  Il2SideEffects,
  Il2PrintDetail,
} from "../src/side-effects/side-effects.js";
import {
  parseEmergencyNumber,
  parseHours,
  parsePhone,
} from "../src/side-effects/host-numbers.js";
import { sideEffects as en } from "../src/locales/en/side-effects.js";
import { sideEffects as es } from "../src/locales/es/side-effects.js";
import { common } from "../src/locales/en/common.js";
import { common as esCommon } from "../src/locales/es/common.js";
import {
  $,
  $$,
  asSentences,
  emulateMedia,
  expectPrintsAlone,
  expectWarning,
  fleschKincaidGrade,
  infleszScore,
  say,
  sendKeys,
  shadow,
  visibleText,
  warnings,
} from "./helpers.js";

type Lang = "en" | "es";

/** One line of what a reader sees, so a sentence that wraps still matches. */
const oneLine = (el: Element) => visibleText(el).replace(/\s+/g, " ");

/** Every run of digits (with the spaces and signs numbers are written with) that could be a phone number: 5 digits or more. */
const phoneNumbers = (text: string) =>
  [...text.matchAll(/\+?\(?\d[\d ().-]*\d/g)]
    .map(([run]) => run.trim())
    .filter((run) => run.replace(/\D/g, "").length >= 5);

/** Every number written as digits in the text. */
const numbers = (text: string) => text.match(/\d+/g) ?? [];

/**
 * For tests that run axe: one audit of this long card takes a few seconds of one core when other
 * test pages share the machine's two (measured 1–4 s at load 10), over mocha's 5 s default.
 */
const AUDIT_TIMEOUT = 15_000;

const card = (markup = html`<il2-side-effects></il2-side-effects>`) =>
  fixture<Il2SideEffects>(markup);

const HOST = {
  phone: "(555) 010-0100",
  hours: "Monday to Friday, 8 a.m. to 5 p.m.",
  afterHours: "+1 555-010-0199",
};

const withHostNumbers = (lang: Lang = "en") =>
  card(
    html`<il2-side-effects
      lang=${lang}
      care-team-phone=${HOST.phone}
      care-team-hours=${HOST.hours}
      after-hours-phone=${HOST.afterHours}
      ><p slot="contact">
        Oncology unit, 4th floor, Main Hospital.
      </p></il2-side-effects
    >`,
  );

describe("<il2-side-effects>", () => {
  for (const lang of ["en", "es"] as const) {
    describe(`facts, in ${lang === "en" ? "English" : "Spanish"}`, () => {
      let text = "";
      before(async () => {
        const el = await card(
          html`<il2-side-effects lang=${lang}></il2-side-effects>`,
        );
        text = oneLine(el);
      });

      for (const [id, patterns] of Object.entries(FACTS))
        it(`${id} reaches the reader`, () => {
          for (const pattern of patterns[lang])
            expect(text, `${id}: ${pattern}`).to.match(pattern);
        });
    });
  }

  describe("what it says first, and where its facts come from", () => {
    it("opens with three to five key points, before any section", async () => {
      const el = await card();
      const body = $(el, '[part="body"]')!;
      const first = body.firstElementChild!;
      expect(first.getAttribute("part")).to.equal("key-points");
      expect(first.querySelector("h3")?.textContent?.trim()).to.equal(
        en.keyPointsHeading,
      );
      const points = [...first.querySelectorAll("li")].map((li) =>
        li.textContent.trim(),
      );
      expect(points.length).to.be.within(3, 5);
      expect(points).to.deep.equal(
        en.keyPoints.map((point) => say(point, { emergency: "911" })),
      );
      expect(es.keyPoints).to.have.length(en.keyPoints.length);
    });

    it("marks every section of the prescribing information's facts, and explains the mark in the footer", async () => {
      for (const [lang, shared] of [
        ["en", common],
        ["es", esCommon],
      ] as const) {
        const el = await card(
          html`<il2-side-effects lang=${lang}></il2-side-effects>`,
        );
        const sections = $$(el, '[part="section"]');
        expect(sections, lang).to.have.length(4);
        for (const section of sections) {
          // The mark opens the first paragraph under the heading.
          const mark = section.querySelector('[part="label-tag"]');
          expect(mark?.textContent?.trim(), lang).to.equal(shared.labelTag);
          expect(section.querySelector("p")!.firstElementChild).to.equal(mark);
        }
        const footer = oneLine($(el, '[part="footer"]')!);
        // The frame explains both marks and lists both sources with their dates.
        expect(footer).to.include(shared.labelNote);
        expect(footer).to.include(shared.studyNote);
        expect(footer, lang).to.match(/PROLEUKIN/);
        expect(footer, lang).to.match(/2024/);
        expect(footer, lang).to.match(/1999/);
      }
      // The Spanish never calls the prescribing information a label ("etiqueta": the vial's sticker).
      expect(JSON.stringify(es)).not.to.match(/[Ee]tiqueta/);
    });

    it("names its sources and dates and sends the reader to the care team (F28)", async () => {
      const el = await card();
      expect($(el, '[part="source"]')!.textContent).to.match(
        /Melanoma Research Alliance.*August 2021/,
      );
      expect($(el, '[part="care-note"]')!.textContent).to.equal(
        common.careTeamNote,
      );
    });

    it("reads at US grade 6 or below in English and 70 or more (INFLESZ) in Spanish", async () => {
      const english = await withHostNumbers("en");
      expect(
        await fleschKincaidGrade(asSentences(visibleText(english))),
      ).to.be.at.most(6);
      const spanish = await withHostNumbers("es");
      expect(
        await infleszScore(asSentences(visibleText(spanish))),
      ).to.be.at.least(70);
    });
  });

  describe("phone numbers", function () {
    // axe over this long card takes a few seconds of a busy core: one audit per test, and room.
    this.timeout(AUDIT_TIMEOUT);

    for (const lang of ["en", "es"] as const) {
      it(`without the host's numbers, names no number but the emergency one, and says how to get one (${lang})`, async () => {
        const el = await card(
          html`<il2-side-effects lang=${lang}></il2-side-effects>`,
        );
        const text = oneLine(el);
        expect(phoneNumbers(text), lang).to.deep.equal([]);
        // The only numbers are the facts' (30 in 100, 2 in 100, 1998, 270, 2024…) and 911.
        expect(
          numbers(text).filter(
            (n) => n.length === 3 && n !== "100" && n !== "270",
          ),
          lang,
        ).to.deep.equal(["911", "911"]);
        expect(shadow(el).querySelector('a[href^="tel:"]'), lang).to.equal(
          null,
        );
        const words = lang === "en" ? en : es;
        expect(text, lang).to.include(words.atHome.callCareTeam);
        expect(text, lang).to.include(words.atHome.askForNumber);
        // The emergency number is bold text, never a link a stray tap could call.
        const emergency = $(el, '[part="emergency"]')!;
        expect(emergency.textContent.trim()).to.equal(
          say(words.atHome.emergency, { emergency: "911" }),
        );
        expect(emergency.querySelector("strong")).to.not.equal(null);
        expect(emergency.querySelector("a")).to.equal(null);
        await expect(el).to.be.accessible();
      });

      it(`with the host's numbers and hours, shows them, each number a tel: link (${lang})`, async () => {
        const el = await withHostNumbers(lang);
        const words = lang === "en" ? en : es;
        const text = oneLine(el);
        expect(phoneNumbers(text), lang).to.have.members([
          HOST.phone,
          HOST.afterHours,
        ]);
        const links = $$<HTMLAnchorElement>(el, '[part="phone"]');
        expect(
          links.map((a) => [a.textContent.trim(), a.getAttribute("href")]),
        ).to.deep.equal([
          [HOST.phone, "tel:5550100100"],
          [HOST.afterHours, "tel:+15550100199"],
        ]);
        const [before, after] = words.atHome.callCareTeamAt.split("{phone}");
        expect(text).to.include(`${before}${HOST.phone}${after}`);
        expect(text).to.include(say(words.atHome.hours, { hours: HOST.hours }));
        const [closed] = words.atHome.afterHours.split("{phone}");
        expect(text).to.include(`${closed}${HOST.afterHours}`);
        // With a number to call, the card does not ask the reader to find one.
        expect(text).not.to.include(words.atHome.askForNumber);
        expect(text).not.to.include(words.atHome.callCareTeam);
        await expect(el).to.be.accessible();
      });
    }

    it("shows the host's emergency number instead of 911 everywhere", async () => {
      const el = await card(
        html`<il2-side-effects emergency-number="112"></il2-side-effects>`,
      );
      const text = oneLine(el);
      expect(text).not.to.match(/911/);
      expect(text.match(/\b112\b/g)).to.have.length(2);
      expect($(el, '[part="emergency"]')!.textContent.trim()).to.equal(
        say(en.atHome.emergency, { emergency: "112" }),
      );
      el.emergencyNumber = "";
      await el.updateComplete;
      expect(oneLine(el).match(/\b911\b/g)).to.have.length(2);
      expect(warnings()).to.deep.equal([]);
    });

    it("follows the host's numbers as they change", async () => {
      const el = await card();
      el.careTeamPhone = "555 010 0100";
      await el.updateComplete;
      expect($(el, '[part="phone"]')!.getAttribute("href")).to.equal(
        "tel:5550100100",
      );
      el.removeAttribute("care-team-phone");
      el.careTeamPhone = undefined;
      await el.updateComplete;
      expect($(el, '[part="phone"]')).to.equal(null);
      expect(oneLine(el)).to.include(en.atHome.askForNumber);
    });
  });

  describe("bad host values", () => {
    const BAD_PHONES = [
      "call us",
      "555-0100 ext. 12",
      "12",
      "1234567890123456",
      "+1 +555 0100",
      "javascript:alert(1)",
      '<a href="tel:1">1</a>',
      "5".repeat(31),
    ];

    it("refuses a phone number that is not one, once per value, and names no number", async () => {
      for (const bad of BAD_PHONES) {
        expectWarning(/care-team-phone=/);
        const el = await card(
          html`<il2-side-effects care-team-phone=${bad}></il2-side-effects>`,
        );
        const text = oneLine(el);
        expect(phoneNumbers(text), bad).to.deep.equal([]);
        expect($(el, '[part="phone"]'), bad).to.equal(null);
        expect(text, bad).to.include(en.atHome.callCareTeam);
        expect(text, bad).to.include(en.atHome.askForNumber);
      }
      const caused = warnings().filter((w) => w.includes("care-team-phone="));
      expect(caused).to.have.length(BAD_PHONES.length);
      for (const warning of caused) {
        expect(warning).to.include("<il2-side-effects>");
        expect(warning).to.match(/names no number/);
      }
    });

    it("refuses a bad after-hours number and leaves that line out", async () => {
      expectWarning(/after-hours-phone=/);
      const el = await card(
        html`<il2-side-effects
          care-team-phone="555-010-0100"
          after-hours-phone="after 5 pm"
        ></il2-side-effects>`,
      );
      expect($$(el, '[part="phone"]')).to.have.length(1);
      expect(oneLine(el)).not.to.include("When that office is closed");
      expect(warnings()).to.have.length(1);
    });

    it("refuses an emergency number that is not one and shows 911", async () => {
      const bad = [
        "emergency",
        "9",
        "1234567",
        "<b>112</b>",
        "1-1-2-3-4-5-6",
        "112!",
      ];
      for (const value of bad) {
        expectWarning(/emergency-number=/);
        const el = await card(
          html`<il2-side-effects emergency-number=${value}></il2-side-effects>`,
        );
        expect(oneLine(el).match(/\b911\b/g), value).to.have.length(2);
        expect($(el, '[part="emergency"]')!.textContent.trim(), value).to.equal(
          say(en.atHome.emergency, { emergency: "911" }),
        );
      }
      expect(
        warnings().filter((w) => /emergency-number=.*showing 911/.test(w)),
      ).to.have.length(bad.length);
    });

    it("refuses hours that are markup or too long, and leaves them out", async () => {
      for (const value of ["<b>9 to 5</b>", "x".repeat(161)]) {
        expectWarning(/care-team-hours=/);
        const el = await card(
          html`<il2-side-effects care-team-hours=${value}></il2-side-effects>`,
        );
        expect(oneLine(el)).not.to.include("answers this number");
      }
      expect(warnings()).to.have.length(2);
    });

    it("takes any property value without throwing, warning once for each one it refuses", async () => {
      const el = await card();
      expectWarning(/<il2-side-effects>/);
      for (const value of [42, {}, [], Symbol("x"), () => "555-0100"]) {
        const loose = el as unknown as Record<string, unknown>;
        for (const name of [
          "careTeamPhone",
          "careTeamHours",
          "afterHoursPhone",
          "emergencyNumber",
        ]) {
          expect(() => {
            loose[name] = value;
          }).not.to.throw();
          await el.updateComplete;
          loose[name] = undefined;
          await el.updateComplete;
        }
      }
      expect(warnings()).to.have.length(20);
      expect(phoneNumbers(oneLine(el))).to.deep.equal([]);
    });

    it("parses numbers and hours as documented (the pure module)", () => {
      expect(parsePhone(undefined)).to.deep.equal({
        value: undefined,
        valid: true,
      });
      expect(parsePhone("  ")).to.deep.equal({ value: undefined, valid: true });
      expect(parsePhone(" (555)  010-0100 ").value).to.deep.equal({
        text: "(555) 010-0100",
        href: "tel:5550100100",
      });
      expect(parsePhone("+44 20 7946 0958").value).to.deep.equal({
        text: "+44 20 7946 0958",
        href: "tel:+442079460958",
      });
      expect(parsePhone("555.010.0100").valid).to.equal(true);
      for (const bad of BAD_PHONES)
        expect(parsePhone(bad).valid, bad).to.equal(false);
      expect(parsePhone(5550100).valid).to.equal(false);
      expect(parseEmergencyNumber(undefined).value).to.equal("911");
      expect(parseEmergencyNumber("").value).to.equal("911");
      expect(parseEmergencyNumber(" 000 ")).to.deep.equal({
        value: "000",
        valid: true,
      });
      expect(parseEmergencyNumber("1-1-2").value).to.equal("1-1-2");
      expect(parseEmergencyNumber("123456").valid).to.equal(true);
      expect(parseEmergencyNumber("1234567").valid).to.equal(false);
      expect(parseEmergencyNumber("-112").valid).to.equal(false);
      expect(parseEmergencyNumber(911).value).to.equal("911");
      expect(parseEmergencyNumber(911).valid).to.equal(false);
      expect(parseHours(" 9 to 5,\n weekdays ").value).to.equal(
        "9 to 5, weekdays",
      );
      expect(parseHours("x".repeat(160)).valid).to.equal(true);
      expect(parseHours("x".repeat(161)).valid).to.equal(false);
      expect(parseHours("<i>9</i>").valid).to.equal(false);
      expect(parseHours(9).valid).to.equal(false);
    });
  });

  describe("the host's contact details", function () {
    this.timeout(AUDIT_TIMEOUT);

    it("appear under their heading only when something is slotted", async () => {
      const el = await card();
      const tile = $(el, '[part="contact"]')!;
      expect(tile.checkVisibility()).to.equal(false);
      const details = document.createElement("p");
      details.slot = "contact";
      details.textContent = "Oncology unit, 4th floor.";
      el.append(details);
      await waitUntil(() => tile.checkVisibility(), "contact shown");
      expect($(el, '[part="contact-title"]')!.textContent.trim()).to.equal(
        en.contactHeading,
      );
      // Slotted: the host's own element, shown in the card.
      expect(details.checkVisibility()).to.equal(true);
      expect(details.assignedSlot?.getRootNode()).to.equal(shadow(el));
      await expect(el).to.be.accessible();
      details.remove();
      await waitUntil(() => !tile.checkVisibility(), "contact hidden");
    });
  });

  describe("print", function () {
    this.timeout(AUDIT_TIMEOUT);

    const press = (el: Il2SideEffects, index: 0 | 1) =>
      $$<HTMLButtonElement>(el, '[part="actions"] button')[index]!.click();
    const shown = (el: Il2SideEffects, selector: string) =>
      $(el, selector)!.checkVisibility();

    afterEach(() => emulateMedia({ media: "screen" }));

    it("offers two print buttons, reached by keyboard, that say what they print", async () => {
      const el = await card();
      const buttons = $$<HTMLButtonElement>(el, '[part="actions"] button');
      expect(buttons.map((b) => b.textContent.trim())).to.deep.equal([
        en.print.card,
        en.print.sheet,
      ]);
      const print = sinon.stub(window, "print");
      try {
        buttons[1]!.focus();
        const event = oneEvent(el, "il2-print");
        await sendKeys({ press: "Enter" });
        const { detail } = (await event) as CustomEvent<Il2PrintDetail>;
        expect(detail).to.deep.equal({ layout: "sheet" });
        expect(print.calledOnce).to.equal(true);
        await sendKeys({ press: "Shift+Tab" });
        expect(shadow(el).activeElement).to.equal(buttons[0]);
      } finally {
        print.restore();
        window.dispatchEvent(new Event("afterprint"));
      }
    });

    it('"Print this card" prints the card alone, whole, and says so with il2-print', async () => {
      const el = await withHostNumbers();
      const events: Il2PrintDetail[] = [];
      el.addEventListener("il2-print", (event) => events.push(event.detail));
      await expectPrintsAlone(el, () => press(el, 0));
      expect(events).to.deep.equal([{ layout: "card" }]);
      expect(el.hasAttribute("data-il2-print-sheet")).to.equal(false);
      await emulateMedia({ media: "print" });
      for (const part of ["key-points", "section", "tell-nurse", "at-home"])
        expect(shown(el, `[part="${part}"]`), part).to.equal(true);
      expect(shown(el, ".sheet-header")).to.equal(false);
      expect(shown(el, '[part="actions"]')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it("the fridge sheet prints only the two lists, the host's numbers and details, and the source", async () => {
      const el = await withHostNumbers();
      const print = sinon.stub(window, "print");
      try {
        press(el, 1);
        expect(el.hasAttribute("data-il2-print-sheet")).to.equal(true);
        await emulateMedia({ media: "print" });
        for (const hidden of [
          ".header",
          '[part="key-points"]',
          ".facts",
          ".mark-note",
        ])
          expect(shown(el, hidden), hidden).to.equal(false);
        for (const kept of [
          ".sheet-header",
          '[part="tell-nurse"]',
          '[part="at-home"]',
          '[part="contact"]',
          '[part="source"]',
          '[part="care-note"]',
        ])
          expect(shown(el, kept), kept).to.equal(true);
        // The host's slotted details print with the card (the page around it does not).
        expect(
          el.querySelector("p")!.checkVisibility({ visibilityProperty: true }),
        ).to.equal(true);
        const text = oneLine(el);
        expect(text).to.include(en.print.sheetHeading);
        expect(text).to.include(HOST.phone);
        // With a number given, there is no line to write one on.
        expect($(el, ".write-in")).to.equal(null);
      } finally {
        print.restore();
      }
      window.dispatchEvent(new Event("afterprint"));
      // The next print is the whole card again.
      expect(el.hasAttribute("data-il2-print-sheet")).to.equal(false);
      expect(shown(el, '[part="key-points"]')).to.equal(true);
      expect(shown(el, ".sheet-header")).to.equal(false);
    });

    it("without a number, the sheet has a line to write the care team's number on", async () => {
      const el = await card();
      const print = sinon.stub(window, "print");
      try {
        press(el, 1);
        await emulateMedia({ media: "print" });
        const line = $(el, ".write-in")!;
        expect(line.checkVisibility()).to.equal(true);
        expect(line.textContent.trim()).to.equal(en.print.writeNumber);
        expect($(el, ".blank")!.getBoundingClientRect().width).to.be.above(100);
        await expect(el).to.be.accessible();
      } finally {
        print.restore();
        window.dispatchEvent(new Event("afterprint"));
      }
      // On screen and in the whole card's print, no empty line.
      await emulateMedia({ media: "print" });
      expect($(el, ".write-in")!.checkVisibility()).to.equal(false);
    });
  });

  describe("every visual state is accessible", function () {
    this.timeout(AUDIT_TIMEOUT);
    afterEach(() => emulateMedia({ media: "screen", colorScheme: "light" }));

    for (const theme of ["light", "dark"] as const) {
      it(`theme="${theme}"`, async () => {
        const el = await card(
          html`<il2-side-effects theme=${theme}></il2-side-effects>`,
        );
        await expect(el).to.be.accessible();
      });

      it(`theme="${theme}" with the host's numbers and contact details`, async () => {
        const el = await withHostNumbers();
        el.theme = theme;
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }

    it('theme="auto" on a reader\'s dark system', async () => {
      await emulateMedia({ colorScheme: "dark" });
      const el = await card(
        html`<il2-side-effects theme="auto"></il2-side-effects>`,
      );
      await expect(el).to.be.accessible();
    });

    it("at 280px, without sideways scrolling", async () => {
      // The container is the fixture's parent (an awaited fixture of a plain <div> waits for an
      // animation frame, which a background test page may never get).
      const container = document.createElement("div");
      container.style.width = "280px";
      const el = await fixture<Il2SideEffects>(
        html`<il2-side-effects
          care-team-phone="+1 (555) 010-0100"
        ></il2-side-effects>`,
        { parentNode: container },
      );
      expect(el.getBoundingClientRect().width).to.equal(280);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      await expect(el).to.be.accessible();
    });

    it("in Spanish, with the host's numbers", async () => {
      const spanish = await withHostNumbers("es");
      expect($(spanish, ".card")!.getAttribute("lang")).to.equal("es");
      await expect(spanish).to.be.accessible();
    });

    it("shows English for a language it does not have, with one warning, and Spanish for es-MX", async () => {
      expectWarning(/lang="fr" is not available/);
      const french = await card(
        html`<il2-side-effects lang="fr"></il2-side-effects>`,
      );
      expect($(french, '[part="title"]')!.textContent.trim()).to.equal(
        en.title,
      );
      const mexican = await card(
        html`<il2-side-effects lang="es-MX"></il2-side-effects>`,
      );
      expect($(mexican, '[part="title"]')!.textContent.trim()).to.equal(
        es.title,
      );
      expect(warnings()).to.have.length(1);
    });
  });
});
