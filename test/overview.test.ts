import { expect, fixture, html } from "@open-wc/testing";
import "../src/overview/define.js";
import { Il2Overview } from "../src/overview/overview.js";
import { defineElement } from "../src/shared/define-element.js";
import {
  expectWarning,
  inForcedColors,
  readingLevel,
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
        "What IL-2 can do, and its risks",
      ]);
      await expect(el).to.be.accessible();
    });

    it("opens with its main message and three to five key points in a highlighted box (PEMAT 11)", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview collapsible></il2-overview>`,
      );
      expect(shadow(el).querySelector(".lede")?.textContent?.trim()).to.equal(
        "Interleukin-2, or IL-2, is a medicine that helps your own immune system fight melanoma. Its drug name is aldesleukin. Its brand name is PROLEUKIN®.",
      );
      const box = shadow(el).querySelector<HTMLElement>('[part="key-points"]')!;
      // First in the body, before the toolbar and the sections; never collapsed.
      expect(
        shadow(el).querySelector('[part="body"]')!.firstElementChild,
      ).to.equal(box);
      expect(box.checkVisibility()).to.equal(true);
      const title = box.querySelector("h3")!;
      expect(title.textContent?.trim()).to.equal("Key points");
      // The heading leads the box; the box is no named region (a landmark per card would crowd
      // a screen reader's landmark list, and in the guide two would share one name).
      expect(box.firstElementChild).to.equal(title);
      expect(box.hasAttribute("aria-labelledby")).to.equal(false);
      const points = [...box.querySelectorAll("li")].map((li) =>
        li.textContent.trim(),
      );
      expect(points.length).to.be.within(3, 5);
      expect(points).to.deep.equal([
        "IL-2 is for adults whose melanoma has spread to other parts of the body.", // L15
        "You get it only in a hospital, because its side effects can be serious.", // F14
        "In the studies, about 16 in 100 people had their tumors shrink. About 2 in 100 died of side effects.", // L14
        "Today, doctors most often offer IL-2 after other immunotherapy drugs have been tried.", // L16
        "Ask your care team if IL-2 is a good choice for you.", // Q3
      ]);
      // Highlighted: a thicker accent edge than the sections' tiles.
      const style = getComputedStyle(box);
      expect(parseFloat(style.borderInlineStartWidth)).to.be.at.least(6);
      expect(style.borderTopStyle).to.equal("solid");
      await expect(el).to.be.accessible();
    });

    it("explains what IL-2 is (F2–F4, F6–F8)", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview sections="what"></il2-overview>`,
      );
      const [what] = sectionTexts(el);
      expect(what)
        .to.match(/immunotherapy/)
        .and.match(
          /helps your immune system, your body's own defense, fight cancer/,
        ); // F2
      expect(what)
        .to.match(/protein that works like a messenger/)
        .and.match(/T cells \(T lymphocytes\), send it out/); // F6
      expect(what).to.match(
        /tells other white blood cells to grow and get more active\. These are more T cells, and also B cells/,
      ); // F7
      expect(what)
        .to.match(/IL-2 made in a lab, called aldesleukin/)
        .and.match(/boost your immune system against cancer cells/); // F8
      expect(what).to.match(
        /The official FDA information says it is a little different from the IL-2 your body makes/,
      ); // L4
    });

    it("explains how IL-2 is thought to work (F3, F5, F9–F11)", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview sections="how"></il2-overview>`,
      );
      const items = [...shadow(el).querySelectorAll('[part="section"] li')].map(
        (li) => li.textContent,
      );
      expect(items).to.have.length(3);
      // Told as what experts think, not as settled science (review finding 8).
      expect(sectionTexts(el)[0]).to.match(
        /Experts think IL-2 fights cancer in three ways:/,
      );
      expect(items[0]).to.match(
        /keeps cancer cells from making more cancer cells and from spreading/,
      ); // F9
      expect(items[1]).to.match(/more white blood cells that attack cancer/); // F10
      expect(items[2])
        .to.match(/chemical signals/)
        .and.match(/immune cells that kill cancer/); // F11
      expect(sectionTexts(el)[0])
        .to.match(/systemic treatment/)
        .and.match(/moves through your blood to every part of your body/); // F3
      expect(sectionTexts(el)[0]).to.match(
        /in some people, it can shrink tumors and kill melanoma cells, in any part of the body/,
      ); // F5, "in some people"
    });

    it("says who IL-2 is for, for adults, and where it fits today (F4, F5, F12, F13, L3, L9, L15, L16)", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview sections="who"></il2-overview>`,
      );
      const [who] = sectionTexts(el);
      expect(who)
        .to.match(/melanoma that is advanced or metastatic/)
        .and.match(
          /Both words mean the cancer has spread to other parts of the body/,
        ); // F4, F5
      expect(who).to.match(
        /The FDA approved IL-2 for stage IV \(stage 4\) melanoma in 1998/,
      ); // F12
      expect(who).to.match(
        /Stage IV means the cancer has spread to organs or to other places in the body/,
      ); // F13
      expect(who).to.match(/first approved IL-2 in 1992, for kidney cancer/); // L3
      expect(who).to.match(/IL-2 is for adults with either of these cancers/); // L15
      expect(who).to.match(
        /Today, IL-2 is most often offered after other immunotherapy drugs have been tried/,
      ); // L16
      expect(who).to.match(
        /Not everyone can safely get IL-2\. Tests before treatment/,
      ); // L9
    });

    it("gives the goals, the study's numbers beside the source's words, and the risks in the same style (F19–F23, L6–L8, L11, L14)", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview sections="goals"></il2-overview>`,
      );
      const [goals] = sectionTexts(el);
      expect(goals)
        .to.match(/shrink melanoma tumors/)
        .and.match(/kill melanoma cells/); // F19
      expect(goals)
        .to.match(/"memory\."/)
        .and.match(/even after treatment ends/); // F20
      expect(goals).to.match(
        /also outside research studies \(clinical trials\)/,
      ); // F21
      expect(goals)
        .to.match(/The patient page says IL-2 shrinks tumors in some people/)
        .and.match(
          /In a small number, all signs of cancer go away, and this can last 7 years or more/,
        ); // F21
      // L14: "about N in 100", benefits and deaths in one list, in the same words.
      const outcomes = [
        ...shadow(el).querySelectorAll<HTMLElement>(".section ul"),
      ]
        .map((list) => [...list.children].map((li) => li.textContent.trim()))
        .find((items) => items.length === 3)!;
      expect(goals).to.match(
        /In the melanoma studies, out of every 100 people who got IL-2:/,
      );
      expect(outcomes).to.deep.equal([
        "about 16 had their tumors shrink.",
        "for about 6 of those 16, all signs of cancer went away, often for years.",
        "about 2 died of side effects, most often from an infection. This is not common, but it is serious.",
      ]);
      expect(goals).to.match(/No one can promise how IL-2 will work for you/); // F23
      expect(goals)
        .to.match(
          /The most serious are fluid leaking from blood vessels, changes in how you think, and infections/,
        ) // L6–L8
        .and.match(/Most side effects go away soon after the doses stop/); // L11
      expect(goals).to.match(/Ask about your other treatment choices, too/); // F22, Q4
    });

    it("shows the study's outcomes as a picture of 100 people, with a key that does not rely on colour (L14)", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview sections="goals"></il2-overview>`,
      );
      const figure =
        shadow(el).querySelector<HTMLElement>('[part="outcomes"]')!;
      expect(figure.localName).to.equal("figure");
      // Right after the list of the study's numbers it shows.
      expect(figure.previousElementSibling?.textContent).to.match(
        /about 2 died of side effects/,
      );
      expect(
        figure
          .querySelector("figcaption")
          ?.textContent?.replace(/\s+/g, " ")
          .trim(),
      ).to.equal(
        "From the melanoma studies: What happened to 100 people who got IL-2 in the melanoma studies",
      );
      const grid = figure.querySelector<HTMLElement>('[role="img"]')!;
      expect(grid.getAttribute("aria-label")).to.equal(
        "A grid of 100 squares, one for each person. 6 squares show that all signs of cancer went away. 10 more show that tumors shrank. 84 show that tumors did not shrink.",
      );
      const kinds = [...grid.children].map((square) => square.classList[1]);
      expect(kinds).to.have.length(100);
      expect(kinds.filter((kind) => kind === "gone")).to.have.length(6);
      expect(kinds.filter((kind) => kind === "shrank")).to.have.length(10);
      expect(kinds.filter((kind) => kind === "rest")).to.have.length(84);
      const key = [...figure.querySelectorAll(".key li")].map((li) =>
        li.textContent.replace(/\s+/g, " ").trim(),
      );
      expect(key).to.deep.equal([
        "About 6 people: all signs of cancer went away.",
        "About 10 more people: tumors shrank. That makes about 16 in all.",
        "About 84 people: tumors did not shrink.",
      ]);
      // The three kinds differ in shape (fill and border width), not only in colour.
      const look = (kind: string) => {
        const style = getComputedStyle(grid.querySelector(`.${kind}`)!);
        return parseFloat(style.borderTopWidth);
      };
      expect(look("gone")).to.be.greaterThan(look("shrank"));
      expect(look("shrank")).to.be.at.least(2 * look("rest"));
      await expect(el).to.be.accessible();
    });

    it("keeps the picture's three kinds apart under forced colours", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview sections="goals" theme="dark"></il2-overview>`,
      );
      const square = (kind: string) =>
        getComputedStyle(shadow(el).querySelector(`[role="img"] .${kind}`)!);
      await inForcedColors(async (systemColor) => {
        const canvasText = systemColor("CanvasText");
        // Drawn in the reader's own text colour, each kind by its border width.
        for (const kind of ["gone", "shrank", "rest"])
          expect(square(kind).borderTopColor, kind).to.equal(canvasText);
        const width = (kind: string) => parseFloat(square(kind).borderTopWidth);
        expect(width("gone")).to.be.at.least(6);
        expect(width("shrank")).to.equal(3);
        expect(width("rest")).to.equal(1);
        await expect(el).to.be.accessible({ ignoredRules: ["color-contrast"] });
      });
    });

    it("prints the key points and the picture, its squares in black", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview theme="dark"></il2-overview>`,
      );
      await emulateMedia({ media: "print" });
      expect(
        shadow(el)
          .querySelector<HTMLElement>('[part="key-points"]')!
          .checkVisibility(),
      ).to.equal(true);
      expect(
        shadow(el)
          .querySelector<HTMLElement>('[part="outcomes"]')!
          .checkVisibility(),
      ).to.equal(true);
      const gone = getComputedStyle(
        shadow(el).querySelector('[role="img"] .gone')!,
      );
      expect(gone.backgroundColor).to.equal("rgb(0, 0, 0)");
      expect(gone.printColorAdjust).to.equal("exact");
    });

    it("ends with the question to ask the care team, and a button that adds it to the list (Q3)", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview></il2-overview>`,
      );
      const body = shadow(el).querySelector('[part="body"]')!;
      expect(
        body.lastElementChild?.textContent?.replace(/\s+/g, " ").trim(),
      ).to.match(
        /^To find out if IL-2 could fit you, ask your care team this question: Would IL-2 be a good choice for the melanoma I have\? Add this to my questions$/,
      );
    });

    it("ends with both marks' notes, its review record and its sources with the study, and sends the reader to the care team (F28)", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview></il2-overview>`,
      );
      const footer = shadow(el).querySelector('[part="footer"]')!.textContent;
      expect(footer)
        .to.match(
          /"Official FDA information" marks facts from the prescribing information/,
        )
        .and.match(
          /"From the melanoma studies" marks numbers from the studies that led to the 1998 approval/,
        );
      expect(shadow(el).querySelector('[part="source"]')?.textContent).to.match(
        /^Checked against its sources: \w+ \d+, \d{4}\. Next review: \w+ \d+, \d{4}\. Sources: Melanoma Research Alliance, patient page on IL-2, last updated August 2021; PROLEUKIN prescribing information, revised February 2024; Atkins and others, Journal of Clinical Oncology, 1999 \(the melanoma studies\)\.$/,
      );
      expect(
        shadow(el).querySelector('[part="care-note"]')?.textContent,
      ).to.match(/Talk with your care team/);
    });

    it("reads at US grade 6 or below (Flesch–Kincaid, issue 23's measure)", async () => {
      const el = await fixture<Il2Overview>(
        html`<il2-overview></il2-overview>`,
      );
      const { value } = await readingLevel(visibleText(el), "en");
      expect(value).to.be.at.most(6);
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
        "What IL-2 can do, and its risks",
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
            "What IL-2 can do, and its risks",
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
