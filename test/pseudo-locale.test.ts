// The pseudo-locale (`il2-widgets locale pseudo`: accented letters, about 40% longer, brackets at
// both ends) on every card at 320 px, a small phone: no text cut off or sticking out of the card,
// no two pieces of text on top of each other, and no string without its brackets (one the pack
// missed: English the cards would show in any translation). Dates and times come from Intl, not
// from the pack, and are the only words allowed outside brackets.
import { expect, fixtureSync, html } from "@open-wc/testing";
import "../src/generated/define-all.js";
import { en } from "../src/locales/en.js";
import { pseudoPack } from "../src/ssr/locale/pseudo.js";
import { LOCALE_PACKS, type LocalePack } from "../src/i18n/locale.js";
import { $, $$, ALL_TAGS, shadow } from "./helpers.js";

type Card = HTMLElement & { updateComplete: Promise<unknown> };

const pack = pseudoPack(en, {
  tag: "qps-ploc",
  packageName: "il2-widgets (test)",
  source: "test",
});
((globalThis as { [LOCALE_PACKS]?: LocalePack[] })[LOCALE_PACKS] ||= []).push(
  pack,
);
const intlLocale = pack.text.common.intlLocale;

/** What each card shows most of: dates and dose times, links, an answer checked, notes open. */
const SETTINGS: Record<string, Record<string, string>> = {
  "il2-schedule": {
    "start-date": "2027-12-27",
    "rest-days": "7-10",
    "dose-times": "06:00, 14:00, 22:00",
  },
  "il2-assistance": { "program-href": "https://www.example.org/help" },
  "il2-resources": {
    "treatments-href": "https://example.org/a",
    "adjuvant-href": "https://example.org/b",
    "research-href": "https://example.org/c",
  },
};

async function cardAt320(tag: string): Promise<Card> {
  // A plain wrapper, mounted at once (an awaited fixture waits for an animation frame, which a
  // test page in the background may not get).
  const holder = fixtureSync<HTMLElement>(
    html`<div lang="qps-ploc" style="width: 320px"></div>`,
  );
  const card = document.createElement(tag) as Card;
  for (const [name, value] of Object.entries(SETTINGS[tag] ?? {}))
    card.setAttribute(name, value);
  holder.append(card);
  await card.updateComplete;
  if (tag === "il2-doctor-questions") {
    $<HTMLButtonElement>(card, ".notes-toggle")!.click();
    await card.updateComplete;
  }
  if (tag === "il2-self-check") {
    $<HTMLInputElement>(card, ".choice input")!.click();
    $<HTMLButtonElement>(card, ".question .actions button")!.click();
    await card.updateComplete;
  }
  return card;
}

/** Month and weekday names, and day periods, in the card's Intl language. */
function intlWords(): string[] {
  const words = new Set<string>();
  for (let month = 0; month < 12; month += 1)
    for (const format of [
      { month: "long" as const },
      { month: "short" as const },
    ])
      words.add(
        new Intl.DateTimeFormat(intlLocale, {
          ...format,
          timeZone: "UTC",
        }).format(Date.UTC(2027, month, 1)),
      );
  for (let day = 0; day < 7; day += 1)
    words.add(
      new Intl.DateTimeFormat(intlLocale, {
        weekday: "long",
        timeZone: "UTC",
      }).format(Date.UTC(2027, 0, 3 + day)),
    );
  for (const part of new Intl.DateTimeFormat(intlLocale, {
    hour: "numeric",
    minute: "2-digit",
  }).formatToParts(new Date(2027, 0, 1, 22)))
    if (part.type === "dayPeriod") words.add(part.value);
  for (const part of new Intl.DateTimeFormat(intlLocale, {
    hour: "numeric",
    minute: "2-digit",
  }).formatToParts(new Date(2027, 0, 1, 6)))
    if (part.type === "dayPeriod") words.add(part.value);
  return [...words].sort((a, b) => b.length - a.length);
}

/** Every visible text node in the card's shadow root (a guide's own, not its cards'). */
function visibleTextNodes(card: Element): Text[] {
  const walker = document.createTreeWalker(shadow(card), NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (
      node.textContent?.trim() &&
      parent &&
      parent.closest("style") === null &&
      parent.checkVisibility({
        visibilityProperty: true,
        opacityProperty: true,
      })
    )
      nodes.push(node as Text);
  }
  return nodes;
}

