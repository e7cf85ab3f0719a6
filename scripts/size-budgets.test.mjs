// Node tests for the size-budget check (run by `npm test` after the browser tests).
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
  checkBudgets,
  formatTable,
  hasSpanish,
  pageBudget,
} from "./size-budgets.mjs";
import { pageFiles, pageWeight, staticImports } from "./page-weight.mjs";

const row = (bytes, target = 100, ceiling = 120) => ({
  name: "dist/x.js",
  bytes,
  target,
  ceiling,
});

test("a file over its ceiling fails the build", () => {
  const { failures } = checkBudgets([row(121)]);
  assert.deepEqual(failures, ["dist/x.js: 121 bytes > ceiling 120"]);
});

test("a file at its ceiling passes, and one over target only is reported as a gap", () => {
  assert.deepEqual(checkBudgets([row(120)]), {
    failures: [],
    gaps: ["dist/x.js: 120 bytes > target 100"],
  });
  assert.deepEqual(checkBudgets([row(100)]), { failures: [], gaps: [] });
});

test("the table marks each row", () => {
  const table = formatTable([row(90), row(110), row(130)]);
  assert.match(table, /90 +100 +120 +ok/);
  assert.match(table, /110 +100 +120 +over target/);
  assert.match(table, /130 +100 +120 +OVER CEILING/);
});

test("a file with no byte target (the one-file bundles) shows a dash and is never a gap", () => {
  const untargeted = { ...row(110), target: undefined };
  assert.deepEqual(checkBudgets([untargeted]), { failures: [], gaps: [] });
  assert.match(formatTable([untargeted]), /110 +— +120 +ok/);
  assert.deepEqual(
    checkBudgets([{ ...row(121), target: undefined }]).failures,
    ["dist/x.js: 121 bytes > ceiling 120"],
  );
});

test(
  "check-size fails a build whose bundle goes over its ceiling",
  { skip: !existsSync("dist/il2-widgets.js") && "no build" },
  () => {
    const over = spawnSync(
      process.execPath,
      ["scripts/check-size.mjs", "--bundles-only"],
      {
        env: {
          ...process.env,
          IL2_SIZE_CEILINGS: JSON.stringify({ bundle: 1000 }),
        },
        encoding: "utf8",
      },
    );
    assert.equal(over.status, 1);
    assert.match(over.stderr, /Size budget exceeded/);
    assert.match(over.stdout, /OVER CEILING/);
    const within = spawnSync(
      process.execPath,
      ["scripts/check-size.mjs", "--bundles-only"],
      {
        env: {
          ...process.env,
          IL2_SIZE_CEILINGS: JSON.stringify({ bundle: 10_000_000 }),
        },
        encoding: "utf8",
      },
    );
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
    const over = spawnSync(
      process.execPath,
      ["scripts/check-size.mjs", "--bundles-only"],
      {
        env: {
          ...process.env,
          IL2_SIZE_CEILINGS: JSON.stringify({ "page-overview": 1000 }),
        },
        encoding: "utf8",
      },
    );
    assert.equal(over.status, 1);
    assert.match(
      over.stderr,
      /page with one <il2-overview>, English: \d+ bytes > ceiling 1000/,
    );
    assert.match(over.stdout, /page with one <il2-overview>.*OVER CEILING/);
  },
);
