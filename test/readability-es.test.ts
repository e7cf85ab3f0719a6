// How easy each widget's Spanish is to read in all its states: the INFLESZ (Szigriszt-Pazos) score
// used in Spanish health writing, computed by scripts/inflesz.mjs, must be 70 or more for every
// widget in ALL_TAGS, so a new widget is measured as soon as it is listed there. (The card as a
// reader first sees it is measured in test/reading-level.test.ts, in both languages.)
//
// What is measured, per widget: the card as a Spanish reader first sees it (default settings), plus
// every fixed string of the widget's Spanish text that this first view does not show: the
// messages, labels and headings of its other states (errors, saved-list notes, link texts,
// calendar text), split into sentences as issue 23 sets it (scripts/reading-level.mjs). Text with
// values (dates, counts) is measured where the first view fills it in.
import { expect, fixtureSync, html } from "@open-wc/testing";
import "../src/il2-widgets.js";
import { es } from "../src/locales/es.js";
import type { LocaleText } from "../src/generated/locale-text.js";
import {
  ALL_TAGS,
  infleszScore,
  readingLevel,
  visibleText,
} from "./helpers.js";

const MINIMUM = 70;

/** Every string in `value` without placeholders (those are measured where a card fills them in). */
function fixedStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") {
    if (!/\{\w+\}/.test(value)) out.push(value);
  } else if (Array.isArray(value))
    value.forEach((item) => fixedStrings(item, out));
  else if (value && typeof value === "object")
    Object.values(value).forEach((item) => fixedStrings(item, out));
  return out;
}

/** The widget's own section of the Spanish text, found by the title the card shows. */
function sectionOf(title: string): keyof LocaleText | undefined {
  return (Object.keys(es) as (keyof LocaleText)[]).find(
    (key) => (es[key] as { title?: string }).title === title,
  );
}

/** The text a score is computed on: the card's lines, then its other fixed strings. */
async function measuredText(tag: string): Promise<string> {
  // fixtureSync: an awaited plain fixture waits for an animation frame, which a background test
  // page may never get; the card's own update is awaited below.
  const wrapper = fixtureSync<HTMLDivElement>(
    html`<div lang="es">${document.createElement(tag)}</div>`,
  );
  const card = wrapper.firstElementChild as HTMLElement & {
    updateComplete: Promise<unknown>;
  };
  await card.updateComplete;
  const shown = visibleText(card);
  const title = card.shadowRoot
    ?.querySelector("#title")
    ?.textContent?.replace(/\s+/g, " ")
    .trim();
  const section = title ? sectionOf(title) : undefined;
  expect(section, `<${tag}>: a section of es.ts whose title is shown`).to.exist;
  const flat = shown.replace(/\s+/g, " ");
  const others = fixedStrings(es[section!]).filter(
    (text) => !flat.includes(text.replace(/\s+/g, " ").trim()),
  );
  return [shown, ...others].join("\n");
}

describe("Spanish reading level (INFLESZ, Szigriszt-Pazos)", () => {
  it("finds every widget's Spanish text (the check itself works)", async () => {
    const text = await measuredText("il2-schedule");
    // A string of another state (the form's error), not shown at first, is measured too.
    expect(text).to.contain(es.schedule.errorInvalid);
    expect(
      await infleszScore("El gato come pan. La casa es azul."),
    ).to.be.above(MINIMUM);
    expect(
      await infleszScore(
        "La administración intravenosa de aldesleukina requiere hospitalización especializada.",
      ),
    ).to.be.below(MINIMUM);
  });

  for (const tag of ALL_TAGS) {
    it(`<${tag}> reads at ${MINIMUM} or more`, async () => {
      const { value: score } = await readingLevel(
        await measuredText(tag),
        "es",
      );
      expect(score, `<${tag}> INFLESZ ${score.toFixed(1)}`).to.be.at.least(
        MINIMUM,
      );
    });
  }
});
