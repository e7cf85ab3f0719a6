// The embed code tabs: one entry per way into a page, each with the code for the current settings
// and how test/node/demo.test.mjs proves that code gives the same card as the preview.
//
// To add a tab, add one entry to `embedTabs` (its place in the list is its place on the page).
// `code` may return a Promise (e.g. HTML the dev server renders in Node); `check` names the proof
// in test/node/demo.test.mjs (`checks` there): add a new kind there if none of these fits.
import { pasteReadyCode } from "./paste-ready.js";
import { elementMarkup, embedSnippet, scriptTag } from "./snippet.js";
import type { DemoAttribute, DemoWidget } from "./widgets.js";

export interface EmbedInput {
  widget: DemoWidget;
  values: Record<string, string | boolean>;
  slots: Record<string, string>;
  /** True under `npm start` (the Vite dev server is there to ask), false in the static build. */
  live: boolean;
}

/**
 * How the demo test shows that a tab's code renders the preview's card:
 * - `script-page`: the code is the body of a plain HTML page, with `/path/to/` pointing at the
 *   built dist/ files; the card there must equal the preview (attributes and text);
 * - `react-page`: the code is a React module; it is bundled with React and il2-widgets/react
 *   from dist/esm and mounted in a plain page; the card's text must equal the preview's;
 * - `same-markup`: the code's element markup (a framework template that cannot run here) must
 *   parse to the same tag, attributes and slotted children as the script-tag code;
 * - `prerendered-page`: like `script-page`, and the card must arrive in the HTML (a declarative
 *   shadow root, readable before the script) and be adopted by the script without a warning;
 * - `paste-ready-page`: like `prerendered-page`, and the card's HTML must be what prerender()
 *   writes for the same element, byte for byte, with the policy `il2-widgets csp` prints.
 */
export type EmbedCheck =
  | "script-page"
  | "react-page"
  | "same-markup"
  | "prerendered-page"
  | "paste-ready-page";

export interface EmbedTab {
  id: string;
  label: string;
  /** A docs page (demo/docs-links.ts) that explains this way in. */
  docs: string;
  /** Whether the tab applies to a widget (React needs a wrapper component). */
  available: (widget: DemoWidget) => boolean;
  code: (input: EmbedInput) => string | Promise<string>;
  check: EmbedCheck;
  /** A plain sentence or two above the code, where the tab needs more than its label. */
  about?: string;
}

const always = () => true;

/** `Il2DoctorQuestions` → `DoctorQuestions`: a name for the example component. */
const baseName = (widget: DemoWidget) =>
  (widget.className || widget.id).replace(/^Il2/, "");

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;

/** Numbers in the element's API: `number`, or a union of numbers such as heading-level's. */
const isNumeric = (attribute: DemoAttribute) =>
  attribute.typeText === "number" ||
  (attribute.kind === "choice" &&
    attribute.choices.every((choice) => /^\d+$/.test(choice)));

