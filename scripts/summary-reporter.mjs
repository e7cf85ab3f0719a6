// Prints one plain `N passed, N failed` line at the end of a run, outside the progress bar, so CI
// and people can read the result. A test file that fails to load counts as one failure.
// Skipped tests are counted with their reasons: a test skips through `skipTest(reason)` in
// test/helpers.ts, which tells the server (the `il2-skip` command below) why.

import { writeFileSync } from "node:fs";
import { relative } from "node:path";

/**
 * @param {import('@web/test-runner-core').TestSuiteResult | undefined} suite
 * @param {{ passed: number, failed: number, skipped: number, failures: string[], durations: [string, number][], skipReasons: { [reason: string]: number } }} totals
 * @param {string} path the file and the suite names above this suite
 */
function countSuite(suite, totals, path) {
  if (!suite) return;
  for (const test of suite.tests) {
    if (typeof test.duration === "number")
      totals.durations.push([`${path} > ${test.name}`, test.duration]);
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      totals.failures.push(`${path} > ${test.name}`);
    }
  }
  for (const child of suite.suites)
    countSuite(child, totals, `${path} > ${child.name}`);
}

/** Why tests were skipped in this run, per engine: engine → { reason: how many tests }. */
const skipReasons = {};

/**
 * Server command `il2-skip` `{ reason }`: records why the calling test skips itself.
 * @param {(browser: any) => string} engineOf
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function skipReasonsPlugin(engineOf) {
  return {
    name: "il2-skip",
    executeCommand({ command, payload, session }) {
      if (command !== "il2-skip") return undefined;
      const { reason } = /** @type {{ reason?: unknown }} */ (payload ?? {});
      if (typeof reason !== "string" || reason.trim() === "")
        throw new Error("il2-skip needs { reason: string }.");
      const reasons = (skipReasons[engineOf(session.browser)] ??= {});
      reasons[reason] = (reasons[reason] ?? 0) + 1;
      return true;
    },
  };
}

/**
 * The lines that list why tests were skipped, most frequent first.
 * @param {{ [reason: string]: number }} reasons
 * @param {number} skipped how many tests were skipped in all
 */
export function skipLines(reasons, skipped) {
  const lines = Object.entries(reasons)
    .sort((a, b) => b[1] - a[1])
    .map(([reason, count]) => `  ${count} skipped: ${reason}`);
  const explained = Object.values(reasons).reduce((sum, n) => sum + n, 0);
  if (skipped > explained)
    lines.push(`  ${skipped - explained} skipped: no reason given (it.skip)`);
  return lines;
}

/** How many of the slowest tests the summary file keeps. */
const SLOWEST = 10;

/** A run's totals, before any test is counted. */
export const emptyTotals = () => ({
  passed: 0,
  failed: 0,
  skipped: 0,
  failures: [],
  durations: [],
  skipReasons: {},
});

/**
 * Counts each engine's tests apart (`{ chromium: totals, … }`), naming every test by its file
 * (and group, for the time-zone runs), so a repeat run can list it.
 * @param {import('@web/test-runner-core').TestSession[]} sessions
 * @param {(browser: any) => string} engineOf
 */
export function countSessions(sessions, engineOf) {
  /** @type {{ [engine: string]: ReturnType<typeof emptyTotals> }} */
  const byEngine = {};
  for (const session of sessions) {
    const engine = engineOf(session.browser);
    const totals = (byEngine[engine] ??= {
      ...emptyTotals(),
      skipReasons: skipReasons[engine] ?? {},
    });
    const before = totals.failed;
    const file = relative(process.cwd(), session.testFile);
    const group =
      session.group?.name && session.group.name !== "default"
        ? ` [${session.group.name}]`
        : "";
    countSuite(session.testResults, totals, `${file}${group}`);
    // A session can fail without a failing test (load error, afterAll error): count it once.
    if (session.passed === false && totals.failed === before) {
      totals.failed += 1;
      totals.failures.push(`${file}${group} (the file failed to run)`);
    }
  }
  for (const totals of Object.values(byEngine)) {
    // The slowest tests, so a repeat run shows a test creeping towards its timeout.
    totals.durations = totals.durations
      .sort((a, b) => b[1] - a[1])
      .slice(0, SLOWEST);
  }
  return byEngine;
}

/**
 * Writes each engine's totals, with the skip reasons of the run, as JSON where IL2_TEST_SUMMARY
 * says (`npm test` prints the lines); without it, prints the plain line itself.
 * @param {(browser: any) => string} engineOf
 * @returns {import('@web/test-runner').Reporter}
 */
export function summaryReporter(engineOf) {
  let lastSessions = [];
  return {
    onTestRunFinished({ sessions }) {
      lastSessions = sessions;
    },
    stop() {
      const byEngine = countSessions(lastSessions, engineOf);
      if (process.env.IL2_TEST_SUMMARY) {
        writeFileSync(process.env.IL2_TEST_SUMMARY, JSON.stringify(byEngine));
        return;
      }
      const totals = emptyTotals();
      const lines = [];
      for (const engine of Object.values(byEngine)) {
        for (const key of ["passed", "failed", "skipped"])
          totals[key] += engine[key];
        lines.push(...skipLines(engine.skipReasons, engine.skipped));
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : "";
      // Printed on exit so it is the very last line, after the live progress output settles.
      process.once("exit", () =>
        process.stdout.write(
          `\n${lines.map((line) => `${line}\n`).join("")}${totals.passed} passed, ${totals.failed} failed${skipped}\n`,
        ),
      );
    },
  };
}
