// The project standard, checked the same way for every widget: registration, heading levels,
// themes, forced colours, reduced motion, fluid layout, visible focus, print, theming through
// custom properties and parts, hostile inherited styles, and language. Each widget's own test file
// covers what is particular to it; this file keeps the seven from drifting apart.
import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { render, type TemplateResult } from "lit";
import "../src/overview/define.js";
import "../src/schedule/define.js";
import "../src/side-effects/define.js";
import "../src/self-check/define.js";
import "../src/questions/define.js";
import "../src/assistance/define.js";
import "../src/resources/define.js";
import "../src/guide/define.js";
import "../src/locales/es.js";
import { Il2Overview } from "../src/overview/overview.js";
import { Il2Schedule } from "../src/schedule/schedule.js";
import { Il2SideEffects } from "../src/side-effects/side-effects.js";
import { Il2SelfCheck } from "../src/self-check/self-check.js";
import { Il2DoctorQuestions } from "../src/questions/doctor-questions.js";
import { Il2Assistance } from "../src/assistance/assistance.js";
import { Il2Resources } from "../src/resources/resources.js";
import { Il2Guide } from "../src/guide/guide.js";
import { defineElement } from "../src/shared/define-element.js";
import { forgetWarnings } from "../src/shared/warn.js";
import {
  $,
  ALL_TAGS,
  expectWarning,
  inForcedColors,
  shadow,
  warnings,
  emulateMedia,
  sendKeys,
} from "./helpers.js";

// ── The widgets ─────────────────────────────────────────────────────────────────────────────

interface Widget {
  tag: string;
  elementClass: CustomElementConstructor;
  /** The widget in a typical rich state: controls, links, sections and today's place shown. */
  template: () => TemplateResult;
  /** Brings the widget to that state once it has rendered (opens a section, fills a slot…). */
  ready?: (el: HTMLElement) => Promise<void>;
  /** The first control Tab reaches, in the widget's own shadow root. */
  firstControl: string;
  /** An element painted in the accent colour, and the property that shows it. */
  accent: { selector: string; property: "color" | "borderInlineStartColor" };
  /** The part that holds the widget's own title. */
  titlePart: string;
  /** The ::part names a host can style (from the JSDoc header). */
  parts: readonly string[];
  /** Buttons that print on purpose (each entry says why); no other control may print. */
  printedButtons?: string;
}

/** Parts every card's frame (Il2Card.renderCard) documents. */
const CARD_PARTS = ["card", "title", "body", "footer", "care-note", "source"];

