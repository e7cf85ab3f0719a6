// Rules for the questions themselves: limits, stable ids, cleaning outside text, and reading the
// host's own default questions. Pure: no DOM, never throws.

export const LIMITS = {
  /** Most questions a reader can add. */
  ownQuestions: 200,
  /** Most default questions a host can add. */
  hostQuestions: 50,
  /** Longest question text in characters (own and host questions); longer text is cut. */
  questionLength: 300,
  /** Longest note in characters; longer text is cut. */
  noteLength: 100_000,
} as const;

/** Built-in `q1`–`q10`, host `h-…` and own `o-…` ids; nothing else is ever read or written. */
const ID_PATTERN = /^(?:q(?:[1-9]|10)|[ho]-[a-z0-9_-]{1,48})$/;

export function isQuestionId(input: unknown): input is string {
  return typeof input === "string" && ID_PATTERN.test(input);
}

/** Cuts text to `max` characters without splitting a character made of two UTF-16 units. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

// Control characters other than tab and line breaks mean nothing to a reader.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export interface CleanText {
  text: string;
  /** True when the text was longer than allowed and was cut. */
  cut: boolean;
}

/** A question's text on one line: whitespace collapsed, trimmed, cut to the limit. Non-strings give ''. */
export function cleanQuestionText(input: unknown): CleanText {
  if (typeof input !== "string") return { text: "", cut: false };
  const text = input.replace(CONTROL, "").replace(/\s+/g, " ").trim();
  return {
    text: cut(text, LIMITS.questionLength),
    cut: text.length > LIMITS.questionLength,
  };
}

/** A note keeps its own lines and spacing; only stray control characters go and the length is capped. */
export function cleanNote(input: unknown): string {
  if (typeof input !== "string") return "";
  return cut(input.replace(CONTROL, ""), LIMITS.noteLength);
}

/** FNV-1a, 32 bits: a short, stable fingerprint of a question's text. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * The id of a host question: from the host's own id when it gives a usable one (letters, digits,
 * `-`, `_`), else from the text, so the same text keeps its marks and notes across visits.
 */
export function hostQuestionId(text: string, hostId?: unknown): string {
  if (typeof hostId === "string") {
    const id = hostId
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 46);
    if (/[a-z0-9]/.test(id)) return `h-${id}`;
  }
  return `h-${fingerprint(text.toLowerCase())}`;
}

/**
 * The id of a question another card asked for (the `il2-ask` event): from its topic, so one topic
 * gives one question whatever the language; from its text when the topic is unusable.
 */
export function askedQuestionId(topic: unknown, text: string): string {
  const name = typeof topic === "string" ? topic.trim().toLowerCase() : "";
  return `o-ask-${/^[a-z0-9-]{1,40}$/.test(name) ? name : fingerprint(text.toLowerCase())}`;
}

export interface QuestionItem {
  id: string;
  text: string;
}

export interface HostQuestions {
  items: QuestionItem[];
  /** One line per unusable or changed entry, for a developer warning. */
  problems: string[];
}

/**
 * Reads the host's default questions: each entry a string, or `{ id?, text }`. Unusable entries are
 * skipped, long text is cut, repeats are dropped, and at most `LIMITS.hostQuestions` are kept.
 */
export function parseHostQuestions(
  entries: readonly unknown[],
  label = "question",
): HostQuestions {
  const items: QuestionItem[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const where = `${label} ${index + 1}`;
    const record =
      entry !== null && typeof entry === "object"
        ? (entry as Record<string, unknown>)
        : undefined;
    const raw = typeof entry === "string" ? entry : record?.text;
    if (typeof raw !== "string") {
      problems.push(`${where} is not text`);
      return;
    }
    const { text, cut: wasCut } = cleanQuestionText(raw);
    if (!text) {
      problems.push(`${where} is empty`);
      return;
    }
    const id = hostQuestionId(text, record?.id);
    if (seen.has(id)) {
      problems.push(`${where} repeats an earlier question`);
      return;
    }
    if (items.length >= LIMITS.hostQuestions) {
      problems.push(
        `${where} is past the limit of ${LIMITS.hostQuestions} questions`,
      );
      return;
    }
    if (wasCut)
      problems.push(
        `${where} is longer than ${LIMITS.questionLength} characters and was cut`,
      );
    seen.add(id);
    items.push({ id, text });
  });
  return { items, problems };
}

/** A new id for a reader's own question, unlike any in `taken`. */
export function newOwnId(
  taken: ReadonlySet<string>,
  random: () => number = Math.random,
): string {
  for (;;) {
    const id = `o-${Math.floor(random() * 36 ** 8).toString(36)}`;
    if (!taken.has(id) && isQuestionId(id)) return id;
    // A broken random source (always the same number) still yields a fresh id.
    random = Math.random;
  }
}
