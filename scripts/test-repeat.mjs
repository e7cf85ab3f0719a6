// `npm run test:repeat -- [runs] [runner arguments]`: runs the README's test command several times
// in a row (5 unless told) and lists every test that failed in any run, with how often. A test that
// fails once in five is a coin toss for the next person's CI, so this exits 1 on any failure.
// Example: `npm run test:repeat -- 3 --files test/questions.test.ts`. Each run's full output is kept
// in .tmp/test-repeat/run-N.log for reading the failures.
import { spawnSync } from "node:child_process";
import {
  mkdtempSync,
  mkdirSync,
  readFileSync,
  rmSync,
  existsSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * @typedef {{ run: number, seconds: number, summary: string, failures: string[], slowest?: [string, number][] }} RunResult
 */

/**
 * The report printed after the runs: one line per run, then each failed test with the runs it
 * failed in, most frequent first.
 * @param {RunResult[]} runs
 * @returns {{ text: string, failed: boolean }}
 */
export function repeatReport(runs) {
  const runCount = runs.length === 1 ? "1 run" : `${runs.length} runs`;
  const lines = runs.map(
    ({ run, seconds, summary }) =>
      `run ${run}: ${summary} (${seconds.toFixed(0)} s)`,
  );
  /** @type {Map<string, number[]>} */
  const byTest = new Map();
  for (const { run, failures } of runs)
    for (const name of new Set(failures))
      byTest.set(name, [...(byTest.get(name) ?? []), run]);
  if (byTest.size === 0) {
    lines.push(`No test failed in ${runCount}.`);
  } else {
    lines.push(`Failed in at least one of ${runCount}:`);
    const sorted = [...byTest].sort((a, b) => b[1].length - a[1].length);
    for (const [name, inRuns] of sorted)
      lines.push(
        `  ${inRuns.length}/${runs.length}  ${name}  (run ${inRuns.join(", ")})`,
      );
  }
  // Each test's longest time in any run: a test near mocha's 5 s is the next coin toss.
  /** @type {Map<string, number>} */
  const longest = new Map();
  for (const { slowest = [] } of runs)
    for (const [name, ms] of slowest)
      longest.set(name, Math.max(ms, longest.get(name) ?? 0));
  if (longest.size) {
    lines.push("Slowest tests (longest run):");
    for (const [name, ms] of [...longest]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5))
      lines.push(`  ${(ms / 1000).toFixed(1)} s  ${name}`);
  }
  const seconds = runs.map((run) => run.seconds);
  if (seconds.length)
    lines.push(
      `Time per run: ${Math.min(...seconds).toFixed(0)}–${Math.max(...seconds).toFixed(0)} s.`,
    );
  return { text: lines.join("\n"), failed: byTest.size > 0 };
}

/**
 * Splits the command line into the number of runs and what goes on to the test command.
 * @param {string[]} args
 */
export function parseRepeatArgs(args) {
  const [first, ...rest] = args;
  const count = Number(first);
  if (first !== undefined && Number.isInteger(count) && count > 0)
    return { runs: count, passOn: rest };
  return { runs: 5, passOn: args };
}

function main() {
  const { runs, passOn } = parseRepeatArgs(process.argv.slice(2));
  const scratch = mkdtempSync(join(tmpdir(), "il2-repeat-"));
  const logs = join(".tmp", "test-repeat");
  rmSync(logs, { recursive: true, force: true });
  mkdirSync(logs, { recursive: true });
  /** @type {RunResult[]} */
  const results = [];
  for (let run = 1; run <= runs; run += 1) {
    console.log(`\n== test run ${run} of ${runs} ==`);
    const failuresFile = join(scratch, `failures-${run}.json`);
    const started = performance.now();
    const test = spawnSync(process.execPath, ["scripts/test.mjs", ...passOn], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, IL2_TEST_FAILURES: failuresFile },
    });
    const seconds = (performance.now() - started) / 1000;
    writeFileSync(join(logs, `run-${run}.log`), test.stdout);
    // The test command's last line is its plain "N passed, N failed" summary.
    const summary =
      test.stdout
        .split("\n")
        .findLast((line) => /^\d+ passed, \d+ failed/.test(line)) ??
      `no summary (exit ${test.status})`;
    const { failures, slowest } = existsSync(failuresFile)
      ? JSON.parse(readFileSync(failuresFile, "utf8"))
      : {
          failures: [`the whole run (exit ${test.status}, no results)`],
          slowest: [],
        };
    if (test.status !== 0 && failures.length === 0)
      failures.push(`the whole run (exit ${test.status})`);
    console.log(`${summary} in ${seconds.toFixed(0)} s`);
    results.push({ run, seconds, summary, failures, slowest });
  }
  rmSync(scratch, { recursive: true, force: true });
  const report = repeatReport(results);
  console.log(`\n${report.text}\nFull output of each run: ${logs}/run-N.log`);
  process.exit(report.failed ? 1 : 0);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
