// Every Node script and example parses: a script that only CI or the benchmark runs (and so no
// other test imports) cannot break unnoticed, e.g. by a name declared twice after a merge.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const files = [
  ...readdirSync("scripts")
    .filter((name) => name.endsWith(".mjs"))
    .map((name) => join("scripts", name)),
  ...readdirSync("examples", { recursive: true })
    .map(String)
    .filter((name) => /\.m?js$/.test(name))
    .map((name) => join("examples", name)),
];

test("every script in scripts/ and examples/ parses", () => {
  assert.ok(files.includes(join("scripts", "bench.mjs")));
  const broken = files.filter(
    (file) => spawnSync(process.execPath, ["--check", file]).status !== 0,
  );
  assert.deepEqual(broken, []);
});
