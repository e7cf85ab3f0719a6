// The demo's embed tabs: every framework's code gives the element the same tag, attributes and
// slotted text as the script-tag code, whatever the developer typed, and nothing they typed can
// turn into template syntax (Vue and Angular read braces and @; JSX reads braces and entities).
// test/node/demo.test.mjs also runs the script-tag and React code in plain pages.
import { expect } from "@open-wc/testing";
import {
  angularCode,
  embedTabs,
  prerenderCommand,
  prerenderedCode,
  reactCode,
  vueCode,
  type EmbedInput,
} from "../demo/embed-tabs.js";
import { DOCS_PAGES } from "../demo/docs-links.js";
import { pasteReadySnippet } from "../demo/paste-ready.js";
import { elementMarkup, embedSnippet } from "../demo/snippet.js";
import type { DemoWidget } from "../demo/widgets.js";
import { loadDemoManifest } from "./demo-widgets.js";
import "./helpers.js";

let widgets: DemoWidget[];

before(async () => {
  ({ widgets } = await loadDemoManifest());
});

const widgetNamed = (tag: string) => widgets.find((item) => item.tag === tag)!;

/** Text that is syntax in one template language or another. */
const HOSTILE = [
  `{{constructor.constructor('alert(1)')()}}`,
  "@if (true) { x }",
  "`${alert(1)}` \\` \\${x}",
  `"quoted" & <b>bold</b> &amp; {a: 1}`,
  "  spaced  \n  lines  ",
];

/** Every attribute set: switches on, the last choice, Spanish, 2, or the given text. */
function inputFor(widget: DemoWidget, text: string): EmbedInput {
  const values: EmbedInput["values"] = {};
  for (const attribute of widget.attributes)
    values[attribute.name] =
      attribute.kind === "boolean"
        ? true
        : attribute.kind === "choice"
          ? attribute.choices.at(-1)!
          : attribute.kind === "language"
            ? "es"
            : attribute.kind === "number"
              ? "2"
              : text;
  const slots = Object.fromEntries(
    widget.slots.map((slot) => [slot.name, text]),
  );
  return { widget, values, slots, live: false };
}

/** The element markup inside a Vue single-file component's template. */
function vueTemplate(code: string): string {
  const match = /\n<template>\n([\s\S]*)\n<\/template>\n$/.exec(code);
  expect(match, code).to.not.equal(null);
  return match![1]!;
}

