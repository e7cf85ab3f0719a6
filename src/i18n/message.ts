// Reader-facing text is data: strings with `{name}` placeholders, and count messages that pick a
// plural form with Intl.PluralRules. No locale file holds code, so a translation can be checked
// and built from a translator's file (XLIFF) like any other data, and a translator cannot break a
// card by breaking a function.

import { numberFormat, pluralRules } from "../shared/intl.js";

/**
 * A message whose words depend on a number: one form per CLDR plural category the language needs
 * (`one`, `few`, `many`, `other`…), and optional exact forms (`"=0"`, `"=1"`…) that win over the
 * category. `{count}` in a form is the number, written in the card's language.
 */
export type CountMessage = { other: string } & {
  [form in Intl.LDMLPluralRule | `=${number}`]?: string;
};

/** `value` in the language's digits and grouping (US English's for a malformed tag). */
const localNumber = (value: number, locale: string) =>
  numberFormat(locale, {}).format(value);

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
  const rules = pluralRules(locale);
  const form =
    message[`=${count}`] ?? message[rules.select(count)] ?? message.other;
  return fill(form, { ...values, count }, locale);
}
