// The HTML examples of the docs, for test/docs-examples.test.ts: every ```html block in the
// Markdown files that scripts/check-links.mjs checks (README.md, CONTRIBUTING.md, docs/**). The
// browser cannot read files, so the test asks for them through the `docs-html-examples` server
// command (docsExamplesPlugin, registered in web-test-runner.config.mjs).
//
// A block that cannot run as a page of its own is marked in the Markdown on the line before its
// fence: `<!-- example: not standalone (the reason) -->`. The test skips it and names the reason.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fences, markdownFiles } from "./markdown.mjs";

/**
 * @typedef {object} HtmlExample
 * @property {string} file   the Markdown file, relative to the repository
 * @property {number} line   the line of its opening fence
 * @property {string} code   the HTML
 * @property {string} [skip] why it is not run (from its `not standalone` marker)
 */

/**
 * @param {string} root the repository
 * @returns {HtmlExample[]}
 */
export function htmlExamples(root) {
  /** @type {HtmlExample[]} */
  const examples = [];
  for (const file of markdownFiles(root)) {
    for (const fence of fences(readFileSync(join(root, file), "utf8"))) {
      if (fence.lang !== "html") continue;
      const marker =
        /^<!--\s*example:\s*not standalone\s*(?:\((.*)\))?\s*-->$/i.exec(
          fence.before,
        );
      examples.push({
        file,
        line: fence.line,
        code: fence.code,
        ...(marker ? { skip: marker[1]?.trim() || "no reason given" } : {}),
      });
    }
  }
  return examples;
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function docsExamplesPlugin(root = process.cwd()) {
  return {
    name: "docs-examples",
    executeCommand({ command }) {
      if (command === "docs-html-examples") return htmlExamples(root);
      return undefined;
    },
  };
}
