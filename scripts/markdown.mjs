// Just enough Markdown reading for the docs checks (scripts/check-links.mjs, the docs examples
// test): which files are the docs, their fenced code blocks, their links, and the anchors a code
// forge makes from their headings. No Markdown library: the docs use a small, Prettier-formatted
// subset (ATX headings, backtick fences, inline links), and this stays easy to read and test.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * The documentation: every Markdown file at the top level of `root` and under `root/docs/`,
 * as paths relative to `root`, sorted.
 * @param {string} root
 * @returns {string[]}
 */
export function markdownFiles(root) {
  const files = readdirSync(root).filter(
    (name) => name.endsWith(".md") && statSync(join(root, name)).isFile(),
  );
  const docs = join(root, "docs");
  let nested = [];
  try {
    nested = readdirSync(docs, { recursive: true })
      .map(String)
      .filter((name) => name.endsWith(".md"))
      .map((name) => relative(root, join(docs, name)));
  } catch {
    // No docs folder: only the top-level files.
  }
  return [...files, ...nested].sort();
}

/**
 * @typedef {object} Fence
 * @property {string} lang     the info string's first word, lower case ("" when none)
 * @property {number} line     1-based line of the opening fence
 * @property {string} code     the lines between the fences, with the fence's indentation removed
 * @property {string} before   the last non-blank line before the fence (for markers such as
 *                             `<!-- example: not standalone (why) -->`)
 */

/**
 * Splits Markdown into its fenced code blocks and the rest. Fences are ``` or ~~~ (three or more),
 * indented up to three spaces, or more inside a list item; the closing fence is the same
 * character, at least as long.
 * @param {string} text
 * @returns {{ fences: Fence[], prose: string }} `prose` is the text with every fenced line
 *   (fences included) blanked, so line numbers still match.
 */
export function splitFences(text) {
  const lines = text.split("\n");
  /** @type {Fence[]} */
  const fences = [];
  const prose = [];
  let lastProse = "";
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^`\s]*)/.exec(lines[i]);
    if (!open) {
      prose.push(lines[i]);
      if (lines[i].trim()) lastProse = lines[i].trim();
      continue;
    }
    const [, indent, marker, info] = open;
    const close = new RegExp(`^\\s*${marker[0]}{${marker.length},}\\s*$`);
    const body = [];
    let j = i + 1;
    while (j < lines.length && !close.test(lines[j])) body.push(lines[j++]);
    fences.push({
      lang: info.toLowerCase(),
      line: i + 1,
      code: body
        .map((line) =>
          line.startsWith(indent)
            ? line.slice(indent.length)
            : line.trimStart(),
        )
        .join("\n"),
      before: lastProse,
    });
    for (let k = i; k <= Math.min(j, lines.length - 1); k++) prose.push("");
    lastProse = "";
    i = j;
  }
  return { fences, prose: prose.join("\n") };
}

/** Replaces every character of a match but newlines with spaces, so positions keep their line. */
const blank = (match) => match.replace(/[^\n]/g, " ");

/**
 * The links in Markdown prose (outside code): inline links and images `[text](target)`,
 * reference definitions `[id]: target`, and `href`/`src` in raw HTML. Code spans and HTML
 * comments are skipped.
 * @param {string} text
 * @returns {{ target: string, line: number }[]}
 */
export function markdownLinks(text) {
  const prose = splitFences(text)
    .prose.replace(/<!--[\s\S]*?-->/g, blank)
    // A code span may run over a line break; a longer backtick run closes only a run as long.
    .replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, blank);
  const lineOf = (index) => prose.slice(0, index).split("\n").length;
  /** @type {{ target: string, line: number }[]} */
  const links = [];
  const patterns = [
    /\]\(\s*<([^>\n]*)>[^)]*\)/g,
    /\]\(\s*([^\s<)]+)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g,
    /^ {0,3}\[[^\]\n]+\]:\s*<?([^\s>]+)>?/gm,
    /\s(?:href|src)\s*=\s*"([^"]*)"/g,
  ];
  for (const pattern of patterns)
    for (const match of prose.matchAll(pattern))
      links.push({ target: match[1], line: lineOf(match.index) });
  return links.sort((a, b) => a.line - b.line);
}

/**
 * A heading's anchor as GitHub (and GitLab, Gitea, Forgejo) makes it: the heading's text as it is
 * rendered, lower case, without punctuation except `-` and `_`, spaces turned into `-`.
 * @param {string} heading the heading's Markdown, without the leading `#`s
 */
export function slug(heading) {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1") // links and images: their text
    .replace(/`+([^`]*)`+/g, "$1") // code spans: their content
    .replace(/(^|[^\p{L}\p{N}])_+([^_]+)_+(?![\p{L}\p{N}])/gu, "$1$2") // _emphasis_
    .trim();
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, "")
    .replace(/ /g, "-");
}

/**
 * Every anchor a page offers: one per heading (a repeated one gets `-1`, `-2`…, as on GitHub),
 * and any `id` or `name` set in raw HTML.
 * @param {string} text
 * @returns {Set<string>}
 */
export function anchors(text) {
  const { prose } = splitFences(text);
  const found = new Set();
  const seen = new Map();
  for (const match of prose.matchAll(
    /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/gm,
  )) {
    const base = slug(match[1]);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    found.add(count ? `${base}-${count}` : base);
  }
  for (const match of prose.matchAll(/\s(?:id|name)\s*=\s*"([^"]+)"/g))
    found.add(match[1]);
  return found;
}
