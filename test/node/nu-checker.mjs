// The W3C Nu HTML Checker (the vnu-jar package; Java is on these machines), as the tests of
// pre-rendered markup use it: a page's errors, or none.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vnuJar from "vnu-jar";

/** Fails with the checker's own messages when `html` (a whole page) has any error. */
export function assertValidHtml(html) {
  const folder = mkdtempSync(join(tmpdir(), "il2-vnu-"));
  try {
    const file = join(folder, "page.html");
    writeFileSync(file, html);
    const run = spawnSync(
      "java",
      ["-jar", vnuJar, "--errors-only", "--format", "gnu", file],
      { encoding: "utf8", timeout: 120_000 },
    );
    assert.equal(run.error, undefined, `java could not run: ${run.error}`);
    assert.equal(run.status, 0, run.stderr || run.stdout);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
