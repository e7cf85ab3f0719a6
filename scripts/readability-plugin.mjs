// Server command for the tests: the Flesch–Kincaid grade of a text, computed in Node with
// `text-readability` (its CommonJS dependencies cannot load in the browser as they are).
import rs from "text-readability";

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function readabilityPlugin() {
  return {
    name: "readability",
    executeCommand({ command, payload }) {
      if (command !== "flesch-kincaid-grade") return undefined;
      const { text } = /** @type {{ text: string }} */ (payload);
      return rs.fleschKincaidGrade(text);
    },
  };
}
