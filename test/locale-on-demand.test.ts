// Languages fetched on demand: what a card does when its language is not loaded but can be fetched
// (the autoloader offers Spanish that way; dist/il2-autoloader.js is tested on real pages in
// host-pages-autoloader.test.ts). Here a stand-in source offers "xx", with a counter on each part.
import { expect, fixture, html } from "@open-wc/testing";
import "../src/overview/define.js";
import "../src/assistance/define.js";
import type { Il2Card } from "../src/shared/card.js";
import {
  LOCALE_SOURCE,
  chooseLocale,
  type LocaleSource,
} from "../src/i18n/locale.js";
import type { LocaleText } from "../src/generated/locale-text.js";
import { en } from "../src/locales/en.js";
import { expectWarning, shadow, warnings } from "./helpers.js";

type Card = Il2Card & HTMLElement;

/** English text marked as another language, so a test can tell which one a card shows. */
const XX: LocaleText = {
  ...en,
  common: { ...en.common, intlLocale: "en-GB", careTeamNote: "XX care note" },
  overview: { ...en.overview, title: "XX overview" },
  assistance: { ...en.assistance, title: "XX assistance" },
};

const asked: string[] = [];
let release: () => void = () => {};
/** Parts whose file fails to load. */
const failing = new Set<string>(["resources"]);
/** A stand-in for the autoloader's source, keeping its contract (see LocaleSource). */
const source: LocaleSource = {
  languages: ["xx"],
  load(language, key) {
    asked.push(`${language} ${key}`);
    // Held until the test releases it, so a test can look at the card while it waits.
    return new Promise((resolve) => {
      const previous = release;
      release = () => {
        previous();
        resolve(
          failing.has(key) ? undefined : { [key]: XX[key as keyof LocaleText] },
        );
      };
    });
  },
};
const page = globalThis as { [LOCALE_SOURCE]?: LocaleSource };

const title = (el: Element) =>
  shadow(el).querySelector('[part="title"]')?.textContent?.trim();

describe("A language fetched on demand", () => {
  before(() => {
    page[LOCALE_SOURCE] = source;
  });
  after(() => {
    delete page[LOCALE_SOURCE];
  });

  it("counts as available: no warning, and region tags map to it", () => {
    expect(chooseLocale("xx-YY")).to.deep.equal({
      language: "xx",
      supported: true,
    });
  });

  it("holds the card's first render until its text is in, and never shows English on the way", async () => {
    const cards = [1, 2, 3].map(() => {
      const card = document.createElement("il2-overview") as Card;
      card.lang = "xx";
      document.body.append(card);
      return card;
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(cards.map((card) => card.hasUpdated)).to.deep.equal([
        false,
        false,
        false,
      ]);
      expect([...new Set(asked)]).to.deep.equal(["xx common", "xx overview"]);
      release();
      await Promise.all(cards.map((card) => card.updateComplete));
      for (const card of cards) {
        expect(title(card)).to.equal("XX overview");
        expect(
          shadow(card).querySelector(".card")!.getAttribute("lang"),
        ).to.equal("xx");
        expect(shadow(card).textContent).to.include("XX care note");
      }
      expect(warnings()).to.deep.equal([]);
    } finally {
      cards.forEach((card) => card.remove());
    }
  });

  it("keeps showing the card's language while another is fetched after a lang change, then switches", async () => {
    const el = await fixture<Card>(html`<il2-assistance></il2-assistance>`);
    expect(title(el)).to.equal(en.assistance.title);
    el.lang = "xx-YY";
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(title(el)).to.equal(en.assistance.title);
    expect(asked.at(-1)).to.equal("xx assistance");
    release();
    await el.updateComplete;
    await el.updateComplete;
    expect(title(el)).to.equal("XX assistance");
    expect(warnings()).to.deep.equal([]);
  });

  it("shows English, without a warning, when the card's text fails to load, and does not ask again", async () => {
    const count = () => asked.filter((part) => part === "xx resources").length;
    await import("../src/resources/define.js");
    const load = fixture<Card>(html`<il2-resources lang="xx"></il2-resources>`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    const el = await load;
    expect(title(el)).to.equal(en.resources.title);
    expect(shadow(el).querySelector(".card")!.getAttribute("lang")).to.equal(
      "en",
    );
    expect(count()).to.equal(1);
    const again = await fixture<Card>(
      html`<il2-resources lang="xx"></il2-resources>`,
    );
    expect(title(again)).to.equal(en.resources.title);
    expect(count()).to.equal(1);
    expect(warnings()).to.deep.equal([]);
  });

  it("still warns once for a language that is neither loaded nor offered", async () => {
    expectWarning(
      /lang="fr" is not available \(loaded: en(, xx)?\); showing English/,
    );
    const el = await fixture<Card>(
      html`<il2-overview lang="fr"></il2-overview>`,
    );
    expect(title(el)).to.equal(en.overview.title);
  });
});
