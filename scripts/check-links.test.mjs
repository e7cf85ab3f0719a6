// The docs checks on small made-up repositories: a broken link or anchor fails, a good one passes,
// code is not read as links, the README keeps its size limit, and the HTML examples are found
// with their markers. Run by `npm test` (node --test).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { README_MAX_BYTES, checkDocs } from "./check-links.mjs";
import { htmlExamples } from "./docs-examples.mjs";
import { anchors, markdownFiles } from "./markdown.mjs";

/** A throw-away repository with the given files (path → text). */
function repository(files) {
  const root = mkdtempSync(join(tmpdir(), "il2-docs-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function problemsIn(files) {
  const root = repository(files);
  try {
    return checkDocs(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const GOOD = {
  "README.md": [
    "# il2-widgets",
    "",
    "See [Embedding](docs/embedding.md), [its CSP part](docs/embedding.md#content-security-policy-and-trusted-types),",
    "[the screenshot](docs/screenshot.png), [the docs folder](docs/), [below](#two-commands),",
    "[a site](https://lit.dev) and [mail](mailto:someone@example.org).",
    "",
    "[ref]: CONTRIBUTING.md",
    "",
    "## Two commands",
  ].join("\n"),
  "CONTRIBUTING.md":
    "# Contributing\n\nBack to the [README](README.md#il2-widgets).\n",
  "docs/embedding.md": [
    "# Embedding",
    "",
    "## Content-Security-Policy and Trusted Types",
    "",
    "### `<il2-overview>`",
    "",
    "## Usage",
    "",
    "## Usage",
    "",
    '[Overview](#il2-overview), [the second usage](#usage-1), <a href="../README.md">home</a>.',
  ].join("\n"),
  "docs/screenshot.png": "",
};

test("a repository whose links all resolve passes", () => {
  assert.deepEqual(problemsIn(GOOD), []);
});

test("a link to a missing file fails, with its file and line", () => {
  const problems = problemsIn({
    ...GOOD,
    "docs/frameworks.md":
      "# Frameworks\n\nSee [the API](api.md) and [React](#react).\n",
  });
  assert.equal(problems.length, 2, problems.join("\n"));
  assert.match(problems[0], /^docs\/frameworks\.md:3: api\.md points nowhere/);
  assert.match(problems[1], /^docs\/frameworks\.md:3: #react names no heading/);
});

test("an anchor that names no heading of the other page fails", () => {
  const problems = problemsIn({
    ...GOOD,
    "README.md": `${GOOD["README.md"]}\n\n[CSP](docs/embedding.md#csp)\n`,
  });
  assert.equal(problems.length, 1, problems.join("\n"));
  assert.match(
    problems[0],
    /README\.md:\d+: docs\/embedding\.md#csp names no heading in docs\/embedding\.md/,
  );
});

test("links outside the repository and from the site root fail", () => {
  const problems = problemsIn({
    ...GOOD,
    "CONTRIBUTING.md":
      "# C\n\n[Facts](../shared/content/FACTS.md) [dist](/dist/il2-widgets.js)\n",
  });
  assert.equal(problems.length, 2, problems.join("\n"));
  assert.match(problems[0], /points outside the repository/);
  assert.match(problems[1], /starts at the site root/);
});

test("addresses in code blocks, code spans and comments are not links", () => {
  const text = [
    "# Page",
    "",
    "```html",
    '<a href="missing.html">x</a> [y](missing.md)',
    "```",
    "",
    "    ```md",
    "    [z](missing.md)",
    "    ```",
    "",
    "Inline `[a](missing.md)` and ``code with ` and [b](missing.md)``, and a span that",
    "runs over a line break: `npx il2-widgets prerender",
    "page.html -o [c](missing.md)`.",
    "<!-- [d](missing.md) -->",
  ].join("\n");
  assert.deepEqual(problemsIn({ ...GOOD, "docs/page.md": text }), []);
});

test("the README over its size limit fails", () => {
  const problems = problemsIn({
    ...GOOD,
    "README.md": `${GOOD["README.md"]}\n\n${"word ".repeat(README_MAX_BYTES / 5)}\n`,
  });
  assert.equal(problems.length, 1);
  assert.match(
    problems[0],
    /^README\.md: [\d,]+ bytes, over the 12,000-byte limit/,
  );
});

test("the command lists the broken links and exits 1", () => {
  const root = repository({
    ...GOOD,
    "docs/api.md": "# API\n\n[gone](gone.md)\n",
  });
  try {
    const script = fileURLToPath(new URL("./check-links.mjs", import.meta.url));
    const run = spawnSync(process.execPath, [script], {
      cwd: root,
      encoding: "utf8",
    });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /docs\/api\.md:3: gone\.md points nowhere/);
    rmSync(join(root, "docs/api.md"));
    const fixed = spawnSync(process.execPath, [script], {
      cwd: root,
      encoding: "utf8",
    });
    assert.equal(fixed.status, 0, fixed.stderr);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("heading anchors are made as on GitHub (repeats numbered, code and links read as text)", () => {
  assert.deepEqual(
    [
      ...anchors(
        "# A\n\n## A\n\n```md\n## Not a heading\n```\n\n## A\n\n### `<il2-overview>`\n\n## [Linked](x.md) _emphasis_ and snake_case\n",
      ),
    ],
    ["a", "a-1", "a-2", "il2-overview", "linked-emphasis-and-snake_case"],
  );
});

test("the docs are the top-level Markdown files and everything under docs/", () => {
  const root = repository({
    ...GOOD,
    "docs/bench/notes.md": "# Notes\n",
    "docs/bench/latest.json": "{}",
    "src/readme.md": "# not docs\n",
  });
  try {
    assert.deepEqual(markdownFiles(root), [
      "CONTRIBUTING.md",
      "README.md",
      "docs/bench/notes.md",
      "docs/embedding.md",
    ]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("HTML examples are found, with the reason of a block marked not standalone", () => {
  const root = repository({
    "README.md": [
      "# R",
      "",
      "```html",
      "<il2-overview></il2-overview>",
      "```",
      "",
      "```js",
      'import "il2-widgets/overview";',
      "```",
      "",
      "1. A step:",
      "",
      "   ```html",
      '   <script type="module" src="/assets/il2-widgets.js"></script>',
      "   ```",
      "",
      "<!-- example: not standalone (needs the pre-rendering step) -->",
      "",
      "```html",
      "<il2-guide></il2-guide>",
      "```",
    ].join("\n"),
  });
  try {
    assert.deepEqual(htmlExamples(root), [
      { file: "README.md", line: 3, code: "<il2-overview></il2-overview>" },
      {
        file: "README.md",
        line: 13,
        code: '<script type="module" src="/assets/il2-widgets.js"></script>',
      },
      {
        file: "README.md",
        line: 19,
        code: "<il2-guide></il2-guide>",
        skip: "needs the pre-rendering step",
      },
    ]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
