// <il2-guide>: every card in one element, with a contents list that works by keyboard, by
// screen reader and on paper. It passes theme and heading level down; language is inherited.
import { html, type PropertyValues, type PropertyDeclarations } from "lit";
import type { TextKey } from "../i18n/locale.js";
import { Il2Card } from "../shared/card.js";
import { parseNameList } from "../shared/attributes.js";
import { heading } from "../shared/heading.js";
import { quote } from "../shared/warn.js";
import { guide as englishGuide } from "../locales/en/guide.js";
import { overview } from "../locales/en/overview.js";
import { schedule } from "../locales/en/schedule.js";
import { selfCheck } from "../locales/en/self-check.js";
import { questions } from "../locales/en/questions.js";
import { assistance } from "../locales/en/assistance.js";
import { resources } from "../locales/en/resources.js";
import type { LocaleText } from "../i18n/locale-text.js";
import { guideStyles } from "./guide.styles.js";
// The cards' classes (for their tag types); ./define.ts registers them.
import "../overview/overview.js";
import "../schedule/schedule.js";
import "../self-check/self-check.js";
import "../questions/doctor-questions.js";
import "../assistance/assistance.js";
import "../resources/resources.js";

/** The guide's sections, in their default order, with the tag and text each one shows. */
const GUIDE_SECTIONS = [
  "overview",
  "schedule",
  "self-check",
  "questions",
  "assistance",
  "resources",
] as const;
type GuideSectionId = (typeof GUIDE_SECTIONS)[number];

const sectionCards: Record<
  GuideSectionId,
  { tag: string; textKey: keyof LocaleText; english: { title: string } }
> = {
  overview: { tag: "il2-overview", textKey: "overview", english: overview },
  schedule: { tag: "il2-schedule", textKey: "schedule", english: schedule },
  "self-check": {
    tag: "il2-self-check",
    textKey: "selfCheck",
    english: selfCheck,
  },
  questions: {
    tag: "il2-doctor-questions",
    textKey: "questions",
    english: questions,
  },
  assistance: {
    tag: "il2-assistance",
    textKey: "assistance",
    english: assistance,
  },
  resources: { tag: "il2-resources", textKey: "resources", english: resources },
};

/** Parts of the inner cards that hosts can style through the guide (`il2-guide::part(title)`). */
const FORWARDED_PARTS = "card, title, body, footer, care-note, source";

/**
 * @tagname il2-guide
 * @summary The whole IL-2 guide in one tag: overview, treatment schedule, a self-check, questions
 * for the doctor, help paying, and other resources, with a contents list. In the self-check, "Read
 * more" moves to the card that explains a fact, and "Ask my care team" adds to the guide's own
 * question list.
 *
 * @attr {string} sections - Which cards to show, in order: any of `overview schedule self-check
 *   questions assistance resources`, separated by spaces or commas. Unknown names are ignored with a warning;
 *   empty shows all.
 * @attr {'light' | 'dark' | 'auto'} theme - Colour theme for the guide and every card in it. Default `light`.
 * @attr {1 | 2 | 3 | 4 | 5 | 6} heading-level - Level of the guide title; each card's title uses the next level. Default 2.
 * @attr {string} lang - Language of the guide and every card in it; inherited when not set.
 *
 * @csspart guide - The guide's outer box.
 * @csspart guide-title - The guide title.
 * @csspart contents - The contents list.
 * @csspart card - Each card's outer box (forwarded from the cards).
 * @csspart title - Each card's title (forwarded).
 * @csspart body - Each card's body (forwarded).
 * @csspart footer - Each card's footer (forwarded).
 * @csspart care-note - Each card's care-team note (forwarded).
 * @csspart source - Each card's source line (forwarded).
 *
 * @cssprop [--il2-font-family=system-ui, …, sans-serif] - Font family (the system font stack).
 * @cssprop [--il2-font-size=medium] - Base font size (the reader's default size).
 * @cssprop [--il2-line-height=1.55] - Line height of body text.
 * @cssprop [--il2-color-text=#1b2330] - Text colour (dark theme: #eef1f6).
 * @cssprop [--il2-color-muted=#4a5567] - Secondary text colour (dark theme: #bcc6d3).
 * @cssprop [--il2-color-background=#ffffff] - Card background (dark theme: #161b22).
 * @cssprop [--il2-color-surface=#f3f6fa] - Background of sections (dark theme: #1f2631).
 * @cssprop [--il2-color-accent=#1d5c8c] - Accent for links, buttons and section edges (dark theme: #8ec5f5).
 * @cssprop [--il2-color-on-accent=#ffffff] - Text on accent-coloured buttons (dark theme: #0d1117).
 * @cssprop [--il2-color-border=#c6d0dc] - Border colour (dark theme: #435062).
 * @cssprop [--il2-color-focus=#1d5c8c] - Keyboard focus ring (dark theme: #ffd166).
 * @cssprop [--il2-color-error=#a4262c] - Error text (dark theme: #ffaba3).
 * @cssprop [--il2-radius=12px] - Corner radius.
 * @cssprop [--il2-space=16px] - Base spacing unit.
 */
