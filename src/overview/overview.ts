// <il2-overview>: what IL-2 is, how it works, who it is for, and its goals (facts F1–F13, F19–F22).
import { html, type PropertyValues, type PropertyDeclarations } from "lit";
import { Il2Card } from "../shared/card.js";
import { parseNameList } from "../shared/attributes.js";
import { heading } from "../shared/heading.js";
import { renderBlocks } from "../shared/blocks.js";
import { disclosureStyles } from "../shared/disclosure-styles.js";
import { fire } from "../shared/events.js";
import { quote } from "../shared/warn.js";
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

export interface Il2SectionToggleDetail {
  /** The section's name: `what`, `how`, `who` or `goals`. */
  section: string;
  open: boolean;
}

/**
 * @tagname il2-overview
 * @summary An overview of IL-2 (aldesleukin) for advanced melanoma: what it is, how it works,
 * who it is for, and its goals, in plain language.
 *
 * @attr {string} sections - Which sections to show, in order: any of `what how who goals`,
 *   separated by spaces or commas. Unknown names are ignored with a warning; empty shows all.
 * @attr {boolean} collapsible - Makes each section a disclosure the reader opens and closes.
 *   All sections print open.
 *
 * @fires {CustomEvent<Il2SectionToggleDetail>} il2-section-toggle - A reader opened or closed one
 *   section with its own button (collapsible only; "Open all sections" fires nothing). `detail`:
 *   `{ section, open }`.
 *
 * @csspart body - The area holding the sections.
 * @csspart section - Each section tile.
 * @csspart section-title - Each section heading.
 */
export class Il2Overview extends Il2Card {
  static override textParts = ["overview"];
  static {
    this.registerEnglish({ common, overview });
  }
  static override styles = [
    ...Il2Card.styles,
    disclosureStyles,
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
    if (!this.collapsible) {
      return html`<section class="section tile" part="section">
        ${heading(this.sectionLevel, text.heading, { part: "section-title", className: "subheading" })}
        ${renderBlocks(text.blocks)}
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
      <div class="panel" id="panel-${id}" ?hidden=${!open}>
        ${renderBlocks(text.blocks)}
      </div>
    </section>`;
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
      body: html`${toolbar}
        <div class="sections ${this.collapsible ? "collapsible" : ""}">
          ${this.#shownSections.map((id) => this.#renderSection(id))}
        </div>`,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "il2-overview": Il2Overview;
  }
  interface GlobalEventHandlersEventMap {
    "il2-section-toggle": CustomEvent<Il2SectionToggleDetail>;
  }
}
