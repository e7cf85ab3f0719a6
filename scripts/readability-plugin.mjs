// Server commands for the tests: the Flesch–Kincaid grade of an English text, computed in Node with
// `text-readability` (its CommonJS dependencies cannot load in the browser as they are), the
// INFLESZ score of a Spanish text (scripts/inflesz.mjs, shared with the content review pack), and
// a card's reading level measured as issue 23 sets it (scripts/reading-level.mjs).
import rs from "text-readability";
import { infleszScore } from "./inflesz.mjs";
import { readingLevel } from "./reading-level.mjs";

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function readabilityPlugin() {
  return {
    name: "readability",
    executeCommand({ command, payload }) {
      const { text } = /** @type {{ text: string }} */ (payload ?? {});
      if (command === "flesch-kincaid-grade")
        return rs.fleschKincaidGrade(text);
      if (command === "inflesz-score") return infleszScore(text);
      if (command === "reading-level") {
        const { lang } = /** @type {{ lang: string }} */ (payload);
        const { value, sentences } = readingLevel(text, lang);
        return { value, sentences: sentences.length };
      }
      return undefined;
    },
  };
}
