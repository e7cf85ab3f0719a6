// Developer warnings: every distinct message is printed once per page, however many cards repeat it.

const alreadyWarned = new Set<string>();

/** Where warnings go: the console in a browser; prerender() collects them per document on Node. */
let sink: (message: string) => void = (message) => console.warn(message);

/** Longest slice of an outside value quoted in a warning, so a huge value cannot flood the console. */
const MAX_QUOTED_LENGTH = 60;

/**
 * Prints `[il2-widgets] message` once per page. Messages with the same `key` count as one (e.g. an
 * unavailable language named by the first of many cards that asks for it).
 */
export function warnOnce(message: string, key = message): void {
  if (alreadyWarned.has(key)) return;
  alreadyWarned.add(key);
  sink(`[il2-widgets] ${message}`);
}

/**
 * Sends warnings to `receive` instead of the console, from a clean slate, until the returned
 * function is called. Used by prerender(); not part of the public API.
 */
export function redirectWarnings(
  receive: (message: string) => void,
): () => void {
  const previous = sink;
  alreadyWarned.clear();
  sink = receive;
  return () => {
    sink = previous;
  };
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
