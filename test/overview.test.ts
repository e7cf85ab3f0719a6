import { expect, fixture, html } from "@open-wc/testing";
import "../src/overview/define.js";
import { Il2Overview } from "../src/overview/overview.js";
import { defineElement } from "../src/shared/define-element.js";
import {
  asSentences,
  expectWarning,
  fleschKincaidGrade,
  inForcedColors,
  resourceUrls,
  shadow,
  visibleText,
  warnings,
  emulateMedia,
  sendKeys,
} from "./helpers.js";

const sectionTexts = (el: Il2Overview) =>
  [...shadow(el).querySelectorAll<HTMLElement>('[part="section"]')].map(
    (section) => section.innerText,
  );

/** Section headings as a reader sees them (a collapsible heading also holds its words for readers without script, hidden here). */
const headingTexts = (el: Il2Overview) =>
  [...shadow(el).querySelectorAll<HTMLElement>('[part="section-title"]')].map(
    (h) => h.innerText.trim(),
  );

describe("<il2-overview>", () => {
  describe("by default", () => {
    it("shows the title, the names of the drug and all four sections in order", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview></il2-overview>`,
      );
      const title = shadow(el).querySelector('h2[part="title"]');
      expect(title?.textContent?.trim()).to.equal("IL-2 for advanced melanoma");
      expect(visibleText(el))
        .to.match(/Interleukin-2, or IL-2/)
        .and.match(/aldesleukin/)
        .and.match(/PROLEUKIN®/);
      expect(headingTexts(el)).to.deep.equal([
        "What is IL-2?",
        "How does IL-2 work?",
        "Who is IL-2 for?",
        "Goals and what to expect",
      ]);
      await expect(el).to.be.accessible();
    });

    it("explains what IL-2 is (F2–F4, F6–F8)", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview sections="what"></il2-overview>`,
      );
      const [what] = sectionTexts(el);
      expect(what)
        .to.match(/immunotherapy/)
        .and.match(/your own immune system fight cancer/); // F2
      expect(what)
        .to.match(/systemic treatment/)
        .and.match(/reaches every part of your body/); // F3
      expect(what)
        .to.match(/advanced or metastatic/)
        .and.match(/spread to other parts of the body/); // F4
      expect(what)
        .to.match(/protein made by one kind of white blood cell/)
        .and.match(/T lymphocyte/); // F6
      expect(what).to.match(/T cells and B cells, grow and get more active/); // F7
      expect(what)
        .to.match(/called aldesleukin/)
        .and.match(/boost/); // F8
    });

    it("explains how IL-2 works (F5, F9–F11)", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview sections="how"></il2-overview>`,
      );
      const items = [...shadow(el).querySelectorAll('[part="section"] li')].map(
        (li) => li.textContent,
      );
      expect(items).to.have.length(3);
      expect(items[0]).to.match(
        /stops cancer cells from making new cancer cells and from spreading/,
      ); // F9
      expect(items[1]).to.match(/more white blood cells that attack cancer/); // F10
      expect(items[2])
        .to.match(/chemical signals/)
        .and.match(/immune cells that kill cancer/); // F11
      expect(sectionTexts(el)[0]).to.match(
        /kill melanoma cells and shrink tumors, in any part of the body/,
      ); // F5
    });

    it("says who IL-2 is for (F5, F12, F13)", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview sections="who"></il2-overview>`,
      );
      const [who] = sectionTexts(el);
      expect(who).to.match(/melanoma that is advanced or metastatic/); // F5
      expect(who).to.match(
        /In 1998, the FDA approved IL-2 to treat stage IV melanoma/,
      ); // F12
      expect(who).to.match(/Stage IV means the cancer has moved to organs/); // F13
    });

    it("gives the goals and what to expect (F19–F22)", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview sections="goals"></il2-overview>`,
      );
      const [goals] = sectionTexts(el);
      expect(goals)
        .to.match(/shrink melanoma tumors/)
        .and.match(/kill melanoma cells/); // F19
      expect(goals)
        .to.match(/"memory\."/)
        .and.match(/even after treatment is over/); // F20
      expect(goals).to.match(
        /not only in research studies \(clinical trials\)/,
      ); // F21
      expect(goals)
        .to.match(/small number of people, all signs of the cancer go away/)
        .and.match(/7 years or more/); // F21
      expect(goals)
        .to.match(/Side effects can sometimes be serious/)
        .and.match(/other treatment choices/); // F22
    });

    it("names its source and date and asks the reader to talk with the care team (F28)", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview></il2-overview>`,
      );
      expect(shadow(el).querySelector('[part="source"]')?.textContent).to.match(
        /Melanoma Research Alliance.*Last updated August 2021/,
      );
      expect(
        shadow(el).querySelector('[part="care-note"]')?.textContent,
      ).to.match(/Talk with your care team/);
    });

    it("reads at US grade 8 or below (Flesch–Kincaid)", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview></il2-overview>`,
      );
      const grade = await fleschKincaidGrade(asSentences(visibleText(el)));
      expect(grade).to.be.at.most(8);
    });

    it("makes no network request", async () => {
      const before = resourceUrls().length;
      const el = await fixture<Il2Overview>(
        html`<il2-overview collapsible theme="dark"></il2-overview>`,
      );
      const toggle = shadow(el).querySelector<HTMLButtonElement>(".toggle");
      expect(toggle, "a section toggle to press").to.be.instanceOf(
        HTMLButtonElement,
      );
      toggle!.click();
      await el.updateComplete;
      expect(toggle!.getAttribute("aria-expanded")).to.equal("true");
      expect(resourceUrls().slice(before)).to.deep.equal([]);
    });
  });

  describe("sections", () => {
    it("shows any subset in the order given", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview sections="goals, what"></il2-overview>`,
      );
      expect(headingTexts(el)).to.deep.equal([
        "Goals and what to expect",
        "What is IL-2?",
      ]);
    });

    it("follows later changes to the attribute", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview sections="who"></il2-overview>`,
      );
      el.setAttribute("sections", "how what");
      await el.updateComplete;
      expect(headingTexts(el)).to.deep.equal([
        "How does IL-2 work?",
        "What is IL-2?",
      ]);
    });

    it("ignores unknown names with one warning", async () => {
      expectWarning(/sections=.*unknown "risks"/);
      const el = await fixture<Il2Overview>(
        html`<il2-overview sections="who risks"></il2-overview>`,
      );
      await fixture(html`<il2-overview sections="who risks"></il2-overview>`);
      expect(headingTexts(el)).to.deep.equal(["Who is IL-2 for?"]);
      expect(warnings()).to.have.length(1);
    });

    for (const value of [
      "",
      "   ",
      "nonsense",
      "<img src=x onerror=alert(1)>",
      "x".repeat(100_000),
    ]) {
      it(`shows every section for ${JSON.stringify(value.slice(0, 30))}`, async () => {
        if (value.trim()) expectWarning(/sections=/);
        const el = await fixture<Il2Overview>(
          html`<il2-overview sections=${value}></il2-overview>`,
        );
        expect(headingTexts(el)).to.have.length(4);
        expect(shadow(el).querySelector("img")).to.equal(null);
        expect(warnings().length).to.equal(value.trim() ? 1 : 0);
      });
    }

    it("accepts an array set as a property", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview></il2-overview>`,
      );
      (el as unknown as { sections: unknown }).sections = ["how", "who"];
      await el.updateComplete;
      expect(headingTexts(el)).to.deep.equal([
        "How does IL-2 work?",
        "Who is IL-2 for?",
      ]);
    });

    it("survives a non-string property value", async () => {
      expectWarning(/sections=/);
      const el = await fixture<Il2Overview>(
        html`<il2-overview></il2-overview>`,
      );
      (el as unknown as { sections: unknown }).sections = {
        toString: () => {
          throw new Error("boom");
        },
      };
      await el.updateComplete;
      expect(headingTexts(el)).to.have.length(4);
    });
  });

  describe("heading-level", () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`uses h${level} for the title and the next level for sections`, async () => {
        const el = await fixture<Il2Overview>(
          html`<il2-overview heading-level=${level}></il2-overview>`,
        );
        expect(shadow(el).querySelector('[part="title"]')?.localName).to.equal(
          `h${level}`,
        );
        const sectionHeadings = [
          ...shadow(el).querySelectorAll('[part="section-title"]'),
        ];
        expect(sectionHeadings.map((h) => h.localName)).to.deep.equal(
          Array(4).fill(`h${Math.min(level + 1, 6)}`),
        );
        await expect(el).to.be.accessible();
      });
    }

    it("takes a number set as a property", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview></il2-overview>`,
      );
      el.headingLevel = 4;
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="title"]')?.localName).to.equal(
        "h4",
      );
    });
  });

  describe("collapsible", () => {
    it("turns each section into a closed disclosure that a click opens", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview collapsible></il2-overview>`,
      );
      const toggles = [
        ...shadow(el).querySelectorAll<HTMLButtonElement>("button.toggle"),
      ];
      expect(toggles.map((t) => t.getAttribute("aria-expanded"))).to.deep.equal(
        ["false", "false", "false", "false"],
      );
      const panel = shadow(el).getElementById(
        toggles[0]!.getAttribute("aria-controls")!,
      )!;
      expect(panel.hidden).to.equal(true);
      expect(panel.checkVisibility()).to.equal(false);
      await expect(el).to.be.accessible();

      toggles[0]!.click();
      await el.updateComplete;
      expect(toggles[0]!.getAttribute("aria-expanded")).to.equal("true");
      expect(panel.checkVisibility()).to.equal(true);
      expect(panel.innerText).to.match(/immunotherapy/);
      await expect(el).to.be.accessible();
    });

    it("works from the keyboard alone: Tab to a section, Enter and Space toggle it", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview collapsible></il2-overview>`,
      );
      const [openAll, first] = [
        ...shadow(el).querySelectorAll<HTMLButtonElement>("button"),
      ];
      await sendKeys({ press: "Tab" });
      expect(shadow(el).activeElement).to.equal(openAll);
      await sendKeys({ press: "Tab" });
      expect(shadow(el).activeElement).to.equal(first);
      await sendKeys({ press: "Enter" });
      await el.updateComplete;
      expect(first!.getAttribute("aria-expanded")).to.equal("true");
      await sendKeys({ press: "Space" });
      await el.updateComplete;
      expect(first!.getAttribute("aria-expanded")).to.equal("false");
    });

    it("shows a visible focus ring on the focused toggle", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview collapsible></il2-overview>`,
      );
      await sendKeys({ press: "Tab" });
      await sendKeys({ press: "Tab" });
      const focused = shadow(el).activeElement as HTMLElement;
      const style = getComputedStyle(focused);
      expect(style.outlineStyle).to.equal("solid");
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    it("opens and closes every section with one button", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview collapsible sections="what how"></il2-overview>`,
      );
      const all =
        shadow(el).querySelector<HTMLButtonElement>(".toolbar button")!;
      expect(all.textContent?.trim()).to.equal("Open all sections");
      all.click();
      await el.updateComplete;
      const expanded = () =>
        [...shadow(el).querySelectorAll(".toggle")].map((t) =>
          t.getAttribute("aria-expanded"),
        );
      expect(expanded()).to.deep.equal(["true", "true"]);
      expect(all.textContent?.trim()).to.equal("Close all sections");
      all.click();
      await el.updateComplete;
      expect(expanded()).to.deep.equal(["false", "false"]);
    });

    it("fires il2-section-toggle on a reader action only", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview collapsible></il2-overview>`,
      );
      const details: unknown[] = [];
      document.addEventListener("il2-section-toggle", (event) =>
        details.push(event.detail),
      );
      el.sections = "how";
      await el.updateComplete;
      expect(details).to.deep.equal([]);
      shadow(el).querySelector<HTMLButtonElement>(".toggle")!.click();
      expect(details).to.deep.equal([{ section: "how", open: true }]);
    });

    it("prints every section open", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview collapsible></il2-overview>`,
      );
      const panel = shadow(el).querySelector<HTMLElement>(".panel")!;
      expect(getComputedStyle(panel).display).to.equal("none");
      const sheet = [...shadow(el).adoptedStyleSheets].flatMap((s) => [
        ...s.cssRules,
      ]);
      const printRules = sheet.filter(
        (rule) =>
          rule instanceof CSSMediaRule && rule.conditionText === "print",
      );
      const printText = printRules.map((rule) => rule.cssText).join("\n");
      expect(printText).to.match(
        /\.panel\[hidden\]\s*\{\s*display:\s*block !important/,
      );
      expect(printText).to.match(
        /\.no-print\s*\{\s*display:\s*none !important/,
      );
    });
  });

  describe("theme", () => {
    it("is light by default and dark on request", async () => {
      const light = await fixture<Il2Overview>(
        html`<il2-overview></il2-overview>`,
      );
      const dark = await fixture<Il2Overview>(
        html`<il2-overview theme="dark"></il2-overview>`,
      );
      const bg = (el: Il2Overview) =>
        getComputedStyle(shadow(el).querySelector(".card")!).backgroundColor;
      expect(bg(light)).to.equal("rgb(255, 255, 255)");
      expect(bg(dark)).to.equal("rgb(22, 27, 34)");
      await expect(dark).to.be.accessible();
    });

    it("lets the host brand it through --il2-* custom properties", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview
          style="--il2-color-accent: rgb(120, 0, 60); --il2-font-family: Georgia"
        ></il2-overview>`,
      );
      const section = shadow(el).querySelector(".section")!;
      expect(getComputedStyle(section).borderInlineStartColor).to.equal(
        "rgb(120, 0, 60)",
      );
      expect(
        getComputedStyle(shadow(el).querySelector(".card")!).fontFamily,
      ).to.equal("Georgia");
    });

    for (const bad of ["purple", "", "<script>alert(1)</script>"]) {
      it(`falls back to light with a warning for ${JSON.stringify(bad)}`, async () => {
        expectWarning(/theme=.*using light/);
        const el = await fixture<Il2Overview>(
          html`<il2-overview theme=${bad}></il2-overview>`,
        );
        expect(
          shadow(el).querySelector(".card")!.classList.contains("theme-light"),
        ).to.equal(true);
        expect(warnings()).to.have.length(1);
      });
    }
  });

  describe("reader settings (emulated media)", () => {
    afterEach(async () => {
      await emulateMedia({
        media: "screen",
        colorScheme: "light",
        reducedMotion: "no-preference",
      });
    });

    it('follows a dark system setting with theme="auto"', async () => {
      await emulateMedia({ colorScheme: "dark" });
      const el = await fixture<Il2Overview>(
        html`<il2-overview theme="auto"></il2-overview>`,
      );
      const card = shadow(el).querySelector(".card")!;
      expect(getComputedStyle(card).backgroundColor).to.equal(
        "rgb(22, 27, 34)",
      );
      await expect(el).to.be.accessible();
      await emulateMedia({ colorScheme: "light" });
      expect(getComputedStyle(card).backgroundColor).to.equal(
        "rgb(255, 255, 255)",
      );
    });

    it("prints every collapsed section open, in black on white, without the buttons' extras", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview collapsible theme="dark"></il2-overview>`,
      );
      await emulateMedia({ media: "print" });
      const panels = [...shadow(el).querySelectorAll<HTMLElement>(".panel")];
      expect(panels.map((panel) => panel.checkVisibility())).to.deep.equal([
        true,
        true,
        true,
        true,
      ]);
      expect(
        shadow(el).querySelector<HTMLElement>(".toolbar")!.checkVisibility(),
      ).to.equal(false);
      const card = getComputedStyle(shadow(el).querySelector(".card")!);
      expect(card.color).to.equal("rgb(0, 0, 0)");
      expect(card.backgroundColor).to.equal("rgb(255, 255, 255)");
    });

    it("keeps borders, section edges and the focus ring visible under forced colours", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview collapsible theme="dark"></il2-overview>`,
      );
      await inForcedColors(async (systemColor) => {
        const canvasText = systemColor("CanvasText");
        const card = getComputedStyle(shadow(el).querySelector(".card")!);
        // Text and the card's outline are the reader's own High Contrast colours, not the theme's.
        expect(card.color).to.equal(canvasText);
        expect(card.backgroundColor).to.equal(systemColor("Canvas"));
        expect(card.borderTopStyle).to.equal("solid");
        expect(parseFloat(card.borderTopWidth)).to.be.greaterThan(0);
        expect(card.borderTopColor).to.equal(canvasText);
        // Forced colours drop the tiles' background, so each tile needs a whole border of its own.
        const tiles = [...shadow(el).querySelectorAll(".tile")];
        expect(tiles).to.have.length(4);
        for (const tile of tiles) {
          const style = getComputedStyle(tile);
          for (const side of ["Top", "Right", "Bottom", "Left"] as const) {
            expect(style[`border${side}Style`], side).to.equal("solid");
            expect(
              parseFloat(style[`border${side}Width`]),
              side,
            ).to.be.at.least(1);
            expect(style[`border${side}Color`], side).to.equal(canvasText);
          }
          expect(parseFloat(style.borderInlineStartWidth)).to.equal(4);
        }
        // "Open all sections" still looks like a button.
        const openAll = getComputedStyle(
          shadow(el).querySelector(".toolbar button")!,
        );
        expect(openAll.borderTopStyle).to.equal("solid");
        expect(parseFloat(openAll.borderTopWidth)).to.be.greaterThan(0);
        // In the reader's button colours: Chromium draws button borders in ButtonText, Firefox in
        // ButtonBorder; both are the reader's own choice.
        expect(openAll.borderTopColor).to.be.oneOf([
          systemColor("ButtonText"),
          systemColor("ButtonBorder"),
        ]);
        // The keyboard focus ring on a section button.
        await sendKeys({ press: "Tab" });
        await sendKeys({ press: "Tab" });
        const focused = shadow(el).activeElement as HTMLElement;
        expect(focused.classList.contains("toggle")).to.equal(true);
        const ring = getComputedStyle(focused);
        expect(ring.outlineStyle).to.not.equal("none");
        expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
        expect(ring.outlineColor).to.equal(systemColor("Highlight"));
        expect(ring.color).to.equal(canvasText);
        // axe reads text colour from -webkit-text-fill-color, which Chromium's getComputedStyle
        // leaves at the theme's colour under forced colours although the text is painted in
        // CanvasText (checked on a screenshot), so its contrast check gives false alarms here.
        await expect(el).to.be.accessible({ ignoredRules: ["color-contrast"] });
      });
    });

    it("turns off the chevron animation for readers who ask for reduced motion", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview collapsible></il2-overview>`,
      );
      const toggle = shadow(el).querySelector(".toggle")!;
      expect(
        getComputedStyle(toggle, "::after").transitionDuration,
      ).to.not.equal("0s");
      await emulateMedia({ reducedMotion: "reduce" });
      expect(getComputedStyle(toggle, "::after").transitionDuration).to.equal(
        "0s",
      );
    });
  });

  describe("lang", () => {
    it("marks the card English", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview lang="en-US"></il2-overview>`,
      );
      expect(shadow(el).querySelector(".card")!.getAttribute("lang")).to.equal(
        "en",
      );
    });

    for (const bad of ["fr", "xx-YY", "<b>es</b>"]) {
      it(`shows English with one warning for lang=${JSON.stringify(bad)}`, async () => {
        expectWarning(/lang=.*showing English/);
        const el = await fixture<Il2Overview>(
          html`<il2-overview lang=${bad}></il2-overview>`,
        );
        expect(
          shadow(el).querySelector(".card")!.getAttribute("lang"),
        ).to.equal("en");
        expect(visibleText(el)).to.match(/What is IL-2\?/);
        expect(warnings()).to.have.length(1);
      });
    }
  });

  describe("hostile host styles", () => {
    it("stays legible under uppercase, letter-spacing, tiny line height and a 10px root", async () => {
      const style = document.createElement("style");
      style.textContent = `html { font-size: 10px !important } body, il2-overview { text-transform: uppercase;
        letter-spacing: 0.3em; line-height: 0.6; font-style: italic; font-size: 10px; word-spacing: 2em; }`;
      document.head.append(style);
      try {
        const el = await fixture<Il2Overview>(
          html`<il2-overview></il2-overview>`,
        );
        const p = getComputedStyle(shadow(el).querySelector("p")!);
        expect(p.textTransform).to.equal("none");
        expect(p.letterSpacing).to.equal("normal");
        expect(p.fontStyle).to.equal("normal");
        expect(parseFloat(p.fontSize)).to.be.at.least(16);
        expect(
          parseFloat(p.lineHeight) / parseFloat(p.fontSize),
        ).to.be.at.least(1.4);
        await expect(el).to.be.accessible();
      } finally {
        style.remove();
      }
    });
  });

  describe("layout", () => {
    // overview.styles.ts: one column below a 760px container, two columns from 760px.
    const layouts = [
      { width: 280, columns: 1 },
      { width: 759, columns: 1 },
      { width: 760, columns: 2 },
      { width: 1200, columns: 2 },
    ];
    for (const { width, columns } of layouts) {
      for (const collapsible of [false, true]) {
        it(`fits a ${width}px container in ${columns === 1 ? "one column" : "two columns"}${collapsible ? ", collapsible" : ""}, without sideways scrolling`, async () => {
          const el = await fixture<Il2Overview>(
            html`<il2-overview
              style="width: ${width}px"
              ?collapsible=${collapsible}
            ></il2-overview>`,
          );
          const card = shadow(el).querySelector<HTMLElement>(".card")!;
          expect(card.getBoundingClientRect().width).to.equal(width);
          expect(card.scrollWidth).to.be.at.most(card.clientWidth);
          expect(el.scrollWidth).to.be.at.most(el.clientWidth);
          const tiles = [
            ...shadow(el).querySelectorAll<HTMLElement>('[part="section"]'),
          ].map((tile) => tile.getBoundingClientRect());
          expect(tiles).to.have.length(4);
          for (const tile of tiles) {
            expect(tile.width).to.be.greaterThan(0);
            expect(tile.right).to.be.at.most(
              card.getBoundingClientRect().right,
            );
          }
          const lefts = new Set(tiles.map((tile) => Math.round(tile.left)));
          const rows = tiles.map((tile) => Math.round(tile.top));
          if (columns === 1) {
            // Stacked: one left edge, each section below the one before.
            expect(lefts.size).to.equal(1);
            for (let i = 1; i < rows.length; i++)
              expect(rows[i]).to.be.greaterThan(rows[i - 1]!);
          } else {
            // Side by side: what | how on the first row, who | goals on the next.
            expect(lefts.size).to.equal(2);
            expect(rows[1]).to.equal(rows[0]);
            expect(rows[3]).to.equal(rows[2]);
            expect(rows[2]).to.be.greaterThan(rows[0]!);
            expect(tiles[1]!.left).to.be.greaterThan(tiles[0]!.right);
          }
          await expect(el).to.be.accessible();
        });
      }
    }
  });

  describe("bad and hostile input", () => {
    const hostile = '<img src=x onerror="window.__pwned=true">';

    it("never renders outside values as HTML", async () => {
      expectWarning(/il2-overview/);
      const el = await fixture<Il2Overview>(
        html`<il2-overview
          sections=${hostile}
          heading-level=${hostile}
          theme=${hostile}
          lang=${hostile}
          collapsible=${hostile}
        ></il2-overview>`,
      );
      expect(shadow(el).querySelector("img")).to.equal(null);
      expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(
        undefined,
      );
      expect(headingTexts(el)).to.have.length(4);
      await expect(el).to.be.accessible();
    });

    // Every attribute in the JSDoc header, each given values a page could get wrong.
    const badValues = [
      "",
      "garbage",
      "x".repeat(100_000),
      '<img src=x onerror="window.__pwned=1">',
    ];
    /** The warning each attribute gives for a bad value, or null when the value is harmless. */
    const expectedWarning: Record<string, (value: string) => RegExp | null> = {
      // Empty shows every section; anything else names the unknown words.
      sections: (value) =>
        value ? /<il2-overview> sections=".*": ignoring unknown/ : null,
      "heading-level": () =>
        /<il2-overview> heading-level=".*" is not 1–6; using 2\./,
      theme: () =>
        /<il2-overview> theme=".*" is not light, dark or auto; using light\./,
      // Empty means "inherit the page's language".
      lang: (value) =>
        value
          ? /<il2-overview> lang=".*" is not available.*showing English/
          : null,
      // A boolean attribute: present is on, whatever its text.
      collapsible: () => null,
    };
    for (const [attribute, warningFor] of Object.entries(expectedWarning)) {
      for (const value of badValues) {
        it(`still shows the whole card for ${attribute}=${JSON.stringify(value.slice(0, 20))}${value.length > 20 ? "…" : ""}`, async () => {
          const warning = warningFor(value);
          if (warning) expectWarning(warning);
          const card = document.createElement("il2-overview");
          expect(() => card.setAttribute(attribute, value)).not.to.throw();
          const el = await fixture<Il2Overview>(card);
          expect(
            shadow(el).querySelector('[part="title"]')?.textContent?.trim(),
          ).to.equal("IL-2 for advanced melanoma");
          expect(headingTexts(el)).to.deep.equal([
            "What is IL-2?",
            "How does IL-2 work?",
            "Who is IL-2 for?",
            "Goals and what to expect",
          ]);
          expect(
            shadow(el).querySelector(".card")!.getAttribute("lang"),
          ).to.equal("en");
          expect(shadow(el).querySelector("img")).to.equal(null);
          expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
          // One short warning at most: a huge value is quoted cut short, not in full.
          expect(warnings()).to.have.length(warning ? 1 : 0);
          for (const text of warnings()) expect(text.length).to.be.below(300);
          await expect(el).to.be.accessible();
        });
      }
    }

    it("keeps working when properties are set to garbage", async () => {
      expectWarning(/il2-overview/);
      const el = await fixture<Il2Overview>(
        html`<il2-overview></il2-overview>`,
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
      ]) {
        loose.headingLevel = value;
        loose.theme = value;
        loose.sections = value;
        loose.collapsible = value;
        await el.updateComplete;
        expect(
          shadow(el).querySelector('[part="title"]')?.textContent?.trim(),
        ).to.equal("IL-2 for advanced melanoma");
      }
    });
  });

  describe("registration", () => {
    it("does not throw when defined twice, and warns once for a second copy", () => {
      expectWarning(/already defined/);
      delete (globalThis as Record<symbol, unknown>)[
        Symbol.for("il2-widgets.warned-about-second-copy")
      ];
      defineElement("il2-overview", Il2Overview);
      expect(warnings()).to.have.length(0);
      class SecondCopy extends Il2Overview {}
      expect(() => defineElement("il2-overview", SecondCopy)).not.to.throw();
      expect(() =>
        defineElement("il2-overview", class Third extends Il2Overview {}),
      ).not.to.throw();
      expect(warnings()).to.have.length(1);
      expect(customElements.get("il2-overview")).to.equal(Il2Overview);
    });
  });
});
