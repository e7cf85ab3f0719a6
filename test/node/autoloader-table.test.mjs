// The autoloader's preload list against the build's chunk graph (issue 25): the loader asks for an
// element's chunk and every chunk that one imports at once, from a table the build writes into
// dist/il2-autoloader.js (loaderTable() in vite.config.ts). If the table missed a chunk, the page
// would still work but wait one more round trip for it; if it named one too many, every page
// with that card would fetch a file it does not need. Neither shows in a browser test that only
// looks at the rendered card, so the table is compared here with the imports the built chunks
// really have (scripts/page-weight.mjs follows them as a browser does).
// Needs the built dist/ (`npm test` builds it first).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pageFiles } from "../../scripts/page-weight.mjs";
import { WIDGETS } from "../../scripts/registry.mjs";

const dist = resolve(import.meta.dirname, "../../dist");

/**
 * The table as the minified loader holds it: the first object literal in the file (the build
 * writes it where the source reads IL2_LOADER, which the minifier keeps as one `var`).
 * @returns {Record<string, [string, string, 1?]>}
 */
function loaderTable() {
  const code = readFileSync(resolve(dist, "il2-autoloader.js"), "utf8");
  const start = code.indexOf("{");
  let depth = 0;
  let end = start;
  for (; end < code.length; end += 1) {
    if (code[end] === "{") depth += 1;
    if (code[end] === "}" && --depth === 0) break;
  }
  // Built by our own build from the registry and chunk names (no braces in them): data only.
  return new Function(`return ${code.slice(start, end + 1)}`)();
}

const table = loaderTable();
/** The files the loader asks for with `name`'s own chunk, as paths inside dist/. */
const listed = (name) =>
  table[name][1]
    .split(" ")
    .filter(Boolean)
    .map((chunk) => `chunks/${chunk}.js`);

test("names every widget of the registry and the hydration support, nothing else", () => {
  assert.deepEqual(
    Object.keys(table).sort(),
    ["hydration", ...WIDGETS.map(({ tag }) => tag)].sort(),
  );
});

for (const { tag } of WIDGETS)
  test(`asks for exactly the chunks <${tag}>'s chunk imports, at once`, () => {
    const entry = `chunks/${tag}.js`;
    const graph = pageFiles(dist, [entry]).filter((file) => file !== entry);
    assert.ok(graph.length > 0, `${entry} imports the shared chunks`);
    assert.deepEqual(listed(tag).sort(), graph);
  });

test("asks for exactly the chunks the hydration support imports", () => {
  const entry = "chunks/hydration.js";
  assert.deepEqual(
    listed("hydration").sort(),
    pageFiles(dist, [entry]).filter((file) => file !== entry),
  );
});

test("marks as read-only exactly the registry's read-only cards", () => {
  for (const widget of WIDGETS)
    assert.equal(
      table[widget.tag][2] === 1,
      widget.readOnly === true,
      `<${widget.tag}> read-only`,
    );
  assert.ok(WIDGETS.some((widget) => widget.readOnly));
});
