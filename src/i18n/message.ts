// Reader-facing text is data: strings with `{name}` placeholders, and count messages that pick a
// plural form with Intl.PluralRules. No locale file holds code, so a translation can be checked
// and built from a translator's file (XLIFF) like any other data, and a translator cannot break a
// card by breaking a function.

/** Plural rules by language, built once each (building one costs more than using it). */
const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * A message whose words depend on a number: one form per CLDR plural category the language needs
 * (`one`, `few`, `many`, `other`…), and optional exact forms (`"=0"`, `"=1"`…) that win over the
 * category. `{count}` in a form is the number, written in the card's language.
 */
export type CountMessage = { other: string } & {
  [form in Intl.LDMLPluralRule | `=${number}`]?: string;
};

/**
 * Number formats by language, built once each: `toLocaleString` builds a new one on every call,
 * which made filling messages the largest single cost of rendering a card (a CPU profile of 50
 * resources cards: about a fifth of their script time).
 */
const numberFormats = new Map<string, Intl.NumberFormat | null>();

/** `value` in the language's digits and grouping; plain digits for a malformed tag. */
function localNumber(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(locale);
    } catch {
      format = null;
    }
    numberFormats.set(locale, format);
  }
  return format ? format.format(value) : String(value);
}

/** What fills a message's placeholders: numbers are written in the card's language. */
export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * `message` with each `{name}` replaced by its value; an unknown `{name}` is left as it is. A value
 * that ends with its own period ("10:00 p.m.") takes the place of the period after it.
 */
export function fill(
  message: string,
  values: MessageValues,
  locale: string,
): string {
  return message.replace(
    /\{(\w+)\}(\.?)/g,
    (placeholder, name: string, period: string) => {
      const value = values[name];
      if (value === undefined) return placeholder;
      const text =
        typeof value === "number" ? localNumber(value, locale) : value;
      return period && text.endsWith(".") ? text : text + period;
    },
  );
}

/** The form of `message` for `count` (exact form first, then the plural category), filled in. */
export function fillCount(
  message: CountMessage,
  count: number,
  locale: string,
  values: MessageValues = {},
): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    // A malformed tag from a host's language falls back to US English instead of throwing.
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = new Intl.PluralRules("en-US");
    }
    pluralRules.set(locale, rules);
  }
  const form =
    message[`=${count}`] ?? message[rules.select(count)] ?? message.other;
  return fill(form, { ...values, count }, locale);
}
