import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import "../src/guide/define.js";
import type { Il2Guide } from "../src/guide/guide.js";
import {
  expectWarning,
  shadow,
  warnings,
  readingLevel,
  visibleText,
  emulateMedia,
  sendKeys,
} from "./helpers.js";

const TAGS = [
  "il2-overview",
  "il2-schedule",
  "il2-side-effects",
  "il2-self-check",
  "il2-doctor-questions",
  "il2-assistance",
  "il2-resources",
];

const cards = (el: Il2Guide) => [
  ...shadow(el).querySelectorAll<
    HTMLElement & { updateComplete: Promise<unknown> }
  >(".item > *"),
];

async function renderedGuide(template: ReturnType<typeof html>) {
  const el = await fixture<Il2Guide>(template);
  await Promise.all(cards(el).map((card) => card.updateComplete));
  return el;
}

describe("<il2-guide>", () => {
  describe("by default", () => {
    it("holds every card in order, after a contents list that names them", async () => {
      const el = await renderedGuide(html`<il2-guide></il2-guide>`);
      expect(cards(el).map((card) => card.localName)).to.deep.equal(TAGS);
      const nav = shadow(el).querySelector("nav")!;
      expect(nav.getAttribute("aria-labelledby")).to.equal("contents-title");
      const links = [...nav.querySelectorAll("a")].map((a) =>
        a.textContent?.trim(),
      );
      const titles = cards(el).map((card) =>
        card.shadowRoot!.querySelector('[part="title"]')!.textContent?.trim(),
      );
      expect(links).to.deep.equal(titles);
      expect(
        shadow(el).querySelector('[part="guide-title"]')?.textContent?.trim(),
      ).to.equal("Your guide to IL-2 for melanoma");
      await expect(el).to.be.accessible();
    });

    it("fits the page outline: guide title h2, card titles h3", async () => {
      const el = await renderedGuide(html`<il2-guide></il2-guide>`);
      expect(
        shadow(el).querySelector('[part="guide-title"]')!.localName,
      ).to.equal("h2");
      for (const card of cards(el))
        expect(
          card.shadowRoot!.querySelector('[part="title"]')!.localName,
          card.localName,
        ).to.equal("h3");
    });

    it("opens with its main message, then how to use it (PEMAT 1, 11)", async () => {
      const el = await renderedGuide(html`<il2-guide></il2-guide>`);
      const header = [...shadow(el).querySelectorAll(".guide-header p")].map(
        (p) => p.textContent?.trim(),
      );
      expect(header).to.deep.equal([
        "IL-2 is a hospital treatment for melanoma that has spread. It helps your immune system fight the cancer. This guide tells you what IL-2 is and how you get it. It also tells you which side effects to watch for, and what to ask your care team.",
        "Read it all, or use the list below to jump to a part.",
      ]);
    });

    it("shows the notes, the care-team note and the review record once, at its end, not on each card", async () => {
      const el = await renderedGuide(html`<il2-guide></il2-guide>`);
      // The cards inside know they are in the guide, and leave their shared lines out.
      for (const card of cards(el)) {
        expect((card as unknown as { inGuide: boolean }).inGuide).to.equal(
          true,
        );
        expect(
          card.shadowRoot!.querySelectorAll(
            '[part="care-note"], [part="source"], .mark-note',
          ),
          card.localName,
        ).to.have.length(0);
      }
      const footer = shadow(el).querySelector<HTMLElement>(
        '.guide-footer[part="footer"]',
      )!;
      // The guide's own footer comes after the last card.
      expect(
        footer.previousElementSibling?.classList.contains("item"),
      ).to.equal(true);
      const lines = [...footer.querySelectorAll("p")].map((p) =>
        p.textContent.trim(),
      );
      expect(lines).to.have.length(4);
      expect(lines[0]).to.match(/^"Official FDA information" marks facts/);
      expect(lines[1]).to.match(/^"From the melanoma studies" marks numbers/);
      expect(lines[2]).to.match(/Talk with your care team/);
      expect(lines[3]).to.match(
        /^Checked against its sources: \w+ \d+, \d{4}\. Next review: \w+ \d+, \d{4}\. Sources: .*August 2021; .*February 2024; Atkins and others, Journal of Clinical Oncology, 1999 \(the melanoma studies\)\.$/,
      );
      // One review line on the whole page of cards.
      const allText = [
        visibleText(el),
        ...cards(el).map((card) => visibleText(card)),
      ].join("\n");
      expect(allText.match(/Checked against its sources/g)).to.have.length(1);
      expect(allText.match(/Talk with your care team/g)).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it("shows the host's reviewer in its one review line", async () => {
      const el = await renderedGuide(
        html`<il2-guide
          reviewed-by="the Patient Education Committee, Example Hospital"
          reviewed-on="2027-01-15"
        ></il2-guide>`,
      );
      expect(
        shadow(el).querySelector('.guide-footer [part="source"]')?.textContent,
      ).to.match(
        /^Reviewed by the Patient Education Committee, Example Hospital on January 15, 2027\. Next review: January 15, 2028\./,
      );
    });

    it("reads at US grade 6 or below (its own text and footer, issue 23's measure)", async () => {
      const el = await renderedGuide(html`<il2-guide></il2-guide>`);
      expect((await readingLevel(visibleText(el), "en")).value).to.be.at.most(
        6,
      );
    });
  });

  describe("navigation", () => {
    it("moves focus to the chosen card's title when a contents link is used by keyboard", async () => {
      const el = await renderedGuide(html`<il2-guide></il2-guide>`);
      const links = [
        ...shadow(el).querySelectorAll<HTMLAnchorElement>("nav a"),
      ];
      const assistance = TAGS.indexOf("il2-assistance");
      links[assistance]!.focus();
      expect(shadow(el).activeElement).to.equal(links[assistance]);
      await sendKeys({ press: "Enter" });
      // The focused heading is what a screen reader announces: the same words as the link.
      const card = shadow(el).activeElement as HTMLElement;
      expect(card.localName).to.equal("il2-assistance");
      const title = card.shadowRoot!.activeElement as HTMLElement;
      expect(title.getAttribute("part")).to.equal("title");
      expect(title.localName).to.equal("h3");
      expect(title.textContent?.trim()).to.equal(
        links[assistance]!.textContent?.trim(),
      );
      expect(title.matches(":focus-visible")).to.equal(true);
      expect(getComputedStyle(title).outlineStyle).to.equal("solid");
      // The page did not jump to a missing fragment.
      expect(location.hash).to.equal("");
      await expect(el).to.be.accessible();
    });

    it("lets Tab continue into the card after a jump", async () => {
      const el = await renderedGuide(
        html`<il2-guide sections="resources schedule"></il2-guide>`,
      );
      const link = shadow(el).querySelectorAll<HTMLAnchorElement>("nav a")[1]!;
      link.focus();
      await sendKeys({ press: "Enter" });
      const card = shadow(el).activeElement as HTMLElement;
      expect(card.localName).to.equal("il2-schedule");
      expect(card.shadowRoot!.activeElement?.id).to.equal("title");
      await sendKeys({ press: "Tab" });
      // The next stop is the schedule's own first control, not the top of the page.
      expect(shadow(el).activeElement).to.equal(card);
      expect(card.shadowRoot!.activeElement?.id).to.equal("start-date");
    });

    it("names no extra region around each card: the card's own article carries its name", async () => {
      const el = await renderedGuide(html`<il2-guide></il2-guide>`);
      for (const item of shadow(el).querySelectorAll(".item")) {
        expect(item.localName).to.equal("div");
        expect(item.hasAttribute("aria-label")).to.equal(false);
        expect(item.hasAttribute("tabindex")).to.equal(false);
      }
    });
  });

  describe("sections", () => {
    it("shows only the named cards, in the order given", async () => {
      const el = await renderedGuide(
        html`<il2-guide sections="resources, overview"></il2-guide>`,
      );
      expect(cards(el).map((card) => card.localName)).to.deep.equal([
        "il2-resources",
        "il2-overview",
      ]);
      expect(shadow(el).querySelectorAll("nav li")).to.have.length(2);
    });

    for (const bad of [
      "nonsense",
      "<img src=x onerror=alert(1)>",
      "x".repeat(100_000),
    ]) {
      it(`shows every card, with one warning, for ${JSON.stringify(bad.slice(0, 20))}`, async () => {
        expectWarning(/il2-guide.*sections=/);
        const el = await renderedGuide(
          html`<il2-guide sections=${bad}></il2-guide>`,
        );
        expect(cards(el)).to.have.length(TAGS.length);
        expect(shadow(el).querySelector("img")).to.equal(null);
        expect(warnings()).to.have.length(1);
      });
    }
  });

  describe("passing settings down", () => {
    it("gives every card the theme and the next heading level", async () => {
      const el = await renderedGuide(
        html`<il2-guide theme="dark" heading-level="3"></il2-guide>`,
      );
      expect(
        shadow(el).querySelector('[part="guide-title"]')!.localName,
      ).to.equal("h3");
      for (const card of cards(el)) {
        expect(card.getAttribute("theme"), card.localName).to.equal("dark");
        expect(
          card.shadowRoot!.querySelector('[part="title"]')!.localName,
          card.localName,
        ).to.equal("h4");
      }
      await expect(el).to.be.accessible();
    });

    it("passes the validated theme, so a bad value warns once (from the guide only)", async () => {
      expectWarning(/il2-guide.*theme=/);
      const el = await renderedGuide(
        html`<il2-guide theme="neon"></il2-guide>`,
      );
      for (const card of cards(el))
        expect(card.getAttribute("theme")).to.equal("light");
      expect(warnings()).to.have.length(1);
    });

    it("follows a theme change at run time", async () => {
      const el = await renderedGuide(html`<il2-guide></il2-guide>`);
      el.theme = "dark";
      await el.updateComplete;
      expect(
        cards(el).every((card) => card.getAttribute("theme") === "dark"),
      ).to.equal(true);
    });

    it("passes the care team's numbers, hours and contact details on to the side-effects card", async () => {
      const el = await renderedGuide(
        html`<il2-guide
          sections="side-effects"
          care-team-phone="(555) 010-0100"
          care-team-hours="Monday to Friday, 8 a.m. to 5 p.m."
          after-hours-phone="+1 555-010-0199"
          emergency-number="112"
          ><p slot="contact">Oncology unit, 4th floor.</p></il2-guide
        >`,
      );
      const card = cards(el)[0]!;
      expect(card.localName).to.equal("il2-side-effects");
      const links = [
        ...card.shadowRoot!.querySelectorAll<HTMLAnchorElement>(
          'a[href^="tel:"]',
        ),
      ].map((link) => [link.textContent.trim(), link.getAttribute("href")]);
      expect(links).to.deep.equal([
        ["(555) 010-0100", "tel:5550100100"],
        ["+1 555-010-0199", "tel:+15550100199"],
      ]);
      const text = visibleText(card);
      expect(text).to.include("Monday to Friday, 8 a.m. to 5 p.m.");
      expect(text).to.include("112");
      expect(text).not.to.include("911");
      // The host's own element, shown in the card through the guide's slot.
      const details = el.querySelector("p")!;
      const tile =
        card.shadowRoot!.querySelector<HTMLElement>('[part="contact"]')!;
      await waitUntil(() => tile.checkVisibility(), "contact shown");
      expect(details.checkVisibility()).to.equal(true);
      await expect(el).to.be.accessible();
      // A change on the guide reaches the card; taking the number away leaves no number.
      el.removeAttribute("care-team-phone");
      await el.updateComplete;
      await card.updateComplete;
      expect(
        card.shadowRoot!.querySelector('a[href="tel:5550100100"]'),
      ).to.equal(null);
      details.remove();
      await waitUntil(() => !tile.checkVisibility(), "contact hidden");
    });

    it("without the host's details, the side-effects card inside names no number but the emergency one", async () => {
      const el = await renderedGuide(
        html`<il2-guide sections="side-effects"></il2-guide>`,
      );
      const card = cards(el)[0]!;
      expect(card.shadowRoot!.querySelector('a[href^="tel:"]')).to.equal(null);
      expect(
        card
          .shadowRoot!.querySelector<HTMLElement>('[part="contact"]')!
          .checkVisibility(),
      ).to.equal(false);
      expect(visibleText(card)).to.include("911");
    });

    it("a bad number set on the guide is refused by the card, with one warning", async () => {
      expectWarning(/care-team-phone=/);
      const el = await renderedGuide(
        html`<il2-guide
          sections="side-effects"
          care-team-phone=${"<a href=x>call</a>"}
        ></il2-guide>`,
      );
      const card = cards(el)[0]!;
      expect(
        card.shadowRoot!.querySelector("a[href^='tel:'], a[href='x']"),
      ).to.equal(null);
      expect(
        warnings().filter((w) => w.includes("care-team-phone=")),
      ).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it("lets hosts style the cards' parts through the guide", async () => {
      const style = document.createElement("style");
      style.textContent = "il2-guide::part(title) { color: rgb(120, 0, 60); }";
      document.head.append(style);
      try {
        const el = await renderedGuide(
          html`<il2-guide sections="overview"></il2-guide>`,
        );
        const title =
          cards(el)[0]!.shadowRoot!.querySelector('[part="title"]')!;
        expect(getComputedStyle(title).color).to.equal("rgb(120, 0, 60)");
      } finally {
        style.remove();
      }
    });
  });

  describe("printing", () => {
    afterEach(() => emulateMedia({ media: "screen" }));

    it("prints every card, each on a new page, and leaves the contents list off the paper", async () => {
      const el = await renderedGuide(
        html`<il2-guide theme="dark"></il2-guide>`,
      );
      await emulateMedia({ media: "print" });
      expect(
        shadow(el).querySelector<HTMLElement>("nav")!.checkVisibility(),
      ).to.equal(false);
      const items = [...shadow(el).querySelectorAll<HTMLElement>(".item")];
      expect(items.map((item) => item.checkVisibility())).to.deep.equal(
        TAGS.map(() => true),
      );
      expect(
        items.slice(1).map((item) => getComputedStyle(item).breakBefore),
      ).to.deep.equal(Array(TAGS.length - 1).fill("page"));
      for (const card of cards(el)) {
        const frame = getComputedStyle(
          card.shadowRoot!.querySelector(".card")!,
        );
        expect(frame.color, card.localName).to.equal("rgb(0, 0, 0)");
      }
      // The one review record prints after the last card.
      expect(
        shadow(el)
          .querySelector<HTMLElement>(".guide-footer")!
          .checkVisibility(),
      ).to.equal(true);
    });
  });
});
