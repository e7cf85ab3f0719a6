// The Spanish readability score the tests and the review pack use.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  infleszScore,
  spanishSyllables,
  spanishTextCounts,
} from "./inflesz.mjs";

test("INFLESZ counts Spanish syllables as vowel nuclei", () => {
  const cases = {
    casa: 2, // ca-sa
    día: 2, // dí-a: an accented weak vowel splits
    acción: 2, // ac-ción: i joins the accented ó
    ciudad: 2, // ciu-dad: two weak vowels join
    poeta: 3, // po-e-ta: two strong vowels split
    que: 1, // the u after q joins the e
    pingüino: 3, // pin-güi-no
    tratamiento: 4, // tra-ta-mien-to
    leer: 2, // le-er
    y: 1, // no vowel nucleus, still a word
    14: 1,
    Interleucina: 5, // In-ter-leu-ci-na
  };
  for (const [word, syllables] of Object.entries(cases))
    assert.equal(spanishSyllables(word), syllables, word);
});

test("INFLESZ ends sentences at . ! ? : ; and scores by the Szigriszt-Pazos formula", () => {
  assert.deepEqual(
    spanishTextCounts("Hola. ¿Cómo está? Bien: gracias; adiós!"),
    {
      words: 6,
      syllables: 11, // ho-la có-mo es-tá bien gra-cias a-diós
      sentences: 5,
    },
  );
  const text = "La casa es grande. El día es largo.";
  // 8 words, 12 syllables (la ca-sa es gran-de el dí-a es lar-go), 2 sentences.
  assert.equal(infleszScore(text), 206.835 - (62.3 * 12) / 8 - 8 / 2);
  assert.ok(Number.isNaN(infleszScore(" . ")));
});
