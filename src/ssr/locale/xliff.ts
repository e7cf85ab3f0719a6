// XLIFF 1.2, the format translation (CAT) tools read: the template `il2-widgets locale template`
// writes, and what `build` and `review` read back from the translator.
//
// Writing is a few lines of escaped text (every value passes through `escapeXml`). Reading uses
// fast-xml-parser (a maintained XML parser, loaded by the command only when it reads a file, and
// handed in here), whatever tool saved the file: groups, several <file>s, segment markers
// (<mrk>), other tools' namespaces and notes are all fine.
import type { TextUnit } from "./units.js";
import { pluralExamples, placeholders } from "./units.js";

export interface ReviewRecord {
  /** The translator (name, and credentials or vendor). */
  translator: string;
  /** The reviewer, as "Name, credentials" (e.g. "Lan Tran, MD, certified medical interpreter"). */
  reviewer: string;
  /** The date of the review, YYYY-MM-DD. */
  reviewed: string;
}

export interface XliffUnit {
  id: string;
  source: string;
  /** The translation; undefined when the unit has no <target> (or an empty one). */
  target: string | undefined;
  /** Inline markup in the target that the cards cannot show (`<g>`, `<bpt>`…). */
  markup: string[];
}

export interface XliffFile {
  sourceLanguage: string;
  targetLanguage: string;
  /** What the file's <phase-group> says of the translation and its review. */
  review: Partial<ReviewRecord>;
  units: Map<string, XliffUnit>;
}

export const escapeXml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

/** A message with each `{name}` as an XLIFF placeholder a translation tool protects. */
export function inlineXliff(text: string): string {
  const seen = new Map<string, number>();
  return text
    .split(/(\{\w+\})/)
    .map((piece, index) => {
      if (index % 2 === 0) return escapeXml(piece);
      const name = piece.slice(1, -1);
      const count = (seen.get(name) ?? 0) + 1;
      seen.set(name, count);
      const id = count === 1 ? name : `${name}-${count}`;
      return `<x id="${escapeXml(id)}" ctype="x-il2-placeholder" equiv-text="${escapeXml(piece)}"/>`;
    })
    .join("");
}

export interface TemplateOptions {
  units: readonly TextUnit[];
  /** The target language, a BCP 47 tag. */
  language: string;
  languageName: string;
  packageName: string;
  version: string;
  /** English content hash (what the file translates). */
  sourceHash: string;
  /** The cards that show each text part (`common` is on every card). */
  cardsOf: (part: string) => string;
  /** Targets to fill in (a shipped language's own text), by unit ID. */
  targets?: ReadonlyMap<string, string>;
  review?: Partial<ReviewRecord>;
}

/** The notes a translator sees on a unit: where it shows, its facts, meaning and placeholders. */
function unitNotes(unit: TextUnit, options: TemplateOptions): string[] {
  const notes = [`Shown on: ${options.cardsOf(unit.part)}.`];
  if (unit.note.facts?.length)
    notes.push(
      `Carries fact ${unit.note.facts.join(", ")} (keep the fact exactly; see the content review pack).`,
    );
  if (unit.note.meaning) notes.push(`Meaning: ${unit.note.meaning}`);
  const names = [...new Set(placeholders(unit.source))];
  if (names.length)
    notes.push(
      `Placeholders: ${names.map((name) => `{${name}}`).join(", ")}. The card fills each in; keep every one, in the place your language needs.`,
    );
  if (unit.plural) {
    const { form } = unit.plural;
    if (form.startsWith("="))
      notes.push(`The wording when the number is exactly ${form.slice(1)}.`);
    else {
      const examples = pluralExamples(options.language, form);
      notes.push(
        `Plural form "${form}" of ${options.languageName}${examples.length ? ` (for numbers such as ${examples.join(", ")})` : " (not used for whole numbers: the same words as “other” will do)"}. {count} is the number.${form === "other" || form === "one" ? "" : ' The English shown is its "other" form: English has no such form.'}`,
      );
    }
  }
  return notes;
}

/**
 * The XLIFF 1.2 file for translating `units` into `language`: one <trans-unit> per string, grouped
 * by text part (the card), count messages as a plural group; a header with the review record to
 * fill in (the translation phase and the review phase).
 */
