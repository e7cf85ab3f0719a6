// Cached Intl formatters, the cards' only ones. Building one costs milliseconds (the page's first
// costs 10–15 ms: the browser starts its ICU library) and cards re-render often (and many copies
// share a language), so each locale-and-options pair is built once per page; `toLocaleString`
// would build one on every call. A malformed locale tag from a third-party locale file falls back
// to US English instead of throwing.

const formatters = new Map<string, unknown>();

function cached<T>(
  kind: string,
  locale: string,
  options: object,
  make: (locale: string) => T,
): T {
  const key = `${kind} ${locale} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    try {
      formatter = make(locale);
    } catch {
      formatter = make("en-US");
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

export const dateFormat = (
  locale: string,
  options: Intl.DateTimeFormatOptions,
) =>
  cached(
    "date",
    locale,
    options,
    (tag) => new Intl.DateTimeFormat(tag, options),
  );

export const numberFormat = (
  locale: string,
  options: Intl.NumberFormatOptions,
) =>
  cached(
    "number",
    locale,
    options,
    (tag) => new Intl.NumberFormat(tag, options),
  );

/** Which plural form a count takes ("one", "other"…). */
export const pluralRules = (locale: string) =>
  cached("plural", locale, {}, (tag) => new Intl.PluralRules(tag));

/** A long "and" list, e.g. `6:00 AM, 2:00 PM, and 10:00 PM`. */
export const listFormat = (locale: string) =>
  cached("list", locale, {}, (tag) => new Intl.ListFormat(tag));