export class Il2Guide extends Il2Card {
  // Its own text and each card's title; the cards it holds fetch their own text.
  protected static override textKeys: readonly TextKey[] = [
    "guide",
    ...GUIDE_SECTIONS.map((id) => sectionCards[id].textKey),
  ];
  static override styles = [...Il2Card.styles, guideStyles];

  static override properties: PropertyDeclarations = {
    sections: {},
  };

  /** Which cards to show and in what order (`overview schedule self-check questions assistance resources`). Empty shows all. */
  sections = "";

  #shownSections: readonly GuideSectionId[] = GUIDE_SECTIONS;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has("sections")) {
      const { items, unknown } = parseNameList(this.sections, GUIDE_SECTIONS);
      if (unknown.length) {
        this.warn(
          `sections=${quote(this.sections)}: ignoring unknown ${quote(unknown.join(" "))}; use ${GUIDE_SECTIONS.join(", ")}.`,
        );
      }
      this.#shownSections = items.length ? items : GUIDE_SECTIONS;
    }
  }

  /** Moves to a card: scrolls it into view and puts focus on it, so keyboard and screen-reader users land there. */
  #goTo(event: Event, id: GuideSectionId): void {
    // Fragment links cannot reach into a shadow root, so the link is handled here.
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#section-${id}`);
    const card = target?.firstElementChild;
    if (!target || !(card instanceof Il2Card)) return;
    // Focus goes to the card's own title: a screen reader says the heading the reader chose,
    // once, and Tab continues into that card.
    void card.focusTitle({ preventScroll: true });
    target.scrollIntoView({
      block: "start",
      behavior: matchMedia("(prefers-reduced-motion: reduce)").matches
        ? "auto"
        : "smooth",
    });
  }

  #cardTitle(id: GuideSectionId): string {
    const { textKey, english } = sectionCards[id];
    return (this.localized(textKey, english as never) as { title: string })
      .title;
  }

  #renderCardFor(id: GuideSectionId) {
    const level = this.sectionLevel;
    const theme = this.appliedTheme;
    // Each tag is spelled out: Lit cannot bind tag names, and these are our own elements.
    switch (id) {
      case "overview":
        return html`<il2-overview
          exportparts=${FORWARDED_PARTS}
          .headingLevel=${level}
          theme=${theme}
        ></il2-overview>`;
      case "schedule":
        return html`<il2-schedule
          exportparts=${FORWARDED_PARTS}
          .headingLevel=${level}
          theme=${theme}
        ></il2-schedule>`;
      case "self-check":
        return html`<il2-self-check
          exportparts=${FORWARDED_PARTS}
          .headingLevel=${level}
          theme=${theme}
        ></il2-self-check>`;
      case "questions":
        return html`<il2-doctor-questions
          exportparts=${FORWARDED_PARTS}
          .headingLevel=${level}
          theme=${theme}
        ></il2-doctor-questions>`;
      case "assistance":
        return html`<il2-assistance
          exportparts=${FORWARDED_PARTS}
          .headingLevel=${level}
          theme=${theme}
        ></il2-assistance>`;
      case "resources":
        return html`<il2-resources
          exportparts=${FORWARDED_PARTS}
          .headingLevel=${level}
          theme=${theme}
        ></il2-resources>`;
    }
  }

  override render() {
    const text = this.localized("guide", englishGuide);
    return html`
      <div
        class="card guide theme-${this.appliedTheme}"
        part="guide"
        lang=${this.language}
      >
        <!-- A div, not <header>: outside an article a header is a page banner, and the host has its own. -->
        <div class="guide-header">
          ${heading(this.titleLevel, text.title, { id: "title", part: "guide-title", className: "title" })}
          <p class="lede">${text.lede}</p>
        </div>
        <nav class="contents" part="contents" aria-labelledby="contents-title">
          <p class="contents-title" id="contents-title">${text.contents}</p>
          <ol>
            ${this.#shownSections.map(
              (id) =>
                // Pre-rendered without script, a link could not reach into the shadow root: plain words.
                html`<li>
                  <a
                    class="script-only"
                    href="#section-${id}"
                    @click=${(event: Event) => this.#goTo(event, id)}
                    >${this.#cardTitle(id)}</a
                  ><span class="no-script">${this.#cardTitle(id)}</span>
                </li>`,
            )}
          </ol>
        </nav>
        ${this.#shownSections.map(
          (id) =>
            html`<div class="item" id="section-${id}">
              ${this.#renderCardFor(id)}
            </div>`,
        )}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "il2-guide": Il2Guide;
  }
}
