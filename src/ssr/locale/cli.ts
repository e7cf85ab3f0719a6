/// <reference types="node" />
// `il2-widgets locale template|build|review|pseudo`: a hospital's translation of the cards, from
// the translator's XLIFF to the pack the host serves, checked on the way (docs/languages.md).
import { en } from "../../locales/en.js";
import { es } from "../../locales/es.js";
import type { LocaleText } from "../../generated/locale-text.js";
import { TEXT_NOTES } from "../../generated/text-notes.js";
import { WIDGETS } from "../../widgets.js";
import { buildPack, canonicalTag } from "./build.js";
import { packModule } from "./pack.js";
import { pseudoPack } from "./pseudo.js";
import {
  cell,
  contentHash,
  languageName,
  localeStrings,
  renderPack,
  widgetSources,
  widgetsOf,
  type LocaleString,
  type ReviewLocale,
} from "./review-pack.js";
import {
  DRAFT_NOTE,
  DRAFT_NOTE_ID,
  textFromUnits,
  textUnits,
  translationsOf,
} from "./units.js";
import { reason } from "../reason.js";
import {
  readXliff,
  writeXliff,
  XliffError,
  type ReviewRecord,
  type XmlParserModule,
} from "./xliff.js";

export const PACKAGE = "il2-widgets";

export const LOCALE_USAGE = `Translation packs (docs/languages.md):
  il2-widgets locale template --lang tag [-o file.xlf] [--prefill]
      Writes every reader-facing string as XLIFF 1.2 for a translator: one unit per string, with
      notes (the card, the fact it carries, its meaning), placeholders a translation tool protects,
      and every plural form the language needs. --lang is the target language (e.g. vi): plural
      forms differ by language. --prefill fills in the text the package ships in that language
      (Spanish). Writes to standard output without -o.
  il2-widgets locale build file.xlf [-o il2-locale-<lang>.js] [--translator "…"]
      [--reviewer "Name, credentials"] [--reviewed YYYY-MM-DD] [--draft] [--same-as-english id,…]
      Checks the translation (every unit translated, placeholders kept, plural forms complete,
      nothing left in English, the review record) and writes the pack to serve beside the
      widgets. The review record comes from the file's header or the options; without one it
      builds only with --draft, and the cards then say the translation has not been reviewed.
      Any problem is listed, and no file is written.
  il2-widgets locale review file.xlf [-o review-<lang>.md] [--translator …] [--reviewer …] [--reviewed …]
      Writes the review pack: each fact with the English and the translation side by side, every
      other string, the review record and the content hash.
  il2-widgets locale pseudo [-o il2-locale-pseudo.js] [--lang qps-ploc]
      Builds the pseudo-locale (accented, about 40% longer, in brackets) to check a page's layout
      and spot strings left untranslated. With --lang ar-XB it reads right to left.
`;

export interface LocaleIo {
  readInput(path: string | undefined): string;
  writeOutput(path: string | undefined, text: string): void;
  out(text: string): void;
  err(text: string): void;
  version: string;
  /** fast-xml-parser, or undefined when it is not installed. */
  xmlParser?: () => Promise<XmlParserModule | undefined>;
  /** Today (the tests fix it). */
  today?: Date;
}

/** fast-xml-parser, loaded only to read a translation: an optional peer dependency. */
async function loadXmlParser(): Promise<XmlParserModule | undefined> {
  try {
    const name = "fast-xml-parser";
    return (await import(/* @vite-ignore */ name)) as XmlParserModule;
  } catch {
    return undefined;
  }
}

interface Options {
  positional: string[];
  values: Map<string, string>;
  flags: Set<string>;
}

const VALUE_OPTIONS = [
  "-o",
  "--output",
  "--lang",
  "--translator",
  "--reviewer",
  "--reviewed",
  "--same-as-english",
];
const FLAG_OPTIONS = ["--draft", "--prefill"];

function parseOptions(
  args: readonly string[],
  allowed: string[],
): Options | string {
  const options: Options = {
    positional: [],
    values: new Map(),
    flags: new Set(),
  };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (VALUE_OPTIONS.includes(arg) && allowed.includes(arg)) {
      const value = args[(index += 1)];
      if (value === undefined || value === "")
        return `${arg} needs a value. See --help.`;
      options.values.set(arg === "--output" ? "-o" : arg, value);
    } else if (FLAG_OPTIONS.includes(arg) && allowed.includes(arg))
      options.flags.add(arg);
    else if (arg.startsWith("-") && arg !== "-")
      return `unknown option "${arg}". See --help.`;
    else options.positional.push(arg);
  }
  return options;
}

