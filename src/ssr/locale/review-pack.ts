/// <reference types="node" />
// A review pack: every reader-facing string laid out for people who do not read TypeScript, fact
// by fact, English beside each other language. One renderer for two packs: the package's own
// (docs/content-review.md, English and Spanish, written by scripts/content-review.mjs, whose options
// add the review dates, the reading scores, filled-in examples, the fact register's entries and the
// Spanish glossary) and a hospital's translation (`il2-widgets locale review vi.xlf`, English and
// Vietnamese, with the translation's review record). It lives under src/ because the command ships
// in dist/ssr; the content review script imports it from here.
import { createHash } from "node:crypto";

/** One reader-facing string: `path` in the language's text (`overview.sections.what.blocks[0]`). */
export interface LocaleString {
  path: string;
  key: string;
  text: string;
}

export interface ReviewLocale {
  lang: string;
  /** Where the text comes from, shown in the header (`src/locales/es.ts`, `vi.xlf`). */
  file: string;
  text: { common: { sources: { lead: string; page: string } } } & Record<
    string,
    unknown
  >;
  strings: LocaleString[];
  /** Fact IDs by string path. */
  factIds: Map<string, string[]>;
}

/** A fact the pack lays out, by its ID. */
export interface Fact {
  id: string;
}

export interface WidgetSources {
  /** Text part → the tags that show it. */
  sections: Map<string, string[]>;
  /** Tag → the widgets that hold it (<il2-guide>). */
  containers: Map<string, string[]>;
}

export interface ReadingScore {
  kind: "grade" | "inflesz";
  value: number;
}

/** The header table's own rows, in Markdown. */
export interface HeaderRows {
  package: string;
  hash: string;
  languages: string;
  /** One row per language: the source its text names. */
  sources: string[];
}

/** What one pack adds to the shared layout; where a default is given, it is the translation pack's. */
export interface PackOptions<F extends Fact = Fact> {
  /** The first lines: title, generated-by comment, what the pack is for. */
  intro: string[];
  /**
   * The header table's rows from its own (and a review record's): by default the package, the
   * content hash, the languages and each language's source.
   */
  table?: (rows: HeaderRows) => string[];
  /** The paragraphs under the header table; by default, how messages that take values are shown. */
  notes?: string[];
  /** Reading scores of each widget's text; without it the pack has no reading-level section. */
  readingScores?: (
    strings: LocaleString[],
    lang: string,
  ) => ReadingScore | undefined;
  /** The reading targets, said under the scores' table. */
  readingTargets?: string[];
  /** How the hash is described in the header. */
  hashLabel?: string;
  /** The paragraph that opens the facts section; by default it names the fact list. */
  factsIntro?: string[];
  /** Lines under each fact's heading (the fact register's wording, source and cards). */
  factLines?: (fact: F) => string[];
  /**
   * A message filled in as a card shows it by default; where that differs from the message, the
   * pack shows it beside it as an example.
   */
  example?: (text: string, key: string, lang: string) => string;
  /** Sections between the facts and the rest of the text (a glossary). */
  sections?: string[];
}

/** Every string in a locale, in the order of the file: `{ path, key, text }` (`key` is `path` here). */
export function localeStrings(text: unknown): LocaleString[] {
  const out: LocaleString[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === "string") out.push({ path, key: path, text: value });
    else if (typeof value === "function")
      throw new Error(
        `${path} is a function: reader-facing text must be data (a string with {placeholders}, or count forms).`,
      );
    else if (Array.isArray(value))
      value.forEach((item, index) => walk(item, `${path}[${index}]`));
    else if (value && typeof value === "object")
      for (const [name, item] of Object.entries(value))
        walk(item, path ? `${path}.${name}` : name);
  };
  walk(text, "");
  return out;
}

/**
 * Which widget shows which text, from the registry (src/widgets.ts): `sections` maps a text part
 * to the tags that show it; `containers` maps a tag to the widgets that hold it (<il2-guide> holds
 * the cards marked `inGuide`). `common` is on every card.
 */
