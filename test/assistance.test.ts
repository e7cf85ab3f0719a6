import {
  expect,
  fixture,
  fixtureSync,
  html,
  waitUntil,
} from "@open-wc/testing";
import "../src/assistance/define.js";
import type { Il2Assistance } from "../src/assistance/assistance.js";
import {
  expectWarning,
  readingLevel,
  resourceUrls,
  shadow,
  visibleText,
  warnings,
  sendKeys,
} from "./helpers.js";

const PROGRAM = "https://www.example.org/patient-assistance";

const link = (el: Il2Assistance) =>
  shadow(el).querySelector<HTMLAnchorElement>('a[part="link"]');
const contactBox = (el: Il2Assistance) =>
  shadow(el).querySelector<HTMLElement>('[part="contact"]')!;
const contactShown = (el: Il2Assistance) => contactBox(el).checkVisibility();
/** The first step, whatever the host sets: whom to ask. */
const FALLBACK =
  /Ask your care team or your hospital's financial counselor what help there is/;
const steps = (el: Il2Assistance) =>
  [...shadow(el).querySelectorAll('[part="steps"] > li')].map((li) =>
    li.textContent.replace(/\s+/g, " ").trim(),
  );

/** Resolves once the card has reacted to its contact slot being filled or emptied. */
async function contactSettled(
  el: Il2Assistance,
  shown: boolean,
): Promise<void> {
  await waitUntil(
    () => contactShown(el) === shown,
    `contact should be ${shown ? "shown" : "hidden"}`,
  );
}

/** The card's print-only CSS text. */
const printCss = (el: Il2Assistance) =>
  [...shadow(el).adoptedStyleSheets]
    .flatMap((sheet) => [...sheet.cssRules])
    .filter(
      (rule) => rule instanceof CSSMediaRule && rule.conditionText === "print",
    )
    .map((rule) => rule.cssText)
    .join("\n");

