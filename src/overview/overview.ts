// <il2-overview>: the key points, what IL-2 is, how it is thought to work, who it is for, and what
// it can do beside its risks, with the study's outcomes as a picture of 100 people (facts F1–F13,
// F19–F23, L3–L9, L11, L14–L16), and the question to ask the care team.
import { html, type PropertyValues, type PropertyDeclarations } from "lit";
import { Il2Card } from "../shared/card.js";
import { parseNameList } from "../shared/attributes.js";
import { heading } from "../shared/heading.js";
import { renderBlocks } from "../shared/blocks.js";
import { disclosureStyles } from "../shared/disclosure-styles.js";
import { fire } from "../shared/events.js";
import { quote } from "../shared/warn.js";
import { AskTool, askToolStyles } from "../shared/ask-tool.js";
import type { Il2AskDetail } from "../shared/ask-event.js";
import { common } from "../locales/en/common.js";
import { overview, type OverviewText } from "../locales/en/overview.js";
import { overviewStyles } from "./overview.styles.js";

type OverviewSectionId = keyof OverviewText["sections"];

/** The overview's sections, in their default order. */
const OVERVIEW_SECTIONS: readonly OverviewSectionId[] = [
  "what",
  "how",
  "who",
  "goals",
];

export type { Il2AskDetail };

/** The study's outcomes in 100 people (L14): all signs gone, tumors shrank (more), the rest. */
const OUTCOME_SQUARES = [
  ["gone", 6],
  ["shrank", 10],
  ["rest", 84],
] as const;

/** The goals' block with the study's numbers (L14): the picture comes right after it. */
const OUTCOMES_AFTER_BLOCK = 3;

export interface Il2SectionToggleDetail {
  /** The section's name: `what`, `how`, `who` or `goals`. */
  section: string;
  open: boolean;
}

/**
 * @tagname il2-overview
 * @summary An overview of IL-2 (aldesleukin) for advanced melanoma in plain language: its key
 * points first, then what it is, how it is thought to work, who it is for, and what it can do
 * beside its risks, with the melanoma studies' outcomes as "about N in 100" and a picture of 100
 * people. Ends with the question to ask the care team, which a button adds to the list of
 * questions on the page.
 *
 * @attr {string} sections - Which sections to show, in order: any of `what how who goals`,
 *   separated by spaces or commas. Unknown names are ignored with a warning; empty shows all.
 * @attr {boolean} collapsible - Makes each section a disclosure the reader opens and closes.
 *   All sections print open.
 *
 * @fires {CustomEvent<Il2SectionToggleDetail>} il2-section-toggle - A reader opened or closed one
 *   section with its own button (collapsible only; "Open all sections" fires nothing). `detail`:
 *   `{ section, open }`.
 * @fires {CustomEvent<Il2AskDetail>} il2-ask - The reader pressed "Add this to my questions".
 *   `detail`: `{ topic: "good-choice", question, lang, result: "" }`, taken by an
 *   `<il2-doctor-questions>` on the page as the self-check's (see there); the card then says what
 *   became of it, or, with no list on the page, shows the question to write down.
 *
 * @csspart body - The area holding the key points, the sections and the question.
 * @csspart key-points - The highlighted box of key points under the lede.
 * @csspart section - Each section tile.
 * @csspart section-title - Each section heading.
 * @csspart outcomes - The picture of 100 people with its caption and key (in the goals section).
 * @csspart ask - The question for the care team, its button and what became of it.
 */
export class Il2Overview extends Il2Card {
  static override textParts = ["overview"];
  static {
    this.registerEnglish({ common, overview });
  }
  static override styles = [
    ...Il2Card.styles,
    disclosureStyles,
    askToolStyles,
    overviewStyles,
  ];

  static override properties: PropertyDeclarations = {
    sections: {},
    collapsible: { type: Boolean, reflect: true },
    openSections: { state: true, attribute: false },
  };

  /** Which sections to show and in what order (`what how who goals`). Empty shows all. */
  sections = "";

  /** Makes each section a disclosure the reader opens and closes. */
  collapsible = false;

  private openSections = new Set<OverviewSectionId>();

  readonly #askTool = new AskTool(this);

