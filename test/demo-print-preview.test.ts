// The demo's print preview shows each card as the browser prints it: a card given its print rules
// on screen (demo/print-preview.ts) must match, element by element, the same card under real
// print emulation, and must differ from the card on screen (so the check can fail).
import { expect, fixtureSync, html } from "@open-wc/testing";
import "../src/il2-widgets.js";
import {
  printMediaText,
  printRulesText,
  showAsPrinted,
} from "../demo/print-preview.js";
import { ALL_TAGS, emulateMedia } from "./helpers.js";

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** Each element of a card's composed tree (nested cards included), with how it looks. */
function appearance(card: Element): string[] {
  const rows: string[] = [];
  const visit = (root: ShadowRoot, path: string) => {
    for (const element of root.querySelectorAll("*")) {
      const style = getComputedStyle(element);
      const ownText = [...element.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent!.trim())
        .join(" ");
      rows.push(
        [
          `${path}${element.localName}${element.className ? `.${String(element.className)}` : ""}`,
          style.display,
          style.visibility,
          style.color,
          style.backgroundColor,
          style.fontSize,
          style.padding,
          style.borderTopWidth,
          style.marginBlockEnd,
          ownText,
        ].join(" | "),
      );
      if (element.shadowRoot)
        visit(element.shadowRoot, `${path}${element.localName} > `);
    }
  };
  visit(card.shadowRoot!, "");
  return rows;
}

/** Waits for a card and every card inside it to render. */
async function rendered(card: Element): Promise<void> {
  await (card as Updating).updateComplete;
  for (const inner of card.shadowRoot?.querySelectorAll("*") ?? [])
    if (inner.shadowRoot) await rendered(inner);
}

/** Attributes that show each card's print rules at work: dark theme, open parts, dates. */
const ATTRIBUTES: Record<string, Record<string, string>> = {
  "il2-overview": { collapsible: "" },
  "il2-schedule": { "start-date": "2027-03-08" },
};

describe("the demo's print preview", () => {
  afterEach(() => emulateMedia({ media: "screen" }));

  for (const tag of ALL_TAGS) {
    it(`shows <${tag}> as the browser prints it`, async function () {
      // Two copies of a card (the guide holds five) and a style read of each element.
      this.timeout(20_000);
      // fixtureSync: an awaited plain fixture waits for an animation frame, which a background
      // test page may never get.
      const frame = fixtureSync<HTMLElement>(
        html`<div style="width: 739px"></div>`,
      );
      const make = () => {
        const card = document.createElement(tag);
        card.setAttribute("theme", "dark");
        for (const [name, value] of Object.entries(ATTRIBUTES[tag] ?? {}))
          card.setAttribute(name, value);
        frame.append(card);
        return card;
      };
      const preview = make();
      const printed = make();
      await showAsPrinted(preview);
      await rendered(printed);
      const previewRows = appearance(preview);
      const onScreen = appearance(printed);
      await emulateMedia({ media: "print" });
      const onPaper = appearance(printed);
      expect(onPaper, "print differs from screen").not.to.deep.equal(onScreen);
      expect(previewRows).to.deep.equal(onPaper);
    });
  }

  it("leaves the cards on the page as they are", async () => {
    const frame = fixtureSync<HTMLElement>(html`<div></div>`);
    const other = document.createElement("il2-resources");
    const preview = document.createElement("il2-resources");
    frame.append(other, preview);
    await rendered(other);
    const before = appearance(other);
    await showAsPrinted(preview);
    expect(appearance(other)).to.deep.equal(before);
    expect(appearance(preview)).not.to.deep.equal(before);
  });

  describe("reading media queries as paper does", () => {
    const cases: [string, string | null][] = [
      ["print", ""],
      ["only print", ""],
      ["all", ""],
      ["screen", null],
      ["only screen and (min-width: 40em)", null],
      ["not print", null],
      ["not screen", ""],
      ["print and (min-width: 5in)", "(min-width: 5in)"],
      ["(forced-colors: active)", "(forced-colors: active)"],
      [
        "screen, (prefers-reduced-motion: reduce)",
        "(prefers-reduced-motion: reduce)",
      ],
      ["screen, print", ""],
      ["not print and (color)", "not all and (color)"],
    ];
    for (const [media, expected] of cases)
      it(`@media ${media} → ${expected === null ? "left out" : expected || "always"}`, () => {
        expect(printMediaText(media)).to.equal(expected);
      });

    it("unwraps print rules, drops screen rules and keeps the rest, nested too", () => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`
        p { color: red; }
        @media print { p { color: black; } }
        @media screen { p { color: blue; } }
        @container (min-width: 300px) { @media print { p { margin: 0px; } } }
        @media (forced-colors: active) { p { color: CanvasText; } }
      `);
      const text = printRulesText(sheet.cssRules)
        .replace(/\s+/g, " ")
        .toLowerCase();
      expect(text).to.contain("p { color: red; }");
      expect(text).to.contain("p { color: black; }");
      expect(text).not.to.contain("blue");
      expect(text).to.match(
        /@container \(min-width: 300px\) \{ p \{ margin: 0px; \} \}/,
      );
      expect(text).to.contain(
        "@media (forced-colors: active) { p { color: canvastext; } }",
      );
    });
  });
});