/** One JSX prop; JSON for any text a JSX string could misread (quotes, entities, braces). */
function jsxProp(attribute: DemoAttribute, value: string | boolean) {
  const name = attribute.fieldName;
  if (value === true) return name;
  if (value === false || value === "") return "";
  if (isNumeric(attribute) && NUMBER.test(value.trim()))
    return `${name}={${Number(value)}}`;
  return /^[^"&\\{}<>\r\n]*$/.test(value)
    ? `${name}="${value}"`
    : `${name}={${JSON.stringify(value)}}`;
}

/** Text as a JSX child: as it is when JSX would keep it so, else as a string expression. */
const jsxText = (text: string) =>
  /^[^{}<>&\r\n]*$/.test(text) && text.trim() === text
    ? text
    : `{${JSON.stringify(text)}}`;

/**
 * Bundlers import one element at a time, without Spanish (the script-tag bundles include it): the
 * import line that adds the chosen language, or '' for English and the page's own.
 */
function localeImport(widget: DemoWidget, values: EmbedInput["values"]) {
  const language = typeof values.lang === "string" ? values.lang : "";
  const module = widget.localeImports[language];
  return module ? `import "${module}";\n` : "";
}

export function reactCode({ widget, values, slots }: EmbedInput): string {
  const component = widget.reactComponent ?? baseName(widget);
  const props = widget.attributes
    .map((attribute) => jsxProp(attribute, values[attribute.name] ?? ""))
    .filter(Boolean)
    .map((prop) => ` ${prop}`)
    .join("");
  const children = widget.slots
    .filter((slot) => slots[slot.name]?.trim())
    .map(
      (slot) =>
        `\n      <p slot="${slot.name}">${jsxText(slots[slot.name]!)}</p>`,
    )
    .join("");
  const element = children
    ? `<${component}${props}>${children}\n    </${component}>`
    : `<${component}${props} />`;
  return `import { ${component} } from "${widget.packageName}/react";
${localeImport(widget, values)}
export function ${baseName(widget)}Card() {
  return (
    ${element}
  );
}
`;
}

/** Braces and `@` as character references: Vue and Angular templates read them as syntax. */
const encodeTemplateSyntax = (escaped: string) =>
  escaped
    .replace(/\{/g, "&#123;")
    .replace(/\}/g, "&#125;")
    .replace(/@/g, "&#64;");

export function vueCode({ widget, values, slots }: EmbedInput): string {
  const markup = elementMarkup(widget, values, slots, {
    encode: encodeTemplateSyntax,
    indent: "  ",
  });
  return `<script setup>
// vite.config.js: vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith("il2-") } } })
import "${widget.importPath}";
${localeImport(widget, values)}</script>

<template>
  ${markup}
</template>
`;
}

/** Text inside a JavaScript template literal: backslash, backtick and `$` escaped. */
const templateLiteral = (text: string) => text.replace(/[\\`$]/g, "\\$&");

export function angularCode({ widget, values, slots }: EmbedInput): string {
  const markup = elementMarkup(widget, values, slots, {
    encode: encodeTemplateSyntax,
    indent: "    ",
  });
  const name = baseName(widget);
  return `import { Component, CUSTOM_ELEMENTS_SCHEMA } from "@angular/core";
import "${widget.importPath}";
${localeImport(widget, values)}
@Component({
  selector: "app-${widget.id}-card",
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: \`
    ${templateLiteral(markup)}
  \`,
})
export class ${name}CardComponent {}
`;
}

/**
 * The dev server's pre-rendering endpoint (vite.config.ts): @lit-labs/ssr runs in Node, not in a
 * browser, so the page asks the server to render the element's HTML.
 */
export const PRERENDER_ENDPOINT = "/__il2/prerender";

/** What the static demo shows instead: the command that pre-renders a page holding the element. */
export function prerenderCommand({
  widget,
  values,
  slots,
}: EmbedInput): string {
  return `<!-- 1. Put the element in your page (page.html), as for the script-tag embed: -->
${elementMarkup(widget, values, slots)}

<!-- 2. Pre-render the page on Node (npm install il2-widgets @lit-labs/ssr parse5 first):
       npx il2-widgets prerender page.html -o page.prerendered.html
     The card is then in the HTML itself: it shows before any script and without one.
     With a Content-Security-Policy, serve the one "npx il2-widgets csp" prints. -->

<!-- 3. Load the script as usual; it adopts the pre-rendered card in place: -->
${scriptTag("module")}`;
}

/** Under `npm start`: the element rendered by the dev server, with the script tag that adopts it. */
export async function prerenderedCode(input: EmbedInput): Promise<string> {
  if (!input.live) return prerenderCommand(input);
  const markup = elementMarkup(input.widget, input.values, input.slots);
  const response = await fetch(PRERENDER_ENDPOINT, {
    method: "POST",
    headers: { "content-type": "text/html; charset=utf-8" },
    body: markup,
  });
  if (!response.ok) throw new Error(await response.text());
  return `${scriptTag("module")}
<!-- Pre-rendered with il2-widgets/ssr: the card shows before the script runs, and without it.
     With a Content-Security-Policy, serve the one "npx il2-widgets csp" prints. -->
${await response.text()}`;
}

export const embedTabs: EmbedTab[] = [
  {
    id: "module",
    label: "Script tag (module)",
    docs: "docs/embedding.md",
    available: always,
    code: ({ widget, values, slots }) =>
      embedSnippet(widget, values, slots, "module"),
    check: "script-page",
  },
  {
    id: "classic",
    label: "Script tag (classic)",
    docs: "docs/embedding.md",
    available: always,
    code: ({ widget, values, slots }) =>
      embedSnippet(widget, values, slots, "classic"),
    check: "script-page",
  },
  {
    id: "autoloader",
    label: "Autoloader",
    docs: "docs/embedding.md",
    available: always,
    code: ({ widget, values, slots }) =>
      embedSnippet(widget, values, slots, "autoloader"),
    check: "script-page",
  },
  {
    // For a CMS: the card is in the HTML (no Node needed, made here in the browser), so it shows
    // before the script and nothing moves when the script arrives (docs/embedding.md, first).
    id: "paste-ready",
    label: "Paste-ready HTML (no layout shift)",
    docs: "docs/embedding.md",
    available: always,
    code: ({ widget, values, slots }) => pasteReadyCode(widget, values, slots),
    check: "paste-ready-page",
    about:
      "For a page editor (CMS). The card is already in this HTML, so it shows at once, even " +
      "without JavaScript, and the page does not jump when the script loads. Copy all of it " +
      "into your page's HTML view. Change /path/to/ to where the il2-widgets files are on your site.",
  },
  {
    id: "prerendered",
    label: "Pre-rendered",
    docs: "docs/pre-rendering.md",
    available: always,
    code: prerenderedCode,
    check: "prerendered-page",
  },
  {
    id: "react",
    label: "React",
    docs: "docs/frameworks.md",
    available: (widget) => widget.reactComponent !== null,
    code: reactCode,
    check: "react-page",
  },
  {
    id: "vue",
    label: "Vue",
    docs: "docs/frameworks.md",
    available: always,
    code: vueCode,
    check: "same-markup",
  },
  {
    id: "angular",
    label: "Angular",
    docs: "docs/frameworks.md",
    available: always,
    code: angularCode,
    check: "same-markup",
  },
];