describe("<il2-assistance>", () => {
  describe("by default (no program link, no contact details)", () => {
    it("explains patient assistance programs and tells the reader whom to ask (F24)", async () => {
      const el = await fixture<Il2Assistance>(
        html`<il2-assistance></il2-assistance>`,
      );
      expect(
        shadow(el).querySelector('h2[part="title"]')?.textContent?.trim(),
      ).to.equal("Help paying for IL-2");
      const text = visibleText(el);
      // The main message first, then what the programs are for (F24).
      expect(shadow(el).querySelector(".lede")?.textContent?.trim()).to.match(
        /^Worried about the cost of IL-2\? There is help\./,
      );
      expect(text).to.match(/Patient assistance programs are meant to help/); // F24
      expect(text).to.match(
        /get the treatment you need, however much money you have/,
      ); // F24
      expect(text).to.match(
        /The company that makes IL-2 has a program like this/,
      ); // F24: the maker has one
      expect(text).to.match(/There are other kinds of help, too/); // F24: other options
      // L17: today's maker, marked as from the prescribing information.
      expect(text).to.match(
        /Official FDA information: Since 2023, a company called Iovance Biotherapeutics has made and sold PROLEUKIN\./,
      );
      // Numbered steps: whom to ask, the maker's program, other help (no link without the host's).
      expect(shadow(el).querySelector('[part="steps"]')?.localName).to.equal(
        "ol",
      );
      expect(steps(el)).to.deep.equal([
        "Ask your care team or your hospital's financial counselor what help there is. A financial counselor is someone at the hospital who helps with the cost of care.",
        "Ask about the program from the maker of IL-2.",
        "Ask about other kinds of help, too.",
      ]);
      expect(text).not.to.match(/read about it yourself/);
      expect(link(el)).to.equal(null);
      // The question to take to the care team, with its button.
      expect(
        shadow(el)
          .querySelector('[part="ask"] .ask-question')
          ?.textContent?.trim(),
      ).to.equal("Where can I get help paying for IL-2?");
      expect(
        shadow(el)
          .querySelector<HTMLButtonElement>('[part="ask"] button')
          ?.textContent?.trim(),
      ).to.equal("Add this to my questions");
      // The footer explains the mark.
      expect(shadow(el).querySelector('[part="footer"]')?.textContent).to.match(
        /"Official FDA information" marks facts from the prescribing information/,
      );
      await expect(el).to.be.accessible();
    });

    it("invents no web address, phone number or program name", async () => {
      const el = await fixture<Il2Assistance>(
        html`<il2-assistance></il2-assistance>`,
      );
      expect(shadow(el).querySelectorAll("a")).to.have.length(0);
      expect(visibleText(el)).not.to.match(
        /https?:|www\.|\.com|\.org|\d{3}[-.\s]\d{4}/,
      );
    });

    it("hides the contact heading while nothing is slotted", async () => {
      const el = await fixture<Il2Assistance>(
        html`<il2-assistance></il2-assistance>`,
      );
      expect(contactShown(el)).to.equal(false);
      expect(visibleText(el)).not.to.match(/Where to get help with costs/);
    });

    it("ends with its review record and sources, and asks the reader to talk with the care team (F28)", async () => {
      const el = await fixture<Il2Assistance>(
        html`<il2-assistance></il2-assistance>`,
      );
      expect(shadow(el).querySelector('[part="source"]')?.textContent).to.match(
        /Checked against its sources: \w+ \d+, \d{4}\. Next review: \w+ \d+, \d{4}\. Sources: Melanoma Research Alliance, patient page on IL-2, last updated August 2021; PROLEUKIN prescribing information, revised February 2024\./,
      );
      expect(
        shadow(el).querySelector('[part="care-note"]')?.textContent,
      ).to.match(/Talk with your care team/);
    });

    it("reads at US grade 6 or below (Flesch–Kincaid, issue 23's measure), with or without the link", async () => {
      const plain = await fixture<Il2Assistance>(
        html`<il2-assistance></il2-assistance>`,
      );
      const linked = await fixture<Il2Assistance>(
        html`<il2-assistance program-href=${PROGRAM}></il2-assistance>`,
      );
      expect(
        (await readingLevel(visibleText(plain), "en")).value,
      ).to.be.at.most(6);
      expect(
        (await readingLevel(visibleText(linked), "en")).value,
      ).to.be.at.most(6);
    });

    it("makes no network request, even with a link and contact details", async () => {
      const before = resourceUrls().length;
      const el = await fixture<Il2Assistance>(
        html`<il2-assistance program-href=${PROGRAM} theme="dark"
          ><p slot="contact">Ana Ruiz, Room 2</p></il2-assistance
        >`,
      );
      await contactSettled(el, true);
      expect(resourceUrls().slice(before)).to.deep.equal([]);
    });
  });

  describe("with a program-href", () => {
    it("links to the maker’s program with text that makes sense on its own, in the same tab", async () => {
      const el = await fixture<Il2Assistance>(
        html`<il2-assistance program-href=${PROGRAM}></il2-assistance>`,
      );
      const a = link(el)!;
      expect(a.getAttribute("href")).to.equal(PROGRAM);
      expect(a.textContent?.replace(/\s+/g, " ").trim()).to.equal(
        "Learn about the patient assistance program from Iovance Biotherapeutics, the maker of IL-2 (example.org)",
      );
      expect(a.hasAttribute("target")).to.equal(false);
      expect(a.rel).to.equal("noopener noreferrer");
      // The link sits in the second step, after its lead; the other steps stay.
      expect(steps(el)).to.have.length(3);
      expect(steps(el)[1]).to.match(
        /^Ask about the program from the maker of IL-2\. You can also read about it yourself: Learn about the patient assistance program/,
      );
      expect(a.closest("li")).to.equal(
        shadow(el).querySelectorAll('[part="steps"] > li')[1],
      );
      expect(visibleText(el)).to.match(FALLBACK);
      await expect(el).to.be.accessible();
    });

    it("accepts plain http and normalises the address", async () => {
      const el = await fixture<Il2Assistance>(
        html`<il2-assistance
          program-href="  HTTP://Example.org/Help  "
        ></il2-assistance>`,
      );
      expect(link(el)?.getAttribute("href")).to.equal(
        "http://example.org/Help",
      );
    });

    it("follows later changes, and goes back to the ask-your-team text when removed", async () => {
      const el = await fixture<Il2Assistance>(
        html`<il2-assistance></il2-assistance>`,
      );
      el.setAttribute("program-href", PROGRAM);
      await el.updateComplete;
      expect(link(el)?.href).to.equal(PROGRAM);
      el.programHref = "https://example.net/other";
      await el.updateComplete;
      expect(link(el)?.href).to.equal("https://example.net/other");
      el.removeAttribute("program-href");
      await el.updateComplete;
      expect(link(el)).to.equal(null);
      expect(visibleText(el)).to.match(FALLBACK);
    });

    it("is reachable by keyboard, with a visible focus ring and a 44px target", async () => {
      const el = await fixture<Il2Assistance>(
        html`<il2-assistance program-href=${PROGRAM}></il2-assistance>`,
      );
      await sendKeys({ press: "Tab" });
      expect(shadow(el).activeElement).to.equal(link(el));
      const style = getComputedStyle(link(el)!);
      expect(style.outlineStyle).to.equal("solid");
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(link(el)!.getBoundingClientRect().height).to.be.at.least(44);
    });

    it("prints the address after the link text", async () => {
      const el = await fixture<Il2Assistance>(
        html`<il2-assistance program-href=${PROGRAM}></il2-assistance>`,
      );
      expect(printCss(el)).to.match(
        /a\[href\]::after\s*\{\s*content:\s*(["'])\s\(\1 attr\(href\) \1\)\1/,
      );
    });
  });

  describe("with a refused program-href", () => {
    const refused = [
      "javascript:alert(1)",
      " javascript:alert(1)",
      "java\tscript:alert(1)",
      "JAVASCRIPT:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "/financial-help",
      "//example.org/help",
      "https://trusted.example@other.example/",
      "<img src=x onerror=alert(1)>",
      `https://example.org/${"x".repeat(100_000)}`,
    ];
    for (const value of refused) {
      it(`shows no link, keeps the ask-your-team text and warns once for ${JSON.stringify(value.slice(0, 40))}`, async () => {
        expectWarning(
          /<il2-assistance> program-href=.*showing the text without a link/,
        );
        const el = await fixture<Il2Assistance>(
          html`<il2-assistance program-href=${value}></il2-assistance>`,
        );
        await fixture(
          html`<il2-assistance program-href=${value}></il2-assistance>`,
        );
        expect(shadow(el).querySelectorAll("a")).to.have.length(0);
        expect(shadow(el).querySelector("img")).to.equal(null);
        expect(visibleText(el)).to.match(FALLBACK);
        expect(warnings()).to.have.length(1);
        expect(warnings()[0]!.length).to.be.below(300);
      });
    }

    it("stays accessible", async () => {
      expectWarning(/program-href=/);
      const el = await fixture<Il2Assistance>(
        html`<il2-assistance
          program-href="javascript:alert(1)"
        ></il2-assistance>`,
      );
      await expect(el).to.be.accessible();
    });

    it("drops an accepted link when a refused value replaces it", async () => {
      expectWarning(/program-href=/);
      const el = await fixture<Il2Assistance>(
        html`<il2-assistance program-href=${PROGRAM}></il2-assistance>`,
      );
      el.programHref = "javascript:alert(1)";
      await el.updateComplete;
      expect(link(el)).to.equal(null);
      expect(warnings()).to.have.length(1);
    });

    it("treats an empty value as not set, without a warning", async () => {
      const el = await fixture<Il2Assistance>(
        html`<il2-assistance program-href=""></il2-assistance>`,
      );
      expect(link(el)).to.equal(null);
      expect(visibleText(el)).to.match(FALLBACK);
      expect(warnings()).to.deep.equal([]);
    });
  });

  describe("contact slot", () => {
    it("shows the host’s contact details under a heading at the next level", async () => {
      const el = await fixture<Il2Assistance>(html`
        <il2-assistance heading-level="3">
          <p slot="contact">
            Ana Ruiz, financial counselor: 555-0100, Monday to Friday.
          </p>
        </il2-assistance>
      `);
      await contactSettled(el, true);
      const title = shadow(el).querySelector('[part="contact-title"]')!;
      expect(title.localName).to.equal("h4");
      expect(title.textContent?.trim()).to.equal(
        "Where to get help with costs",
      );
      expect(contactBox(el).getAttribute("aria-labelledby")).to.equal(title.id);
      const slot = shadow(el).querySelector<HTMLSlotElement>(
        'slot[name="contact"]',
      )!;
      expect(slot.assignedElements()[0]?.textContent).to.match(/Ana Ruiz/);
      expect(el.querySelector("p")!.checkVisibility()).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it("appears when details are added later and hides again when they are removed", async () => {
      const el = await fixture<Il2Assistance>(
        html`<il2-assistance></il2-assistance>`,
      );
      const details = document.createElement("p");
      details.slot = "contact";
      details.textContent = "Billing office, Building B";
      el.append(details);
      await contactSettled(el, true);
      details.remove();
      await contactSettled(el, false);
    });

    it("looks through a host component that forwards its own slot, and ignores bare whitespace", async () => {
      // A host wrapper that passes its "contact" slot on to the card; its fallback is only whitespace.
      const wrapper = document.createElement("div");
      const root = wrapper.attachShadow({ mode: "open" });
      const card = document.createElement("il2-assistance");
      const forwarded = document.createElement("slot");
      forwarded.name = "contact";
      forwarded.slot = "contact";
      forwarded.append(document.createTextNode("\n    "));
      card.append(forwarded);
      root.append(card);
      // fixtureSync: awaiting a plain <div> fixture waits for an animation frame, which background tabs skip.
      const page = fixtureSync(html`<div></div>`);
      page.append(wrapper);
      const el = card;
      await el.updateComplete;
      expect(contactShown(el)).to.equal(false);

      const details = document.createElement("p");
      details.slot = "contact";
      details.textContent = "Patient financial services";
      wrapper.append(details);
      await contactSettled(el, true);
    });

    it("ignores children that are not meant for the contact slot", async () => {
      const el = await fixture<Il2Assistance>(
        html`<il2-assistance
          ><p>Stray text</p>
          <p slot="other">Other</p></il2-assistance
        >`,
      );
      await el.updateComplete;
      expect(contactShown(el)).to.equal(false);
      expect(el.querySelector("p")!.checkVisibility()).to.equal(false);
    });

    it("stays accessible in the dark theme with a link and contact details", async () => {
      const el = await fixture<Il2Assistance>(html`
        <il2-assistance theme="dark" program-href=${PROGRAM}>
          <p slot="contact">Call the billing office.</p>
        </il2-assistance>
      `);
      await contactSettled(el, true);
      await expect(el).to.be.accessible();
    });
  });

  describe("heading-level", () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`uses h${level} for the title and the next level for the contact heading`, async () => {
        const el = await fixture<Il2Assistance>(
          html`<il2-assistance heading-level=${level}
            ><p slot="contact">Desk 4</p></il2-assistance
          >`,
        );
        await contactSettled(el, true);
        expect(shadow(el).querySelector('[part="title"]')?.localName).to.equal(
          `h${level}`,
        );
        expect(
          shadow(el).querySelector('[part="contact-title"]')?.localName,
        ).to.equal(`h${Math.min(level + 1, 6)}`);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe("theme", () => {
    it("is light by default and dark on request", async () => {
      const light = await fixture<Il2Assistance>(
        html`<il2-assistance></il2-assistance>`,
      );
      const dark = await fixture<Il2Assistance>(
        html`<il2-assistance theme="dark"></il2-assistance>`,
      );
      const bg = (el: Il2Assistance) =>
        getComputedStyle(shadow(el).querySelector(".card")!).backgroundColor;
      expect(bg(light)).to.equal("rgb(255, 255, 255)");
      expect(bg(dark)).to.equal("rgb(22, 27, 34)");
      await expect(dark).to.be.accessible();
    });

    it("lets the host brand the link through --il2-color-accent", async () => {
      const el = await fixture<Il2Assistance>(
        html`<il2-assistance
          program-href=${PROGRAM}
          style="--il2-color-accent: rgb(120, 0, 60)"
        ></il2-assistance>`,
      );
      expect(getComputedStyle(link(el)!).color).to.equal("rgb(120, 0, 60)");
    });
  });

  describe("lang", () => {
    it("marks the card English", async () => {
      const el = await fixture<Il2Assistance>(
        html`<il2-assistance lang="en-US"></il2-assistance>`,
      );
      expect(shadow(el).querySelector(".card")!.getAttribute("lang")).to.equal(
        "en",
      );
    });

    it("shows English with one warning for a language that is not loaded", async () => {
      expectWarning(/lang=.*showing English/);
      const el = await fixture<Il2Assistance>(
        html`<il2-assistance lang="fr"></il2-assistance>`,
      );
      expect(visibleText(el)).to.match(/Help paying for IL-2/);
      expect(warnings()).to.have.length(1);
    });
  });

  describe("layout", () => {
    for (const width of [280, 1200]) {
      it(`fits a ${width}px container without sideways scrolling, even with a long address`, async () => {
        const el = await fixture<Il2Assistance>(html`
          <il2-assistance
            style="width: ${width}px"
            program-href="https://example.org/${"a-very-long-path-segment/".repeat(6)}"
          >
            <p slot="contact">Financial counseling office</p>
          </il2-assistance>
        `);
        await contactSettled(el, true);
        const card = shadow(el).querySelector<HTMLElement>(".card")!;
        expect(card.getBoundingClientRect().width).to.equal(width);
        expect(card.scrollWidth).to.be.at.most(card.clientWidth);
      });
    }
  });

  describe("bad and hostile input", () => {
    const hostile = '<img src=x onerror="window.__pwned=true">';

    it("never renders outside values as HTML", async () => {
      expectWarning(/il2-assistance/);
      const el = await fixture<Il2Assistance>(
        html`<il2-assistance
          program-href=${hostile}
          heading-level=${hostile}
          theme=${hostile}
          lang=${hostile}
        ></il2-assistance>`,
      );
      expect(shadow(el).querySelector("img")).to.equal(null);
      expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(
        undefined,
      );
      expect(
        shadow(el).querySelector('[part="title"]')?.textContent?.trim(),
      ).to.equal("Help paying for IL-2");
    });

    it("keeps working when properties are set to garbage, warning once per value", async () => {
      expectWarning(/il2-assistance/);
      const el = await fixture<Il2Assistance>(
        html`<il2-assistance></il2-assistance>`,
      );
      const loose = el as unknown as Record<string, unknown>;
      const garbage: unknown[] = [
        42,
        NaN,
        {},
        [],
        ["https://example.org"],
        true,
        Symbol.iterator,
        new URL(PROGRAM),
        {
          toString: () => {
            throw new Error("boom");
          },
        },
      ];
      for (const value of garbage) {
        loose.programHref = value;
        loose.headingLevel = value;
        loose.theme = value;
        await el.updateComplete;
        expect(
          shadow(el).querySelector('[part="title"]')?.textContent?.trim(),
        ).to.equal("Help paying for IL-2");
        expect(link(el)).to.equal(null);
        expect(visibleText(el)).to.match(FALLBACK);
      }
      const linkWarnings = warnings().filter((text) =>
        text.includes("program-href="),
      );
      expect(linkWarnings.length).to.equal(new Set(linkWarnings).size);
      loose.programHref = null;
      await el.updateComplete;
      expect(visibleText(el)).to.match(FALLBACK);
    });
  });
});
