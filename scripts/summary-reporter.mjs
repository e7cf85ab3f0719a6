// Prints one plain `N passed, N failed` line at the end of a run, outside the progress bar, so CI
// and people can read the result. A test file that fails to load counts as one failure.

import { writeFileSync } from "node:fs";

/** @param {import('@web/test-runner-core').TestSuiteResult | undefined} suite */
function countSuite(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) countSuite(child, totals);
}

/** @returns {import('@web/test-runner').Reporter} */
export function summaryReporter() {
  let lastSessions = [];
  return {
    onTestRunFinished({ sessions }) {
      lastSessions = sessions;
    },
    stop() {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of lastSessions) {
        const before = totals.failed;
        countSuite(session.testResults, totals);
        // A session can fail without a failing test (load error, afterAll error): count it once.
        if (session.passed === false && totals.failed === before)
          totals.failed += 1;
      }
      // `npm test` (scripts/test.mjs) adds the Node-side tests and prints the combined line itself.
      if (process.env.IL2_TEST_SUMMARY) {
        writeFileSync(process.env.IL2_TEST_SUMMARY, JSON.stringify(totals));
        return;
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : "";
      // Printed on exit so it is the very last line, after the live progress output settles.
      process.once("exit", () =>
        process.stdout.write(
          `\n${totals.passed} passed, ${totals.failed} failed${skipped}\n`,
        ),
      );
    },
  };
}
