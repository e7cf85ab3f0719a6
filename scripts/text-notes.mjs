// What a translator needs to know about each reader-facing string, read from the English text
// (src/locales/en.ts and the files it gathers) for `npm run generate`, which writes it out as
// src/generated/text-notes.ts for the `il2-widgets locale` command (a translation's XLIFF notes and
// its review pack): the string's meaning (the JSDoc of its field in the English text types), the
// fact IDs noted beside it (`// F14`), and which strings are count messages (typed `CountMessage`,
// one wording per plural form). Generic over `LocaleText`: a new card or string is picked up with
// no change here.
import { join } from "node:path";
import ts from "typescript";
import { loadLocales, localeFactIds } from "./locale-source.mjs";

/** Keys of CommonText that are settings of the language, not text a reader sees. */
export const NOT_TEXT = new Set(["common.intlLocale"]);

/**
 * @param {string} root the repository
 * @returns {Promise<Map<string, { meaning?: string, facts?: string[], count?: true }>>} by path
 *   (`overview.sections.what.blocks[0]`, `schedule.dayDoses`), in the English text's order
 */
export async function textNotes(root) {
  const english = (await loadLocales(root)).find(({ lang }) => lang === "en");
  if (!english) throw new Error("src/locales/en.ts is missing");
  const facts = localeFactIds(english.file, "en");

  const program = ts.createProgram([english.file], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(english.file);
  /** @type {ts.VariableDeclaration | undefined} */
  let declaration;
  source?.forEachChild(function find(node) {
    if (
      ts.isVariableDeclaration(node) &&
      node.name.getText(source) === "en" &&
      node.type
    )
      declaration = node;
    else node.forEachChild(find);
  });
  if (!declaration)
    throw new Error(`${english.file} has no typed \`export const en\``);
  const localeType = checker.getTypeFromTypeNode(declaration.type);

  /** @type {Map<string, { meaning?: string, facts?: string[], count?: true }>} */
  const notes = new Map();
  const docOf = (symbol) =>
    ts
      .displayPartsToString(symbol.getDocumentationComment(checker))
      .replace(/\s+/g, " ")
      .trim();
  /** The member types of a union (string | { lead, items }), or the type itself. */
  const members = (type) => (type.isUnion() ? type.types : [type]);
  const isCountMessage = (type) =>
    type.aliasSymbol?.name === "CountMessage" ||
    members(type).some((t) => t.aliasSymbol?.name === "CountMessage");
  const propertyOf = (type, name) => {
    for (const member of members(checker.getNonNullableType(type))) {
      const property = checker.getPropertyOfType(member, name);
      if (property) return property;
    }
    return undefined;
  };
  const elementOf = (type) => {
    for (const member of members(checker.getNonNullableType(type)))
      if (checker.isArrayType(member) || checker.isTupleType(member))
        return checker.getTypeArguments(member)[0];
    return undefined;
  };
  const add = (path, meaning, count) => {
    if (NOT_TEXT.has(path)) return;
    const ids = facts.get(path);
    notes.set(path, {
      ...(meaning ? { meaning } : {}),
      ...(ids?.length ? { facts: ids } : {}),
      ...(count ? { count: true } : {}),
    });
  };

  /** Walks the English value and its type together; `meaning` is the nearest field's JSDoc. */
  const walk = (value, type, path, meaning) => {
    if (typeof value === "string") return add(path, meaning);
    if (type && isCountMessage(type)) {
      // The forms' fact IDs are noted on the message (or inside it: gather them).
      const inner = [...facts]
        .filter(([key]) => key.startsWith(`${path}.`))
        .flatMap(([, ids]) => ids);
      if (inner.length && !facts.has(path))
        facts.set(path, [...new Set(inner)]);
      return add(path, meaning, true);
    }
    if (Array.isArray(value))
      return value.forEach((item, index) =>
        walk(item, type && elementOf(type), `${path}[${index}]`, meaning),
      );
    if (value && typeof value === "object")
      for (const [name, item] of Object.entries(value)) {
        const property = type && propertyOf(type, name);
        const own = property ? docOf(property) : "";
        const itemType =
          property && checker.getTypeOfSymbolAtLocation(property, declaration);
        walk(
          item,
          itemType,
          path ? `${path}.${name}` : name,
          own ||
            (meaning ? `Part of: ${meaning.replace(/^Part of: /, "")}` : ""),
        );
      }
  };
  walk(english.text, localeType, "", "");
  return notes;
}

/** The notes as the source of src/generated/text-notes.ts (before Prettier). */
export function textNotesModule(notes, header) {
  const entries = [...notes].map(
    ([path, note]) => `  ${JSON.stringify(path)}: ${JSON.stringify(note)},`,
  );
  return `${header}// What a translator needs to know about each reader-facing string of the English text (for the
// \`il2-widgets locale\` command, on Node only: no browser file imports this): its meaning (the JSDoc
// of its field), the fact IDs noted beside it, and whether it is a count message (one wording per
// plural form). Keyed by the string's path, which is its unit ID in a translation's XLIFF.

export interface TextNote {
  /** What the string is for, from the English text types' JSDoc. */
  meaning?: string;
  /** The fact IDs (FACTS.md) the string carries. */
  facts?: string[];
  /** A count message: one wording per plural form the language needs. */
  count?: true;
}

export const TEXT_NOTES: Readonly<Record<string, TextNote>> = {
${entries.join("\n")}
};
`;
}

export const TEXT_NOTES_FILE = join("src", "generated", "text-notes.ts");
