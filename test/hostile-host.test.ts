// Every widget on a hostile host page: Bootstrap 5's CSS plus the kind of global rules CMS themes
// ship (10px root, uppercase, wide letter-spacing, italics, crushed line height, content-box
// everywhere, restyled buttons, inputs and links). Inherited styles do cross shadow roots, so each
// card must reset them; the reader still gets plain, full-size, well-spaced text and 44px targets.
import { expect, fixture, html } from "@open-wc/testing";
import type { TemplateResult } from "lit";
import "../src/overview/define.js";
import "../src/schedule/define.js";
import "../src/side-effects/define.js";
import "../src/self-check/define.js";
import "../src/questions/define.js";
import "../src/assistance/define.js";
import "../src/resources/define.js";
import "../src/guide/define.js";
import { shadow } from "./helpers.js";

const HOSTILE_CSS = `
  html { font-size: 10px !important; }
  body { font-size: 1.1rem; }
  * {
    text-transform: uppercase;
    letter-spacing: 0.2em;
    word-spacing: 1.5em;
    font-style: italic;
    font-variant: small-caps;
    line-height: 0.8;
    text-indent: 3em;
    text-align: justify;
    text-shadow: 1px 1px 2px #999;
  }
  * { box-sizing: content-box !important; }
  p, li, label, span { font-size: 0.9rem; }
  h1, h2, h3, h4, h5, h6 { font-size: 1rem; letter-spacing: 0.5em; }
  button, input, textarea, select { font-size: 8px; padding: 0; min-height: 0; height: 12px; line-height: 0.5; text-transform: uppercase; }
  a { font-size: 9px; text-decoration: none; letter-spacing: 0.4em; }
  [class*='il2'], il2-overview, il2-schedule, il2-side-effects, il2-self-check, il2-doctor-questions, il2-assistance, il2-resources, il2-guide {
    font-size: 9px;
    line-height: 0.7;
  }
`;

const PROGRAM = "https://example.org/assistance";

const WIDGETS: {
  name: string;
  template: () => TemplateResult;
  prepare?: (el: HTMLElement) => Promise<void>;
}[] = [
  { name: "il2-overview", template: () => html`<il2-overview></il2-overview>` },
  {
    name: "il2-overview (collapsible, one section open)",
    template: () => html`<il2-overview collapsible></il2-overview>`,
    prepare: async (el) => {
      shadow(el).querySelector<HTMLButtonElement>("button.toggle")!.click();
      await (el as HTMLElement & { updateComplete: Promise<unknown> })
        .updateComplete;
    },
  },
  {
    name: "il2-schedule (with dates)",
    template: () =>
      html`<il2-schedule
        start-date="2027-03-08"
        .today=${"2027-03-09"}
      ></il2-schedule>`,
  },
  {
    name: "il2-side-effects (the host's numbers and contact details)",
    template: () =>
      html`<il2-side-effects
        care-team-phone="(555) 010-0100"
        care-team-hours="Monday to Friday, 8 a.m. to 5 p.m."
        ><p slot="contact">Oncology unit, 4th floor.</p></il2-side-effects
      >`,
  },
  {
    name: "il2-self-check (feedback and a note)",
    template: () => html`<il2-self-check></il2-self-check>`,
    prepare: async (el) => {
      shadow(el).querySelector<HTMLInputElement>("#where-0")!.click();
      shadow(el).querySelector<HTMLButtonElement>("#where-check")!.click();
      shadow(el).querySelector<HTMLButtonElement>("#how-ask")!.click();
      await (el as HTMLElement & { updateComplete: Promise<unknown> })
        .updateComplete;
    },
  },
  {
    name: "il2-doctor-questions (notes open)",
    template: () => html`<il2-doctor-questions></il2-doctor-questions>`,
    prepare: async (el) => {
      shadow(el)
        .querySelector<HTMLButtonElement>("button.notes-toggle")!
        .click();
      await (el as HTMLElement & { updateComplete: Promise<unknown> })
        .updateComplete;
    },
  },
  {
    name: "il2-assistance (link and contact)",
    template: () =>
      html`<il2-assistance program-href=${PROGRAM}
        ><p slot="contact">
          Ana Ruiz, financial counselor, 555-0100
        </p></il2-assistance
      >`,
  },
  {
    name: "il2-resources (links)",
    template: () =>
      html`<il2-resources
        treatments-href="https://example.org/t"
        adjuvant-href="https://example.org/a"
        research-href="https://example.org/r"
      ></il2-resources>`,
  },
  { name: "il2-guide", template: () => html`<il2-guide></il2-guide>` },
];

/** Every element matching `selector` in `root`'s shadow tree and the shadow trees inside it. */
function deepQuery(root: Element, selector: string): HTMLElement[] {
  const found: HTMLElement[] = [];
  const walk = (node: ShadowRoot) => {
    found.push(...node.querySelectorAll<HTMLElement>(selector));
    for (const child of node.querySelectorAll("*"))
      if (child.shadowRoot) walk(child.shadowRoot);
  };
  walk(shadow(root));
  return found.filter(
    (element) =>
      element.checkVisibility() && element.getClientRects().length > 0,
  );
}

