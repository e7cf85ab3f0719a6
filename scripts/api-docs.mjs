// Writes docs/api.md, the API reference, from custom-elements.json (itself generated from each
// element's JSDoc header): the whole file, so nobody edits it by hand. `npm run docs` runs it;
// `--check` (in `npm run build`) exits 1 when the page is out of date instead of writing it.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { format } from "prettier";
import { markdownTable } from "./markdown.mjs";
import { WIDGET_TAGS } from "./registry.mjs";

const PAGE = "docs/api.md";
const manifest = JSON.parse(readFileSync("custom-elements.json", "utf8"));
/** The elements in the registry's order (src/widgets.ts). */
const order = WIDGET_TAGS;

const oneLine = (text = "") => text.replace(/\s+/g, " ").trim();
const cell = (text = "") => oneLine(text).replace(/\|/g, "\\|") || "—";
const code = (text) =>
  text ? `\`${oneLine(text).replace(/\|/g, "\\|")}\`` : "—";

/** A table, or nothing where there are no rows. */
const table = (headers, rows) =>
  rows.length ? `${markdownTable(headers, rows)}\n` : "";

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter(
    (declaration) =>
      declaration.customElement && declaration.tagName?.startsWith("il2-"),
  )
  .sort((a, b) => order.indexOf(a.tagName) - order.indexOf(b.tagName));

const TOKENS_HEADING = "CSS custom properties (all widgets)";
const TOKENS_ANCHOR = "css-custom-properties-all-widgets";
const tokens = new Map();
for (const element of elements)
  for (const prop of element.cssProperties ?? [])
    if (!tokens.has(prop.name)) tokens.set(prop.name, prop);

const sections = [];
for (const element of elements) {
  const parts = [
    `## \`<${element.tagName}>\`\n`,
    `${oneLine(element.summary ?? element.description)}\n`,
  ];
  const attributes = (element.attributes ?? []).map((a) => [
    code(a.name),
    code(a.fieldName),
    code(a.type?.text),
    code(a.default),
    cell(a.description),
  ]);
  const attributeTable = table(
    ["Attribute", "Property", "Type", "Default", "Description"],
    attributes,
  );
  if (attributeTable) parts.push("**Attributes**\n", attributeTable);
  const attributeFields = new Set(
    (element.attributes ?? []).map((a) => a.fieldName),
  );
  const properties = (element.members ?? [])
    .filter(
      (m) =>
        m.kind === "field" &&
        !m.static &&
        (m.privacy ?? "public") === "public" &&
        !attributeFields.has(m.name) &&
        m.description,
    )
    .map((m) => [
      code(m.name),
      code(m.type?.text),
      code(m.default),
      cell(m.description),
    ]);
  const propertyTable = table(
    ["Property (JavaScript only)", "Type", "Default", "Description"],
    properties,
  );
  if (propertyTable) parts.push("**Properties**\n", propertyTable);
  const methodTable = table(
    ["Method", "Returns", "Description"],
    (element.members ?? [])
      .filter(
        (m) =>
          m.kind === "method" &&
          !m.static &&
          (m.privacy ?? "public") === "public" &&
          m.description,
      )
      .map((m) => [
        code(
          `${m.name}(${(m.parameters ?? [])
            .map(
              (p) => `${p.name}${p.optional ? "?" : ""}: ${p.type?.text ?? ""}`,
            )
            .join(", ")})`,
        ),
        code(m.return?.type?.text),
        cell(m.description),
      ]),
  );
  if (methodTable) parts.push("**Methods**\n", methodTable);
  const eventTable = table(
    ["Event", "Type", "Description"],
    (element.events ?? []).map((e) => [
      code(e.name),
      code(e.type?.text),
      cell(e.description),
    ]),
  );
  if (eventTable)
    parts.push("**Events** (bubble and cross shadow roots)\n", eventTable);
  const slotTable = table(
    ["Slot", "Description"],
    (element.slots ?? []).map((s) => [
      s.name ? code(s.name) : "(default)",
      cell(s.description),
    ]),
  );
  if (slotTable) parts.push("**Slots**\n", slotTable);
  const partTable = table(
    ["Part", "Description"],
    (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
  );
  if (partTable) parts.push("**CSS parts**\n", partTable);
  parts.push(cssPropertiesLine(element));
  sections.push(parts.join("\n"));
}

/**
 * Every card shares the same design tokens, listed once at the end; an element that reads
 * another set gets its own list.
 */
function cssPropertiesLine(element) {
  const names = (element.cssProperties ?? []).map((p) => p.name);
  if (!names.length) return "**CSS custom properties**: none.\n";
  if (names.length === tokens.size && names.every((name) => tokens.has(name)))
    return `**CSS custom properties**: all ${names.length} shared ones, in [CSS custom properties](#${TOKENS_ANCHOR}).\n`;
  return `**CSS custom properties**: ${names.map((name) => code(name)).join(", ")} (see [CSS custom properties](#${TOKENS_ANCHOR})).\n`;
}
const tokenTable = table(
  ["Custom property", "Default", "Description"],
  [...tokens.values()].map((p) => [
    code(p.name),
    code(p.default),
    cell(p.description),
  ]),
);
const contents = [
  ...elements.map(
    (element) => `- [\`<${element.tagName}>\`](#${element.tagName})`,
  ),
  `- [${TOKENS_HEADING}](#${TOKENS_ANCHOR})`,
].join("\n");

const page = `# API

<!-- Generated by scripts/api-docs.mjs from custom-elements.json. Do not edit by hand: change the
     element's JSDoc header and run \`npm run docs\`. The build fails while this page is stale. -->

Every element's attributes, properties, methods, events, slots, CSS parts and CSS custom
properties, generated from the JSDoc header of each element's class. The same data is in
\`custom-elements.json\` (named by \`customElements\` in package.json) for IDEs and framework tooling.

- Attributes are what you write in HTML; the Property column names the same setting for scripts.
  Properties marked JavaScript only have no attribute.
- Events bubble and cross shadow roots; their \`detail\` types are exported from \`il2-widgets\`.
- To set colours, fonts and spacing, see [Match your site](embedding.md#match-your-site). Bad values
  never break a card: it falls back to the default and warns once in the console.

**On this page**

${contents}

${sections.join("\n")}
## ${TOKENS_HEADING}

Set them on a card or on any ancestor (they inherit). When you set none, \`theme="dark"\` (or \`auto\`
on a dark system) uses the dark defaults given here.

${tokenTable}`;

// Formatted like every other file (Prettier), so `format:check` and this check agree.
const updated = await format(page, { parser: "markdown" });
const current = existsSync(PAGE) ? readFileSync(PAGE, "utf8") : "";
if (process.argv.includes("--check")) {
  if (updated !== current) {
    console.error(`${PAGE} is out of date: run \`npm run docs\`.`);
    process.exit(1);
  }
  console.log(`${PAGE} is up to date.`);
} else {
  writeFileSync(PAGE, updated);
  console.log(`${PAGE} written for ${elements.length} element(s).`);
}
