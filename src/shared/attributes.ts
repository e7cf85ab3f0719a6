// Pure parsers that turn any outside attribute or property value into a safe setting.
// Each returns the setting to use and whether the input was acceptable, so the caller can warn.

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
export type Theme = "light" | "dark" | "auto";

export interface Parsed<T> {
  value: T;
  /** False when the input was present but unusable and a fallback was chosen. */
  valid: boolean;
}

/**
 * Lit's default for attributes, made explicit: the property receives the attribute's text as it
 * is. Numeric attributes are checked in `willUpdate` by the parsers here, which accept numeric
 * text, so a warning can quote what the page wrote (`"two"`), not a converted `NaN`.
 */
export const attributeText = { fromAttribute: (value: string | null) => value };

export const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

/** Accepts 1–6 as a number or a numeric string; anything else falls back to 2. */
export function parseHeadingLevel(input: unknown): Parsed<HeadingLevel> {
  if (input == null || input === "")
    return { value: DEFAULT_HEADING_LEVEL, valid: input == null };
  const level =
    typeof input === "number"
      ? input
      : typeof input === "string"
        ? Number(input.trim())
        : NaN;
  if (Number.isInteger(level) && level >= 1 && level <= 6)
    return { value: level as HeadingLevel, valid: true };
  return { value: DEFAULT_HEADING_LEVEL, valid: false };
}

/** The level below `level`, kept within h6. */
export function subheadingLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}

const THEMES: readonly Theme[] = ["light", "dark", "auto"];

/** Accepts light, dark or auto (any case, trimmed); anything else falls back to light. */
export function parseTheme(input: unknown): Parsed<Theme> {
  if (input == null) return { value: "light", valid: true };
  const theme = typeof input === "string" ? input.trim().toLowerCase() : "";
  return THEMES.includes(theme as Theme)
    ? { value: theme as Theme, valid: true }
    : { value: "light", valid: false };
}

export interface ParsedList<T extends string> {
  /** Known names, in the order given, without repeats. */
  items: T[];
  /** Names that were given but are not known. */
  unknown: string[];
}

/**
 * Splits a space- or comma-separated list (or takes an array of names) and keeps the known names
 * in the given order. Other input yields nothing known, so the caller shows its default.
 */
export function parseNameList<T extends string>(
  input: unknown,
  known: readonly T[],
): ParsedList<T> {
  const text = Array.isArray(input)
    ? input.filter((item) => typeof item === "string").join(" ")
    : input;
  const words =
    typeof text === "string" ? text.split(/[\s,]+/).filter(Boolean) : [];
  const items: T[] = [];
  const unknown: string[] = [];
  for (const word of words) {
    const name = word.toLowerCase();
    if (known.includes(name as T)) {
      if (!items.includes(name as T)) items.push(name as T);
    } else unknown.push(word);
  }
  if (text != null && typeof text !== "string")
    unknown.push(`(${typeof text})`);
  return { items, unknown };
}
