// Which language a card speaks: its own lang, else the nearest ancestor's (across shadow roots),
// else the page's, else English; region tags; unknown languages; switching at run time; the guide.
// Spanish is imported part-way through this file, so the first tests show that the per-element
// modules bring no Spanish of their own.
import { expect, fixture, fixtureSync, html } from "@open-wc/testing";
import type { TemplateResult } from "lit";
import { render } from "lit";
import "../src/overview/define.js";
import "../src/schedule/define.js";
import "../src/side-effects/define.js";
import "../src/self-check/define.js";
import "../src/questions/define.js";
import "../src/assistance/define.js";
import "../src/resources/define.js";
import "../src/guide/define.js";
import type { Il2Card } from "../src/shared/card.js";
import type { Il2Guide } from "../src/guide/guide.js";
import {
  availableLanguages,
  chooseLocale,
  inheritedLangTag,
} from "../src/i18n/locale.js";
import type { LocaleText } from "../src/generated/locale-text.js";
import { en } from "../src/locales/en.js";
import { expectWarning, shadow, warnings } from "./helpers.js";

type Card = Il2Card & HTMLElement;

const TAGS = [
  "il2-overview",
  "il2-schedule",
  "il2-side-effects",
  "il2-self-check",
  "il2-doctor-questions",
  "il2-assistance",
  "il2-resources",
] as const;
const TEXT_KEY = {
  "il2-overview": "overview",
  "il2-schedule": "schedule",
  "il2-side-effects": "sideEffects",
  "il2-self-check": "selfCheck",
  "il2-doctor-questions": "questions",
  "il2-assistance": "assistance",
  "il2-resources": "resources",
  "il2-guide": "guide",
} as const satisfies Record<string, keyof LocaleText>;

const titleOf = (el: Element) =>
  shadow(el)
    .querySelector('[part="title"], [part="guide-title"]')
    ?.textContent?.replace(/\s+/g, " ")
    .trim();
const cardLang = (el: Element) =>
  shadow(el).querySelector(".card")?.getAttribute("lang");
const guideCards = (guide: Element) => [
  ...shadow(guide).querySelectorAll<Card>(".item > *"),
];
const titleIn = (locale: LocaleText, el: Element) =>
  locale[TEXT_KEY[el.localName as keyof typeof TEXT_KEY]].title;

/** Lets MutationObserver callbacks run, then waits for every card (and the guide's cards) to render. */
async function settle(...elements: Element[]) {
  for (let round = 0; round < 2; round += 1) {
    await new Promise((resolve) => setTimeout(resolve));
    const all = elements.flatMap((el) => [
      el,
      ...(el.localName === "il2-guide" ? guideCards(el) : []),
    ]);
    await Promise.all(all.map((el) => (el as Card).updateComplete));
  }
}

/**
 * Puts plain markup in the page and waits for the cards in it. (open-wc's `fixture` waits for an
 * animation frame for non-Lit elements, which a test page in a background tab may never get.)
 */
async function mount(template: TemplateResult): Promise<HTMLElement> {
  const el = fixtureSync<HTMLElement>(template);
  await settle(
    ...[el, ...el.querySelectorAll("*")].filter((node) =>
      node.localName.startsWith("il2-"),
    ),
  );
  return el;
}

const page = document.documentElement;
let pageLang: string | null;
beforeEach(() => {
  pageLang = page.getAttribute("lang");
});
afterEach(() => {
  if (pageLang === null) page.removeAttribute("lang");
  else page.setAttribute("lang", pageLang);
});