  #shownSections: readonly OverviewSectionId[] = OVERVIEW_SECTIONS;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has("sections")) this.#shownSections = this.#parseSections();
  }

  #parseSections(): readonly OverviewSectionId[] {
    const { items, unknown } = parseNameList(this.sections, OVERVIEW_SECTIONS);
    if (unknown.length) {
      if (IL2_DEV)
        this.warn(
          `sections=${quote(this.sections)}`,
          `: ignoring unknown ${quote(unknown.join(" "))}; use ${OVERVIEW_SECTIONS.join(", ")}.`,
        );
    }
    return items.length ? items : OVERVIEW_SECTIONS;
  }

  get #text(): OverviewText {
    return this.text<OverviewText>("overview");
  }

  #toggleSection(section: OverviewSectionId): void {
    const open = !this.openSections.has(section);
    const next = new Set(this.openSections);
    if (open) next.add(section);
    else next.delete(section);
    this.openSections = next;
    fire(this, "il2-section-toggle", { section, open });
  }

  #toggleAll(): void {
    const openAll = this.openSections.size < this.#shownSections.length;
    this.openSections = new Set(openAll ? this.#shownSections : []);
  }

  #renderSection(id: OverviewSectionId) {
    const text = this.#text.sections[id];
    // In the goals, the picture follows the study's numbers it shows (every language's goals
    // have the same blocks in the same order; a test checks the shapes agree).
    const split =
      id === "goals" ? OUTCOMES_AFTER_BLOCK + 1 : text.blocks.length;
    const content = html`${renderBlocks(text.blocks.slice(0, split))}
    ${id === "goals" ? this.#outcomes() : null}
    ${renderBlocks(text.blocks.slice(split))}`;
    if (!this.collapsible) {
      return html`<section class="section tile" part="section">
        ${heading(this.sectionLevel, text.heading, { part: "section-title", className: "subheading" })}
        ${content}
      </section>`;
    }
    const open = this.openSections.has(id);
    // Pre-rendered without script, the heading shows its words instead of a button.
    const toggle = html`<span class="no-script">${text.heading}</span
      ><button
        class="toggle script-only"
        id="toggle-${id}"
        aria-expanded=${open ? "true" : "false"}
        aria-controls="panel-${id}"
        @click=${() => this.#toggleSection(id)}
      >
        ${text.heading}
      </button>`;
    return html`<section class="section tile" part="section">
      ${heading(this.sectionLevel, toggle, { part: "section-title", className: "subheading" })}
      <div class="panel" id="panel-${id}" ?hidden=${!open}>${content}</div>
    </section>`;
  }

  /**
   * The study's outcomes as 100 squares, one per person, with a key that names each kind of square
   * by its look as well as its words (never by colour alone), and the numbers as its name.
   */
  #outcomes() {
    const { outcomes } = this.#text;
    const squares = OUTCOME_SQUARES.flatMap(([kind, count]) =>
      Array.from(
        { length: count },
        () => html`<span class="square ${kind}"></span>`,
      ),
    );
    return html`<figure class="outcomes" part="outcomes">
      <figcaption>
        <strong>${this.commonText.studyTag}</strong> ${outcomes.caption}
      </figcaption>
      <div class="grid" role="img" aria-label=${outcomes.alt}>${squares}</div>
      <ul class="key">
        ${OUTCOME_SQUARES.map(
          ([kind]) =>
            html`<li>
              <span class="square ${kind}" aria-hidden="true"></span>
              <span>${outcomes[kind]}</span>
            </li>`,
        )}
      </ul>
    </figure>`;
  }

  override render() {
    const text = this.#text;
    const allOpen = this.openSections.size >= this.#shownSections.length;
    const toolbar = this.collapsible
      ? html`<div class="toolbar no-print needs-script">
          <button class="text-button" @click=${this.#toggleAll}>
            ${allOpen ? text.collapseAll : text.expandAll}
          </button>
        </div>`
      : null;
    return this.renderCard({
      title: text.title,
      lede: text.lede,
      body: html`<section class="key-points" part="key-points">
          ${heading(this.sectionLevel, text.keyPointsHeading, { id: "key-points-title", className: "subheading" })}
          <ul>
            ${text.keyPoints.map((point) => html`<li>${point}</li>`)}
          </ul>
        </section>
        ${toolbar}
        <div class="sections ${this.collapsible ? "collapsible" : ""}">
          ${this.#shownSections.map((id) => this.#renderSection(id))}
        </div>
        <div class="ask">
          <p>${text.askLead}</p>
          ${this.#askTool.render({
            topic: "good-choice",
            question: text.ask,
            lang: this.language,
            common: this.commonText,
          })}
        </div>`,
      // "The official FDA information says…" and the study's numbers: both notes, and the study.
      label: true,
      study: true,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "il2-overview": Il2Overview;
  }
  interface GlobalEventHandlersEventMap {
    "il2-section-toggle": CustomEvent<Il2SectionToggleDetail>;
    "il2-ask": CustomEvent<Il2AskDetail>;
  }
}