const WIDGETS: readonly Widget[] = [
  {
    tag: "il2-overview",
    elementClass: Il2Overview,
    template: () => html`<il2-overview collapsible></il2-overview>`,
    ready: async (el) => {
      $<HTMLButtonElement>(el, "button.toggle")!.click();
      await (el as Il2Overview).updateComplete;
    },
    firstControl: ".toolbar button",
    accent: { selector: ".section", property: "borderInlineStartColor" },
    titlePart: "title",
    parts: [...CARD_PARTS, "key-points", "outcomes", "ask"],
    // The section toggles are the section headings (<h3><button>…</button></h3>): on paper they
    // print as plain headings, chevron hidden (disclosure-styles.ts), over their opened panels.
    printedButtons: ".toggle",
  },
  {
    tag: "il2-schedule",
    elementClass: Il2Schedule,
    template: () =>
      html`<il2-schedule
        start-date="2027-03-08"
        dose-times="06:00,14:00,22:00"
        .today=${"2027-03-10"}
      ></il2-schedule>`,
    firstControl: "input#start-date",
    accent: { selector: ".phase", property: "borderInlineStartColor" },
    titlePart: "title",
    parts: [...CARD_PARTS, "key"],
  },
  {
    tag: "il2-side-effects",
    elementClass: Il2SideEffects,
    // The host's numbers (tel: links), hours and contact details: every part on show.
    template: () =>
      html`<il2-side-effects
        care-team-phone="(555) 010-0100"
        care-team-hours="Monday to Friday, 8 a.m. to 5 p.m."
        after-hours-phone="555-010-0199"
        ><p slot="contact">Oncology unit, 4th floor.</p></il2-side-effects
      >`,
    ready: (el) =>
      waitUntil(
        () => $(el, '[part="contact"]')!.checkVisibility(),
        "contact details shown",
      ),
    firstControl: 'a[part="phone"]',
    accent: { selector: ".section", property: "borderInlineStartColor" },
    titlePart: "title",
    parts: [
      ...CARD_PARTS,
      "key-points",
      "section",
      "section-title",
      "label-tag",
      "tell-nurse",
      "at-home",
      "emergency",
      "phone",
      "contact",
      "contact-title",
      "actions",
      "button",
    ],
  },
  {
    tag: "il2-self-check",
    elementClass: Il2SelfCheck,
    template: () => html`<il2-self-check></il2-self-check>`,
    // Feedback on show: a missed answer (with Try again) and a right one.
    ready: async (el) => {
      $<HTMLInputElement>(el, "#where-0")!.click();
      $<HTMLButtonElement>(el, "#where-check")!.click();
      $<HTMLInputElement>(el, "#how-0")!.click();
      $<HTMLButtonElement>(el, "#how-check")!.click();
      await (el as Il2SelfCheck).updateComplete;
    },
    firstControl: 'input[type="radio"]',
    accent: { selector: ".question", property: "borderInlineStartColor" },
    titlePart: "title",
    parts: [
      ...CARD_PARTS,
      "save-note",
      "question",
      "section-title",
      "choice",
      "actions",
      "feedback",
      "ask-note",
      "answers",
    ],
  },
  {
    tag: "il2-doctor-questions",
    elementClass: Il2DoctorQuestions,
    template: () =>
      html`<il2-doctor-questions
        .questions=${["Can someone stay with me in the hospital?"]}
      ></il2-doctor-questions>`,
    ready: async (el) => {
      $<HTMLInputElement>(el, "input.check")!.click();
      $<HTMLButtonElement>(el, "button.notes-toggle")!.click();
      await (el as Il2DoctorQuestions).updateComplete;
    },
    firstControl: "input.check",
    accent: { selector: ".question.asked", property: "borderInlineStartColor" },
    titlePart: "title",
    parts: CARD_PARTS,
  },
  {
    tag: "il2-assistance",
    elementClass: Il2Assistance,
    template: () =>
      html`<il2-assistance program-href="https://example.org/assistance"
        ><p slot="contact">
          Ana Ruiz, financial counselor, 555-0100
        </p></il2-assistance
      >`,
    // The contact tile appears once the card has seen its slot filled.
    ready: (el) =>
      waitUntil(
        () => $(el, '[part="contact"]')!.checkVisibility(),
        "contact details shown",
      ),
    // The link to the maker's program sits in the second step, before the question's button.
    firstControl: "a.link",
    accent: { selector: "a.link", property: "color" },
    titlePart: "title",
    parts: [...CARD_PARTS, "steps", "ask"],
  },
  {
    tag: "il2-resources",
    elementClass: Il2Resources,
    template: () =>
      html`<il2-resources
        treatments-href="https://example.org/treatments"
        adjuvant-href="https://example.org/adjuvant"
        research-href="https://example.org/research"
      ></il2-resources>`,
    // The first topic's question for the care team comes before its link.
    firstControl: "button.ask-button",
    accent: { selector: ".topic", property: "borderInlineStartColor" },
    titlePart: "title",
    parts: [...CARD_PARTS, "ask"],
  },
  {
    tag: "il2-guide",
    elementClass: Il2Guide,
    template: () => html`<il2-guide></il2-guide>`,
    firstControl: "nav a",
    accent: { selector: ".contents a", property: "color" },
    // The guide is a frame of cards: its own title is `guide-title`, its box `guide`, and its one
    // footer (`footer`, `care-note`, `source`); `card`, `title`, `body` are each inner card's,
    // forwarded with exportparts (guide.ts).
    titlePart: "guide-title",
    parts: ["guide", "guide-title", "contents", ...CARD_PARTS],
  },
];

