// The product's content, checked in Node on the locale files and the fact register (the cards as
// a reader sees them are checked in the browser: test/reading-level.test.ts, test/facts.test.ts):
// every card's text at its reading level, every fact marked in the text of each card the register
// gives it, and the register against the team's FACTS.md when it sits beside the clone. The
// measures and readers are the review pack's own (scripts/content-review.mjs), so the pack and
// these checks cannot disagree.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join, resolve } from "node:path";
import {
  FACTS_FILE,
  GRADE_MAXIMUM,
  INFLESZ_MINIMUM,
  collect,
  exampleValues,
  readingScores,
  registerAgainstFactsFile,
} from "../../scripts/content-review.mjs";
import { loadRegistry } from "../../scripts/registry.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
const factsFile = process.env.IL2_FACTS_MD ?? join(ROOT, FACTS_FILE);
const data = await collect(ROOT);

test(`every widget's Spanish reads at INFLESZ ${INFLESZ_MINIMUM} or more, and its English at grade 8 or below, in the pack's measure of its locale strings`, () => {
  // The cards themselves are held to grade ${GRADE_MAXIMUM} as a reader sees them (test/reading-level.test.ts);
  // here every string of every state counts, links and messages included.
  assert.equal(INFLESZ_MINIMUM, 70);
  assert.equal(GRADE_MAXIMUM, 6);
  const [english, spanish] = data.locales;
  for (const section of Object.keys(english.text)) {
    const own = (strings) =>
      strings.filter(({ path }) => path.split(/[.[(]/)[0] === section);
    const es = readingScores(
      own(spanish.strings),
      "es",
      exampleValues(spanish.text, data.record),
    ).value;
    const grade = readingScores(
      own(english.strings),
      "en",
      exampleValues(english.text, data.record),
    ).value;
    assert.ok(es >= INFLESZ_MINIMUM, `${section}: INFLESZ ${es.toFixed(1)}`);
    assert.ok(grade <= 8, `${section}: grade ${grade.toFixed(1)}`);
  }
});

test("the register lists the same IDs as the team's FACTS.md, when it sits beside the repository", (t) => {
  const result = registerAgainstFactsFile(data.register, factsFile);
  if (!result)
    return t.skip(
      `${FACTS_FILE} is not beside this clone; the register stands alone`,
    );
  assert.deepEqual(result, { missing: [], extra: [] });
});

test("every fact is marked, in English and Spanish, in the text of each card the register names, and no card marks a fact the register does not give it", async () => {
  const { WIDGETS } = await loadRegistry();
  /** The locale part of each registered card; "common" is every card's footer. */
  const partOf = new Map(WIDGETS.map((widget) => [widget.tag, widget.text[0]]));
  partOf.set("common", "common");
  const problems = [];
  for (const { lang, factIds } of data.locales) {
    /** The fact IDs marked in each text part of this language. */
    const marked = new Map();
    for (const [path, ids] of factIds) {
      const part = path.split(/[.[(]/)[0];
      if (!marked.has(part)) marked.set(part, new Set());
      for (const id of ids) marked.get(part).add(id);
    }
    for (const { id, cards } of data.register.facts) {
      for (const card of cards) {
        const part = partOf.get(card);
        // A card this build does not register yet (the side-effects card) is checked once it is.
        if (!part) continue;
        if (!marked.get(part)?.has(id))
          problems.push(
            `${lang}: ${id} is listed for ${card}, but not marked in ${part}`,
          );
      }
      for (const [card, part] of partOf)
        if (marked.get(part)?.has(id) && !cards.includes(card))
          problems.push(
            `${lang}: ${id} is marked in ${part}, but the register does not list ${card}`,
          );
    }
  }
  assert.deepEqual(problems, []);
});
