// Developer warnings: every distinct message is printed once per page, however many cards repeat it.

const alreadyWarned = new Set<string>();

/** Longest slice of an outside value quoted in a warning, so a huge value cannot flood the console. */
const MAX_QUOTED_LENGTH = 60;

/**
 * Prints `[il2-widgets] message` once per page. Messages with the same `key` count as one (e.g. an
 * unavailable language named by the first of many cards that asks for it).
 */
export function warnOnce(message: string, key = message): void {
  if (alreadyWarned.has(key)) return;
  alreadyWarned.add(key);
  console.warn(`[il2-widgets] ${message}`);
}

/** Quotes any outside value for a warning: strings are cut short, other types are named. */
export function quote(value: unknown): string {
  let text: string;
  if (typeof value === "string") text = value;
  else if (
    typeof value === "number" ||
    typeof value === "boolean" ||
    value == null
  )
    text = String(value);
  else text = Object.prototype.toString.call(value);
  return JSON.stringify(
    text.length > MAX_QUOTED_LENGTH
      ? `${text.slice(0, MAX_QUOTED_LENGTH)}…`
      : text,
  );
}

/** Lets tests check "warns once" from a clean slate. Not part of the public API. */
export function forgetWarnings(): void {
  alreadyWarned.clear();
}