describe("Choosing the language", () => {
  describe("before the Spanish file is imported", () => {
    it("offers English only: the element modules bring no Spanish of their own", async () => {
      expect(availableLanguages()).to.deep.equal(["en"]);
      expectWarning(
        /lang="es" is not available \(loaded: en\); showing English/,
      );
      const el = await fixture<Card>(
        html`<il2-overview lang="es"></il2-overview>`,
      );
      expect(titleOf(el)).to.equal(en.overview.title);
      expect(cardLang(el)).to.equal("en");
      expect(warnings()).to.have.length(1);
    });
  });

  describe("with Spanish imported", () => {
    let es: LocaleText;
    before(async () => {
      ({ es } = await import("../src/locales/es.js"));
    });

    it("importing src/locales/es makes Spanish available, after English", () => {
      expect(availableLanguages()).to.deep.equal(["en", "es"]);
    });

    describe("chooseLocale", () => {
      for (const tag of ["es", "es-MX", "es-US", "ES-us", "es-419", "es_PR"]) {
        it(`shows Spanish for ${tag}`, () => {
          expect(chooseLocale(tag)).to.deep.equal({
            language: "es",
            supported: true,
          });
        });
      }
      for (const tag of ["", "en", "en-US", "en-GB", "EN"]) {
        it(`shows English for ${JSON.stringify(tag)}`, () => {
          expect(chooseLocale(tag)).to.deep.equal({
            language: "en",
            supported: true,
          });
        });
      }
      for (const tag of ["fr", "fr-CA", "zh-Hant-TW", "spanish", "<b>es</b>"]) {
        it(`falls back to English for ${JSON.stringify(tag)}, marked unsupported`, () => {
          expect(chooseLocale(tag)).to.deep.equal({
            language: "en",
            supported: false,
          });
        });
      }
    });

    describe("inheritedLangTag", () => {
      it("reads the element first, then the nearest ancestor, ignoring blank values", async () => {
        const outer = await mount(
          html`<div lang="fr">
            <p lang="  ">
              <span lang="es-MX"><b></b></span>
            </p>
          </div>`,
        );
        const span = outer.querySelector("span")!;
        expect(inheritedLangTag(span)).to.equal("es-MX");
        expect(inheritedLangTag(span.querySelector("b")!)).to.equal("es-MX");
        expect(inheritedLangTag(span, "parent")).to.equal("fr");
      });

      it("crosses shadow roots to the host and beyond, up to <html lang>", async () => {
        const outer = await mount(
          html`<section lang="es-US"><div></div></section>`,
        );
        const root = outer.querySelector("div")!.attachShadow({ mode: "open" });
        render(html`<p><i></i></p>`, root);
        expect(inheritedLangTag(root.querySelector("i")!)).to.equal("es-US");
        outer.removeAttribute("lang");
        page.setAttribute("lang", "es");
        expect(inheritedLangTag(root.querySelector("i")!)).to.equal("es");
      });

      it("is empty when nothing sets a language, so the card shows English", async () => {
        page.removeAttribute("lang");
        const outer = await mount(html`<div><span></span></div>`);
        expect(inheritedLangTag(outer.querySelector("span")!)).to.equal("");
      });
    });

    describe("in the page", () => {
      it("uses the card's own lang before its ancestors' and the page's", async () => {
        page.setAttribute("lang", "en");
        const outer = await mount(
          html`<div lang="en"><il2-overview lang="es"></il2-overview></div>`,
        );
        const el = outer.querySelector<Card>("il2-overview")!;
        expect(titleOf(el)).to.equal(es.overview.title);
        expect(cardLang(el)).to.equal("es");
      });

      it("uses the nearest ancestor's lang before farther ones and the page's", async () => {
        page.setAttribute("lang", "en");
        const outer = await mount(
          html`<div lang="en">
            <section lang="es">
              <p><il2-assistance></il2-assistance></p>
            </section>
          </div>`,
        );
        expect(titleOf(outer.querySelector("il2-assistance")!)).to.equal(
          es.assistance.title,
        );
      });

      it("uses the page's lang when nothing closer sets one", async () => {
        page.setAttribute("lang", "es");
        const el = await fixture<Card>(html`<il2-resources></il2-resources>`);
        expect(titleOf(el)).to.equal(es.resources.title);
        expect(cardLang(el)).to.equal("es");
      });

      it("shows English, without a warning, when nothing sets a language", async () => {
        page.removeAttribute("lang");
        const el = await fixture<Card>(html`<il2-resources></il2-resources>`);
        expect(titleOf(el)).to.equal(en.resources.title);
        expect(cardLang(el)).to.equal("en");
        expect(warnings()).to.deep.equal([]);
      });

      for (const tag of ["es-MX", "es-US"]) {
        it(`reads the region tag ${tag} as Spanish, on the card, an ancestor or the page`, async () => {
          const own = await fixture<Card>(
            html`<il2-overview lang=${tag}></il2-overview>`,
          );
          const outer = await mount(
            html`<div lang=${tag}><il2-overview></il2-overview></div>`,
          );
          page.setAttribute("lang", tag);
          const fromPage = await fixture<Card>(
            html`<il2-overview></il2-overview>`,
          );
          for (const el of [
            own,
            outer.querySelector<Card>("il2-overview")!,
            fromPage,
          ]) {
            expect(titleOf(el)).to.equal(es.overview.title);
            expect(cardLang(el)).to.equal("es");
          }
          expect(warnings()).to.deep.equal([]);
        });
      }

      it("shows English with one warning for a language that is not available, however many cards ask", async () => {
        expectWarning(
          /lang="fr" is not available \(loaded: en, es\); showing English/,
        );
        page.setAttribute("lang", "fr");
        const outer = await mount(
          html`<div>
            <il2-overview></il2-overview><il2-schedule></il2-schedule
            ><il2-doctor-questions></il2-doctor-questions>
            <il2-assistance lang="fr-CA"></il2-assistance
            ><il2-resources></il2-resources><il2-guide></il2-guide>
          </div>`,
        );
        const cards = [...outer.children] as Card[];
        await settle(...cards);
        for (const el of cards) {
          expect(titleOf(el)).to.equal(titleIn(en, el));
          expect(cardLang(el)).to.equal("en");
        }
        cards.forEach((el) => el.requestUpdate());
        await settle(...cards);
        // fr and fr-CA are one language: one warning for the page.
        expect(warnings()).to.have.length(1);
      });

      it("keeps a nested English section English inside a Spanish page", async () => {
        page.setAttribute("lang", "es");
        const outer = await mount(
          html`<main lang="es-US">
            <il2-overview id="spanish"></il2-overview>
            <section lang="en">
              <il2-overview id="section-english"></il2-overview>
            </section>
            <il2-overview id="own-english" lang="en-US"></il2-overview>
          </main>`,
        );
        const [spanish, sectionEnglish, ownEnglish] = [
          "spanish",
          "section-english",
          "own-english",
        ].map((id) => outer.querySelector<Card>(`#${id}`)!);
        expect(titleOf(spanish!)).to.equal(es.overview.title);
        expect(titleOf(sectionEnglish!)).to.equal(en.overview.title);
        expect(cardLang(sectionEnglish!)).to.equal("en");
        expect(titleOf(ownEnglish!)).to.equal(en.overview.title);
      });

      it("shows a Spanish card inside an English section", async () => {
        const outer = await mount(
          html`<div lang="en">
            <il2-doctor-questions lang="es"></il2-doctor-questions>
          </div>`,
        );
        expect(titleOf(outer.firstElementChild!)).to.equal(es.questions.title);
      });

      it("inherits the lang of an element inside a host's own shadow root", async () => {
        const host = await mount(html`<div></div>`);
        const root = host.attachShadow({ mode: "open" });
        render(
          html`<div lang="es-MX"><il2-assistance></il2-assistance></div>`,
          root,
        );
        const el = root.querySelector<Card>("il2-assistance")!;
        await el.updateComplete;
        expect(titleOf(el)).to.equal(es.assistance.title);
      });
    });

    describe("switching at run time", () => {
      it("re-renders when the card's lang property changes, on the very next render", async () => {
        const el = await fixture<Card>(html`<il2-overview></il2-overview>`);
        expect(titleOf(el)).to.equal(en.overview.title);
        el.lang = "es";
        await el.updateComplete;
        expect(titleOf(el)).to.equal(es.overview.title);
        expect(el.getAttribute("lang")).to.equal("es");
        el.lang = "en";
        await el.updateComplete;
        expect(titleOf(el)).to.equal(en.overview.title);
      });

      it("re-renders when the card's lang attribute is set or removed", async () => {
        page.setAttribute("lang", "es");
        const el = await fixture<Card>(
          html`<il2-schedule lang="en"></il2-schedule>`,
        );
        expect(titleOf(el)).to.equal(en.schedule.title);
        el.removeAttribute("lang");
        await settle(el);
        expect(titleOf(el)).to.equal(es.schedule.title);
        el.setAttribute("lang", "en-US");
        await settle(el);
        expect(titleOf(el)).to.equal(en.schedule.title);
      });

      it("re-renders when an ancestor's lang changes", async () => {
        const outer = await mount(
          html`<div lang="en">
            <section><il2-resources></il2-resources></section>
          </div>`,
        );
        const el = outer.querySelector<Card>("il2-resources")!;
        outer.setAttribute("lang", "es-MX");
        await settle(el);
        expect(titleOf(el)).to.equal(es.resources.title);
        outer.querySelector("section")!.setAttribute("lang", "en");
        await settle(el);
        expect(titleOf(el)).to.equal(en.resources.title);
      });

      it("re-renders when <html lang> changes", async () => {
        page.setAttribute("lang", "en");
        const el = await fixture<Card>(
          html`<il2-doctor-questions></il2-doctor-questions>`,
        );
        page.setAttribute("lang", "es");
        await settle(el);
        expect(titleOf(el)).to.equal(es.questions.title);
        page.setAttribute("lang", "en");
        await settle(el);
        expect(titleOf(el)).to.equal(en.questions.title);
      });

      it("re-renders when a lang inside a host's shadow root changes", async () => {
        const host = await mount(html`<div></div>`);
        const root = host.attachShadow({ mode: "open" });
        render(html`<div lang="en"><il2-overview></il2-overview></div>`, root);
        const el = root.querySelector<Card>("il2-overview")!;
        await el.updateComplete;
        root.querySelector("div")!.setAttribute("lang", "es");
        await settle(el);
        expect(titleOf(el)).to.equal(es.overview.title);
      });

      it("re-renders when the card is moved into a section in another language", async () => {
        const outer = await mount(
          html`<div>
            <section lang="en"><il2-assistance></il2-assistance></section>
            <section lang="es"></section>
          </div>`,
        );
        const el = outer.querySelector<Card>("il2-assistance")!;
        expect(titleOf(el)).to.equal(en.assistance.title);
        outer.lastElementChild!.append(el);
        await settle(el);
        expect(titleOf(el)).to.equal(es.assistance.title);
      });
    });

    describe("<il2-guide>", () => {
      async function guide(template: ReturnType<typeof html>) {
        const el = await mount(template);
        const found = (
          el.localName === "il2-guide" ? el : el.querySelector("il2-guide")!
        ) as Il2Guide;
        await settle(found);
        return found;
      }

      const expectAllIn = (locale: LocaleText, el: Il2Guide) => {
        const language = locale === es ? "es" : "en";
        expect(titleOf(el)).to.equal(locale.guide.title);
        const cards = guideCards(el);
        expect(cards.map((card) => card.localName)).to.deep.equal([...TAGS]);
        for (const card of cards) {
          expect(titleOf(card), card.localName).to.equal(titleIn(locale, card));
          expect(cardLang(card), card.localName).to.equal(language);
        }
        const links = [...shadow(el).querySelectorAll("nav a")].map((a) =>
          a.textContent?.trim(),
        );
        expect(links).to.deep.equal(cards.map((card) => titleIn(locale, card)));
      };

      it("passes its own lang to every card", async () => {
        const el = await guide(html`<il2-guide lang="es"></il2-guide>`);
        expectAllIn(es, el);
        await expect(el).to.be.accessible();
      });

      it("passes an ancestor's region tag on to every card", async () => {
        const el = await guide(
          html`<div lang="es-US"><il2-guide></il2-guide></div>`,
        );
        expectAllIn(es, el);
      });

      it("switches every card when its lang changes at run time", async () => {
        const el = await guide(html`<il2-guide></il2-guide>`);
        expectAllIn(en, el);
        el.lang = "es-MX";
        await settle(el);
        expectAllIn(es, el);
        el.removeAttribute("lang");
        await settle(el);
        expectAllIn(en, el);
      });

      it("switches every card when an ancestor's lang changes", async () => {
        const el = await guide(
          html`<div lang="en"><il2-guide></il2-guide></div>`,
        );
        el.parentElement!.setAttribute("lang", "es");
        await settle(el);
        expectAllIn(es, el);
      });

      it("stays English, cards included, as a nested English section of a Spanish page", async () => {
        page.setAttribute("lang", "es");
        const el = await guide(
          html`<div lang="es"><il2-guide lang="en"></il2-guide></div>`,
        );
        expectAllIn(en, el);
      });

      it("warns once, not once per card, for a language that is not available", async () => {
        expectWarning(/lang="de" is not available/);
        const el = await guide(html`<il2-guide lang="de"></il2-guide>`);
        expectAllIn(en, el);
        expect(warnings()).to.have.length(1);
      });
    });
  });
});
