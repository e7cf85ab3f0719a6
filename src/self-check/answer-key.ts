// The self-check's questions as data: which answer is right and which card explains it. Pure: no
// DOM, no text (each locale's wording is in src/locales/*.ts); the same key serves every language.

/** The topics, in the order they are asked. Each is also the stable id of its ready-made question. */
export const SELF_CHECK_TOPICS = [
  "where",
  "how",
  "course",
  "watch",
  "immune",
  "side-effects",
  "at-home",
] as const;
export type SelfCheckTopic = (typeof SELF_CHECK_TOPICS)[number];

/** A card that explains a fact, by its section name in <il2-guide> (its folder). */
export type ExplainingCard = "overview" | "schedule" | "side-effects";

export const EXPLAINING_TAGS: Record<ExplainingCard, string> = {
  overview: "il2-overview",
  schedule: "il2-schedule",
  "side-effects": "il2-side-effects",
};

/**
 * The text part of each card: its title (`title`) is how the self-check names it, in the card's
 * own words (English in src/locales/en/card-titles.ts). The self-check's `textParts` list them.
 */
export const EXPLAINING_PARTS = {
  overview: "overview",
  schedule: "schedule",
  "side-effects": "sideEffects",
} as const satisfies Record<ExplainingCard, string>;

export interface AnswerKeyEntry {
  /** Index (0–2) of the right choice. Varied, so the right answer is not always in one place. */
  right: 0 | 1 | 2;
  /** The card that explains the fact. */
  card: ExplainingCard;
}

/** The facts behind each topic are noted beside its text in the locale files. */
export const ANSWER_KEY: Record<SelfCheckTopic, AnswerKeyEntry> = {
  where: { right: 1, card: "schedule" }, // F14
  how: { right: 0, card: "schedule" }, // F15
  course: { right: 2, card: "schedule" }, // F16
  watch: { right: 0, card: "schedule" }, // F17
  immune: { right: 2, card: "overview" }, // F2
  // In the hospital, a warning sign means telling the nurse at once (L12), not waiting to ask.
  "side-effects": { right: 1, card: "side-effects" }, // L12
  "at-home": { right: 2, card: "side-effects" }, // L12
};

/** What Check says about a choice: none picked yet, right, or missed. */
export type CheckResult = "pick-first" | "right" | "missed";

export function checkAnswer(
  topic: SelfCheckTopic,
  choice: number | undefined,
): CheckResult {
  if (choice === undefined) return "pick-first";
  return choice === ANSWER_KEY[topic].right ? "right" : "missed";
}
