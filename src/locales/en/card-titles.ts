// English titles of the cards <il2-self-check> names as where a fact is explained: a module of its
// own, which those cards' text uses too, so the two never differ, and the self-check carries these
// few words instead of the whole text of each card.

export const cardTitles = {
  overview: "IL-2 for advanced melanoma",
  schedule: "How and when IL-2 is given",
  sideEffects: "Side effects of IL-2 and when to get help",
};
