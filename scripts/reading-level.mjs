// Reading level measured as issue 23 sets it, the same way in the browser tests (on each card's
// visible text, through scripts/readability-plugin.mjs) and in the content review pack (on the
// locale text): sentences split at . ! ? : ; and at line breaks, fragments under 3 words left out.
// English: the Flesch–Kincaid grade, from `text-readability`'s word and syllable counts with this
// sentence count (its own split knows neither ":" nor line breaks). Spanish: INFLESZ
// (scripts/inflesz.mjs) on the same sentences.
import rs from "text-readability";
import { infleszScore } from "./inflesz.mjs";

/** Highest English grade, and lowest Spanish INFLESZ score, any card may have (issue 23). */
export const GRADE_MAXIMUM = 6;
export const INFLESZ_MINIMUM = 70;

/** Stops that do not end a sentence: abbreviations a reader reads as one word. */
const ABBREVIATIONS = [
  [/\bU\.S\./g, "US"],
  [/\bEE\. ?UU\./g, "EEUU"],
  [/\b([ap])\. ?m\./gi, "$1m"],
  [/\b([AP])\.M\./g, "$1M"],
];

const wordsOf = (text) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The sentences of a text as a reader meets them: split at line breaks and after . ! ? : ; (and
 * any closing quote or bracket), abbreviations kept whole, fragments under 3 words left out.
 * @param {string} text
 * @returns {string[]}
 */
export function readerSentences(text) {
  let plain = text;
  for (const [pattern, replacement] of ABBREVIATIONS)
    plain = plain.replace(pattern, replacement);
  return plain
    .split(/\n|(?<=[.!?:;])["'”’»)\]]*\s+/)
    .map((sentence) => sentence.replace(/\s+/g, " ").trim())
    .filter((sentence) => wordsOf(sentence).length >= 3);
}

/** One scorer-ready text: each sentence starts with a letter or digit and ends with a stop. */
function joined(sentences) {
  return sentences
    .map((sentence) => sentence.replace(/^[^\p{L}\p{N}]+/u, ""))
    .map((sentence) =>
      /[.!?]$/.test(sentence) ? sentence : `${sentence.replace(/[:;]$/, "")}.`,
    )
    .join(" ");
}

/**
 * The Flesch–Kincaid grade of English sentences: 0.39 × words per sentence + 11.8 × syllables per
 * word − 15.59, unrounded.
 * @param {string[]} sentences
 */
export function englishGrade(sentences) {
  if (!sentences.length) return Number.NaN;
  const text = joined(sentences);
  const words = rs.lexiconCount(text);
  const syllables = rs.syllableCount(text);
  return 0.39 * (words / sentences.length) + 11.8 * (syllables / words) - 15.59;
}

/**
 * The INFLESZ score of Spanish sentences.
 * @param {string[]} sentences
 */
export function spanishInflesz(sentences) {
  if (!sentences.length) return Number.NaN;
  return infleszScore(joined(sentences));
}

/**
 * The reading level of a text in `lang` ("en": grade; "es": INFLESZ), with the sentences counted.
 * @param {string} text
 * @param {string} lang
 */
export function readingLevel(text, lang) {
  const sentences = readerSentences(text);
  if (lang === "es")
    return { kind: "inflesz", value: spanishInflesz(sentences), sentences };
  return { kind: "grade", value: englishGrade(sentences), sentences };
}
