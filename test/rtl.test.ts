// Right to left: every card with a right-to-left translation pack. The pack here is test-only: the
// pseudo-locale for `ar-XB` (pseudoPack, what `il2-widgets locale pseudo --lang ar-XB` builds), never
// shipped as a language. The checks read computed direction and the order of elements on the line
// (which is further right), never pixel values, so they hold in Chromium, Firefox and WebKit.
import { expect, fixture, fixtureSync, html } from "@open-wc/testing";
import "../src/generated/define-all.js";
import { en } from "../src/locales/en.js";
import { pseudoPack } from "../src/ssr/locale/pseudo.js";
import { LOCALE_PACKS, type LocalePack } from "../src/i18n/locale.js";
import { $, $$, ALL_TAGS, emulateMedia, shadow } from "./helpers.js";

type Card = HTMLElement & { updateComplete: Promise<unknown> };

const pack = pseudoPack(en, {
  tag: "ar-XB",
  packageName: "il2-widgets (test)",
  source: "test",
});
((globalThis as { [LOCALE_PACKS]?: LocalePack[] })[LOCALE_PACKS] ||= []).push(
  pack,
);

/** A card in the right-to-left pack's language, on a left-to-right page, at `width` pixels. */
async function rtlCard(
  tag: string,
  attributes: Record<string, string> = {},
  width = 760,
): Promise<Card> {
  // A plain wrapper, mounted at once (an awaited fixture waits for an animation frame, which a
  // test page in the background may not get); Lit cannot bind a tag name.
  const holder = fixtureSync<HTMLElement>(
    html`<div dir="ltr" lang="ar-EG" style="width: ${width}px"></div>`,
  );
  const card = document.createElement(tag) as Card;
  for (const [name, value] of Object.entries(attributes))
    card.setAttribute(name, value);
  holder.append(card);
  await card.updateComplete;
  stillMarkers(card);
  return card;
}

/** No transitions in the card: a marker's turn is read where it ends, not on its way. */
function stillMarkers(card: Element): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync("*, *::after { transition: none !important; }");
  shadow(card).adoptedStyleSheets = [...shadow(card).adoptedStyleSheets, sheet];
}

/** The card's frame: the <article> (the guide's: its outer div). */
const frame = (card: Card) =>
  shadow(card).querySelector<HTMLElement>("article, [part='guide']")!;

const box = (element: Element) => element.getBoundingClientRect();
/**
 * The box of an element's text on its last line (not the element, which spans the whole line):
 * a last line starts at the start side and ends short of the other, whatever the text's length.
 */
function textBox(element: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(element);
  const pieces = [...range.getClientRects()].filter((rect) => rect.width > 0);
  // A line may come in pieces (Latin words and the brackets around them are separate runs in a
  // right-to-left line): the last line is every piece beside the last one.
  const last = pieces.at(-1);
  if (!last) return range.getBoundingClientRect();
  const line = pieces.filter(
    (rect) => Math.abs(rect.top - last.top) < rect.height / 2,
  );
  const left = Math.min(...line.map((rect) => rect.left));
  const right = Math.max(...line.map((rect) => rect.right));
  return new DOMRect(left, last.top, right - left, last.height);
}
const style = (element: Element, pseudo?: string) =>
  getComputedStyle(element, pseudo);
const px = (value: string) => parseFloat(value) || 0;

/** The rotation of a computed transform, in degrees (`matrix(a, b, …)`: a = cos, b = sin). */
function rotation(element: Element, pseudo: string): number {
  const matrix = /matrix\(([^)]+)\)/.exec(style(element, pseudo).transform);
  if (!matrix) return 0;
  const [a, b] = matrix[1]!.split(",").map(Number) as [number, number];
  return Math.round((Math.atan2(b, a) * 180) / Math.PI);
}

/** `inner` starts at the right of `outer` (its right gap smaller than its left). */
function startsAtRight(inner: DOMRect, outer: DOMRect): boolean {
  return outer.right - inner.right < inner.left - outer.left;
}