// ── Helpers particular to this file ─────────────────────────────────────────────────────────

/** Every element in a shadow tree, the shadow roots of nested cards included (the guide). */
function deepElements(root: ShadowRoot): HTMLElement[] {
  const all: HTMLElement[] = [];
  for (const element of root.querySelectorAll<HTMLElement>("*")) {
    all.push(element);
    if (element.shadowRoot) all.push(...deepElements(element.shadowRoot));
  }
  return all;
}

/** The widget's card box, then (in the guide) each inner card's. */
const cardFrames = (el: HTMLElement) =>
  deepElements(shadow(el)).filter((element) =>
    element.classList.contains("card"),
  );

const card = (el: HTMLElement) => $(el, ".card")!;

const titleOf = (el: HTMLElement, widget: Widget) =>
  $(el, `[part~="${widget.titlePart}"]`)!;

/** The first body (for the guide, the first inner card's). */
const bodyOf = (el: HTMLElement) =>
  deepElements(shadow(el)).find((element) => element.part.contains("body"))!;

type Lit = HTMLElement & { updateComplete: Promise<boolean> };
const isLit = (element: Element): element is Lit => "updateComplete" in element;

interface MountOptions {
  /** Attributes set before the widget connects, as a page would write them. */
  attributes?: Record<string, string>;
  /** Width of the container, in px. */
  width?: number;
  /** Inline style of the container the widget inherits from. */
  parentStyle?: string;
}

/** Puts the widget in its rich state on the page and waits until it and any inner card have rendered. */
async function mount(
  widget: Widget,
  { attributes = {}, width, parentStyle = "" }: MountOptions = {},
): Promise<HTMLElement> {
  const holder = document.createElement("div");
  render(widget.template(), holder);
  const element = holder.firstElementChild as HTMLElement;
  for (const [name, value] of Object.entries(attributes))
    element.setAttribute(name, value);
  // The container is the fixture's parent, not a fixture itself (see schedule.test.ts's layout
  // tests); the fixture's clean-up removes it.
  const container = document.createElement("div");
  container.style.cssText = parentStyle;
  if (width) container.style.width = `${width}px`;
  const el = await fixture<HTMLElement>(element, { parentNode: container });
  if (isLit(el)) await el.updateComplete;
  await Promise.all(
    deepElements(shadow(el))
      .filter(isLit)
      .map((inner) => inner.updateComplete),
  );
  await widget.ready?.(el);
  return el;
}

/** Presses Tab once from a button placed just before the widget; returns what has focus. */
async function tabIntoWidget(el: HTMLElement): Promise<Element | null> {
  const before = document.createElement("button");
  before.textContent = "Before the card";
  el.before(before);
  before.focus();
  await sendKeys({ press: "Tab" });
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement)
    active = active.shadowRoot.activeElement;
  return active;
}

