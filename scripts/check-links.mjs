// `node scripts/check-links.mjs` (part of `npm run lint`): every relative link in the docs (the
// Markdown files at the top level and under docs/) must point at a file or folder that exists,
// and a `#anchor` at a heading of the page it names, as a code forge makes them. Also keeps the
// README short: a newcomer reads it top to bottom, the topic pages carry the rest.
// Exits 1 with one line per broken link.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { anchors, markdownFiles, markdownLinks } from "./markdown.mjs";

/** The README's size limit in bytes (issue 15). */
export const README_MAX_BYTES = 12_000;

/**
 * @param {string} root the repository
 * @returns {string[]} the problems, one line each (`file:line: …`); empty when all is well
 */
export function checkDocs(root) {
  const problems = [];
  const anchorCache = new Map();
  const anchorsOf = (file) => {
    if (!anchorCache.has(file))
      anchorCache.set(file, anchors(readFileSync(join(root, file), "utf8")));
    return anchorCache.get(file);
  };

  for (const file of markdownFiles(root)) {
    const text = readFileSync(join(root, file), "utf8");
    for (const { target, line } of markdownLinks(text)) {
      const where = `${file}:${line}`;
      // Other sites (https:, mailto:…) and protocol-relative addresses are not ours to check.
      if (/^[a-z][a-z\d+.-]*:/i.test(target) || target.startsWith("//"))
        continue;
      if (target.startsWith("/")) {
        problems.push(
          `${where}: ${target} starts at the site root, which differs on every forge: use a relative link`,
        );
        continue;
      }
      const hash = target.indexOf("#");
      const rawPath = (hash < 0 ? target : target.slice(0, hash)).split("?")[0];
      const anchor = hash < 0 ? "" : decodeURIComponent(target.slice(hash + 1));
      let path;
      try {
        path = decodeURIComponent(rawPath);
      } catch {
        problems.push(`${where}: ${target} is not a valid address`);
        continue;
      }
      const resolved = path
        ? normalize(join(dirname(file), path))
        : normalize(file);
      if (resolved === ".." || resolved.startsWith(`..${sep}`)) {
        problems.push(
          `${where}: ${target} points outside the repository, where a reader of the forge or the package cannot follow it`,
        );
        continue;
      }
      if (!existsSync(join(root, resolved))) {
        problems.push(`${where}: ${target} points nowhere (no ${resolved})`);
        continue;
      }
      if (
        anchor &&
        resolved.endsWith(".md") &&
        statSync(join(root, resolved)).isFile() &&
        !anchorsOf(resolved).has(anchor)
      )
        problems.push(
          `${where}: ${target} names no heading in ${resolved} (no #${anchor})`,
        );
    }
  }

  const readme = join(root, "README.md");
  if (existsSync(readme)) {
    const bytes = statSync(readme).size;
    if (bytes > README_MAX_BYTES)
      problems.push(
        `README.md: ${bytes.toLocaleString("en-US")} bytes, over the ${README_MAX_BYTES.toLocaleString("en-US")}-byte limit: move the detail to a page under docs/ and link it`,
      );
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.cwd();
  const problems = checkDocs(root);
  if (problems.length) {
    console.error(
      `Broken documentation links or limits (${problems.length}):\n${problems.map((p) => `  ${p}`).join("\n")}`,
    );
    process.exit(1);
  }
  const files = markdownFiles(root);
  console.log(
    `Docs links: every relative link in ${files.length} Markdown files resolves; README.md within ${README_MAX_BYTES.toLocaleString("en-US")} bytes.`,
  );
}