describe("Right to left (a test-only right-to-left pack)", () => {
  for (const tag of ALL_TAGS) {
    it(`<${tag}> reads right to left: dir and direction on its frame, title and text at the right`, async () => {
      const card = await rtlCard(tag);
      const outer = frame(card);
      expect(outer.getAttribute("dir")).to.equal("rtl");
      expect(outer.lang).to.equal("ar");
      expect(style(outer).direction).to.equal("rtl");
      const title = shadow(card).querySelector(
        '[part~="title"], [part~="guide-title"]',
      )!;
      expect(title.textContent?.trim()).to.match(/^\[.*\]$/);
      expect(
        startsAtRight(textBox(title), box(outer)),
        "title at the right",
      ).to.equal(true);
      // Every paragraph of the card's own text starts at the right.
      for (const paragraph of shadow(card).querySelectorAll(
        ".lede, .care-note, .source",
      ))
        expect(style(paragraph).direction).to.equal("rtl");
      await expect(card).to.be.accessible();
      // The draft line of the (unreviewed) pseudo-locale, at the right too.
      if (tag !== "il2-guide") {
        const draft = $(card, ".draft-note")!;
        expect(draft.textContent?.trim()).to.match(/^\[.*\]$/);
        expect(startsAtRight(textBox(draft), box(outer))).to.equal(true);
      }
    });
  }

  it("keeps an English card left to right on a right-to-left page", async () => {
    const holder = fixtureSync<HTMLElement>(
      html`<div dir="rtl" lang="en" style="width: 760px">
        <il2-overview></il2-overview>
      </div>`,
    );
    const card = holder.firstElementChild as Card;
    await card.updateComplete;
    expect(frame(card).dir).to.equal("ltr");
    expect(style(frame(card)).direction).to.equal("ltr");
    expect(frame(card).textContent).to.contain(en.overview.title);
  });

  it("sections and tiles: the accent edge and the list indent on the right", async () => {
    const card = await rtlCard("il2-overview");
    const tile = $(card, ".section.tile")!;
    expect(px(style(tile).borderRightWidth)).to.be.greaterThan(0);
    expect(px(style(tile).borderLeftWidth)).to.equal(0);
    const list = $$(card, ".sections ul:not(.key)").at(-1)!;
    expect(px(style(list).paddingRight)).to.be.greaterThan(0);
    expect(px(style(list).paddingLeft)).to.equal(0);
    // The last section's list: its items stack, and each starts at the right.
    const [first, second] = list.querySelectorAll("li");
    expect(startsAtRight(textBox(first!), box(list))).to.equal(true);
    expect(box(second!).top).to.be.greaterThan(box(first!).top);
  });

  it("collapsible sections: the heading at the right, the marker at the left, pointing down then up", async () => {
    const card = await rtlCard("il2-overview", { collapsible: "" });
    const toggle = $(card, ".toggle")!;
    expect(startsAtRight(textBox(toggle), box(toggle))).to.equal(true);
    const marker = style(toggle, "::after");
    // The marker's margin is at its inline end: on the left.
    expect(px(marker.marginLeft)).to.be.greaterThan(0);
    expect(px(marker.marginRight)).to.equal(0);
    // Turned the other way from left to right, so it still points down, then up.
    expect(rotation(toggle, "::after")).to.equal(-45);
    toggle.click();
    await card.updateComplete;
    expect(rotation(toggle, "::after")).to.equal(135);
    const ltr = await fixture<Card>(
      html`<il2-overview collapsible lang="en"></il2-overview>`,
    );
    stillMarkers(ltr);
    expect(rotation($(ltr, ".toggle")!, "::after")).to.equal(45);
  });

  it("schedule: day 1 at the right of the timeline, the first dose dot at the right, the accent edges on the right", async () => {
    const card = await rtlCard(
      "il2-schedule",
      { "start-date": "2027-03-01" },
      900,
    );
    const [day1, day2] = $$(card, ".days .day");
    // Wide enough for the days side by side: day 1 is the rightmost.
    expect(Math.abs(box(day1!).top - box(day2!).top)).to.be.lessThan(2);
    expect(box(day1!).left).to.be.greaterThan(box(day2!).left);
    const [dot1, dot2] = day1!.querySelectorAll(".dose");
    expect(box(dot1!).left).to.be.greaterThan(box(dot2!).left);
    // The day's label and its dots start at the right of the day.
    expect(
      startsAtRight(textBox(day1!.querySelector(".day-label")!), box(day1!)),
    ).to.equal(true);
    expect(
      startsAtRight(box(day1!.querySelector(".doses")!), box(day1!)),
    ).to.equal(true);
    const phase = $(card, ".phase")!;
    expect(px(style(phase).borderRightWidth)).to.be.greaterThan(
      px(style(phase).borderLeftWidth),
    );
    const caution = $(card, ".caution");
    if (caution) expect(px(style(caution).paddingRight)).to.be.greaterThan(0);
  });

  it("doctor questions: the checkbox at the right of each question, the notes button's marker at its left", async () => {
    const card = await rtlCard("il2-doctor-questions");
    const item = $(card, ".questions li")!;
    const check = item.querySelector("input[type=checkbox]")!;
    const question = item.querySelector(".question-text")!;
    expect(box(check).left).to.be.greaterThan(box(question).right - 1);
    const toggle = item.querySelector<HTMLElement>(".notes-toggle")!;
    expect(px(style(toggle, "::after").marginLeft)).to.be.greaterThan(0);
    expect(rotation(toggle, "::after")).to.equal(-45);
    toggle.click();
    await card.updateComplete;
    const notes = item.querySelector("textarea")!;
    expect(style(notes).direction).to.equal("rtl");
    expect(box(notes).top).to.be.greaterThan(box(toggle).top);
    // The question's accent edge on the right.
    expect(px(style(item).borderRightWidth)).to.be.greaterThan(
      px(style(item).borderLeftWidth),
    );
  });

  it("self-check: each choice's radio button at the right of its words", async () => {
    const card = await rtlCard("il2-self-check");
    const choice = $(card, ".choice")!;
    const radio = choice.querySelector("input")!;
    const words = choice.querySelector(".choice-text")!;
    expect(box(radio).left).to.be.greaterThan(box(words).right - 1);
    // The feedback's accent edge on the right, once the reader checks an answer.
    radio.click();
    $<HTMLButtonElement>(card, ".question .actions button")!.click();
    await card.updateComplete;
    const feedback = $(card, ".feedback:not(.empty)")!;
    expect(px(style(feedback).borderRightWidth)).to.be.greaterThan(
      px(style(feedback).borderLeftWidth),
    );
  });

  // WebKit cannot emulate print media: emulateMedia skips the test there, with the reason.
  it("prints right to left: the printed card keeps its direction and order", async () => {
    const card = await rtlCard("il2-doctor-questions");
    await emulateMedia({ media: "print" });
    try {
      expect(style(frame(card)).direction).to.equal("rtl");
      const item = $(card, ".questions li")!;
      const printBox = item.querySelector(".print-box")!;
      const question = item.querySelector(".question-text")!;
      expect(style(printBox).display).to.not.equal("none");
      expect(box(printBox).left).to.be.greaterThan(box(question).right - 1);
      const lines = item.querySelector(".answer-lines")!;
      expect(px(style(lines).marginRight)).to.be.greaterThan(0);
      expect(px(style(lines).marginLeft)).to.equal(0);
    } finally {
      await emulateMedia({ media: "screen" });
    }
  });
});
