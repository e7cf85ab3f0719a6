// `npm run test:engines`: the whole browser suite in Chromium, Firefox and WebKit, then the
// Node-side tests once. Installs the engines from Debian's packages when it can (scripts/engines.mjs)
// and builds once. Ends with one plain line per engine (with why tests were skipped) and a total:
//
//   chromium: 990 passed, 0 failed
//   firefox: 985 passed, 0 failed, 5 skipped
//   webkit: 960 passed, 0 failed, 30 skipped
//   node: 60 passed, 0 failed
//   3055 passed, 0 failed, 35 skipped
//
// Extra arguments go to each engine's runner (`npm run test:engines -- --files test/x.test.ts`),
// except `--engines firefox,webkit`, which runs only those (CI: `npm test` has just run Chromium).
// With IL2_TEST_FAILURES=<file>, the failed and slowest tests (named with their engine) go there.
import { pathToFileURL } from "node:url";
import { ensureDependencies } from "./ensure-deps.mjs";
import { ENGINES, ensureEngines } from "./engines.mjs";
import { skipLines } from "./summary-reporter.mjs";
import {
  isNarrowed,
  prepareTests,
  runBrowserTests,
  runNodeTests,
  summaryLine,
  writeFailuresFile,
} from "./test.mjs";

/**
 * The closing lines: each engine's result and skip reasons, then the total.
 * @param {{ name: string, totals: import('./test.mjs').Totals, seconds?: number }[]} results
 */
export function enginesReport(results) {
  const lines = [];
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const { name, totals, seconds } of results) {
    for (const key of /** @type {const} */ (["passed", "failed", "skipped"]))
      total[key] += totals[key];
    // The line itself stays plain (`firefox: N passed, N failed`); details go below it.
    lines.push(`${name}: ${summaryLine(totals)}`);
    if (seconds !== undefined) lines.push(`  in ${seconds.toFixed(0)} s`);
    lines.push(...skipLines(totals.skipReasons, totals.skipped));
    for (const failure of totals.failures) lines.push(`  failed: ${failure}`);
  }
  lines.push(summaryLine(total));
  return { text: lines.join("\n"), failed: total.failed > 0 };
}

/**
 * Splits `--engines a,b` (or `--engines=a,b`) off the runner's arguments.
 * @param {string[]} args
 */
export function parseEnginesArg(args) {
  const runnerArgs = [];
  let engines = ENGINES;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    const list =
      arg === "--engines"
        ? (args[++i] ?? "")
        : arg.startsWith("--engines=")
          ? arg.slice("--engines=".length)
          : undefined;
    if (list === undefined) {
      runnerArgs.push(arg);
      continue;
    }
    engines = list.split(",").filter(Boolean);
    const unknown = engines.filter((engine) => !ENGINES.includes(engine));
    if (unknown.length || engines.length === 0)
      throw new Error(
        `--engines takes a comma-separated list of ${ENGINES.join(", ")}; got "${list}".`,
      );
  }
  return { engines, runnerArgs };
}

function main() {
  const { engines, runnerArgs: args } = parseEnginesArg(process.argv.slice(2));
  ensureDependencies();
  const found = ensureEngines({ only: engines });
  prepareTests(args);
  const results = [];
  let status = 0;
  for (const engine of engines) {
    console.log(`\n== ${engine} ==`);
    const started = performance.now();
    const totals = runBrowserTests(engine, args, {
      CHROME_PATH: found.chromium.chrome,
    });
    if (totals.status !== 0) status = 1;
    results.push({
      name: engine,
      totals: {
        ...totals,
        failures: totals.failures.map((name) => `[${engine}] ${name}`),
        durations: totals.durations.map(([name, ms]) => [
          `[${engine}] ${name}`,
          ms,
        ]),
      },
      seconds: (performance.now() - started) / 1000,
    });
  }
  if (!isNarrowed(args)) {
    console.log("\n== node ==");
    results.push({ name: "node", totals: runNodeTests() });
  }
  writeFailuresFile(
    results.flatMap(({ totals }) => totals.failures),
    results
      .flatMap(({ totals }) => totals.durations)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10),
  );
  const report = enginesReport(results);
  console.log(`\n${report.text}`);
  process.exit(status === 0 && !report.failed ? 0 : 1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