export function writeXliff(options: TemplateOptions): string {
  const { units, language, packageName, version } = options;
  const review = options.review ?? {};
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
    `  <file original="${escapeXml(packageName)}" datatype="plaintext" source-language="en" target-language="${escapeXml(language)}" product-name="${escapeXml(packageName)}" product-version="${escapeXml(version)}">`,
    "    <header>",
    "      <!-- The review record: who translated, and who reviewed (name and credentials) on what",
    '           date (date="YYYY-MM-DD"). `il2-widgets locale build` reads it; without it the pack',
    "           builds only as a draft, whose cards say the translation has not been reviewed. -->",
    "      <phase-group>",
    `        <phase phase-name="translation" process-name="translation" contact-name="${escapeXml(review.translator ?? "")}"/>`,
    `        <phase phase-name="review" process-name="review" contact-name="${escapeXml(review.reviewer ?? "")}"${review.reviewed ? ` date="${escapeXml(review.reviewed)}"` : ""}/>`,
    "      </phase-group>",
    `      <tool tool-id="${escapeXml(packageName)}" tool-name="${escapeXml(packageName)} locale template" tool-version="${escapeXml(version)}"/>`,
    `      <note from="${escapeXml(packageName)}">Patient-education text about IL-2 (aldesleukin) for melanoma, for ${escapeXml(options.languageName)} readers. Plain words (US grade 6 or lower in English), the same facts, nothing added. English content hash: ${options.sourceHash}.</note>`,
    "    </header>",
    "    <body>",
  ];
  let part: string | undefined;
  let plural: string | undefined;
  const closePlural = () => {
    if (plural) lines.push("        </group>");
    plural = undefined;
  };
  for (const unit of units) {
    if (unit.part !== part) {
      closePlural();
      if (part) lines.push("      </group>");
      part = unit.part;
      lines.push(
        `      <group id="${escapeXml(part)}" resname="${escapeXml(part)}">`,
        `        <note>${escapeXml(`Text of ${options.cardsOf(part)}.`)}</note>`,
      );
    }
    if (unit.plural?.message !== plural) {
      closePlural();
      if (unit.plural) {
        plural = unit.plural.message;
        lines.push(
          `        <group id="${escapeXml(plural)}" restype="x-gettext-plurals">`,
        );
      }
    }
    const indent = plural ? "          " : "        ";
    const target = options.targets?.get(unit.id);
    lines.push(
      `${indent}<trans-unit id="${escapeXml(unit.id)}" resname="${escapeXml(unit.id)}">`,
      `${indent}  <source xml:lang="en">${inlineXliff(unit.source)}</source>`,
      ...(target === undefined
        ? []
        : [
            `${indent}  <target xml:lang="${escapeXml(language)}" state="translated">${inlineXliff(target)}</target>`,
          ]),
      ...unitNotes(unit, options).map(
        (note) =>
          `${indent}  <note from="${escapeXml(packageName)}">${escapeXml(note)}</note>`,
      ),
      `${indent}</trans-unit>`,
    );
  }
  closePlural();
  if (part) lines.push("      </group>");
  lines.push("    </body>", "  </file>", "</xliff>", "");
  return lines.join("\n");
}

// ── Reading ───────────────────────────────────────────────────────────────────────────────────

/** fast-xml-parser's parser and validator, as the command hands them in. */
export interface XmlParserModule {
  XMLParser: new (options: Record<string, unknown>) => {
    parse(xml: string): unknown;
  };
  XMLValidator: {
    validate(
      xml: string,
    ): true | { err: { code: string; msg: string; line: number; col: number } };
  };
}

/** A node of fast-xml-parser's ordered output: `{ tag: children, ":@": attributes }` or `{ "#text": … }`. */
type XmlNode = Record<string, unknown>;

const tagOf = (node: XmlNode) => Object.keys(node).find((key) => key !== ":@")!;
const childrenOf = (node: XmlNode): XmlNode[] => {
  const children = node[tagOf(node)];
  return Array.isArray(children) ? (children as XmlNode[]) : [];
};
const attributesOf = (node: XmlNode) =>
  (node[":@"] ?? {}) as Record<string, string>;
const textOf = (node: XmlNode): string =>
  tagOf(node) === "#text"
    ? String(node["#text"])
    : childrenOf(node).map(textOf).join("");

