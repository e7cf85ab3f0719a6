import { expect, fixture, html } from "@open-wc/testing";
import "../src/resources/define.js";
import type { Il2Resources } from "../src/resources/resources.js";
import { registerLocale } from "../src/i18n/locale.js";
import { en } from "../src/locales/en.js";
import {
  expectWarning,
  readingLevel,
  resourceUrls,
  shadow,
  visibleText,
  warnings,
  sendKeys,
} from "./helpers.js";

const TREATMENTS = "https://www.example.org/treatments";
const ADJUVANT = "https://example.org/adjuvant-therapy";
const RESEARCH = "http://research.example.net/funded";

const topics = (el: Il2Resources) => [
  ...shadow(el).querySelectorAll<HTMLElement>('[part="section"]'),
];
const topicTexts = (el: Il2Resources) =>
  topics(el).map((topic) => topic.innerText);
const headingTexts = (el: Il2Resources) =>
  [...shadow(el).querySelectorAll('[part="section-title"]')].map((h) =>
    h.textContent?.trim(),
  );
const links = (el: Il2Resources) => [
  ...shadow(el).querySelectorAll<HTMLAnchorElement>("a"),
];
const linkIn = (el: Il2Resources, index: number) =>
  topics(el)[index]!.querySelector<HTMLAnchorElement>("a");
const linkText = (a: HTMLAnchorElement | null | undefined) =>
  a?.textContent?.replace(/\s+/g, " ").trim();