export function widgetSources(
  widgets: readonly {
    tag: string;
    text: readonly string[];
    inGuide: boolean;
  }[],
): WidgetSources {
  const sections = new Map<string, string[]>();
  const containers = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, value: string) =>
    map.set(key, [...new Set([...(map.get(key) ?? []), value])]);
  const holders = widgets.filter((widget) => !widget.inGuide);
  for (const widget of widgets) {
    // Its own part: the others it lists are other cards' (it shows only their titles).
    add(sections, widget.text[0]!, widget.tag);
    if (widget.inGuide)
      for (const holder of holders) add(containers, widget.tag, holder.tag);
  }
  return { sections, containers };
}

/**
 * SHA-256 of every reader-facing string of every locale (sorted, so moving text around in a file
 * without changing it keeps the hash): the same words give the same hash, any change a new one.
 */
export function contentHash(
  locales: readonly { lang: string; strings: readonly LocaleString[] }[],
): string {
  const lines = locales
    .flatMap(({ lang, strings }) =>
      strings.map(({ key, text }) => `${lang}\t${key}\t${text}`),
    )
    .sort();
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

const LANGUAGE_NAMES: Record<string, string> = {
  en: "English",
  es: "Spanish",
};

/** The language's name in English: `vi` → Vietnamese (Intl's names beyond the two we ship). */
export function languageName(lang: string): string {
  if (LANGUAGE_NAMES[lang]) return LANGUAGE_NAMES[lang];
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** Text safe inside a Markdown table cell or list item. */
export const cell = (text: string) =>
  text
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/([*_`<>[\]])/g, "\\$1")
    .replace(/\n/g, "<br>");

const sectionOf = (path: string) => path.split(/[.[(]/)[0]!;

/** The widgets that show a text, by its path; `within` adds the widgets that hold them. */
export function widgetsOf(
  { sections, containers }: WidgetSources,
  path: string,
  within = false,
): string {
  const section = sectionOf(path);
  if (section === "common") return "every card";
  const tags = sections.get(section) ?? [];
  if (!tags.length) return "none";
  return tags
    .map((tag) => {
      const outer = within ? (containers.get(tag) ?? []) : [];
      return `\`<${tag}>\`${outer.length ? ` (also inside ${outer.map((o) => `\`<${o}>\``).join(", ")})` : ""}`;
    })
    .join(", ");
}

/** The pack's Markdown. The first locale is English; the others sit beside it. */
export function renderPack<F extends Fact>(
  {
    name,
    version,
    locales,
    facts,
    widgets,
  }: {
    name: string;
    version: string;
    locales: ReviewLocale[];
    facts: F[];
    widgets: WidgetSources;
  },
  options: PackOptions<F>,
): string {
  const hash = contentHash(locales);
  const english = locales[0]!;
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);
  // A message's example (what the card shows by default), where the message takes values.
  const exampleOf = (text: string, key: string, lang: string) => {
    const filled = options.example?.(text, key, lang) ?? text;
    return filled === text ? "" : `<br>*Example:* ${cell(filled)}`;
  };

  const header: HeaderRows = {
    package: `| Package | ${name} ${version} |`,
    hash: `| ${options.hashLabel ?? "Content hash (SHA-256 of all reader-facing text)"} | \`${hash}\` |`,
    languages: `| Languages | ${locales.map(({ lang, file }) => `${languageName(lang)} (\`${file}\`)`).join(", ")} |`,
    sources: locales.map(
      ({ lang, text }) =>
        `| Source (${languageName(lang)}) | ${cell(`${text.common.sources.lead} ${text.common.sources.page}`)} |`,
    ),
  };
  push(
    ...options.intro,
    "",
    "| | |",
    "| --- | --- |",
    ...(options.table?.(header) ?? [
      header.package,
      header.hash,
      header.languages,
      ...header.sources,
    ]),
    "",
    ...(options.notes ?? [
      "Words in braces, like {date}, stand for what the card fills in: a date, a time, a web address, a",
      "file name. Text that changes with a number or a setting is shown with each wording it can take.",
    ]),
    "",
  );

  const sectionNames = Object.keys(english.text).filter(
    (section) => section !== "common",
  );
  const scores = options.readingScores;
  if (scores) {
    push(
      "## Reading level",
      "",
      ...(options.readingTargets ?? []),
      "",
      `| Widget | Text | ${locales.map(({ lang }) => (lang === "en" ? "English grade (Flesch–Kincaid)" : lang === "es" ? "Spanish INFLESZ (Szigriszt-Pazos)" : languageName(lang))).join(" | ")} |`,
      `| --- | --- | ${locales.map(() => "---:").join(" | ")} |`,
    );
    for (const section of [...sectionNames, "common"]) {
      const values = locales.map(({ lang, strings }) => {
        const own = strings.filter(({ path }) => sectionOf(path) === section);
        const score = scores(own, lang);
        return score ? score.value.toFixed(1) : "–";
      });
      push(
        `| ${widgetsOf(widgets, section)} | \`${section}\` | ${values.join(" | ")} |`,
      );
    }
    push("");
  }

  // Facts.
  push(
    "## Facts and the sentences that carry them",
    "",
    ...(options.factsIntro ?? [
      "Each fact of the project's fact list, by its ID, with the sentences that carry it and the widget",
      "that shows them. The fact list (FACTS.md, kept beside the repository) restates the facts of the",
      "source named above one by one; L facts come from the U.S. prescribing information and are shown",
      'marked "FDA label". Review the two side by side: this pack does not quote the fact list, whose',
      "wording stays close to the source's.",
    ]),
    "",
  );
  const carried = new Set<string>();
  const carriers = (locale: ReviewLocale, id: string) =>
    locale.strings.filter(({ path }) => locale.factIds.get(path)?.includes(id));
  for (const fact of facts) {
    // The ID, and only what `factLines` adds (the register's own words): FACTS.md's wording
    // follows the source closely, and no run of the source's sentences belongs in this repository.
    push(`#### ${fact.id}`, "", ...(options.factLines?.(fact) ?? []));
    const byLocale = locales.map((locale) => carriers(locale, fact.id));
    const paths = [...new Set(byLocale.flat().map(({ path }) => path))];
    if (!paths.length) {
      push("**Not shown in any widget.**", "");
      continue;
    }
    push(
      `Shown by ${[...new Set(paths.map((path) => widgetsOf(widgets, path, true)))].join(", ")}.`,
      "",
    );
    locales.forEach((locale, index) => {
      const found = byLocale[index]!;
      // One wording per place: the first sample (the default settings) of text that takes values;
      // its other wordings are listed with the rest of the widget's text.
      const shown = found.filter(
        ({ path }, position) =>
          found.findIndex((other) => other.path === path) === position,
      );
      shown.forEach(({ key }) => carried.add(`${locale.lang}\t${key}`));
      push(
        `- ${languageName(locale.lang)}:${shown.length ? "" : " **missing**"}`,
        ...shown.map(
          ({ text, key }) =>
            `  - ${cell(text)} <sub>\`${key}\`</sub>${exampleOf(text, key, locale.lang)}`,
        ),
      );
    });
    push("");
  }

  push(...(options.sections ?? []));

  // Everything else, by widget.
  push(
    "## All other reader-facing text",
    "",
    "Headings, buttons, labels, messages, and the text of downloaded and calendar files, by widget.",
    "",
  );
  for (const section of ["common", ...sectionNames]) {
    const rows = english.strings
      .filter(
        ({ path, key }) =>
          sectionOf(path) === section && !carried.has(`en\t${key}`),
      )
      .map(({ key }) => key);
    const others = locales
      .slice(1)
      .flatMap(({ lang, strings }) =>
        strings
          .filter(
            ({ path, key }) =>
              sectionOf(path) === section && !carried.has(`${lang}\t${key}`),
          )
          .map(({ key }) => key),
      );
    const keys = [...new Set([...rows, ...others])];
    if (!keys.length) continue;
    push(
      `### ${section === "common" ? "On every card" : widgetsOf(widgets, section)} (\`${section}\`)`,
      "",
      `| Key | ${locales.map(({ lang }) => languageName(lang)).join(" | ")} |`,
      `| --- | ${locales.map(() => "---").join(" | ")} |`,
    );
    for (const key of keys) {
      const texts = locales.map(({ lang, strings }) => {
        const text = strings.find((entry) => entry.key === key)?.text;
        return text === undefined
          ? "**missing**"
          : cell(text) + exampleOf(text, key, lang);
      });
      push(
        `| \`${key.slice(section.length + 1) || key}\` | ${texts.join(" | ")} |`,
      );
    }
    push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
