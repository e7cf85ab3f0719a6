// The Szigriszt-Pazos perspicuity score (the INFLESZ scale of Spanish health writing), computed
// the same way in the tests and the content review pack:
//   206.835 − 62.3 × syllables/words − words/sentences
// Syllables are vowel nuclei: a run of vowels is one nucleus unless two strong vowels meet (a, e,
// o, or an accented í or ú), which split it ("día" is dí-a, "acción" is ac-ción). Sentences end at
// . ! ? : ; (a line of text without one counts as a sentence when the caller adds the stop).
// INFLESZ reads 55–65 as "normal", 65–80 as "fairly easy", above 80 as "easy".

const VOWELS = /[aeiouáéíóúü]/;
/** Vowels that start a new nucleus when they follow another one of these. */
const STRONG = /[aeoáéóíú]/;

/**
 * Syllables in one Spanish word (at least one, so "y" or a number still counts).
 * @param {string} word
 */
export function spanishSyllables(word) {
  let nuclei = 0;
  let previous = "";
  for (const letter of word.toLowerCase()) {
    if (!VOWELS.test(letter)) {
      previous = "";
      continue;
    }
    if (!previous) nuclei += 1;
    else if (STRONG.test(previous) && STRONG.test(letter)) nuclei += 1;
    previous = letter;
  }
  return Math.max(1, nuclei);
}

/**
 * Words, syllables and sentences of a text.
 * @param {string} text
 */
export function spanishTextCounts(text) {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const sentences = text
    .split(/[.!?:;]+/)
    .filter((part) => /[\p{L}\p{N}]/u.test(part)).length;
  const syllables = words.reduce(
    (sum, word) => sum + spanishSyllables(word),
    0,
  );
  return { words: words.length, syllables, sentences: Math.max(1, sentences) };
}

/**
 * The INFLESZ (Szigriszt-Pazos) score of a Spanish text; higher is easier. NaN for a text without words.
 * @param {string} text
 */
export function infleszScore(text) {
  const { words, syllables, sentences } = spanishTextCounts(text);
  if (!words) return Number.NaN;
  return 206.835 - (62.3 * syllables) / words - words / sentences;
}
