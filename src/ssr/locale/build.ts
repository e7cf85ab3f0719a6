// `il2-widgets locale build`: checks a translator's XLIFF against the package's English and makes
// the pack. Every check names the unit and says what to do; any failure means no pack. Pure: the
// command reads and writes the files.
import type { LocaleText } from "../../generated/locale-text.js";
import { languageName } from "./review-pack.js";
import { textDirection, type PackData } from "./pack.js";
import {
  DRAFT_NOTE,
  DRAFT_NOTE_ID,
  placeholders,
  textFromUnits,
  textUnits,
  type TextUnit,
} from "./units.js";
import type { ReviewRecord, XliffFile } from "./xliff.js";

/**
 * Names that stay as they are in every language: a string that is only these (and placeholders
 * and punctuation) may equal the English.
 */
export const NAMES = [
  "Melanoma Research Alliance",
  "PROLEUKIN®",
  "PROLEUKIN",
  "aldesleukin",
  "IL-2",
  "FDA",
];

export interface BuildOptions {
  english: LocaleText;
  packageName: string;
  version: string;
  /** SHA-256 of the English (what the pack translates). */
  sourceHash: string;
  /** The review record from the command line; each field wins over the file's. */
  review?: Partial<ReviewRecord>;
  /** Build without a review record: the cards say the translation has not been reviewed. */
  draft?: boolean;
  /** Units whose translation may equal the English (names the list above does not know). */
  sameAsEnglish?: readonly string[];
  /** Today, for the review date (a review cannot be in the future). */
  today: Date;
}

export interface BuildResult {
  /** Everything wrong, one line each, naming the unit. Any error: no pack. */
  errors: string[];
  /** What the build left out or filled in, one line each. */
  warnings: string[];
  pack?: PackData;
  units: TextUnit[];
}

/** The language tag in its canonical form, or undefined when it is not one. */
export function canonicalTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** A `{name}` list for a message: `{start}, {count}` or "none". */
const listed = (names: string[]) =>
  names.length ? names.map((name) => `{${name}}`).join(", ") : "none";

const sameNames = (a: string[], b: string[]) =>
  [...a].sort().join("\n") === [...b].sort().join("\n");

/** True when `text` has no words of its own: placeholders, names and punctuation only. */
function onlyNames(text: string): boolean {
  let rest = text.replace(/\{\w+\}/g, " ");
  for (const name of NAMES) rest = rest.split(name).join(" ");
  return !/\p{L}/u.test(rest);
}

const quoted = (text: string) =>
  `"${text.length > 90 ? `${text.slice(0, 87)}…` : text}"`;

