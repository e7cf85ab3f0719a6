// The repeat runner's report: which tests failed in which runs, and its exit decision.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseRepeatArgs, repeatReport } from "./test-repeat.mjs";

test("test:repeat takes the number of runs first and passes the rest on", () => {
  assert.deepEqual(parseRepeatArgs(["3", "--files", "test/a.test.ts"]), {
    runs: 3,
    passOn: ["--files", "test/a.test.ts"],
  });
  assert.deepEqual(parseRepeatArgs([]), { runs: 5, passOn: [] });
  assert.deepEqual(parseRepeatArgs(["--files", "x"]), {
    runs: 5,
    passOn: ["--files", "x"],
  });
  assert.deepEqual(parseRepeatArgs(["0"]), { runs: 5, passOn: ["0"] });
});

test("test:repeat lists every test that failed in any run, most frequent first, and fails", () => {
  const report = repeatReport([
    { run: 1, seconds: 90, summary: "10 passed, 0 failed", failures: [] },
    {
      run: 2,
      seconds: 95,
      summary: "9 passed, 1 failed",
      failures: ["test/a.test.ts > slow one"],
    },
    {
      run: 3,
      seconds: 92,
      summary: "8 passed, 2 failed",
      failures: ["test/b.test.ts > rare one", "test/a.test.ts > slow one"],
      slowest: [
        ["test/c.test.ts > heavy", 4200],
        ["test/d.test.ts > light", 900],
      ],
    },
  ]);
  assert.equal(report.failed, true);
  const lines = report.text.split("\n");
  assert.equal(lines[0], "run 1: 10 passed, 0 failed (90 s)");
  assert.ok(lines.includes("Failed in at least one of 3 runs:"));
  const slow = lines.findIndex((line) => line.includes("slow one"));
  const rare = lines.findIndex((line) => line.includes("rare one"));
  assert.ok(slow < rare, "most frequent first");
  assert.match(
    lines[slow],
    /2\/3 {2}test\/a\.test\.ts > slow one {2}\(run 2, 3\)/,
  );
  assert.match(report.text, /Time per run: 90–95 s\./);
  assert.match(
    report.text,
    /Slowest tests \(longest run\):\n {2}4\.2 s {2}test\/c\.test\.ts > heavy\n {2}0\.9 s/,
  );
});

test("test:repeat passes when no run failed", () => {
  const report = repeatReport([
    { run: 1, seconds: 80, summary: "10 passed, 0 failed", failures: [] },
    { run: 2, seconds: 81, summary: "10 passed, 0 failed", failures: [] },
  ]);
  assert.equal(report.failed, false);
  assert.match(report.text, /No test failed in 2 runs\./);
});