/** Every element named `name` under `nodes`, depth first. */
function findAll(nodes: XmlNode[], name: string, out: XmlNode[] = []) {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === "#text") continue;
    if (tag === name) out.push(node);
    findAll(childrenOf(node), name, out);
  }
  return out;
}

/** Inline markup the cards can show: text, placeholders, and segment markers around text. */
function inlineText(nodes: XmlNode[], markup: string[]): string {
  return nodes
    .map((node) => {
      const tag = tagOf(node);
      if (tag === "#text") return String(node["#text"]);
      const attributes = attributesOf(node);
      if (tag === "x") {
        const equiv = attributes["equiv-text"] ?? "";
        return /^\{\w+\}$/.test(equiv)
          ? equiv
          : `{${(attributes.id ?? "").replace(/-\d+$/, "")}}`;
      }
      // A placeholder a tool wrote as native code: its content is the placeholder itself.
      if (tag === "ph") {
        const code = textOf(node).trim();
        if (/^\{\w+\}$/.test(code)) return code;
        markup.push(`<ph>${code}</ph>`);
        return "";
      }
      if (tag === "mrk") return inlineText(childrenOf(node), markup);
      markup.push(`<${tag}>`);
      return inlineText(childrenOf(node), markup);
    })
    .join("");
}

/** Runs of white space (a tool's line breaks) as one space, none at the ends. */
const tidy = (text: string) => text.replace(/\s+/g, " ").trim();

export class XliffError extends Error {}

/**
 * Reads an XLIFF 1.2 file: its languages, review record and units (from any group, any <file>).
 * Throws XliffError, with a message for a person, when the file cannot be read as XLIFF.
 */
export function readXliff(xml: string, parser: XmlParserModule): XliffFile {
  const valid = parser.XMLValidator.validate(xml);
  if (valid !== true)
    throw new XliffError(
      `it is not well-formed XML (line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg})`,
    );
  const tree = new parser.XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    removeNSPrefix: true,
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    processEntities: true,
    htmlEntities: false,
  }).parse(xml) as XmlNode[];
  const [root] = findAll(tree, "xliff");
  if (!root)
    throw new XliffError("it is not an XLIFF file (no <xliff> element)");
  const version = attributesOf(root).version;
  if (version !== "1.2")
    throw new XliffError(
      `it is XLIFF ${version ?? "of no version"}; il2-widgets reads XLIFF 1.2 (export the translation as XLIFF 1.2)`,
    );
  const files = findAll(childrenOf(root), "file");
  if (!files.length) throw new XliffError("it has no <file> element");
  const languages = new Set(
    files.map((file) => attributesOf(file)["target-language"] ?? ""),
  );
  if (languages.size > 1)
    throw new XliffError(
      `its <file> elements name different target languages (${[...languages].map((l) => l || "none").join(", ")}): one language per file`,
    );
  const first = attributesOf(files[0]!);
  const review: Partial<ReviewRecord> = {};
  for (const phase of findAll(files, "phase")) {
    const attributes = attributesOf(phase);
    const name = `${attributes["phase-name"] ?? ""} ${attributes["process-name"] ?? ""}`;
    const contact = tidy(attributes["contact-name"] ?? "");
    if (/\breview/i.test(name)) {
      if (contact) review.reviewer = contact;
      if (attributes.date) review.reviewed = attributes.date.slice(0, 10);
    } else if (/\btranslat/i.test(name) && contact) review.translator = contact;
  }
  const units = new Map<string, XliffUnit>();
  for (const unit of findAll(files, "trans-unit")) {
    const id = attributesOf(unit).id ?? "";
    const children = childrenOf(unit);
    const source = children.find((node) => tagOf(node) === "source");
    const target = children.find((node) => tagOf(node) === "target");
    const markup: string[] = [];
    const targetText = target
      ? tidy(inlineText(childrenOf(target), markup))
      : "";
    units.set(id, {
      id,
      source: source ? tidy(inlineText(childrenOf(source), [])) : "",
      target: targetText || undefined,
      markup,
    });
  }
  return {
    sourceLanguage: first["source-language"] ?? "",
    targetLanguage: (first["target-language"] ?? "").trim(),
    review,
    units,
  };
}
