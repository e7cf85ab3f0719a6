// <il2-overview>: what IL-2 is, how it works, who it is for, and its goals (facts F1–F13, F19–F22).
import { html, type PropertyValues, type PropertyDeclarations } from "lit";
import type { TextKey } from "../i18n/locale.js";
import { Il2Card } from "../shared/card.js";
import { parseNameList } from "../shared/attributes.js";
import { heading } from "../shared/heading.js";
import { renderBlocks } from "../shared/blocks.js";
import { disclosureStyles } from "../shared/disclosure-styles.js";
import { quote } from "../shared/warn.js";
import { overview as englishOverview } from "../locales/en/overview.js";
import { OVERVIEW_SECTIONS, type OverviewSectionId } from "./overview-text.js";
import { overviewStyles } from "./overview.styles.js";

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
 * @attr {'light' | 'dark' | 'auto'} theme - Colour theme; `auto` follows the reader's system. Default `light`.
 * @attr {1 | 2 | 3 | 4 | 5 | 6} heading-level - Level of the card title; section headings use the next level. Default 2.
 * @attr {string} lang - Language of the card; inherited from ancestors or the page when not set.
 *
 * @fires {CustomEvent<Il2SectionToggleDetail>} il2-section-toggle - A reader opened or closed one
 *   section with its own button (collapsible only; "Open all sections" fires nothing). `detail`:
 *   `{ section, open }`.
 *
 * @csspart card - The card's outer box.
 * @csspart title - The card title.
 * @csspart body - The area holding the sections.
 * @csspart section - Each section tile.
 * @csspart section-title - Each section heading.
 * @csspart footer - The footer with the care-team note and source.
 * @csspart care-note - The note to talk with the care team.
 * @csspart source - The source and its date.
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
export class Il2Overview extends Il2Card {
  protected static override textKeys: readonly TextKey[] = ["overview"];
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
      this.warn(
        `sections=${quote(this.sections)}: ignoring unknown ${quote(unknown.join(" "))}; use ${OVERVIEW_SECTIONS.join(", ")}.`,
      );
    }
    return items.length ? items : OVERVIEW_SECTIONS;
  }

  #toggleSection(section: OverviewSectionId): void {
    const open = !this.openSections.has(section);
    const next = new Set(this.openSections);
    if (open) next.add(section);
    else next.delete(section);
    this.openSections = next;
    this.dispatchEvent(
      new CustomEvent<Il2SectionToggleDetail>("il2-section-toggle", {
        detail: { section, open },
        bubbles: true,
        composed: true,
      }),
    );
  }

  #toggleAll(): void {
    const openAll = this.openSections.size < this.#shownSections.length;
    this.openSections = new Set(openAll ? this.#shownSections : []);
  }

  #renderSection(id: OverviewSectionId) {
    const text = this.localized("overview", englishOverview).sections[id];
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
    const text = this.localized("overview", englishOverview);
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
