// Reads the shipped locale files (src/locales/*.ts) from Node, for the content review pack: their
// values (through Vite's module runner) and the fact IDs noted in comments beside the text.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import ts from "typescript";
import { runnerImport } from "vite";

/** The locale files: `src/locales/<lang>.ts`, each exporting its text as `<lang>`. */
export function localeFiles(root) {
  const folder = join(root, "src/locales");
  return readdirSync(folder)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts"))
    .sort((a, b) =>
      a === "en.ts" ? -1 : b === "en.ts" ? 1 : a.localeCompare(b),
    )
    .map((name) => ({ lang: basename(name, ".ts"), file: join(folder, name) }));
}

/** Every shipped locale: `{ lang, file, text }`, English first. */
export async function loadLocales(root) {
  const files = localeFiles(root);
  // Vite's module runner strips the types; Node loads the rest (Lit) as usual.
  const modules = [];
  for (const { file } of files)
    modules.push((await runnerImport(file, { root })).module);
  return files.map(({ lang, file }, index) => {
    const text = modules[index][lang];
    if (!text || typeof text !== "object")
      throw new Error(
        `${relative(root, file)} does not export its text as \`${lang}\``,
      );
    return { lang, file, text };
  });
}

const FACT_ID = /\b([FQL]\d{1,2})\b/g;
/** A range of facts, "L6–L8" (en dash or hyphen): every ID from the first to the last. */
const FACT_RANGE = /\b([FQL])(\d{1,2})\s*[–-]\s*\1?(\d{1,2})\b/g;

/** The fact IDs named in a comment's text, ranges ("L6–L8") spelled out. */
export function factIdsIn(text) {
  const ids = [];
  for (const [, kind, first, last] of text.matchAll(FACT_RANGE))
    for (let n = Number(first); n <= Number(last); n += 1)
      ids.push(`${kind}${n}`);
  for (const [, id] of text.matchAll(FACT_ID)) ids.push(id);
  return [...new Set(ids)];
}

/**
 * Fact IDs noted in a locale file's comments, by the path of the text they sit beside:
 * `overview.lede`, `resources.research.blocks()[0]`, `questions.questions.q1`. A comment on its own
 * line marks what follows it; a comment after the text on the same line marks that text. A mark
 * on an object or an array covers everything in it.
 * @returns {Map<string, string[]>}
 */
export function factIdsByPath(file, lang) {
  const source = readFileSync(file, "utf8");
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const result = new Map();

  const idsIn = (ranges = []) =>
    ranges.flatMap((range) => factIdsIn(source.slice(range.pos, range.end)));
  /** Comments on their own lines just before `node`. */
  const leading = (node) =>
    idsIn(
      (ts.getLeadingCommentRanges(source, node.getFullStart()) ?? []).filter(
        (range) => {
          const lineStart = source.lastIndexOf("\n", range.pos - 1) + 1;
          return source.slice(lineStart, range.pos).trim() === "";
        },
      ),
    );
  /** A comment after `node` (and its comma) on the same line. */
  const trailing = (node) => {
    let end = node.getEnd();
    while (source[end] === " " || source[end] === "\t") end += 1;
    if (source[end] === ",") end += 1;
    return idsIn(ts.getTrailingCommentRanges(source, end));
  };
  const unwrap = (node) => {
    while (
      ts.isParenthesizedExpression(node) ||
      ts.isAsExpression(node) ||
      ts.isSatisfiesExpression(node)
    )
      node = node.expression;
    return node;
  };
  const record = (path, ids) => {
    if (ids.length) result.set(path, [...new Set(ids)]);
  };

  const visit = (node, path, inherited) => {
    node = unwrap(node);
    if (ts.isObjectLiteralExpression(node)) {
      for (const property of node.properties) {
        if (!ts.isPropertyAssignment(property)) continue;
        const name = property.name.getText(sf).replace(/^["']|["']$/g, "");
        const ids = [...inherited, ...leading(property), ...trailing(property)];
        visit(property.initializer, path ? `${path}.${name}` : name, ids);
      }
    } else if (ts.isArrayLiteralExpression(node)) {
      node.elements.forEach((element, index) =>
        visit(element, `${path}[${index}]`, [
          ...inherited,
          ...leading(element),
          ...trailing(element),
        ]),
      );
    } else if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
      const body = ts.isBlock(node.body) ? node.body : unwrap(node.body);
      if (ts.isArrayLiteralExpression(body))
        visit(body, `${path}()`, inherited);
      else record(`${path}()`, inherited);
    } else record(path, inherited);
  };

  for (const statement of sf.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer && unwrap(declaration.initializer);
      if (!init || !ts.isObjectLiteralExpression(init)) continue;
      const name = declaration.name.getText(sf);
      // `export const es: LocaleText = { … }` holds every section; `export const overview = { … }` one.
      visit(init, name === lang ? "" : name, []);
    }
  }
  return result;
}

/**
 * Fact IDs of a whole locale: its file (`src/locales/<lang>.ts`) and the per-widget modules it
 * gathers (`src/locales/<lang>/*.ts`, one `export const <section> = { … }` each).
 * @returns {Map<string, string[]>}
 */
export function localeFactIds(file, lang) {
  const result = factIdsByPath(file, lang);
  const folder = join(dirname(file), lang);
  if (existsSync(folder))
    for (const name of readdirSync(folder).sort())
      if (name.endsWith(".ts") && !name.endsWith(".d.ts"))
        for (const [path, ids] of factIdsByPath(join(folder, name), lang))
          result.set(path, ids);
  return result;
}