describe("<il2-resources>", () => {
  describe("by default (no links)", () => {
    it("shows the title and three topics in order, with no links", async () => {
      const el = await fixture<Il2Resources>(
        html`<il2-resources></il2-resources>`,
      );
      expect(
        shadow(el).querySelector('h2[part="title"]')?.textContent?.trim(),
      ).to.equal("Other treatments and melanoma research");
      // The main message first.
      expect(shadow(el).querySelector(".lede")?.textContent?.trim()).to.equal(
        "IL-2 is one of several treatments for advanced melanoma. Some newer ones work very well. Learn about them. Ask your care team which ones could fit you.",
      );
      expect(headingTexts(el)).to.deep.equal([
        "Newer treatments",
        "Treatment after surgery",
        "Melanoma research",
      ]);
      expect(links(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it("says there are newer treatments that work well, where IL-2 fits today, and names the question to ask (F25, L16, Q8)", async () => {
      const el = await fixture<Il2Resources>(
        html`<il2-resources></il2-resources>`,
      );
      const [treatments] = topicTexts(el);
      expect(treatments).to.match(/^Newer treatments\n/);
      expect(treatments).to.match(/Some newer treatments work very well/);
      expect(treatments).to.match(/worth learning about/);
      expect(treatments).to.match(
        /Today, IL-2 is most often given after other immunotherapy drugs have been tried/,
      ); // L16
      expect(treatments).to.match(
        /a few doses after a newer cell treatment, lifileucel \(Amtagvi®\)\. The FDA approved lifileucel in 2024/,
      ); // L16
      expect(treatments).to.match(
        /ask your care team this question:\n+What other treatments has the FDA approved for advanced melanoma\?\n+Add this to my questions/,
      ); // Q8
    });

    it("explains adjuvant therapy and the stages it is for (F26)", async () => {
      const el = await fixture<Il2Resources>(
        html`<il2-resources></il2-resources>`,
      );
      const [, adjuvant] = topicTexts(el);
      expect(adjuvant).to.match(
        /Adjuvant therapy is treatment you get after surgery/,
      );
      expect(adjuvant).to.match(/people whose melanoma is high risk/);
      // The stage codes with their plain numbers and what a stage means.
      expect(adjuvant).to.match(/stage IIB, IIC, III or IV \(2B, 2C, 3 or 4\)/);
      expect(adjuvant).to.match(
        /The stage tells how far the melanoma has grown or spread/,
      );
      expect(adjuvant).to.match(/Ask your care team what your stage is/);
    });

    it("describes the Melanoma Research Alliance and its funding amounts (F27)", async () => {
      const el = await fixture<Il2Resources>(
        html`<il2-resources></il2-resources>`,
      );
      const [, , research] = topicTexts(el);
      expect(research).to.match(/^Melanoma research\n/);
      expect(research).to.match(
        /The Melanoma Research Alliance is a nonprofit group/,
      );
      expect(research).to.match(
        /largest group of its kind in the world that pays for this research/,
      );
      // The year as written (not "2,007"), the amounts in words.
      expect(research).to.match(
        /Since 2007, it has given more than 131 million U\.S\. dollars in grants/,
      );
      expect(research).to.match(/helped bring in 415 million more from others/);
      expect(research).to.match(
        /better ways to prevent, find and treat melanoma/,
      );
      // Dropped as a distraction (health-literacy review).
      expect(research).not.to.match(/No other nonprofit/);
      // Q7: clinical trials defined, and the question to ask.
      expect(research).to.match(
        /Clinical trials are research studies that test treatments in people/,
      );
      expect(research).to.match(
        /ask your care team this question:\n+Are there clinical trials \(research studies\) of IL-2 I should think about\?\n+Add this to my questions/,
      );
    });

    it("ends with its review record and sources, and asks the reader to talk with the care team (F28)", async () => {
      const el = await fixture<Il2Resources>(
        html`<il2-resources></il2-resources>`,
      );
      expect(shadow(el).querySelector('[part="source"]')?.textContent).to.match(
        /^Checked against its sources: \w+ \d+, \d{4}\. Next review: \w+ \d+, \d{4}\. Sources: Melanoma Research Alliance, patient page on IL-2, last updated August 2021; PROLEUKIN prescribing information, revised February 2024\.$/,
      );
      expect(
        shadow(el).querySelector('[part="care-note"]')?.textContent,
      ).to.match(/Talk with your care team/);
    });

    it("reads at US grade 6 or below (Flesch–Kincaid, issue 23's measure), with or without links", async () => {
      const plain = await fixture<Il2Resources>(
        html`<il2-resources></il2-resources>`,
      );
      const linked = await fixture<Il2Resources>(
        html`<il2-resources
          treatments-href=${TREATMENTS}
          adjuvant-href=${ADJUVANT}
          research-href=${RESEARCH}
        ></il2-resources>`,
      );
      expect(
        (await readingLevel(visibleText(plain), "en")).value,
      ).to.be.at.most(6);
      expect(
        (await readingLevel(visibleText(linked), "en")).value,
      ).to.be.at.most(6);
    });

    it("makes no network request, even with links", async () => {
      const before = resourceUrls().length;
      await fixture<Il2Resources>(
        html`<il2-resources
          theme="dark"
          treatments-href=${TREATMENTS}
          adjuvant-href=${ADJUVANT}
          research-href=${RESEARCH}
        ></il2-resources>`,
      );
      expect(resourceUrls().slice(before)).to.deep.equal([]);
    });
  });

  describe("with links", () => {
    it("links each topic with text that makes sense on its own and names the site, in the same tab", async () => {
      const el = await fixture<Il2Resources>(
        html`<il2-resources
          treatments-href=${TREATMENTS}
          adjuvant-href=${ADJUVANT}
          research-href=${RESEARCH}
        ></il2-resources>`,
      );
      expect(links(el).map((a) => a.getAttribute("href"))).to.deep.equal([
        TREATMENTS,
        ADJUVANT,
        "http://research.example.net/funded",
      ]);
      expect(links(el).map(linkText)).to.deep.equal([
        "Read about newer melanoma treatments (example.org)",
        "Read about treatment after melanoma surgery (example.org)",
        "Read about research paid for by the Melanoma Research Alliance (research.example.net)",
      ]);
      for (const a of links(el)) {
        expect(a.hasAttribute("target")).to.equal(false);
        expect(a.rel).to.equal("noopener noreferrer");
      }
      await expect(el).to.be.accessible();
    });

    it("links only the topics that have an address", async () => {
      const el = await fixture<Il2Resources>(
        html`<il2-resources adjuvant-href=${ADJUVANT}></il2-resources>`,
      );
      expect(linkIn(el, 0)).to.equal(null);
      expect(linkIn(el, 1)?.href).to.equal(ADJUVANT);
      expect(linkIn(el, 2)).to.equal(null);
    });

    it("follows later changes to attributes and properties", async () => {
      const el = await fixture<Il2Resources>(
        html`<il2-resources></il2-resources>`,
      );
      el.setAttribute("research-href", RESEARCH);
      el.treatmentsHref = TREATMENTS;
      await el.updateComplete;
      expect(links(el).map((a) => a.href)).to.deep.equal([
        TREATMENTS,
        RESEARCH,
      ]);
      el.removeAttribute("research-href");
      el.treatmentsHref = undefined;
      await el.updateComplete;
      expect(links(el)).to.have.length(0);
      expect(topicTexts(el)[2]).to.match(/Melanoma Research Alliance/);
    });

    it("works from the keyboard: Tab moves through the buttons and links in order, each with a visible focus ring and a 44px target", async () => {
      const el = await fixture<Il2Resources>(
        html`<il2-resources
          treatments-href=${TREATMENTS}
          adjuvant-href=${ADJUVANT}
          research-href=${RESEARCH}
        ></il2-resources>`,
      );
      const stops = [...shadow(el).querySelectorAll<HTMLElement>("a, button")];
      // Each topic's question button, then its link.
      expect(stops.map((stop) => stop.localName)).to.deep.equal([
        "button",
        "a",
        "a",
        "button",
        "a",
      ]);
      for (const a of stops) {
        await sendKeys({ press: "Tab" });
        // A boolean: a failed comparison of two elements would print the whole DOM.
        expect(shadow(el).activeElement === a, a.textContent).to.equal(true);
        const style = getComputedStyle(a);
        expect(style.outlineStyle).to.equal("solid");
        expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
        expect(a.getBoundingClientRect().height).to.be.at.least(44);
      }
    });

    it("prints each address after its link text", async () => {
      const el = await fixture<Il2Resources>(
        html`<il2-resources treatments-href=${TREATMENTS}></il2-resources>`,
      );
      const printCss = [...shadow(el).adoptedStyleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter(
          (rule) =>
            rule instanceof CSSMediaRule && rule.conditionText === "print",
        )
        .map((rule) => rule.cssText)
        .join("\n");
      expect(printCss).to.match(
        /a\[href\]::after\s*\{\s*content:\s*(["'])\s\(\1 attr\(href\) \1\)\1/,
      );
      expect(printCss).to.match(/\.site\s*\{\s*display:\s*none/);
    });
  });

  describe("with refused links", () => {
    const refused = [
      "javascript:alert(1)",
      " javascript:alert(1)",
      "java\tscript:alert(1)",
      "java\nscript:alert(1)",
      "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
      "vbscript:msgbox(1)",
      "treatments.html",
      "../research",
      "//example.org/x",
      "<img src=x onerror=alert(1)>",
      "x".repeat(100_000),
    ];
    const attributes = [
      "treatments-href",
      "adjuvant-href",
      "research-href",
    ] as const;

    for (const [index, attribute] of attributes.entries()) {
      for (const value of refused) {
        it(`${attribute}=${JSON.stringify(value.slice(0, 40))}: no link, the text stays, one warning`, async () => {
          expectWarning(
            new RegExp(
              `<il2-resources> ${attribute}=.*showing the text without a link`,
            ),
          );
          const el = await fixture<Il2Resources>(
            html`<il2-resources></il2-resources>`,
          );
          const before = topicTexts(el)[index];
          el.setAttribute(attribute, value);
          await el.updateComplete;
          expect(links(el)).to.have.length(0);
          expect(shadow(el).querySelector("img")).to.equal(null);
          expect(topicTexts(el)[index]).to.equal(before);
          expect(warnings()).to.have.length(1);
          expect(warnings()[0]!.length).to.be.below(300);
        });
      }
    }

    it("warns once for the same bad value on several cards", async () => {
      expectWarning(/research-href=/);
      await fixture(
        html`<il2-resources
          research-href="javascript:alert(1)"
        ></il2-resources>`,
      );
      await fixture(
        html`<il2-resources
          research-href="javascript:alert(1)"
        ></il2-resources>`,
      );
      expect(warnings()).to.have.length(1);
    });

    it("keeps good links beside a refused one, and stays accessible", async () => {
      expectWarning(/adjuvant-href=/);
      const el = await fixture<Il2Resources>(
        html`<il2-resources
          treatments-href=${TREATMENTS}
          adjuvant-href="javascript:alert(1)"
          research-href=${RESEARCH}
        ></il2-resources>`,
      );
      expect(links(el).map((a) => a.href)).to.deep.equal([
        TREATMENTS,
        RESEARCH,
      ]);
      expect(linkIn(el, 1)).to.equal(null);
      expect(topicTexts(el)[1]).to.match(
        /Adjuvant therapy is treatment you get after surgery/,
      );
      expect(warnings()).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it("treats empty values as not set, without a warning", async () => {
      const el = await fixture<Il2Resources>(
        html`<il2-resources
          treatments-href=""
          adjuvant-href="  "
          research-href=""
        ></il2-resources>`,
      );
      expect(links(el)).to.have.length(0);
      expect(warnings()).to.deep.equal([]);
    });
  });

  describe("a language the host registers", () => {
    it("shows that language's own wording of each topic, numbers included", async () => {
      const research = {
        ...en.resources.research,
        blocks: ["Seit 2007: über 131 Millionen Dollar."],
      };
      registerLocale("de", { ...en, resources: { ...en.resources, research } });
      const el = await fixture<Il2Resources>(
        html`<il2-resources lang="de"></il2-resources>`,
      );
      expect(topicTexts(el)[2]).to.match(/Seit 2007: über 131 Millionen/);
    });
  });

  describe("heading-level", () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`uses h${level} for the title and the next level for topics`, async () => {
        const el = await fixture<Il2Resources>(
          html`<il2-resources heading-level=${level}></il2-resources>`,
        );
        expect(shadow(el).querySelector('[part="title"]')?.localName).to.equal(
          `h${level}`,
        );
        const sub = [
          ...shadow(el).querySelectorAll('[part="section-title"]'),
        ].map((h) => h.localName);
        expect(sub).to.deep.equal(Array(3).fill(`h${Math.min(level + 1, 6)}`));
        await expect(el).to.be.accessible();
      });
    }
  });

  describe("theme", () => {
    it("is light by default and dark on request, links included", async () => {
      const light = await fixture<Il2Resources>(
        html`<il2-resources></il2-resources>`,
      );
      const dark = await fixture<Il2Resources>(
        html`<il2-resources
          theme="dark"
          treatments-href=${TREATMENTS}
          adjuvant-href=${ADJUVANT}
          research-href=${RESEARCH}
        ></il2-resources>`,
      );
      const bg = (el: Il2Resources) =>
        getComputedStyle(shadow(el).querySelector(".card")!).backgroundColor;
      expect(bg(light)).to.equal("rgb(255, 255, 255)");
      expect(bg(dark)).to.equal("rgb(22, 27, 34)");
      expect(getComputedStyle(links(dark)[0]!).color).to.equal(
        "rgb(142, 197, 245)",
      );
      await expect(dark).to.be.accessible();
    });

    it("lets the host brand it through --il2-* custom properties", async () => {
      const el = await fixture<Il2Resources>(
        html`<il2-resources
          treatments-href=${TREATMENTS}
          style="--il2-color-accent: rgb(120, 0, 60)"
        ></il2-resources>`,
      );
      expect(getComputedStyle(topics(el)[0]!).borderInlineStartColor).to.equal(
        "rgb(120, 0, 60)",
      );
      expect(getComputedStyle(links(el)[0]!).color).to.equal("rgb(120, 0, 60)");
    });
  });

  describe("lang", () => {
    it("marks the card English", async () => {
      const el = await fixture<Il2Resources>(
        html`<il2-resources lang="en-US"></il2-resources>`,
      );
      expect(shadow(el).querySelector(".card")!.getAttribute("lang")).to.equal(
        "en",
      );
    });

    it("shows English with one warning for a language that is not loaded", async () => {
      expectWarning(/lang=.*showing English/);
      const el = await fixture<Il2Resources>(
        html`<il2-resources lang="fr"></il2-resources>`,
      );
      expect(visibleText(el)).to.match(/Melanoma research/);
      expect(warnings()).to.have.length(1);
    });
  });

  describe("layout", () => {
    const tops = (el: Il2Resources) =>
      topics(el).map((topic) => Math.round(topic.getBoundingClientRect().top));

    it("stacks the topics in a 280px container without sideways scrolling", async () => {
      const el = await fixture<Il2Resources>(
        html`<il2-resources
          style="width: 280px"
          research-href="https://example.org/${"long-path-segment/".repeat(8)}"
        ></il2-resources>`,
      );
      const card = shadow(el).querySelector<HTMLElement>(".card")!;
      expect(card.scrollWidth).to.be.at.most(card.clientWidth);
      const [a, b, c] = tops(el);
      expect(a).to.be.below(b!);
      expect(b).to.be.below(c!);
    });

    it("puts the topics side by side in a 1200px container", async () => {
      const el = await fixture<Il2Resources>(
        html`<il2-resources style="width: 1200px"></il2-resources>`,
      );
      const card = shadow(el).querySelector<HTMLElement>(".card")!;
      expect(card.scrollWidth).to.be.at.most(card.clientWidth);
      expect(new Set(tops(el)).size).to.equal(1);
    });
  });

  describe("bad and hostile input", () => {
    const hostile = '<img src=x onerror="window.__pwned=true">';

    it("never renders outside values as HTML", async () => {
      expectWarning(/il2-resources/);
      const el = await fixture<Il2Resources>(
        html`<il2-resources
          treatments-href=${hostile}
          adjuvant-href=${hostile}
          research-href=${hostile}
          heading-level=${hostile}
          theme=${hostile}
          lang=${hostile}
        ></il2-resources>`,
      );
      expect(shadow(el).querySelector("img")).to.equal(null);
      expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(
        undefined,
      );
      expect(headingTexts(el)).to.have.length(3);
      expect(links(el)).to.have.length(0);
    });

    it("keeps working when properties are set to garbage, warning once per value", async () => {
      expectWarning(/il2-resources/);
      const el = await fixture<Il2Resources>(
        html`<il2-resources></il2-resources>`,
      );
      const loose = el as unknown as Record<string, unknown>;
      const garbage: unknown[] = [
        42,
        NaN,
        {},
        [],
        [TREATMENTS],
        false,
        Symbol.iterator,
        new URL(TREATMENTS),
        {
          toString: () => {
            throw new Error("boom");
          },
        },
      ];
      for (const value of garbage) {
        loose.treatmentsHref = value;
        loose.adjuvantHref = value;
        loose.researchHref = value;
        loose.headingLevel = value;
        loose.theme = value;
        await el.updateComplete;
        expect(headingTexts(el)).to.have.length(3);
        expect(links(el)).to.have.length(0);
      }
      const linkWarnings = warnings().filter((text) => /-href=/.test(text));
      expect(linkWarnings.length).to.equal(new Set(linkWarnings).size);
    });
  });
});
