// A language's text as translation units: one per reader-facing string, with a stable ID (the
// string's path in `LocaleText`, as in the content review pack), the English, and what a
// translator needs to know. Count messages become one unit per form: each exact form the English
// has (`=0`) and each plural category the TARGET language needs (Intl.PluralRules), so Polish gets
// `one`, `few`, `many` and `other` where English has `one` and `other`. Generic over `LocaleText`:
// the units are read from the English text itself, with the notes `npm run generate` writes.
// Pure (no Node, no DOM): the browser tests use it too.
import type { LocaleText } from "../../generated/locale-text.js";
import { TEXT_NOTES, type TextNote } from "../../generated/text-notes.js";
import type { CountMessage } from "../../i18n/message.js";

/** What a draft pack's cards show under their title, in English (translated like any string). */
export const DRAFT_NOTE = "This translation has not been reviewed yet.";
export const DRAFT_NOTE_ID = "common.draftNote";

export interface TextUnit {
  /** Stable ID: the string's path, e.g. `overview.sections.what.blocks[0]`, `schedule.dayDoses.few`. */
  id: string;
  /** The text part it belongs to (`common`, `overview`…). */
  part: string;
  /** The English. For a plural form English lacks (`few`), its `other` form. */
  source: string;
  note: TextNote;
  /** For a form of a count message: the message's path and the form (`one`, `few`, `=0`). */
  plural?: { message: string; form: string };
}

/** The plural categories `language` needs, in CLDR's order (`zero one two few many other`). */
export function pluralCategories(language: string): Intl.LDMLPluralRule[] {
  const order: Intl.LDMLPluralRule[] = [
    "zero",
    "one",
    "two",
    "few",
    "many",
    "other",
  ];
  const needed = new Intl.PluralRules(language).resolvedOptions()
    .pluralCategories;
  return order.filter((category) => needed.includes(category));
}

/** Whole numbers a card may show that take `category` in `language` (for the translator's note). */
export function pluralExamples(language: string, category: string): number[] {
  const rules = new Intl.PluralRules(language);
  const candidates = [
    ...Array.from({ length: 201 }, (_, n) => n),
    1000,
    10_000,
    100_000,
    1_000_000,
  ];
  return candidates.filter((n) => rules.select(n) === category).slice(0, 5);
}

/** `{name}` placeholders of a message, in order, repeats included. */
export const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map(([, name]) => name!);

const isCountPath = (path: string) => TEXT_NOTES[path]?.count === true;

/** The value at a `LocaleText` path such as `overview.sections.what.blocks[0]`. */
export function valueAt(text: object, path: string): unknown {
  let value: unknown = text;
  for (const [, key, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (value == null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key ?? index!];
  }
  return value;
}

/**
 * The translation units of `english` for a translation into `language`: every string the notes
 * list, in the English text's order, and the draft line. `DRAFT_NOTE` is a unit too: a draft
 * pack shows it, in the pack's language.
 */
export function textUnits(english: LocaleText, language: string): TextUnit[] {
  const categories = pluralCategories(language);
  const units: TextUnit[] = [];
  for (const [path, note] of Object.entries(TEXT_NOTES)) {
    const part = path.split(/[.[]/)[0]!;
    const value = valueAt(english, path);
    if (note.count) {
      const message = value as CountMessage;
      const exact = Object.keys(message).filter((form) => form.startsWith("="));
      for (const form of [...exact, ...categories])
        units.push({
          id: `${path}.${form}`,
          part,
          source: message[form as keyof CountMessage] ?? message.other,
          note,
          plural: { message: path, form },
        });
    } else if (typeof value === "string")
      units.push({ id: path, part, source: value, note });
  }
  // The draft line, after the rest of the text every card shows.
  const afterCommon = units.findLastIndex((unit) => unit.part === "common") + 1;
  units.splice(afterCommon, 0, {
    id: DRAFT_NOTE_ID,
    part: "common",
    source: DRAFT_NOTE,
    note: {
      meaning:
        "Shown on every card while the translation is a draft (built with --draft, before its review). Readers must understand it.",
    },
  });
  return units;
}

/**
 * The `LocaleText` a translation gives: the English's shape with each string replaced by its
 * unit's translation (`translated` by unit ID), count messages holding the forms their units
 * give; a string with no translation is left out (undefined). Settings of the language
 * (`intlLocale`, `dir`) are the caller's.
 */
export function textFromUnits(
  english: LocaleText,
  units: readonly TextUnit[],
  translated: ReadonlyMap<string, string>,
): LocaleText {
  const messages = new Map<string, Record<string, string>>();
  for (const unit of units) {
    const form = translated.get(unit.id);
    if (unit.plural && form !== undefined)
      messages.set(unit.plural.message, {
        ...messages.get(unit.plural.message),
        [unit.plural.form]: form,
      });
  }
  const rebuild = (value: unknown, path: string): unknown => {
    if (isCountPath(path)) return messages.get(path);
    if (typeof value === "string")
      return translated.get(path) ?? (TEXT_NOTES[path] ? undefined : value);
    if (Array.isArray(value))
      return value.map((item, index) => rebuild(item, `${path}[${index}]`));
    if (value && typeof value === "object")
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [
          key,
          rebuild(item, path ? `${path}.${key}` : key),
        ]),
      );
    return value;
  };
  return rebuild(english, "") as LocaleText;
}

/**
 * A language's text as unit translations (by unit ID): what a shipped language gives for each unit
 * (the `template --prefill` of Spanish, and the round-trip test). A plural form the language's text
 * does not spell out gets the wording the card would show for it: its `other` form.
 */
export function translationsOf(
  text: LocaleText,
  units: readonly TextUnit[],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const unit of units) {
    if (unit.plural) {
      const message = valueAt(text, unit.plural.message) as
        CountMessage | undefined;
      const form = message?.[unit.plural.form as keyof CountMessage];
      const value = form ?? message?.other;
      if (value !== undefined) out.set(unit.id, value);
    } else {
      const value = valueAt(text, unit.id);
      if (typeof value === "string") out.set(unit.id, value);
    }
  }
  return out;
}