const describeElement = (element: Element) =>
  `<${element.localName}${element.className ? ` class="${String(element.className)}"` : ""}> "${(element.textContent ?? "").trim().slice(0, 40)}"`;

/** Waits for every card inside (the guide holds five) to finish rendering. */
async function settled(el: HTMLElement): Promise<void> {
  const pending = [el, ...deepQuery(el, "*")]
    .map(
      (node) => (node as { updateComplete?: Promise<unknown> }).updateComplete,
    )
    .filter((promise) => promise !== undefined);
  await Promise.all(pending);
}

describe("on a hostile host page (Bootstrap 5 plus aggressive global CSS)", () => {
  let link: HTMLLinkElement;
  let style: HTMLStyleElement;

  before(async () => {
    link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = "/node_modules/bootstrap/dist/css/bootstrap.min.css";
    const loaded = new Promise((resolve, reject) => {
      link.addEventListener("load", resolve);
      link.addEventListener("error", () =>
        reject(new Error("Bootstrap CSS did not load")),
      );
    });
    document.head.append(link);
    await loaded;
    style = document.createElement("style");
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
  });

  after(() => {
    link.remove();
    style.remove();
  });

  it("really is hostile: Bootstrap and the global rules apply to the page", () => {
    const probe = document.createElement("p");
    probe.textContent = "Probe";
    document.body.append(probe);
    try {
      const computed = getComputedStyle(probe);
      expect(getComputedStyle(document.documentElement).fontSize).to.equal(
        "10px",
      );
      expect(computed.textTransform).to.equal("uppercase");
      expect(computed.fontStyle).to.equal("italic");
      expect(computed.boxSizing).to.equal("content-box");
      // Bootstrap's reboot: its own custom property is defined on the page.
      expect(
        getComputedStyle(document.documentElement).getPropertyValue(
          "--bs-body-font-family",
        ),
      ).to.not.equal("");
    } finally {
      probe.remove();
    }
  });

  for (const widget of WIDGETS) {
    describe(`<${widget.name}>`, () => {
      let el: HTMLElement;

      beforeEach(async () => {
        el = await fixture<HTMLElement>(widget.template());
        await settled(el);
        await widget.prepare?.(el);
        await settled(el);
      });

      it("shows every piece of text upright, unspaced, in normal case", () => {
        const texts = deepQuery(
          el,
          "p, li, label, span, a, h1, h2, h3, h4, h5, h6, button, input, textarea, summary, dt, dd",
        );
        expect(texts.length).to.be.greaterThan(5);
        for (const element of texts) {
          const computed = getComputedStyle(element);
          const name = describeElement(element);
          expect(computed.textTransform, name).to.equal("none");
          expect(computed.letterSpacing, name).to.equal("normal");
          expect(computed.wordSpacing, name).to.equal("0px");
          expect(computed.fontStyle, name).to.equal("normal");
          expect(computed.fontVariantCaps, name).to.equal("normal");
          expect(computed.textIndent, name).to.equal("0px");
          expect(computed.textShadow, name).to.equal("none");
          expect(computed.textAlign, name).to.not.equal("justify");
        }
      });

      it("keeps body text at 16px or more with a line height of at least 1.4", () => {
        const bodyText = deepQuery(
          el,
          ".lede, .body p, .body li, .body label, .body dd, .body textarea",
        );
        expect(bodyText.length).to.be.greaterThan(0);
        for (const element of bodyText) {
          const computed = getComputedStyle(element);
          const size = parseFloat(computed.fontSize);
          const name = describeElement(element);
          expect(size, `${name} font size`).to.be.at.least(16);
          expect(
            parseFloat(computed.lineHeight) / size,
            `${name} line height`,
          ).to.be.at.least(1.4);
        }
      });

      it("keeps headings at least as large as body text", () => {
        const headings = deepQuery(el, "h1, h2, h3, h4, h5, h6");
        expect(headings.length).to.be.greaterThan(0);
        for (const element of headings) {
          expect(
            parseFloat(getComputedStyle(element).fontSize),
            describeElement(element),
          ).to.be.at.least(16);
        }
      });

      it("keeps every control at least 44px tall and wide", () => {
        const controls = deepQuery(
          el,
          'button, a[href], input:not([type="checkbox"], [type="radio"]), textarea, select',
        );
        // A check box or radio button is small on purpose: its whole label row is the target.
        const checkBoxes = deepQuery(
          el,
          'input[type="checkbox"], input[type="radio"]',
        ).map((box) => box.closest("label") ?? box);
        for (const control of [...controls, ...checkBoxes]) {
          const { width, height } = control.getBoundingClientRect();
          const name = describeElement(control);
          expect(height, `${name} height`).to.be.at.least(44);
          expect(width, `${name} width`).to.be.at.least(44);
        }
      });

      it("passes the accessibility audit", async () => {
        await expect(el).to.be.accessible();
      });
    });
  }
});