/** The Angular template as Angular receives it: the template literal's text, unescaped. */
function angularTemplate(code: string): string {
  const match = /\n {2}template: `((?:[^`\\]|\\[\s\S])*)`,\n/.exec(code);
  expect(match, code).to.not.equal(null);
  return match![1]!.replace(/\\([\s\S])/g, "$1");
}

/** How often `token` occurs in JavaScript source without a backslash escaping it. */
function unescaped(source: string, token: string): number {
  let count = 0;
  for (let index = 0; index < source.length; index += 1) {
    if (source[index] === "\\") index += 1;
    else if (source.startsWith(token, index)) count += 1;
  }
  return count;
}

/** The one element a piece of markup holds, as tag, attributes and children. */
function parsed(markup: string) {
  const template = document.createElement("template");
  // A <template> parses without upgrading the element or running anything.
  template.innerHTML = markup;
  const elements = [...template.content.children];
  expect(elements, markup).to.have.length(1);
  const element = elements[0]!;
  return {
    tag: element.localName,
    attributes: Object.fromEntries(
      [...element.attributes].map(({ name, value }) => [name, value]),
    ),
    children: [...element.children].map((child) => ({
      tag: child.localName,
      slot: child.getAttribute("slot"),
      text: child.textContent,
    })),
  };
}

const scriptMarkup = (input: EmbedInput) =>
  parsed(
    embedSnippet(input.widget, input.values, input.slots, "module")
      .split("\n")
      .slice(1)
      .join("\n"),
  );

describe("the demo's embed tabs", () => {
  it("are each one entry with a unique id, a label, a docs page and a known check", () => {
    const ids = embedTabs.map((tab) => tab.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(ids.slice(0, 2)).to.deep.equal(["module", "classic"]);
    for (const tab of embedTabs) {
      expect(tab.label, tab.id).to.be.a("string").and.not.equal("");
      expect(
        DOCS_PAGES.map((page) => page.path),
        tab.id,
      ).to.include(tab.docs);
      expect(
        [
          "script-page",
          "react-page",
          "same-markup",
          "prerendered-page",
          "paste-ready-page",
        ],
        tab.id,
      ).to.include(tab.check);
    }
  });

  it("offer every embed: one file (module and classic), the autoloader, paste-ready and pre-rendered HTML, React, Vue and Angular", () => {
    expect(embedTabs.map((tab) => tab.label)).to.deep.equal([
      "Script tag (module)",
      "Script tag (classic)",
      "Autoloader",
      "Paste-ready HTML (no layout shift)",
      "Pre-rendered",
      "React",
      "Vue",
      "Angular",
    ]);
    const overview = widgetNamed("il2-overview");
    const autoloader = embedTabs.find((tab) => tab.id === "autoloader")!;
    expect(
      autoloader.code({ widget: overview, values: {}, slots: {}, live: false }),
    ).to.equal(
      '<script type="module" src="/path/to/il2-autoloader.js"></script>\n<il2-overview></il2-overview>',
    );
  });

  it("give the pre-rendering command in the static demo, with the element and the script tag", async () => {
    const input: EmbedInput = {
      widget: widgetNamed("il2-schedule"),
      values: { "start-date": "2027-03-08" },
      slots: {},
      live: false,
    };
    const code = await prerenderedCode(input);
    expect(code).to.equal(prerenderCommand(input));
    expect(code).to.contain(
      '<il2-schedule start-date="2027-03-08"></il2-schedule>',
    );
    expect(code).to.contain(
      "npx il2-widgets prerender page.html -o page.prerendered.html",
    );
    expect(code).to.contain("npx il2-widgets csp");
    expect(code).to.contain(
      '<script type="module" src="/path/to/il2-widgets.js"></script>',
    );
  });

  it("give a CMS owner the pre-rendered card with a plain note, the policy line and the one script tag", () => {
    const pasteReady = embedTabs.find((tab) => tab.id === "paste-ready")!;
    expect(pasteReady.about).to.match(/CMS/);
    expect(pasteReady.docs).to.equal("docs/embedding.md");
    const html =
      '<il2-overview><template shadowrootmode="open"><!--lit-part--></template></il2-overview>';
    const csp = "default-src 'none'; style-src 'self' 'sha256-x'";
    const code = pasteReadySnippet({ html, csp });
    const lines = code.split("\n");
    expect(lines[0]).to.match(/^<!-- il2-widgets, pre-rendered:/);
    expect(lines.at(-3)).to.equal(`     Content-Security-Policy: ${csp} -->`);
    expect(lines.at(-2)).to.equal(html);
    expect(lines.at(-1)).to.equal(
      '<script type="module" src="/path/to/il2-widgets.js"></script>',
    );
    // The note is one comment a page editor may keep or drop: nothing in it ends it early.
    const note = lines.slice(0, -2).join("\n");
    expect(note.indexOf("-->")).to.equal(note.length - 3);
    expect(note.slice(4, -3)).not.to.contain("--");
  });

  it("offer React only for widgets il2-widgets/react has a component for", () => {
    const react = embedTabs.find((tab) => tab.id === "react")!;
    for (const widget of widgets)
      expect(react.available(widget), widget.tag).to.equal(
        widget.reactComponent !== null,
      );
    expect(react.available({ ...widgets[0]!, reactComponent: null })).to.equal(
      false,
    );
  });

  describe("Vue and Angular", () => {
    it("give every widget the script-tag code's tag, attributes and slotted text, even for hostile text", () => {
      for (const widget of widgets) {
        for (const text of HOSTILE) {
          const input = inputFor(widget, text);
          const expected = scriptMarkup(input);
          expect(
            parsed(vueTemplate(vueCode(input))),
            `vue ${widget.tag}`,
          ).to.deep.equal(expected);
          expect(
            parsed(angularTemplate(angularCode(input))),
            `angular ${widget.tag}`,
          ).to.deep.equal(expected);
        }
      }
    });

    it("never let typed text become interpolation, blocks or template-literal code", () => {
      const input = inputFor(widgetNamed("il2-assistance"), HOSTILE.join(" "));
      const vue = vueTemplate(vueCode(input));
      const code = angularCode(input);
      const angular = angularTemplate(code);
      for (const template of [vue, angular]) {
        expect(template).not.to.match(/[{}@]/);
        expect(template).to.contain("&#123;&#123;constructor");
      }
      // The template literal holds: its two backticks are the only unescaped ones, no `${`.
      expect(unescaped(code, "`")).to.equal(2);
      expect(unescaped(code, "${")).to.equal(0);
    });

    it("import the widget's own registering module", () => {
      const input = inputFor(widgetNamed("il2-schedule"), "x");
      expect(vueCode(input)).to.contain('import "il2-widgets/schedule";');
      expect(angularCode(input)).to.contain('import "il2-widgets/schedule";');
      expect(angularCode(input)).to.contain(
        "schemas: [CUSTOM_ELEMENTS_SCHEMA]",
      );
      expect(vueCode(input)).to.contain("isCustomElement");
    });
  });

  describe("React", () => {
    it("imports the component and sets each setting as its property", () => {
      const code = reactCode({
        widget: widgetNamed("il2-schedule"),
        values: {
          "start-date": "2027-03-08",
          "no-date-input": true,
          "doses-per-day": "2",
          "heading-level": "3",
          theme: "dark",
          lang: "es",
          "rest-days": "",
        },
        slots: {},
        live: false,
      });
      expect(code).to.contain(
        'import { Il2Schedule } from "il2-widgets/react";',
      );
      expect(code).to.contain(
        '<Il2Schedule startDate="2027-03-08" noDateInput dosesPerDay={2} theme="dark" headingLevel={3} lang="es" />',
      );
      expect(code).not.to.contain("restDays");
    });

    it("writes text JSX could misread as a JavaScript string", () => {
      const text = HOSTILE[0]! + HOSTILE[3]!;
      const code = reactCode({
        widget: widgetNamed("il2-assistance"),
        values: { "program-href": text },
        slots: { contact: text },
        live: false,
      });
      expect(code).to.contain(`programHref={${JSON.stringify(text)}}`);
      expect(code).to.contain(
        `<p slot="contact">{${JSON.stringify(text)}}</p>`,
      );
    });

    it("keeps a number setting that is not a number as text, for the card to judge", () => {
      const code = reactCode({
        widget: widgetNamed("il2-schedule"),
        values: { "doses-per-day": "two" },
        slots: {},
        live: false,
      });
      expect(code).to.contain('dosesPerDay="two"');
    });
  });

  it("add the Spanish module for bundlers when Spanish is chosen, and nothing for English", () => {
    const schedule = widgetNamed("il2-schedule");
    const spanish: EmbedInput = {
      widget: schedule,
      values: { lang: "es" },
      slots: {},
      live: false,
    };
    const english: EmbedInput = { ...spanish, values: { lang: "" } };
    for (const code of [reactCode, vueCode, angularCode]) {
      expect(code(spanish)).to.contain('import "il2-widgets/locales/es";');
      expect(code(english)).not.to.contain("locales");
    }
    // The script-tag bundles carry Spanish already.
    expect(embedSnippet(schedule, { lang: "es" }, {}, "module")).not.to.contain(
      "locales",
    );
  });

  it("indent slotted children under their element", () => {
    const markup = elementMarkup(
      widgetNamed("il2-assistance"),
      {},
      { contact: "Call us" },
      { indent: "  " },
    );
    expect(markup).to.equal(
      '<il2-assistance>\n    <p slot="contact">Call us</p>\n  </il2-assistance>',
    );
  });
});
