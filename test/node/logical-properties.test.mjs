// Every card is laid out with logical properties, so a right-to-left language mirrors it: no
// margin, padding, border, inset or float names a side (left/right), no text-align does, and no
// four-value shorthand sets the two sides differently. Read from the CSS in every *.styles.ts and
// src/shared/*styles*.ts, and the print helper's sheet (test/rtl.test.ts checks the result in the
// browsers).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SRC = join(ROOT, "src");

function styleFiles() {
  const files = [];
  for (const entry of readdirSync(SRC, {
    withFileTypes: true,
    recursive: true,
  })) {
    const path = join(entry.parentPath, entry.name);
    if (
      entry.isFile() &&
      (entry.name.endsWith(".styles.ts") ||
        (relative(SRC, path).startsWith("shared/") &&
          /styles/.test(entry.name)))
    )
      files.push(path);
  }
  return [...files, join(SRC, "shared/print.ts")];
}

/** Declarations that name a physical side, or set the two sides of a shorthand differently. */
export function physicalDeclarations(css) {
  const found = [];
  for (const [, property, value] of css.matchAll(
    /(?:^|[;{\s])([a-z-]+)\s*:\s*([^;{}]+?)\s*(?:!important\s*)?(?=;|})/g,
  )) {
    const line = `${property}: ${value.trim()}`;
    if (/(^|-)(left|right)(-|$)/.test(property)) found.push(line);
    else if (
      ["text-align", "float", "clear"].includes(property) &&
      /\b(left|right)\b/.test(value)
    )
      found.push(line);
    else if (
      /^(margin|padding|inset|border-width|border-style|border-color)$/.test(
        property,
      )
    ) {
      // Four values: top right bottom left. Right and left must match.
      const parts = value.trim().split(/\s+(?![^(]*\))/);
      if (parts.length === 4 && parts[1] !== parts[3]) found.push(line);
    }
  }
  return found;
}

test("every card's styles use logical properties: nothing names a left or right side", () => {
  const files = styleFiles();
  assert.ok(files.length >= 9, files.join("\n"));
  const wrong = files.flatMap((file) =>
    physicalDeclarations(readFileSync(file, "utf8")).map(
      (line) => `${relative(ROOT, file)}: ${line}`,
    ),
  );
  assert.deepEqual(wrong, []);
});

test("the check catches each physical form", () => {
  assert.deepEqual(
    physicalDeclarations(
      ".a { margin-left: 1em; padding: 1px 2px 3px 4px; text-align: right; float: left; left: 0; border-right: 1px solid; inset: 0 auto auto 0 !important; }",
    ),
    [
      "margin-left: 1em",
      "padding: 1px 2px 3px 4px",
      "text-align: right",
      "float: left",
      "left: 0",
      "border-right: 1px solid",
      "inset: 0 auto auto 0",
    ],
  );
  assert.deepEqual(
    physicalDeclarations(
      ".a { margin: 0 0 0.5em; padding: calc(1px * 2) 1em; margin-inline-start: 2em; inset-inline: 0 auto; text-align: start; }",
    ),
    [],
  );
});