const rectsOf = (node: Text) => {
  const range = document.createRange();
  range.selectNodeContents(node);
  return [...range.getClientRects()].filter(
    (rect) => rect.width > 0.5 && rect.height > 0.5,
  );
};

describe("The pseudo-locale at 320 px", () => {
  for (const tag of ALL_TAGS) {
    it(`<${tag}>: every string bracketed, nothing cut or sticking out, no text on top of other text`, async () => {
      const card = await cardAt320(tag);
      const frame = shadow(card).querySelector<HTMLElement>(
        "article, [part='guide']",
      )!;
      expect(frame.lang).to.equal("qps");

      // No unbracketed string: what is left outside the brackets is dates, times and numbers.
      // (Brackets nest: a message can hold another's words, as "for {rest}" holds "7 days".)
      let outside = frame.innerText;
      while (/\[[^[\]]*\]/.test(outside))
        outside = outside.replace(/\[[^[\]]*\]/g, " ");
      for (const word of intlWords()) outside = outside.split(word).join(" ");
      expect(
        outside.match(/[\p{L}]+/gu) ?? [],
        "words outside brackets",
      ).to.deep.equal([]);
      // The brackets are whole: each string opens and closes.
      expect(frame.innerText.split("[").length).to.equal(
        frame.innerText.split("]").length,
      );

      // Nothing wider than the card, nothing clipped inside it.
      const box = frame.getBoundingClientRect();
      expect(card.parentElement!.scrollWidth, "the page around").to.be.at.most(
        320,
      );
      expect(frame.scrollWidth, "the card").to.be.at.most(
        frame.clientWidth + 1,
      );
      for (const element of shadow(card).querySelectorAll<HTMLElement>("*")) {
        if (!element.checkVisibility()) continue;
        const { overflowX } = getComputedStyle(element);
        if (overflowX !== "visible")
          expect(
            element.scrollWidth,
            `<${element.localName} class="${element.className}"> cuts its content`,
          ).to.be.at.most(element.clientWidth + 1);
      }
      const texts = visibleTextNodes(card).flatMap((node) =>
        rectsOf(node).map((rect) => ({ node, rect })),
      );
      expect(texts.length).to.be.greaterThan(5);
      for (const { node, rect } of texts) {
        expect(
          rect.left,
          `"${node.textContent}" sticks out left`,
        ).to.be.at.least(box.left - 1);
        expect(
          rect.right,
          `"${node.textContent}" sticks out right`,
        ).to.be.at.most(box.right + 1);
      }

      // No overlapping text (pieces of one text node may touch across lines; others may not meet).
      const overlaps: string[] = [];
      for (let i = 0; i < texts.length; i += 1)
        for (let j = i + 1; j < texts.length; j += 1) {
          const a = texts[i]!;
          const b = texts[j]!;
          if (a.node === b.node) continue;
          const width =
            Math.min(a.rect.right, b.rect.right) -
            Math.max(a.rect.left, b.rect.left);
          const height =
            Math.min(a.rect.bottom, b.rect.bottom) -
            Math.max(a.rect.top, b.rect.top);
          if (width > 1 && height > 1)
            overlaps.push(
              `"${a.node.textContent?.trim()}" / "${b.node.textContent?.trim()}"`,
            );
        }
      expect(overlaps).to.deep.equal([]);
    });
  }

  it("marks every string the pack gives, so the check above cannot pass by accident", async () => {
    const card = await cardAt320("il2-overview");
    // Status lines that are empty until the reader acts say nothing yet.
    const paragraphs = $$(card, ".body p").filter((p) => p.textContent?.trim());
    expect(paragraphs.length).to.be.greaterThan(3);
    for (const paragraph of paragraphs)
      expect(paragraph.textContent?.trim()).to.match(/^\[[^\]]+\]$/);
    // About 40% longer than the English.
    const title = $(card, "#title")!.textContent.trim();
    expect(title.length).to.be.at.least(en.overview.title.length * 1.35);
  });
});
