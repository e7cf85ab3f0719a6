// Node tests for the size budgets: the rows size-limit checks, the pages' files, and real builds
// made to go over a ceiling (run by `npm test`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  GUIDE_PAGE_OVER_BUNDLE,
  PAGES,
  hasSpanish,
  pageBudget,
  sizeChecks,
} from "./size-budgets.mjs";
import { pageFiles, pageWeight, staticImports } from "./page-weight.mjs";

/** check-size.mjs on the current build with some ceilings overridden. */
const checkSize = (ceilings) =>
  spawnSync(process.execPath, ["scripts/check-size.mjs", "--bundles-only"], {
    // NO_COLOR: size-limit colours its lines under CI=true.
    env: {
      ...process.env,
      IL2_SIZE_CEILINGS: JSON.stringify(ceilings),
      NO_COLOR: "1",
    },
    encoding: "utf8",
  });

test("every row is a size-limit check: gzip, its files, its ceiling in bytes (none: 0, so it fails)", () => {
  const dist = mkdtempSync(join(tmpdir(), "il2-checks-"));
  try {
    for (const file of [
      "il2-widgets.js",
      "il2-widgets.iife.js",
      "il2-autoloader.js",
    ])
      writeFileSync(join(dist, file), "export{};");
    mkdirSync(join(dist, "chunks/es"), { recursive: true });
    for (const file of [
      "il2-overview.js",
      "il2-side-effects.js",
      "il2-guide.js",
      "es/common.js",
      "es/overview.js",
    ])
      writeFileSync(join(dist, "chunks", file), "export{};");
    const checks = sizeChecks(dist, { bundle: 5, "page-overview": 7 });
    assert.ok(checks.every(({ gzip }) => gzip === true));
    assert.deepEqual(checks[0], {
      name: `${dist}/il2-widgets.js (all widgets, en + es)`,
      path: [`${dist}/il2-widgets.js`],
      limit: "5 B",
      gzip: true,
    });
    const page = checks.find(({ name }) => name.startsWith("page with one"));
    assert.deepEqual(page.path, [
      `${dist}/chunks/il2-overview.js`,
      `${dist}/il2-autoloader.js`,
    ]);
    assert.equal(page.limit, "7 B");
    const spanish = checks.find(({ name }) => name.includes("Spanish adds"));
    assert.equal(spanish.path.length, 2);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

test(
  "check-size fails a build whose bundle goes over its ceiling",
  { skip: !existsSync("dist/il2-widgets.js") && "no build" },
  () => {
    const over = checkSize({ bundle: 1000 });
    assert.equal(over.status, 1);
    assert.match(
      over.stdout,
      /dist\/il2-widgets\.js \(all widgets, en \+ es\)\n\s*Package size limit has exceeded/,
    );
    const within = checkSize({ bundle: 10_000_000 });
    assert.equal(within.status, 0, within.stderr);
  },
);

test(
  "the Spanish marker is in the Spanish text only, so a leak into an English-only bundle shows",
  { skip: !existsSync("dist/esm/locales/es/common.js") && "no build" },
  () => {
    assert.equal(
      hasSpanish(readFileSync("dist/esm/locales/es/common.js", "utf8")),
      true,
    );
    assert.equal(
      hasSpanish(readFileSync("dist/esm/locales/en/common.js", "utf8")),
      false,
    );
    assert.equal(hasSpanish(readFileSync("dist/il2-widgets.js", "utf8")), true);
  },
);

test("a page is the files it asks for and every file they import, not what they import on demand", () => {
  const dist = mkdtempSync(join(tmpdir(), "il2-page-"));
  try {
    mkdirSync(join(dist, "chunks/es"), { recursive: true });
    const write = (path, code) => writeFileSync(join(dist, path), code);
    write(
      "loader.js",
      "var e=import.meta.url;function t(n){return import(new URL(`chunks/${n}.js`,e).href)}",
    );
    write(
      "chunks/a.js",
      'import{t as e}from"./core-X1.js";import"./b-Y2.js";export{e as A};',
    );
    write("chunks/b-Y2.js", 'export{c as B}from"./core-X1.js";');
    write(
      "chunks/core-X1.js",
      'var c=1;export{c};const s=`import"./not-a-file.js"`;',
    );
    write("chunks/es/a.js", "export const a={title:`Hola`};");
    assert.deepEqual(
      staticImports(
        'import{a}from"./x.js";import "../y.js";export*from"./z.js"',
      ),
      ["./x.js", "../y.js", "./z.js"],
    );
    assert.throws(
      () => pageFiles(dist, ["chunks/core-X1.js"]),
      /not-a-file\.js is missing/,
    );
    write("chunks/core-X1.js", "var c=1;export{c};");
    assert.deepEqual(pageFiles(dist, ["loader.js", "chunks/a.js"]), [
      "chunks/a.js",
      "chunks/b-Y2.js",
      "chunks/core-X1.js",
      "loader.js",
    ]);
    const page = pageWeight(dist, ["chunks/es/a.js"], ["chunks/a.js"]);
    assert.deepEqual(
      page.files.map(({ file }) => file),
      ["chunks/es/a.js"],
    );
    assert.equal(page.bytes, page.files[0].bytes);
    assert.ok(page.bytes > 20);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

test("each page has a budget; the guide's page is measured against the one-file bundle", () => {
  for (const page of PAGES) {
    const { target, ceiling } = pageBudget(page.id, 30_000);
    assert.ok(target > 0 && ceiling > 0, page.id);
  }
  assert.equal(
    pageBudget("page-guide", 30_000, {}).target,
    30_000 + GUIDE_PAGE_OVER_BUNDLE,
  );
  assert.deepEqual(
    pageBudget("page-overview", 30_000, { "page-overview": 12 }).ceiling,
    12,
  );
});

test(
  "check-size fails a build where a page with the autoloader goes over its ceiling",
  { skip: !existsSync("dist/il2-autoloader.js") && "no build" },
  () => {
    const over = checkSize({ "page-overview": 1000 });
    assert.equal(over.status, 1);
    assert.match(
      over.stdout,
      /page with one <il2-overview>, English\n\s*Package size limit has exceeded/,
    );
  },
);
