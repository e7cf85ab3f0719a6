// <il2-guide>: every card in one element, with a contents list that works by keyboard, by
// screen reader and on paper. It passes theme and heading level down; language is inherited. The
// notes, the care-team note and the review record are shown once, at the end, not on each card.
import { html, type PropertyValues, type PropertyDeclarations } from "lit";
import { Il2Card } from "../shared/card.js";
import { parseNameList } from "../shared/attributes.js";
import { heading } from "../shared/heading.js";
import { lightChildren } from "../shared/light-children.js";
import { quote } from "../shared/warn.js";
import { common } from "../locales/en/common.js";
import { guide, type GuideText } from "../locales/en/guide.js";
// The cards the guide holds (from the registry), each as a template; their classes, whose English
// comes with them, are imported there.
import {
  GUIDE_CARDS,
  guideCard,
  GUIDE_FORWARDED,
  type GuideForwarded,
} from "../generated/guide-cards.js";
import { guideStyles } from "./guide.styles.js";

type GuideSectionId = (typeof GUIDE_CARDS)[number]["section"];
/** The guide's sections, in their default order: the folder names of the cards it holds. */
const GUIDE_SECTIONS: readonly GuideSectionId[] = GUIDE_CARDS.map(
  (card) => card.section,
);
const heldCard = (id: GuideSectionId) =>
  GUIDE_CARDS.find((card) => card.section === id)!;

/** Parts of the inner cards that hosts can style through the guide (`il2-guide::part(title)`). */
const FORWARDED_PARTS = "card, title, body";

/**
 * @tagname il2-guide
 * @summary The whole IL-2 guide in one tag: overview, treatment schedule, side effects and when to
 * get help, a self-check, questions for the doctor, help paying, and other resources, with a
 * contents list. In the self-check, "Read
 * more" moves to the card that explains a fact, and "Ask my care team" adds to the guide's own
 * question list.
 *
 * @attr {string} sections - Which cards to show, in order: any of `overview schedule side-effects
 *   self-check questions assistance resources`, separated by spaces or commas. Unknown names are ignored with a warning;
 *   empty shows all.
 * @attr {'light' | 'dark' | 'auto'} theme - Colour theme for the guide and every card in it. Default `light`.
 * @attr {1 | 2 | 3 | 4 | 5 | 6} heading-level - Level of the guide title; each card's title uses the next level. Default 2.
 * @attr {string} lang - Language of the guide and every card in it; inherited when not set.
 * @attr {string} reviewed-by - Who reviewed the text for your organisation; with `reviewed-on`,
 *   the guide's one review line says "Reviewed by … on …" (see the shared attributes). The cards
 *   inside show no review line of their own.
 * @attr {string} care-team-phone - Passed on to the side-effects card inside: your care team's
 *   number for patients at home (see `<il2-side-effects>`; it checks the value and warns). No default.
 * @attr {string} care-team-hours - Passed on to the side-effects card: when that number answers.
 * @attr {string} after-hours-phone - Passed on to the side-effects card: the number to call when
 *   the office is closed.
 * @attr {string} emergency-number - Passed on to the side-effects card: the local emergency number.
 *   Default `911`.
 *
 * @slot contact - Your own details for reaching the care team, passed on to the side-effects card
 *   (see `<il2-side-effects>`).
 *
 * @csspart guide - The guide's outer box.
 * @csspart guide-title - The guide title.
 * @csspart contents - The contents list.
 * @csspart footer - The guide's footer, once at the end: the notes on the marks, the care-team
 *   note and the review record (the cards inside have none of their own).
 * @csspart care-note - The note to talk with the care team, in the guide's footer.
 * @csspart source - The review record and the sources, in the guide's footer.
 * @csspart card - Each card's outer box (forwarded from the cards).
 * @csspart title - Each card's title (forwarded).
 * @csspart body - Each card's body (forwarded).
 */
export class Il2Guide extends Il2Card {
  // Its own text and each card's title; the cards it holds fetch their own text.
  static override textParts = ["guide", ...GUIDE_CARDS.map(({ part }) => part)];
  static {
    this.registerEnglish({ common, guide });
  }
  static override styles = [...Il2Card.styles, guideStyles];

  static override properties: PropertyDeclarations = {
    sections: {},
    careTeamPhone: { attribute: "care-team-phone" },
    careTeamHours: { attribute: "care-team-hours" },
    afterHoursPhone: { attribute: "after-hours-phone" },
    emergencyNumber: { attribute: "emergency-number" },
  };

  /** Which cards to show and in what order (`overview schedule side-effects self-check questions assistance resources`). Empty shows all. */
  sections = "";

  // Set once on the guide, they reach the side-effects card inside unchanged: that card checks
  // them and warns, as it does when they are set on it directly.
  /** Your care team's number for patients at home, passed on to the side-effects card. */
  careTeamPhone?: string;
  /** When that number answers, passed on to the side-effects card. */
  careTeamHours?: string;
  /** The number for when the office is closed, passed on to the side-effects card. */
  afterHoursPhone?: string;
  /** The local emergency number, passed on to the side-effects card (it shows `911` without one). */
  emergencyNumber?: string;

  #shownSections: readonly GuideSectionId[] = GUIDE_SECTIONS;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has("sections")) {
      const { items, unknown } = parseNameList(this.sections, GUIDE_SECTIONS);
      if (unknown.length) {
        if (IL2_DEV)
          this.warn(
            `sections=${quote(this.sections)}`,
            `: ignoring unknown ${quote(unknown.join(" "))}; use ${GUIDE_SECTIONS.join(", ")}.`,
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

  /** The guide's values that its cards take (the registry's `guideForwards`). */
  #forwarded(): GuideForwarded {
    return Object.fromEntries(
      GUIDE_FORWARDED.map((name) => [name, this[name]]),
    );
  }

  /**
   * The slots the guide's own children fill. A card it passes a slot to finds out through
   * slotchange in a live page, but on the server (and in the render that adopts the server's
   * HTML) it cannot look through the guide's slot: without this, a pre-rendered guide would hide
   * the host's contact details until its script ran.
   */
  #filledSlots(): string[] {
    return lightChildren(this)
      .filter((child) => child.slot && child.localName !== "slot")
      .map((child) => child.slot);
  }

  #cardTitle(id: GuideSectionId): string {
    return this.text<{ title: string }>(heldCard(id).part).title;
  }

  override render() {
    const text = this.text<GuideText>("guide");
    return html`
      <div
        class="card guide theme-${this.appliedTheme}"
        part="guide"
        lang=${this.language}
        dir=${this.commonText.dir ?? "ltr"}
      >
        <!-- A div, not <header>: outside an article a header is a page banner, and the host has its own. -->
        <div class="guide-header">
          ${heading(this.titleLevel, text.title, { id: "title", part: "guide-title", className: "title" })}
          <p class="lede">${text.lede}</p>
          <p class="how-to-use">${text.howToUse}</p>
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
              ${guideCard(heldCard(id).tag, {
                parts: FORWARDED_PARTS,
                headingLevel: this.sectionLevel,
                theme: this.appliedTheme,
                lang: this.language,
                forwarded: this.#forwarded(),
                filledSlots: this.#filledSlots(),
              })}
            </div>`,
        )}
        <!-- A div, not <footer>: outside an article a footer is the page's content information. -->
        <div class="footer guide-footer" part="footer">
          ${this.renderRecord({ label: true, study: true })}
        </div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "il2-guide": Il2Guide;
  }
}
