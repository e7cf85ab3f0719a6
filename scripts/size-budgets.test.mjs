// Node tests for the size-budget check (run by `npm test` after the browser tests).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { checkBudgets, formatTable, hasSpanish } from "./size-budgets.mjs";

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
  { skip: !existsSync("dist/esm/locales/es.js") && "no build" },
  () => {
    assert.equal(
      hasSpanish(readFileSync("dist/esm/locales/es.js", "utf8")),
      true,
    );
    assert.equal(
      hasSpanish(readFileSync("dist/esm/locales/en.js", "utf8")),
      false,
    );
    assert.equal(hasSpanish(readFileSync("dist/il2-widgets.js", "utf8")), true);
  },
);
