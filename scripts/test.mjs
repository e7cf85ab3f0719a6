// `npm test`: installs dependencies and Chromium if needed, builds what the tests load unless the
// build is current (scripts/build.mjs), runs the browser suite with @web/test-runner, and the Node
// tests (the product's in test/node/, the tools' beside them in scripts/) alongside it. Ends with
// one plain `N passed, N failed` line.
//
//   npm test -- --files test/overview.test.ts   one file (extra arguments go to the runner)
//   npm test -- --engines firefox,webkit        other engines, side by side in one runner
//   npm run test:engines                        Chromium, Firefox and WebKit: a line per engine
//
// The Node tests run with Chromium (not again for the other engines) and not when the run is
// narrowed with --files. With IL2_TEST_FAILURES=<file>, the failed tests and the slowest browser
// tests are also written there as JSON (scripts/test-repeat.mjs reads it).
// Only Node built-ins at the top: this runs before anything is installed.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { rmSync, statSync, writeFileSync } from "node:fs";
import { execSync } from "node:child_process";
import { setPriority, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const ENGINES = ["chromium", "firefox", "webkit"];

/**
 * @typedef {{ passed: number, failed: number, skipped: number, failures: string[],
 *   durations: [string, number][], skipReasons: { [reason: string]: number } }} Totals
 */

/** Installs the dependencies on a fresh clone, or when package-lock.json changed since. */
export function ensureDependencies() {
  const marker = "node_modules/.package-lock.json";
  if (
    existsSync(marker) &&
    statSync("package-lock.json").mtimeMs <= statSync(marker).mtimeMs + 1000
  )
    return;
  console.log("Installing dependencies (npm ci)…");
  execSync("npm ci --no-audit --no-fund", { stdio: "inherit" });
}

/**
 * Splits `--engines a,b` (or `--engine a`, `--engines=a,b`) off the runner's arguments.
 * @param {string[]} args
 */
export function parseEnginesArg(args) {
  const runnerArgs = [];
  let engines = ["chromium"];
  for (let i = 0; i < args.length; i += 1) {
    const match = /^--engines?(?:=(.*))?$/.exec(args[i]);
    if (!match) {
      runnerArgs.push(args[i]);
      continue;
    }
    const list = match[1] ?? args[++i] ?? "";
    engines = list.split(",").filter(Boolean);
    const unknown = engines.filter((engine) => !ENGINES.includes(engine));
    if (unknown.length || engines.length === 0)
      throw new Error(
        `--engines takes a comma-separated list of ${ENGINES.join(", ")}; got "${list}".`,
      );
  }
  return { engines, runnerArgs };
}

/** Whether the run is narrowed to some test files. @param {string[]} args */
export const isNarrowed = (args) => args.includes("--files");

/**
 * What the tests load: the manifest always (the demo's controls, every attribute's bad values);
 * the bundles too, unless the run is narrowed to files that do not load them.
 * @param {string[]} args
 */
export const neededOutputs = (args, all) =>
  !isNarrowed(args) ||
  args.some((arg) =>
    /hosts|host-pages|prerender|docs-examples|locale-packs|rtl|pseudo|node\//.test(
      arg,
    ),
  )
    ? all
    : ["manifest"];

/**
 * The plain summary line: `N passed, N failed` and `, N skipped` when any were.
 * @param {{ passed: number, failed: number, skipped: number }} totals
 */
export const summaryLine = ({ passed, failed, skipped }) =>
  `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`;

/**
 * The closing lines: with one engine, its skip reasons and the plain line; with more, each
 * engine's line with its reasons and failures, then the total.
 * @param {{ name: string, totals: Totals }[]} results
 * @param {(reasons: { [reason: string]: number }, skipped: number) => string[]} skipLines
 */
export function report(results, skipLines) {
  const lines = [];
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const { name, totals } of results) {
    for (const key of /** @type {const} */ (["passed", "failed", "skipped"]))
      total[key] += totals[key];
    // The line itself stays plain (`firefox: N passed, N failed`); details go below it.
    lines.push(`${name}: ${summaryLine(totals)}`);
    lines.push(...skipLines(totals.skipReasons, totals.skipped));
    for (const failure of totals.failures) lines.push(`  failed: ${failure}`);
  }
  lines.push(summaryLine(total));
  return { text: lines.join("\n"), failed: total.failed > 0 };
}

/** Runs a command, its output passed through; resolves to its exit code. */
const run = (command, args, options = {}) =>
  new Promise((done) =>
    spawn(command, args, { stdio: "inherit", ...options }).once("exit", done),
  );

