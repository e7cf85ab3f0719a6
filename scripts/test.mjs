// `npm test`: install dependencies if needed, make sure a browser exists, build the bundles the
// host-page tests load, run @web/test-runner in headless Chromium, then the Node-side tests of
// the build scripts (scripts/*.test.mjs). Ends with one plain `N passed, N failed` line.
// Extra arguments go to the runner (e.g. `npm test -- --files test/overview.test.ts`), except
// `--engine firefox` or `--engine webkit`, which runs the browser tests in that engine instead
// (`npm run test:engines` runs all three; see scripts/test-engines.mjs).
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
import { pathToFileURL } from "node:url";
import { ensureChrome } from "./ensure-chrome.mjs";
import { ensureDependencies } from "./ensure-deps.mjs";
import { ENGINES, ensureEngines } from "./engines.mjs";
import { skipLines } from "./summary-reporter.mjs";

/**
 * @typedef {{ passed: number, failed: number, skipped: number, failures: string[],
 *   durations: [string, number][], skipReasons: { [reason: string]: number } }} Totals
 */

/**
 * Splits `--engine NAME` (or `--engine=NAME`) off the runner's arguments.
 * @param {string[]} args
 * @returns {{ engine: string, runnerArgs: string[] }}
 */
export function parseEngineArg(args) {
  const runnerArgs = [];
  let engine = "chromium";
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === "--engine") engine = args[++i] ?? "";
    else if (arg.startsWith("--engine="))
      engine = arg.slice("--engine=".length);
    else runnerArgs.push(arg);
  }
  if (!ENGINES.includes(engine))
    throw new Error(
      `--engine must be one of ${ENGINES.join(", ")}, not "${engine}".`,
    );
  return { engine, runnerArgs };
}

/** Whether the run is narrowed to some test files. @param {string[]} args */
export const isNarrowed = (args) => args.includes("--files");

/**
 * Builds what the tests load: the bundles the host-page tests use (unless the run is narrowed to
 * other files) and the element manifest. Exits on a failed build.
 * @param {string[]} args the runner's arguments
 */
export function prepareTests(args) {
  // The host-page tests and the docs examples test load the built files.
  if (
    !isNarrowed(args) ||
    args.some((arg) =>
      /hosts|host-pages|prerender|docs-examples|locale-packs/.test(arg),
    )
  ) {
    // bundle and iife: the two script-tag files; modules: dist/esm, the package root the
    // side-effect-free entry test imports; autoloader: dist/il2-autoloader.js and its chunks;
    // ssr: dist/ssr, which renders the pre-rendered host pages and which the Node tests of the
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
  // Some tests read the element manifest (the demo's controls, every attribute's bad values),
  // which is generated, not committed: make it from the current source.
  const analyze = spawnSync("npx", ["cem", "analyze"], { stdio: "inherit" });
  if (analyze.status !== 0) process.exit(analyze.status ?? 1);
}

/**
 * Runs the browser tests in one engine and returns the summary reporter's totals.
 * @param {string} engine
 * @param {string[]} args the runner's arguments
 * @param {NodeJS.ProcessEnv} [env] extra environment (CHROME_PATH…)
 * @returns {Totals & { status: number | null }}
 */
export function runBrowserTests(engine, args, env = {}) {
  const scratch = mkdtempSync(join(tmpdir(), "il2-test-"));
  const summaryFile = join(scratch, "summary.json");
  const run = spawnSync("npx", ["web-test-runner", ...args], {
    stdio: "inherit",
    env: {
      ...process.env,
      ...env,
      IL2_ENGINE: engine,
      IL2_TEST_SUMMARY: summaryFile,
    },
  });
  /** @type {Totals} */
  const totals = existsSync(summaryFile)
    ? JSON.parse(readFileSync(summaryFile, "utf8"))
    : {
        passed: 0,
        failed: 1,
        skipped: 0,
        failures: ["the browser test run (it ended without a summary)"],
        durations: [],
        skipReasons: {},
      };
  rmSync(scratch, { recursive: true, force: true });
  return { ...totals, status: run.status };
}

/**
 * Runs the Node-side tests of the build scripts (scripts/*.test.mjs), printing their results.
 * @returns {Totals}
 */
export function runNodeTests() {
  const files = ["scripts", "test/node"].flatMap((folder) =>
    readdirSync(folder)
      .filter((file) => file.endsWith(".test.mjs"))
      .map((file) => join(folder, file)),
  );
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
  /** @type {Totals} */
  const totals = {
    passed: Number(/^# pass (\d+)/m.exec(node.stdout)?.[1] ?? 0),
    failed: Number(/^# fail (\d+)/m.exec(node.stdout)?.[1] ?? 1),
    skipped: 0,
    failures: [],
    durations: [],
    skipReasons: {},
  };
  for (const [, name] of node.stdout.matchAll(/^not ok \d+ - (.*)$/gm))
    totals.failures.push(`scripts (node) > ${name}`);
  if (node.status !== 0 && !/^# fail [1-9]/m.test(node.stdout)) {
    totals.failed += 1;
    totals.failures.push("scripts (node) > the Node test run itself");
  }
  return totals;
}

/**
 * The plain summary line: `N passed, N failed` and `, N skipped` when any were.
 * @param {{ passed: number, failed: number, skipped: number }} totals
 */
export const summaryLine = ({ passed, failed, skipped }) =>
  `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`;

/**
 * Writes the failed tests and the slowest ones where IL2_TEST_FAILURES says (test:repeat).
 * @param {string[]} failures
 * @param {[string, number][]} slowest
 */
export function writeFailuresFile(failures, slowest) {
  if (process.env.IL2_TEST_FAILURES)
    writeFileSync(
      process.env.IL2_TEST_FAILURES,
      JSON.stringify({ failures, slowest }),
    );
}

function main() {
  ensureDependencies();
  const { engine, runnerArgs } = parseEngineArg(process.argv.slice(2));
  /** @type {NodeJS.ProcessEnv} */
  const env = {};
  if (engine === "chromium") env.CHROME_PATH = ensureChrome();
  else ensureEngines({ only: [engine] });
  prepareTests(runnerArgs);

  const totals = runBrowserTests(engine, runnerArgs, env);
  if (!isNarrowed(runnerArgs)) {
    const node = runNodeTests();
    totals.passed += node.passed;
    totals.failed += node.failed;
    totals.failures.push(...node.failures);
  }
  writeFailuresFile(totals.failures, totals.durations);

  const reasons = skipLines(totals.skipReasons, totals.skipped);
  if (reasons.length)
    console.log(`\n${engine}, skipped tests:\n${reasons.join("\n")}`);
  console.log(`\n${summaryLine(totals)}`);
  process.exit(totals.status === 0 && totals.failed === 0 ? 0 : 1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
