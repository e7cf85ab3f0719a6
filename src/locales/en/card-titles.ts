// English titles of the two cards <il2-self-check> names as where a fact is explained: a module
// of its own, which those cards' text uses too, so the two never differ.
import type { ExplainingCard } from "../../self-check/answer-key.js";

/**
 * Titles of the cards the self-check names as the place a fact is explained. Kept apart so the
 * self-check carries these two strings, not the whole text of both cards.
 */
export const cardTitles: Record<ExplainingCard, string> = {
  overview: "IL-2 for advanced melanoma",
  schedule: "How and when IL-2 is given",
};