/** [r, g, b, alpha] of a computed `rgb()`/`rgba()` colour. */
function channels(color: string): number[] {
  const match = /^rgba?\(([^)]+)\)$/.exec(color);
  if (!match?.[1]) throw new Error(`not an rgb() colour: ${color}`);
  const [r = 0, g = 0, b = 0, alpha = 1] = match[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [r, g, b, alpha];
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = channels(color).map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const isTransparent = (color: string) => channels(color)[3] === 0;

/** The longest of a computed list of durations (`0.15s, 0s`), in seconds. */
const longestSeconds = (durations: string) =>
  Math.max(
    ...durations
      .split(",")
      .map((d) =>
        d.trim().endsWith("ms") ? parseFloat(d) / 1000 : parseFloat(d),
      ),
  );

const describeElement = (element: Element) =>
  `<${element.localName}${element.className ? ` class="${String(element.className)}"` : ""}> ${(element.textContent ?? "").trim().slice(0, 40)}`;

const headingLevel = (element: Element) => Number(element.localName.slice(1));

const resetMedia = () =>
  emulateMedia({
    media: "screen",
    colorScheme: "light",
    reducedMotion: "no-preference",
  });

// ── The standard ────────────────────────────────────────────────────────────────────────────

describe("every widget meets the project standard", () => {
  it("checks every widget of the registry (src/widgets.ts)", () => {
    expect([...new Set(WIDGETS.map((widget) => widget.tag))]).to.deep.equal([
      ...ALL_TAGS,
    ]);
  });

  describe("registering twice", () => {
    for (const widget of WIDGETS) {
      it(`<${widget.tag}> loaded twice on one page throws nothing and tells the developer once`, () => {
        // The warning is once per page, across copies of the library: start from a clean page.
        delete (globalThis as Record<symbol, unknown>)[
          Symbol.for("il2-widgets.warned-about-second-copy")
        ];
        defineElement(widget.tag, widget.elementClass);
        expect(warnings(), "the same class again is silent").to.deep.equal([]);
        class SecondCopy extends widget.elementClass {}
        class ThirdCopy extends widget.elementClass {}
        expect(() => defineElement(widget.tag, SecondCopy)).not.to.throw();
        expect(() => defineElement(widget.tag, ThirdCopy)).not.to.throw();
        expect(expectWarning(/already defined/)).to.equal(1);
        expect(warnings()[0]).to.include(`<${widget.tag}>`);
        expect(customElements.get(widget.tag)).to.equal(widget.elementClass);
      });
    }
  });

  describe("heading-level", () => {
    for (const widget of WIDGETS) {
      for (const level of [1, 2, 3, 4, 5, 6]) {
        it(`<${widget.tag} heading-level="${level}"> fits the page outline: title h${level}, the next headings h${Math.min(level + 1, 6)}, no level skipped`, async () => {
          const el = await mount(widget, {
            attributes: { "heading-level": String(level) },
          });
          const next = Math.min(level + 1, 6);
          const title = titleOf(el, widget);
          expect(title.localName).to.equal(`h${level}`);
          // One level down: the widget's section headings, and (in the guide) each card's title.
          const own = new Set(shadow(el).querySelectorAll("*"));
          const below = deepElements(shadow(el)).filter(
            (element) =>
              (own.has(element) &&
                element.matches(
                  '[part~="section-title"], [part~="contact-title"]',
                )) ||
              (!own.has(element) && element.part.contains("title")),
          );
          expect(below, "headings one level down").to.not.be.empty;
          expect(below.map((h) => h.localName)).to.deep.equal(
            below.map(() => `h${next}`),
          );
          // The whole outline: starts at the title, never above it, never skips a level going down.
          const headings = deepElements(shadow(el)).filter((element) =>
            /^h[1-6]$/.test(element.localName),
          );
          expect(headings[0]).to.equal(title);
          headings.reduce((previous, h) => {
            expect(headingLevel(h), describeElement(h)).to.be.within(
              level,
              previous + 1,
            );
            return headingLevel(h);
          }, level);
          if (level === 1 || level === 6) await expect(el).to.be.accessible();
        });
      }

      it(`<${widget.tag}> falls back to an h2 title, with one warning, for heading-level "0", "7", "2.5", "two", "" and "<h1>"`, async () => {
        for (const bad of ["0", "7", "2.5", "two", "", "<h1>"]) {
          forgetWarnings();
          const before = warnings().length;
          expectWarning(/heading-level=.*using 2/);
          const el = await mount(widget, {
            attributes: { "heading-level": bad },
          });
          expect(titleOf(el, widget).localName, JSON.stringify(bad)).to.equal(
            "h2",
          );
          expect(warnings().length - before, JSON.stringify(bad)).to.equal(1);
        }
      });
    }
  });

  describe("the host page's landmarks", () => {
    for (const widget of WIDGETS) {
      it(`<${widget.tag}> on a page with its own header adds no second banner`, async () => {
        const el = await mount(widget);
        const siteHeader = document.createElement("header");
        siteHeader.textContent = "Hospital name";
        el.before(siteHeader);
        await expect(el.parentElement!).to.be.accessible();
      });
    }
  });

  describe("themes", () => {
    afterEach(resetMedia);

    for (const widget of WIDGETS) {
      it(`<${widget.tag}> reads in light and dark themes`, async () => {
        const dark = await mount(widget, { attributes: { theme: "dark" } });
        await expect(dark).to.be.accessible();
        const light = await mount(widget);
        const lightStyle = getComputedStyle(card(light));
        const darkStyle = getComputedStyle(card(dark));
        expect(darkStyle.backgroundColor).to.not.equal(
          lightStyle.backgroundColor,
        );
        expect(darkStyle.color).to.not.equal(lightStyle.color);
        expect(luminance(lightStyle.backgroundColor)).to.be.above(0.8);
        // Every card box in the dark widget (the guide passes its theme down) is dark, with text
        // that stands out from it.
        for (const frame of cardFrames(dark)) {
          const style = getComputedStyle(frame);
          expect(luminance(style.backgroundColor)).to.be.below(0.05);
          expect(contrast(style.color, style.backgroundColor)).to.be.at.least(
            7,
          );
        }
      });

      it(`<${widget.tag}> with theme="auto" follows the reader's system setting`, async () => {
        await emulateMedia({ colorScheme: "dark" });
        // The fixed themes ignore the system setting: they are what "auto" must match.
        const darkStyle = getComputedStyle(
          card(await mount(widget, { attributes: { theme: "dark" } })),
        );
        const lightStyle = getComputedStyle(card(await mount(widget)));
        const auto = await mount(widget, { attributes: { theme: "auto" } });
        const autoStyle = getComputedStyle(card(auto));
        expect(autoStyle.backgroundColor).to.equal(darkStyle.backgroundColor);
        expect(autoStyle.color).to.equal(darkStyle.color);
        await emulateMedia({ colorScheme: "light" });
        expect(autoStyle.backgroundColor).to.equal(lightStyle.backgroundColor);
        expect(autoStyle.color).to.equal(lightStyle.color);
      });
    }
  });

  describe("forced colours", () => {
    for (const widget of WIDGETS) {
      it(`<${widget.tag}> keeps its text, its border and the keyboard focus ring in the reader's High Contrast colours`, async () => {
        const el = await mount(widget, { attributes: { theme: "dark" } });
        await inForcedColors(async (systemColor) => {
          for (const frame of cardFrames(el)) {
            const style = getComputedStyle(frame);
            expect(style.color).to.equal(systemColor("CanvasText"));
            for (const side of ["Top", "Right", "Bottom", "Left"] as const) {
              expect(style[`border${side}Style`], side).to.not.equal("none");
              expect(
                parseFloat(style[`border${side}Width`]),
                side,
              ).to.be.greaterThan(0);
            }
          }
          const focused = await tabIntoWidget(el);
          // A boolean: a failed comparison of two elements would print the whole DOM.
          expect(
            focused === $(el, widget.firstControl),
            `focus on ${focused?.outerHTML.slice(0, 80)}`,
          ).to.equal(true);
          const ring = getComputedStyle(focused!);
          expect(ring.outlineStyle).to.not.equal("none");
          expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
          expect(ring.outlineColor).to.equal(systemColor("Highlight"));
          // axe reads text colour from -webkit-text-fill-color, which Chromium's getComputedStyle
          // leaves at the theme's colour under forced colours although the text is painted in
          // system colours (see overview.test.ts), so its contrast check gives false alarms here.
          await expect(el).to.be.accessible({
            ignoredRules: ["color-contrast"],
          });
        });
      });
    }
  });

  describe("reduced motion", () => {
    afterEach(resetMedia);

    for (const widget of WIDGETS) {
      it(`<${widget.tag}> does not move for a reader who asks for reduced motion`, async () => {
        await emulateMedia({ reducedMotion: "reduce" });
        const el = await mount(widget);
        const moving: string[] = [];
        for (const element of deepElements(shadow(el)))
          for (const pseudo of [null, "::before", "::after"]) {
            const style = getComputedStyle(element, pseudo);
            const seconds = Math.max(
              longestSeconds(style.transitionDuration),
              longestSeconds(style.animationDuration),
            );
            if (seconds > 0.01)
              moving.push(`${describeElement(element)}${pseudo ?? ""}`);
          }
        expect(moving).to.deep.equal([]);
      });
    }
  });

  describe("fluid layout", () => {
    for (const widget of WIDGETS) {
      for (const width of [280, 1200]) {
        it(`<${widget.tag}> fits a ${width}px container without sideways scrolling`, async () => {
          const el = await mount(widget, { width });
          expect(el.getBoundingClientRect().width).to.equal(width);
          expect(el.scrollWidth).to.be.at.most(el.clientWidth);
          for (const frame of cardFrames(el))
            expect(frame.scrollWidth).to.be.at.most(frame.clientWidth);
          if (width === 280) await expect(el).to.be.accessible();
        });
      }
    }
  });

  describe("visible focus", () => {
    for (const widget of WIDGETS) {
      for (const theme of ["light", "dark"]) {
        it(`<${widget.tag} theme="${theme}"> shows a keyboard user where the focus is`, async () => {
          const el = await mount(widget, { attributes: { theme } });
          const focused = await tabIntoWidget(el);
          // A boolean: a failed comparison of two elements would print the whole DOM.
          expect(
            focused === $(el, widget.firstControl),
            `focus on ${focused?.outerHTML.slice(0, 80)}`,
          ).to.equal(true);
          // :focus, not :focus-visible: WebKit gives :focus-visible to a date field's inner
          // segment, not to the field. What the reader sees is the ring checked below.
          expect(focused!.matches(":focus")).to.equal(true);
          const style = getComputedStyle(focused!);
          const background = getComputedStyle(card(el)).backgroundColor;
          const outline =
            style.outlineStyle !== "none" &&
            parseFloat(style.outlineWidth) >= 2 &&
            !isTransparent(style.outlineColor) &&
            contrast(style.outlineColor, background) >= 3;
          const boxShadow =
            style.boxShadow !== "none" &&
            !isTransparent(style.boxShadow.match(/rgba?\([^)]+\)/)?.[0] ?? "");
          expect(
            outline || boxShadow,
            `outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}, box-shadow ${style.boxShadow}`,
          ).to.equal(true);
        });
      }
    }
  });

  describe("print", () => {
    afterEach(resetMedia);

    for (const widget of WIDGETS) {
      it(`<${widget.tag}> prints in black on white, with nothing to click on the paper`, async () => {
        const el = await mount(widget, { attributes: { theme: "dark" } });
        await emulateMedia({ media: "print" });
        for (const frame of cardFrames(el)) {
          const style = getComputedStyle(frame);
          expect(style.color).to.equal("rgb(0, 0, 0)");
          expect(style.backgroundColor).to.be.oneOf([
            "rgb(255, 255, 255)",
            "rgba(0, 0, 0, 0)",
          ]);
        }
        const controls = deepElements(shadow(el)).filter(
          (element) =>
            element.matches("button, input, textarea, select") &&
            element.checkVisibility(),
        );
        const printed = widget.printedButtons;
        const unexpected = controls.filter(
          (control) => !(printed && control.matches(printed)),
        );
        expect(unexpected.map(describeElement)).to.deep.equal([]);
        // Buttons that print on purpose read as the headings they are: inside one, no chevron.
        for (const button of controls.filter(
          (control) => !unexpected.includes(control),
        )) {
          expect(button.closest("h1, h2, h3, h4, h5, h6")).to.not.equal(null);
          expect(getComputedStyle(button, "::after").display).to.equal("none");
        }
      });
    }
  });

  describe("theming", () => {
    const ACCENT = "rgb(120, 0, 60)";
    const PROBE = "7px";

    for (const widget of WIDGETS) {
      it(`<${widget.tag}> takes the host's accent colour and font through --il2-color-accent and --il2-font-family`, async () => {
        const el = await mount(widget);
        const accented = $(el, widget.accent.selector)!;
        const { property } = widget.accent;
        expect(getComputedStyle(accented)[property]).to.not.equal(ACCENT);
        el.style.setProperty("--il2-color-accent", ACCENT);
        el.style.setProperty("--il2-font-family", "Georgia");
        expect(getComputedStyle(accented)[property]).to.equal(ACCENT);
        for (const frame of cardFrames(el))
          expect(getComputedStyle(frame).fontFamily).to.equal("Georgia");
      });

      it(`<${widget.tag}> lets the host style its parts: ${widget.parts.join(", ")}`, async () => {
        const el = await mount(widget);
        for (const part of widget.parts) {
          // A host rule on the part, with a value nothing else uses, must reach an element of it.
          const style = document.createElement("style");
          style.textContent = `${widget.tag}::part(${part}) { scroll-margin-top: ${PROBE}; }`;
          document.head.append(style);
          try {
            const styled = deepElements(shadow(el)).filter(
              (element) => getComputedStyle(element).scrollMarginTop === PROBE,
            );
            expect(styled, `::part(${part})`).to.not.be.empty;
            for (const element of styled)
              expect(element.part.contains(part), part).to.equal(true);
          } finally {
            style.remove();
          }
        }
      });
    }
  });

  describe("hostile inherited styles", () => {
    const HOSTILE =
      "text-transform: uppercase; letter-spacing: 0.5em; line-height: 0.5; font-style: italic; font-size: 10px";
    // Line height as a multiple of the font size. The title's 1.25 is the design's leading for
    // big headings (card-styles.ts .title); WCAG 1.4.12's 1.5 is about paragraphs, not headings.
    const MIN_LINE_HEIGHT = { title: 1.2, body: 1.3 };

    for (const widget of WIDGETS) {
      it(`<${widget.tag}> in a page with uppercase, wide, italic, crushed 10px text still reads plainly at full size`, async () => {
        const el = await mount(widget, { parentStyle: HOSTILE });
        const body = bodyOf(el);
        const text = body.querySelector("p, li") ?? body;
        for (const [role, element, minimum] of [
          ["title", titleOf(el, widget), MIN_LINE_HEIGHT.title],
          ["body", body, MIN_LINE_HEIGHT.body],
          ["body text", text, MIN_LINE_HEIGHT.body],
        ] as const) {
          const style = getComputedStyle(element);
          expect(style.textTransform, role).to.equal("none");
          expect(style.letterSpacing, role).to.be.oneOf(["normal", "0px"]);
          expect(style.fontStyle, role).to.equal("normal");
          expect(
            parseFloat(style.lineHeight) / parseFloat(style.fontSize),
            `${role} line height`,
          ).to.be.at.least(minimum);
        }
        expect(parseFloat(getComputedStyle(body).fontSize)).to.be.at.least(16);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('lang="es"', () => {
    /** Every title in the widget: its own, then (in the guide) each card's. */
    const titles = (el: HTMLElement, widget: Widget) =>
      deepElements(shadow(el))
        .filter(
          (element) =>
            element.part.contains(widget.titlePart) ||
            element.part.contains("title"),
        )
        .map((element) => element.textContent?.trim());

    for (const widget of WIDGETS) {
      it(`<${widget.tag} lang="es"> shows Spanish and marks it as Spanish`, async () => {
        const spanish = await mount(widget, { attributes: { lang: "es" } });
        await expect(spanish).to.be.accessible();
        const english = await mount(widget);
        const englishTitles = titles(english, widget);
        const spanishTitles = titles(spanish, widget);
        expect(spanishTitles).to.have.length(englishTitles.length);
        expect(
          spanishTitles.filter(
            (title, index) => title === englishTitles[index],
          ),
          "titles still in English",
        ).to.deep.equal([]);
        expect(spanish.lang).to.equal("es");
        expect(spanish.getAttribute("lang")).to.equal("es");
        for (const frame of cardFrames(spanish))
          expect(frame.getAttribute("lang")).to.equal("es");
      });
    }
  });
});
