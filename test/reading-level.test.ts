// How easy each card is to read, measured as issue 23 sets it: on each card's visible text as the
// reader sees it (rendered in the browser, its footer's shared lines included), split into
// sentences at . ! ? : ; and at line breaks, fragments under 3 words left out. English must read at
// Flesch–Kincaid grade 6 or below, Spanish at INFLESZ 70 or above, for every widget in the registry
// (so a new widget is measured as soon as it is registered). Each measure is logged, so a run shows
// the margins.
import { expect, fixtureSync, html } from "@open-wc/testing";
import "../src/il2-widgets.js";
import { ALL_TAGS, readingLevel, visibleText } from "./helpers.js";

const GRADE_MAXIMUM = 6;
const INFLESZ_MINIMUM = 70;

/** A card as a reader first sees it, in `lang`; the guide once the cards it holds have rendered. */
async function shownText(tag: string, lang: "en" | "es"): Promise<string> {
  const wrapper = fixtureSync<HTMLDivElement>(
    html`<div lang=${lang}>${document.createElement(tag)}</div>`,
  );
  const card = wrapper.firstElementChild as HTMLElement & {
    updateComplete: Promise<unknown>;
  };
  await card.updateComplete;
  for (const inner of card.shadowRoot?.querySelectorAll("*") ?? [])
    await (inner as Partial<typeof card>).updateComplete;
  const text = visibleText(card);
  wrapper.remove();
  return text;
}

describe("reading level of every card, as the reader sees it (issue 23)", () => {
  it("measures a sentence as the issue says: split at : and line breaks, short fragments left out", async () => {
    // Three sentences of easy words: one after a colon, one on its own line; "Day 1" is left out.
    const easy = await readingLevel(
      "Here is the plan: you rest at home.\nDay 1\nYou get a dose in the day.",
      "en",
    );
    expect(easy.sentences).to.equal(3);
    expect(easy.value).to.be.below(GRADE_MAXIMUM);
    const hard = await readingLevel(
      "Intravenous administration of aldesleukin necessitates specialized hospitalization.",
      "en",
    );
    expect(hard.value).to.be.above(GRADE_MAXIMUM);
    expect(
      (await readingLevel("El gato come pan. La casa es azul y grande.", "es"))
        .value,
    ).to.be.above(INFLESZ_MINIMUM);
    expect(
      (
        await readingLevel(
          "La administración intravenosa de aldesleukina requiere hospitalización especializada.",
          "es",
        )
      ).value,
    ).to.be.below(INFLESZ_MINIMUM);
  });

  for (const tag of ALL_TAGS) {
    it(`<${tag}>: English at grade ${GRADE_MAXIMUM} or below, with its footer`, async () => {
      const text = await shownText(tag, "en");
      expect(text, "the review line is part of what is measured").to.match(
        /Checked against its sources:/,
      );
      const { value, sentences } = await readingLevel(text, "en");
      console.log(
        `<${tag}> EN grade ${value.toFixed(2)} (${sentences} sentences)`,
      );
      expect(value, `<${tag}> grade ${value.toFixed(2)}`).to.be.at.most(
        GRADE_MAXIMUM,
      );
    });

    it(`<${tag}>: Spanish at INFLESZ ${INFLESZ_MINIMUM} or above, with its footer`, async () => {
      const text = await shownText(tag, "es");
      expect(text).to.match(/Comparado con sus fuentes:/);
      const { value, sentences } = await readingLevel(text, "es");
      console.log(
        `<${tag}> ES INFLESZ ${value.toFixed(2)} (${sentences} sentences)`,
      );
      expect(value, `<${tag}> INFLESZ ${value.toFixed(2)}`).to.be.at.least(
        INFLESZ_MINIMUM,
      );
    });
  }
});
