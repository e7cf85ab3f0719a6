// What a page fetches from dist/ for the autoloader: the files it asks for by name and every file
// they import, transitively (Rolldown's chunks import each other with plain relative
// `import … from "./x.js"` statements). Used by check-size.mjs and by the host-page tests, which
// compare it with what a real page fetched.
import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";

/** Bytes after gzip -9, as every size budget counts them. */
export const gzipSize = (path) =>
  gzipSync(readFileSync(path), { level: 9 }).length;

const IMPORT =
  /\b(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/** The relative modules a built file imports statically (dynamic import() is not followed). */
export function staticImports(code) {
  return [...code.matchAll(IMPORT)].map((match) => match[1]);
}

/**
 * `entries` (paths inside `dist`) and everything they import, as sorted paths inside `dist`.
 * Throws on an import that names no file, so a false match cannot go unnoticed.
 */
export function pageFiles(dist, entries) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    if (!existsSync(file))
      throw new Error(`${relative(dist, file)} is missing from ${dist}`);
    seen.add(file);
    for (const path of staticImports(readFileSync(file, "utf8")))
      visit(resolve(dirname(file), path));
  };
  for (const entry of entries) visit(resolve(dist, entry));
  return [...seen].map((file) => relative(dist, file)).sort();
}

/** Each file of the page with its gzip size, and their sum. */
export function pageWeight(dist, entries, without = []) {
  const skip = new Set(pageFiles(dist, without));
  const files = pageFiles(dist, entries)
    .filter((file) => !skip.has(file))
    .map((file) => ({ file, bytes: gzipSize(resolve(dist, file)) }));
  return { files, bytes: files.reduce((sum, { bytes }) => sum + bytes, 0) };
}