/** Checks the review record; fills in `errors` and returns it when complete. */
function checkReview(
  record: Partial<ReviewRecord>,
  today: Date,
  errors: string[],
): ReviewRecord | undefined {
  const missing = (["translator", "reviewer", "reviewed"] as const).filter(
    (field) => !record[field]?.trim(),
  );
  if (missing.length) {
    errors.push(
      `the review record lacks ${new Intl.ListFormat("en").format(missing.map((field) => (field === "reviewed" ? "the review date" : `the ${field}`)))}. ` +
        'Give --translator "Name, credentials or vendor" --reviewer "Name, credentials" --reviewed YYYY-MM-DD, or fill in the ' +
        "<phase-group> of the file's header; or build a draft with --draft (its cards say the translation has not been reviewed yet).",
    );
    return undefined;
  }
  const { translator, reviewer, reviewed } = record as ReviewRecord;
  let ok = true;
  if (!/,\s*\S/.test(reviewer)) {
    ok = false;
    errors.push(
      `the reviewer ${quoted(reviewer)} names no credentials: write "Name, credentials" (e.g. "Lan Tran, MD, certified medical interpreter").`,
    );
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(reviewed);
  const day = date && new Date(Date.UTC(+date[1]!, +date[2]! - 1, +date[3]!));
  if (!date || !day || day.toISOString().slice(0, 10) !== reviewed) {
    ok = false;
    errors.push(
      `the review date ${quoted(reviewed)} is not a date: write it as YYYY-MM-DD.`,
    );
  } else if (reviewed > today.toISOString().slice(0, 10)) {
    ok = false;
    errors.push(
      `the review date ${reviewed} is in the future: give the day the review was done.`,
    );
  }
  return ok ? { translator, reviewer, reviewed } : undefined;
}

/** Checks `file` and, when nothing is wrong, makes the pack. */
export function buildPack(file: XliffFile, options: BuildOptions): BuildResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  const tag = canonicalTag(file.targetLanguage);
  if (!file.targetLanguage) {
    errors.push(
      'the file names no target language: set target-language on its <file> element (e.g. target-language="vi").',
    );
    return { errors, warnings, units: [] };
  }
  if (!tag) {
    errors.push(
      `the target language "${file.targetLanguage}" is not a language tag (BCP 47, e.g. "vi" or "pt-BR").`,
    );
    return { errors, warnings, units: [] };
  }
  const language = tag.split("-")[0]!.toLowerCase();
  if (language === "en") {
    errors.push(
      `the target language is ${tag}: the English is built into the cards. Translate into another language.`,
    );
    return { errors, warnings, units: [] };
  }
  if (!/^en\b/i.test(file.sourceLanguage))
    errors.push(
      `the source language is "${file.sourceLanguage}", not English: translate the file that \`il2-widgets locale template\` writes.`,
    );
  const name = languageName(language);
  const units = textUnits(options.english, tag);
  const expected = new Set(units.map((unit) => unit.id));
  const same = new Set(options.sameAsEnglish ?? []);
  for (const id of same)
    if (!expected.has(id))
      errors.push(
        `--same-as-english names "${id}", which is not a unit of ${options.packageName} ${options.version}.`,
      );

  const translated = new Map<string, string>();
  const template = `il2-widgets locale template --lang ${tag}`;
  for (const unit of units) {
    const found = file.units.get(unit.id);
    const optional = unit.id === DRAFT_NOTE_ID;
    if (!found) {
      if (optional) continue;
      errors.push(
        unit.plural && !unit.plural.form.startsWith("=")
          ? `${unit.id}: missing: ${name} needs the plural form "${unit.plural.form}" of ${unit.plural.message} (English: ${quoted(unit.source)}). Make a new template with \`${template}\` and translate it.`
          : `${unit.id}: missing from the file (English: ${quoted(unit.source)}). Make a new template with \`${template}\` and translate the units your file lacks.`,
      );
      continue;
    }
    if (found.source && found.source !== unit.source) {
      errors.push(
        `${unit.id}: the English has changed since the file was made (file: ${quoted(found.source)}; now: ${quoted(unit.source)}). Make a new template with \`${template}\` and translate the unit again.`,
      );
      continue;
    }
    if (found.markup.length) {
      errors.push(
        `${unit.id}: the translation holds markup the cards cannot show (${[...new Set(found.markup)].join(", ")}). Write plain text, keeping only the placeholders.`,
      );
      continue;
    }
    const target = found.target;
    if (target === undefined) {
      if (!optional) errors.push(`${unit.id}: not translated (no target).`);
      continue;
    }
    const want = placeholders(unit.source);
    const got = placeholders(target);
    if (!sameNames(want, got)) {
      errors.push(
        `${unit.id}: the placeholders differ from the English: the English has ${listed(want)}, the translation ${listed(got)}. Keep every {name} exactly as it is; the card fills it in.`,
      );
      continue;
    }
    if (target === unit.source && !onlyNames(target) && !same.has(unit.id)) {
      errors.push(
        `${unit.id}: the translation is the same as the English (${quoted(target)}). Translate it; if it is right as it is (a name), build with --same-as-english ${unit.id}.`,
      );
      continue;
    }
    translated.set(unit.id, target);
  }
  for (const id of file.units.keys())
    if (!expected.has(id)) {
      const plural = units.find(
        (unit) => unit.plural && id.startsWith(`${unit.plural.message}.`),
      );
      warnings.push(
        plural
          ? `${id}: left out: ${name} has no plural form "${id.slice(plural.plural!.message.length + 1)}" (${name} uses ${units
              .filter((unit) => unit.plural?.message === plural.plural!.message)
              .map((unit) => unit.plural!.form)
              .join(", ")}).`
          : `${id}: left out: not a string of ${options.packageName} ${options.version} (was the file made for another version?).`,
      );
    }

  const record = {
    ...file.review,
    ...Object.fromEntries(
      Object.entries(options.review ?? {}).filter(([, value]) => value),
    ),
  } as Partial<ReviewRecord>;
  for (const field of ["translator", "reviewer", "reviewed"] as const)
    if (record[field])
      record[field] = record[field].replace(/\s+/g, " ").trim();
  const review = options.draft
    ? undefined
    : checkReview(record, options.today, errors);
  if (options.draft && !translated.has(DRAFT_NOTE_ID))
    warnings.push(
      `${DRAFT_NOTE_ID}: not translated: the draft's cards say it in English.`,
    );

  if (errors.length) return { errors, warnings, units };
  const text = textFromUnits(options.english, units, translated);
  const dir = textDirection(tag);
  text.common = {
    ...text.common,
    intlLocale: tag,
    ...(dir === "rtl" ? { dir } : {}),
    ...(options.draft
      ? { draftNote: translated.get(DRAFT_NOTE_ID) ?? DRAFT_NOTE }
      : {}),
  };
  return {
    errors,
    warnings,
    units,
    pack: {
      format: 1,
      language,
      tag,
      dir,
      package: `${options.packageName} ${options.version}`,
      source: options.sourceHash,
      review: review ?? null,
      text,
    },
  };
}
