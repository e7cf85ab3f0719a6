// Server commands for the tests: the Flesch–Kincaid grade of an English text, computed in Node with
// `text-readability` (its CommonJS dependencies cannot load in the browser as they are), and the
// INFLESZ score of a Spanish text (scripts/inflesz.mjs, shared with the content review pack).
import rs from "text-readability";
import { infleszScore } from "./inflesz.mjs";

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function readabilityPlugin() {
  return {
    name: "readability",
    executeCommand({ command, payload }) {
      const { text } = /** @type {{ text: string }} */ (payload ?? {});
      if (command === "flesch-kincaid-grade")
        return rs.fleschKincaidGrade(text);
      if (command === "inflesz-score") return infleszScore(text);
      return undefined;
    },
  };
}
