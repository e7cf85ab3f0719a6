// The workflow of docs/languages.md, run: every ```sh block of the page, in order, in one scratch
// folder, with `npx il2-widgets` being the built command (dist/ssr/bin.js). Between the template
// and the commands that read the translation, a stand-in vendor translates the file
// (test/node/packs.mjs), as step 2 of the page says a vendor does. A block that fails, or a
// file a later step needs that no step wrote, fails here instead of on a hospital's machine.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { fences } from "../../scripts/markdown.mjs";
import { BIN, fakeTranslate } from "./packs.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
const PAGE = "docs/languages.md";

test("every shell example of docs/languages.md runs, in order, and makes what the page says", () => {
  const blocks = fences(readFileSync(join(ROOT, PAGE), "utf8")).filter(
    (fence) => fence.lang === "sh",
  );
  assert.ok(blocks.length >= 5, "the workflow's commands");
  const folder = mkdtempSync(join(tmpdir(), "il2-languages-doc-"));
  try {
    // `npx il2-widgets …` runs the built command, as in a project that installed the package.
    const shims = join(folder, ".bin");
    mkdirSync(shims);
    writeFileSync(
      join(shims, "npx"),
      `#!/bin/sh\n[ "$1" = il2-widgets ] && shift\nexec "${process.execPath}" "${join(ROOT, BIN)}" "$@"\n`,
    );
    chmodSync(join(shims, "npx"), 0o755);
    // The page a hospital pre-renders.
    writeFileSync(
      join(folder, "page.html"),
      '<!doctype html><html lang="vi"><body><il2-overview></il2-overview></body></html>',
    );
    for (const block of blocks) {
      const run = spawnSync("sh", ["-e", "-c", block.code], {
        cwd: folder,
        encoding: "utf8",
        env: {
          ...process.env,
          PATH: `${shims}${delimiter}${process.env.PATH}`,
        },
      });
      assert.equal(
        run.status,
        0,
        `${PAGE}:${block.line} failed:\n${block.code}\n${run.stderr}`,
      );
      // Step 2: the vendor returns the translated file.
      const template = join(folder, "il2-widgets-vi.xlf");
      if (existsSync(template) && !existsSync(join(folder, "vi.xlf")))
        writeFileSync(
          join(folder, "vi.xlf"),
          fakeTranslate(readFileSync(template, "utf8")),
        );
    }
    for (const file of [
      "il2-widgets-vi.xlf",
      "review-vi.md",
      "il2-locale-vi.js",
      "il2-locale-vi-draft.js",
      "il2-locale-pseudo.js",
      "il2-locale-ar.js",
      "page.vi.html",
    ])
      assert.ok(existsSync(join(folder, file)), `${file} was written`);
    assert.match(
      readFileSync(join(folder, "il2-locale-vi.js"), "utf8"),
      /Reviewed 2025-03-14 by A\. Reviewer, MD, certified healthcare interpreter/,
    );
    assert.match(
      readFileSync(join(folder, "page.vi.html"), "utf8"),
      /<article[^>]*lang="vi"/,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
