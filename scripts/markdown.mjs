// The docs as the docs checks read them (scripts/check-links.mjs, the docs examples test): which
// files they are, and, parsed with markdown-it (CommonMark), their fenced code blocks, their links
// and the anchors a code forge makes from their headings (github-slugger, GitHub's own rules).
// Also the one Markdown table writer of the tools (docs/api.md, the bench report).
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import GithubSlugger from "github-slugger";
import MarkdownIt from "markdown-it";

const markdown = new MarkdownIt({ html: true });

/**
 * A Markdown table (cells already escaped); `align` gives each column "l" or "r" (right-aligned).
 * @param {string[]} headers
 * @param {unknown[][]} rows
 * @param {string[]} [align]
 */
export const markdownTable = (headers, rows, align = headers.map(() => "l")) =>
  [
    `| ${headers.join(" | ")} |`,
    `| ${align.map((a) => (a === "r" ? "---:" : "---")).join(" | ")} |`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");

/**
 * The documentation: every Markdown file at the top level of `root` and under `root/docs/`,
 * as paths relative to `root`, sorted.
 * @param {string} root
 */
export function markdownFiles(root) {
  const top = readdirSync(root).filter(
    (name) => name.endsWith(".md") && statSync(join(root, name)).isFile(),
  );
  const docs = join(root, "docs");
  const nested = statSync(docs, { throwIfNoEntry: false })?.isDirectory()
    ? readdirSync(docs, { recursive: true })
        .map(String)
        .filter((name) => name.endsWith(".md"))
        .map((name) => relative(root, join(docs, name)))
    : [];
  return [...top, ...nested].sort();
}

/**
 * The fenced code blocks: `lang` (the info string's first word, lower case), `line` (of the
 * opening fence), `code`, and `before`, the last non-blank line above the fence (for markers
 * such as `<!-- example: not standalone (why) -->`).
 * @param {string} text
 */
export function fences(text) {
  const lines = text.split("\n");
  return markdown
    .parse(text, {})
    .filter((token) => token.type === "fence" && token.map)
    .map((token) => {
      const start = /** @type {[number, number]} */ (token.map)[0];
      const above = lines.slice(0, start).findLast((line) => line.trim());
      return {
        lang: token.info.trim().split(/\s+/)[0].toLowerCase(),
        line: start + 1,
        code: token.content.replace(/\n$/, ""),
        before: above?.trim() ?? "",
      };
    });
}

/** `href` and `src` in raw HTML, outside comments. */
const htmlTargets = (html) =>
  [
    ...html
      .replace(/<!--[\s\S]*?-->/g, "")
      .matchAll(/\s(?:href|src)\s*=\s*"([^"]*)"/g),
  ].map((match) => match[1]);

/**
 * The links outside code: inline links and images, reference definitions, and `href`/`src` in
 * raw HTML, each with its line.
 * @param {string} text
 * @returns {{ target: string, line: number }[]}
 */
export function markdownLinks(text) {
  const lines = text.split("\n");
  const env = {};
  const links = [];
  /** The first line from `from` that names the target (else `from`), 1-based. */
  const lineOf = (target, from, to = lines.length) => {
    for (let index = from; index < to; index += 1)
      if (
        lines[index].includes(target) ||
        lines[index].includes(decodeURI(target))
      )
        return index + 1;
    return from + 1;
  };
  // Table cells have no lines of their own: they take their row's.
  let block = [0, lines.length];
  for (const token of markdown.parse(text, env)) {
    const [from, to] = (block = token.map ?? block);
    const found =
      token.type === "html_block"
        ? htmlTargets(token.content)
        : (token.children ?? []).flatMap((child) =>
            child.type === "link_open"
              ? [child.attrGet("href")]
              : child.type === "image"
                ? [child.attrGet("src")]
                : child.type === "html_inline"
                  ? htmlTargets(child.content)
                  : [],
          );
    let at = from;
    for (const target of found) {
      if (target === null) continue;
      const line = lineOf(target, at, to);
      at = line - 1;
      links.push({ target, line });
    }
  }
  // Reference definitions, used or not.
  for (const { href } of Object.values(env.references ?? {}))
    links.push({
      target: href,
      line: lineOf(`]: ${href}`, 0),
    });
  return links.sort((a, b) => a.line - b.line);
}

/**
 * Every anchor a page offers: one per heading, as GitHub makes them (a repeated one gets `-1`,
 * `-2`…), and any `id` or `name` set in raw HTML.
 * @param {string} text
 * @returns {Set<string>}
 */
export function anchors(text) {
  const slugger = new GithubSlugger();
  const found = new Set();
  const tokens = markdown.parse(text, {});
  tokens.forEach((token, index) => {
    if (token.type === "heading_open")
      found.add(
        slugger.slug(
          (tokens[index + 1].children ?? [])
            .filter(({ type }) => type === "text" || type === "code_inline")
            .map(({ content }) => content)
            .join(""),
        ),
      );
    const html =
      token.type === "html_block"
        ? [token.content]
        : (token.children ?? [])
            .filter(({ type }) => type === "html_inline")
            .map(({ content }) => content);
    for (const match of html
      .join("")
      .matchAll(/\s(?:id|name)\s*=\s*"([^"]+)"/g))
      found.add(match[1]);
  });
  return found;
}