const englishStrings = () =>
  localeStrings(en).filter(({ path }) => path !== "common.intlLocale");

/** SHA-256 of the English every translation translates. */
export const englishHash = () =>
  contentHash([{ lang: "en", strings: englishStrings() }]);

const sources = widgetSources(WIDGETS);
const cardsOf = (part: string) =>
  widgetsOf(sources, part, true).replace(/`/g, "");

/** The languages the package ships, whose text `--prefill` can use. */
const SHIPPED: Record<string, LocaleText> = { es };

/** The review record the options give. */
const reviewOptions = (options: Options): Partial<ReviewRecord> => ({
  ...(options.values.has("--translator")
    ? { translator: options.values.get("--translator")! }
    : {}),
  ...(options.values.has("--reviewer")
    ? { reviewer: options.values.get("--reviewer")! }
    : {}),
  ...(options.values.has("--reviewed")
    ? { reviewed: options.values.get("--reviewed")! }
    : {}),
});

/** Runs `il2-widgets locale …` (`args` after `locale`); returns the exit code. */
export async function runLocale(
  args: readonly string[],
  io: LocaleIo,
): Promise<number> {
  const [command, ...rest] = args;
  const fail = (message: string) => {
    io.err(`il2-widgets locale${command ? ` ${command}` : ""}: ${message}\n`);
    return 1;
  };
  if (!command || command === "--help" || command === "-h") {
    io.out(LOCALE_USAGE);
    return command ? 0 : 1;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(LOCALE_USAGE);
    return 0;
  }
  const write = (path: string | undefined, text: string, what: string) => {
    try {
      io.writeOutput(path, text);
    } catch (error) {
      fail(`cannot write "${path}": ${reason(error)}.`);
      return false;
    }
    if (path) io.err(`il2-widgets: wrote ${what} to ${path}.\n`);
    return true;
  };
  const readTranslation = async (options: Options) => {
    if (options.positional.length !== 1)
      return fail(
        options.positional.length
          ? `one translation file at a time (got ${options.positional.map((p) => `"${p}"`).join(", ")}).`
          : "name the translator's XLIFF file, e.g. `vi.xlf`.",
      );
    const path = options.positional[0]!;
    let xml: string;
    try {
      xml = io.readInput(path === "-" ? undefined : path);
    } catch (error) {
      return fail(`cannot read "${path}": ${reason(error)}.`);
    }
    const parser = await (io.xmlParser ?? loadXmlParser)();
    if (!parser)
      return fail(
        "reading XLIFF needs fast-xml-parser, which is not installed: npm install --save-dev fast-xml-parser",
      );
    try {
      return { path, file: readXliff(xml, parser) };
    } catch (error) {
      if (error instanceof XliffError)
        return fail(`cannot use "${path}": ${error.message}.`);
      throw error;
    }
  };

  switch (command) {
    case "template": {
      const options = parseOptions(rest, [
        "-o",
        "--output",
        "--lang",
        "--prefill",
      ]);
      if (typeof options === "string") return fail(options);
      if (options.positional.length)
        return fail(
          `takes no file (got "${options.positional[0]}"). See --help.`,
        );
      const given = options.values.get("--lang");
      if (!given)
        return fail(
          "name the target language with --lang (e.g. --lang vi): the plural forms a translator must write depend on it.",
        );
      const tag = canonicalTag(given);
      if (!tag)
        return fail(
          `--lang "${given}" is not a language tag (BCP 47, e.g. "vi" or "pt-BR").`,
        );
      const language = tag.split("-")[0]!.toLowerCase();
      if (language === "en")
        return fail(
          "English is built into the cards: choose another language.",
        );
      const units = textUnits(en, tag);
      let targets: Map<string, string> | undefined;
      if (options.flags.has("--prefill")) {
        const shipped = SHIPPED[language];
        if (!shipped)
          return fail(
            `--prefill: the package ships no ${languageName(language)} to fill in (it ships ${Object.keys(SHIPPED).map(languageName).join(", ")}).`,
          );
        targets = translationsOf(shipped, units);
      }
      const xml = writeXliff({
        units,
        language: tag,
        languageName: languageName(language),
        packageName: PACKAGE,
        version: io.version,
        sourceHash: englishHash(),
        cardsOf,
        ...(targets ? { targets } : {}),
      });
      const output = options.values.get("-o");
      return write(
        output,
        xml,
        `${units.length} units to translate into ${languageName(language)}`,
      )
        ? 0
        : 1;
    }

    case "build": {
      const options = parseOptions(rest, [
        "-o",
        "--output",
        "--translator",
        "--reviewer",
        "--reviewed",
        "--draft",
        "--same-as-english",
      ]);
      if (typeof options === "string") return fail(options);
      const read = await readTranslation(options);
      if (typeof read === "number") return read;
      const result = buildPack(read.file, {
        english: en,
        packageName: PACKAGE,
        version: io.version,
        sourceHash: englishHash(),
        review: reviewOptions(options),
        draft: options.flags.has("--draft"),
        sameAsEnglish: (options.values.get("--same-as-english") ?? "")
          .split(",")
          .map((id) => id.trim())
          .filter(Boolean),
        today: io.today ?? new Date(),
      });
      for (const warning of result.warnings)
        io.err(`il2-widgets locale build: ${read.path}: note: ${warning}\n`);
      if (!result.pack) {
        const count = result.errors.length;
        io.err(
          `il2-widgets locale build: ${read.path}: ${count === 1 ? "1 problem" : `${count} problems`}; no file written.\n${result.errors.map((error) => `  - ${error}\n`).join("")}`,
        );
        return 1;
      }
      const pack = result.pack;
      const output =
        options.values.get("-o") ?? `il2-locale-${pack.language}.js`;
      return write(
        output,
        packModule(pack, [`Built from ${read.path}.`]),
        `the ${languageName(pack.language)} pack (${pack.dir === "rtl" ? "right to left, " : ""}${pack.review ? `reviewed ${pack.review.reviewed}` : "DRAFT: not reviewed"})`,
      )
        ? 0
        : 1;
    }

    case "review": {
      const options = parseOptions(rest, [
        "-o",
        "--output",
        "--translator",
        "--reviewer",
        "--reviewed",
      ]);
      if (typeof options === "string") return fail(options);
      const read = await readTranslation(options);
      if (typeof read === "number") return read;
      const markdown = reviewPackFor(
        read.path,
        read.file,
        reviewOptions(options),
      );
      if (typeof markdown === "number") return markdown;
      const tag = canonicalTag(read.file.targetLanguage)!;
      const output =
        options.values.get("-o") ??
        `review-${tag.split("-")[0]!.toLowerCase()}.md`;
      return write(output, markdown, "the review pack") ? 0 : 1;
    }

    case "pseudo": {
      const options = parseOptions(rest, ["-o", "--output", "--lang"]);
      if (typeof options === "string") return fail(options);
      if (options.positional.length)
        return fail(
          `takes no file (got "${options.positional[0]}"). See --help.`,
        );
      const given = options.values.get("--lang") ?? "qps-ploc";
      const tag = canonicalTag(given);
      if (!tag)
        return fail(
          `--lang "${given}" is not a language tag (e.g. qps-ploc, or ar-XB for right to left).`,
        );
      const pack = pseudoPack(en, {
        tag,
        packageName: `${PACKAGE} ${io.version}`,
        source: englishHash(),
      });
      const output = options.values.get("-o") ?? "il2-locale-pseudo.js";
      return write(
        output,
        packModule(pack, [
          "The pseudo-locale: for checking layouts and finding untranslated strings, never for readers.",
        ]),
        `the pseudo-locale (${tag}${pack.dir === "rtl" ? ", right to left" : ""})`,
      )
        ? 0
        : 1;
    }

    default:
      return fail(
        `unknown command "${command}": template, build, review or pseudo. See --help.`,
      );
  }

  /** The review pack of a translation, or an exit code when the file cannot be reviewed. */
  function reviewPackFor(
    path: string,
    file: ReturnType<typeof readXliff>,
    review: Partial<ReviewRecord>,
  ): string | number {
    const tag = canonicalTag(file.targetLanguage);
    if (!tag)
      return fail(
        `cannot use "${path}": ${file.targetLanguage ? `its target language "${file.targetLanguage}" is not a language tag` : "it names no target language (target-language on <file>)"}.`,
      );
    const language = tag.split("-")[0]!.toLowerCase();
    const units = textUnits(en, tag);
    const translated = new Map<string, string>();
    for (const unit of units) {
      const target = file.units.get(unit.id)?.target;
      if (target !== undefined) translated.set(unit.id, target);
    }
    // What `build` would say, so the reviewer sees what is still to fix.
    const checked = buildPack(file, {
      english: en,
      packageName: PACKAGE,
      version: io.version,
      sourceHash: englishHash(),
      review,
      today: io.today ?? new Date(),
    });
    const record = { ...file.review, ...review };
    const text = textFromUnits(en, units, translated);
    const factIdsOf = (strings: { path: string }[]) =>
      new Map(
        strings.flatMap(({ path }) => {
          const message = path.replace(/\.[^.]+$/, "");
          const ids =
            TEXT_NOTES[path]?.facts ??
            (TEXT_NOTES[message]?.count
              ? TEXT_NOTES[message]?.facts
              : undefined);
          return ids ? [[path, ids] as [string, string[]]] : [];
        }),
      );
    // The draft line is text like any other (shown while the pack is a draft), after `common`'s.
    const withDraftNote = (
      strings: LocaleString[],
      draftNote: string | undefined,
    ) => {
      const at = strings.findIndex(({ path }) => !path.startsWith("common."));
      const note =
        draftNote === undefined
          ? []
          : [{ path: DRAFT_NOTE_ID, key: DRAFT_NOTE_ID, text: draftNote }];
      return [...strings.slice(0, at), ...note, ...strings.slice(at)];
    };
    const englishLocale: ReviewLocale = {
      lang: "en",
      file: `${PACKAGE} ${io.version}`,
      text: en as unknown as ReviewLocale["text"],
      strings: withDraftNote(englishStrings(), DRAFT_NOTE),
      factIds: new Map(),
    };
    englishLocale.factIds = factIdsOf(englishLocale.strings);
    const targetStrings = withDraftNote(
      localeStrings(text).filter(({ path }) => path !== "common.intlLocale"),
      translated.get(DRAFT_NOTE_ID),
    );
    const targetLocale: ReviewLocale = {
      lang: language,
      file: path,
      text: {
        ...(text as unknown as ReviewLocale["text"]),
        common: {
          sources: {
            lead: text.common.sources?.lead ?? "**missing**",
            page: text.common.sources?.page ?? "**missing**",
          },
        },
      },
      strings: targetStrings,
      factIds: factIdsOf(targetStrings),
    };
    const name = languageName(language);
    const rows: [string, string][] = [
      ["English content hash (what it translates)", `\`${englishHash()}\``],
      [
        "Translated by",
        record.translator ? cell(record.translator) : "**not given**",
      ],
      [
        "Reviewed by",
        record.reviewer ? cell(record.reviewer) : "**not given**",
      ],
      [
        "Review date",
        record.reviewed ? cell(record.reviewed) : "**not given**",
      ],
      [
        "Build checks",
        checked.errors.length
          ? `**${checked.errors.length} to fix** (listed at the end)`
          : "all passed",
      ],
    ];
    const pack = renderPack(
      {
        name: PACKAGE,
        version: io.version,
        locales: [englishLocale, targetLocale],
        // Every fact ID the English carries, in the fact list's order (F, then Q, then L).
        facts: [...new Set([...englishLocale.factIds.values()].flat())]
          .sort(
            (a, b) =>
              "FQL".indexOf(a[0]!) - "FQL".indexOf(b[0]!) ||
              Number(a.slice(1)) - Number(b.slice(1)),
          )
          .map((id) => ({ id })),
        widgets: sources,
      },
      {
        intro: [
          `# Translation review pack: ${name} (${tag})`,
          "",
          `<!-- Written by \`il2-widgets locale review ${path}\`. Write it again after any change to the translation. -->`,
          "",
          `Every sentence the il2-widgets cards can show a reader, in English and in the ${name} of`,
          `\`${path}\`, for review by a qualified medical translator and the patient-education committee:`,
          "check that each translation carries the same facts as the English, in plain words, and adds",
          "nothing. Approve one content hash: when any word of either language changes, the hash changes.",
        ],
        hashLabel: "Content hash (SHA-256 of the English and the translation)",
        // The translation's review record after the hashes.
        table: (own) => [
          own.package,
          own.hash,
          ...rows.map(([label, value]) => `| ${label} | ${value} |`),
          own.languages,
          ...own.sources,
        ],
      },
    );
    const problems = [...checked.errors, ...checked.warnings];
    return problems.length
      ? `${pack}\n## Build checks\n\nWhat \`il2-widgets locale build\` says of this file today:\n\n${problems.map((problem) => `- ${cell(problem)}`).join("\n")}\n`
      : pack;
  }
}
