// `npm test`: install dependencies if needed, make sure a browser exists, build the bundles the
// host-page tests load, run @web/test-runner in headless Chromium, then the Node-side tests of
// the build scripts (scripts/*.test.mjs). Ends with one plain `N passed, N failed` line.
// Extra arguments go to the runner (e.g. `npm test -- --files test/overview.test.ts`).
// With IL2_TEST_FAILURES=<file>, the names of the failed tests and the slowest browser tests are
// also written there as JSON (scripts/test-repeat.mjs uses it).
import { spawnSync } from "node:child_process";
import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  existsSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureChrome } from "./ensure-chrome.mjs";
import { ensureDependencies } from "./ensure-deps.mjs";

ensureDependencies();
const chromePath = ensureChrome();

const args = process.argv.slice(2);
const narrowed = args.includes("--files");
// The host-page tests and the docs examples test load the built files, so build them first unless
// the run is narrowed to other files (`--files test/overview.test.ts`).
if (
  !narrowed ||
  args.some((arg) => /hosts|host-pages|prerender|docs-examples/.test(arg))
) {
  // bundle and iife: the two script-tag files; modules: dist/esm, the package root the
  // side-effect-free entry test imports; autoloader: dist/il2-autoloader.js and its chunks; ssr:
  // dist/ssr, which renders the pre-rendered host pages and which the Node tests of the
  // `il2-widgets` command run.
  for (const mode of ["bundle", "iife", "modules", "autoloader", "ssr"]) {
    const build = spawnSync(
      "npx",
      ["vite", "build", "--mode", mode, "--logLevel", "warn"],
      { stdio: "inherit" },
    );
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
}

// Some tests read the element manifest (the demo's controls, every attribute's bad values), which
// is generated, not committed: make it from the current source.
const analyze = spawnSync("npx", ["cem", "analyze"], {
  stdio: "inherit",
});
if (analyze.status !== 0) process.exit(analyze.status ?? 1);

const scratch = mkdtempSync(join(tmpdir(), "il2-test-"));
const summaryFile = join(scratch, "summary.json");
const browser = spawnSync("npx", ["web-test-runner", ...args], {
  stdio: "inherit",
  env: {
    ...process.env,
    CHROME_PATH: chromePath,
    IL2_TEST_SUMMARY: summaryFile,
  },
});
const totals = existsSync(summaryFile)
  ? JSON.parse(readFileSync(summaryFile, "utf8"))
  : {
      passed: 0,
      failed: 1,
      skipped: 0,
      failures: ["the browser test run (it ended without a summary)"],
      durations: [],
    };
rmSync(scratch, { recursive: true, force: true });

if (!narrowed) {
  const files = readdirSync("scripts")
    .filter((file) => file.endsWith(".test.mjs"))
    .map((file) => join("scripts", file));
  const node = spawnSync(
    process.execPath,
    ["--test", "--test-reporter=tap", ...files],
    { encoding: "utf8" },
  );
  process.stdout.write(
    node.stdout
      .split("\n")
      .filter((line) => /^(not )?ok |^# (pass|fail)/.test(line))
      .join("\n") + "\n",
  );
  totals.passed += Number(/^# pass (\d+)/m.exec(node.stdout)?.[1] ?? 0);
  totals.failed += Number(/^# fail (\d+)/m.exec(node.stdout)?.[1] ?? 1);
  for (const [, name] of node.stdout.matchAll(/^not ok \d+ - (.*)$/gm))
    totals.failures.push(`scripts (node) > ${name}`);
  if (node.status !== 0 && !/^# fail [1-9]/m.test(node.stdout)) {
    totals.failed += 1;
    totals.failures.push("scripts (node) > the Node test run itself");
  }
}

if (process.env.IL2_TEST_FAILURES)
  writeFileSync(
    process.env.IL2_TEST_FAILURES,
    JSON.stringify({ failures: totals.failures, slowest: totals.durations }),
  );

const skipped = totals.skipped ? `, ${totals.skipped} skipped` : "";
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(browser.status === 0 && totals.failed === 0 ? 0 : 1);