/**
 * The browser tests in every engine of `engines` in one runner; each engine's totals.
 * @returns {Promise<{ [engine: string]: Totals }>}
 */
async function runBrowserTests(engines, args, env) {
  const scratch = mkdtempSync(join(tmpdir(), "il2-test-"));
  const summaryFile = join(scratch, "summary.json");
  const status = await run(
    process.execPath,
    ["node_modules/@web/test-runner/dist/bin.js", ...args],
    {
      env: {
        ...process.env,
        ...env,
        IL2_ENGINES: engines.join(","),
        IL2_TEST_SUMMARY: summaryFile,
      },
    },
  );
  const byEngine = existsSync(summaryFile)
    ? JSON.parse(readFileSync(summaryFile, "utf8"))
    : {};
  rmSync(scratch, { recursive: true, force: true });
  const { emptyTotals } = await import("./summary-reporter.mjs");
  for (const engine of engines) byEngine[engine] ??= emptyTotals();
  // A run that failed with no failed test (a file that did not load, a crash) still fails.
  if (status !== 0 && engines.every((engine) => !byEngine[engine].failed)) {
    byEngine[engines[0]].failed += 1;
    byEngine[engines[0]].failures.push(
      `the browser test run (exit ${status}, no failed test named)`,
    );
  }
  return byEngine;
}

/** The Node tests: the product's (test/node/) and the tools' (scripts/). */
export const nodeTestFiles = () =>
  ["test/node", "scripts"].flatMap((folder) =>
    existsSync(folder)
      ? readdirSync(folder)
          .filter((file) => file.endsWith(".test.mjs"))
          .map((file) => join(folder, file))
      : [],
  );

/**
 * Runs the Node tests, printing one line per test; resolves to their totals.
 * @returns {Promise<Totals>}
 */
function runNodeTests() {
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      ["--test", "--test-reporter=tap", ...nodeTestFiles()],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    // Below the browser suite's priority (and so their browsers and servers, which inherit it):
    // the browser tests have 5-second timeouts, the Node tests take the cores' spare time.
    if (child.pid) setPriority(child.pid, 10);
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.once("exit", (status) => {
      const lines = output.split("\n");
      process.stdout.write(
        `\n${lines.filter((line) => /^(not )?ok |^# (pass|fail)/.test(line)).join("\n")}\n`,
      );
      const totals = {
        passed: Number(/^# pass (\d+)/m.exec(output)?.[1] ?? 0),
        failed: Number(/^# fail (\d+)/m.exec(output)?.[1] ?? 1),
        skipped: 0,
        failures: [...output.matchAll(/^not ok \d+ - (.*)$/gm)].map(
          ([, name]) => `node > ${name}`,
        ),
        durations: [],
        skipReasons: {},
      };
      if (status !== 0 && totals.failed === 0) {
        totals.failed = 1;
        totals.failures.push("node > the Node test run itself");
      }
      done(totals);
    });
  });
}

async function main() {
  const { engines, runnerArgs } = parseEnginesArg(process.argv.slice(2));
  ensureDependencies();
  const { ensureEngines } = await import("./engines.mjs");
  const { ensureBuilt, FOR_TESTS } = await import("./build.mjs");
  const { skipLines } = await import("./summary-reporter.mjs");
  const found = await ensureEngines({ only: engines });
  await ensureBuilt(neededOutputs(runnerArgs, FOR_TESTS));

  const started = performance.now();
  const withNode = engines.includes("chromium") && !isNarrowed(runnerArgs);
  // Side by side: the Node tests at a lower priority (see runNodeTests).
  const [byEngine, node] = await Promise.all([
    runBrowserTests(engines, runnerArgs, {
      CHROME_PATH: found.chromium.chrome,
    }),
    withNode ? runNodeTests() : undefined,
  ]);
  const results = engines.map((name) => ({ name, totals: byEngine[name] }));
  if (node) results.push({ name: "node", totals: node });
  const all = results.map(({ totals }) => totals);
  if (process.env.IL2_TEST_FAILURES)
    writeFileSync(
      process.env.IL2_TEST_FAILURES,
      JSON.stringify({
        failures: results.flatMap(({ name, totals }) =>
          totals.failures.map((failure) =>
            engines.length > 1 && name !== "node"
              ? `[${name}] ${failure}`
              : failure,
          ),
        ),
        slowest: all
          .flatMap((totals) => totals.durations)
          .sort((a, b) => b[1] - a[1])
          .slice(0, 10),
      }),
    );
  const { text, failed } = report(results, skipLines);
  console.log(
    `\nTests took ${((performance.now() - started) / 1000).toFixed(0)} s.\n${text}`,
  );
  process.exit(failed ? 1 : 0);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
