// <il2-resources>: related care and research — newer treatments (F25), adjuvant therapy (F26) and
// the research funder (F27), each with an optional link the host supplies.
import { html, type PropertyValues, type PropertyDeclarations } from "lit";
import type { TextKey } from "../i18n/locale.js";
import { Il2Card } from "../shared/card.js";
import { heading } from "../shared/heading.js";
import { renderBlocks, type ContentBlock } from "../shared/blocks.js";
import { parseHttpUrl } from "../shared/safe-url.js";
import { linkStyles, renderLink } from "../shared/link.js";
import { quote } from "../shared/warn.js";
import { resources as englishResources } from "../locales/en/resources.js";
import { RESOURCE_TOPICS, type ResourceTopic } from "./resources-text.js";
import { resourcesStyles } from "./resources.styles.js";

/** Each topic's link property and the attribute that sets it. */
const LINK_ATTRIBUTES = {
  treatments: ["treatmentsHref", "treatments-href"],
  adjuvant: ["adjuvantHref", "adjuvant-href"],
  research: ["researchHref", "research-href"],
} as const satisfies Record<ResourceTopic, readonly [string, string]>;

/**
 * Links: only an absolute `http://` or `https://` address becomes a link. Anything else (other
 * schemes such as `javascript:` or `data:`, relative URLs, spaces inside, `user@` addresses, over
 * 2048 characters) is refused with a console warning, and the topic's text stays without a link.
 * An empty value counts as not set. Links open in the same tab, send no referrer, show their site
 * name, and print their address.
 *
 * @tagname il2-resources
 * @summary Related care and research: newer treatments for advanced melanoma, treatment after
 * surgery (adjuvant therapy), and the Melanoma Research Alliance's research funding.
 *
 * @attr {string} treatments-href - Full http(s) address of a page about newer treatments for
 *   advanced melanoma. No default: without a usable address the topic has no link.
 * @attr {string} adjuvant-href - Full http(s) address of a page about adjuvant therapy (treatment
 *   after surgery). No default: without a usable address the topic has no link.
 * @attr {string} research-href - Full http(s) address of a page about the research the Melanoma
 *   Research Alliance funds. No default: without a usable address the topic has no link.
 * @attr {'light' | 'dark' | 'auto'} theme - Colour theme; `auto` follows the reader's system. Default `light`.
 * @attr {1 | 2 | 3 | 4 | 5 | 6} heading-level - Level of the card title; topic headings use the next level. Default 2.
 * @attr {string} lang - Language of the card; inherited from ancestors or the page when not set.
 *
 * @csspart card - The card's outer box.
 * @csspart title - The card title.
 * @csspart body - The area holding the topics.
 * @csspart section - Each topic tile.
 * @csspart section-title - Each topic heading.
 * @csspart link - Each topic's link (only with a usable address).
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
export class Il2Resources extends Il2Card {
  protected static override textKeys: readonly TextKey[] = ["resources"];
  static override styles = [...Il2Card.styles, linkStyles, resourcesStyles];

  static override properties: PropertyDeclarations = {
    treatmentsHref: { attribute: "treatments-href" },
    adjuvantHref: { attribute: "adjuvant-href" },
    researchHref: { attribute: "research-href" },
  };

  treatmentsHref?: string;

  adjuvantHref?: string;

  researchHref?: string;

  /** Checked addresses per topic; a topic is missing when it has no usable link. */
  #links: Partial<Record<ResourceTopic, string>> = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    for (const topic of RESOURCE_TOPICS) {
      const [name, attribute] = LINK_ATTRIBUTES[topic];
      if (!changed.has(name)) continue;
      const value: unknown = this[name];
      const parsed = parseHttpUrl(value);
      if (!parsed.valid) {
        this.warn(
          `${attribute}=${quote(value)} ${parsed.problem ?? "is not usable"}; showing the text without a link.`,
        );
      }
      this.#links = { ...this.#links, [topic]: parsed.value };
    }
  }

  #renderTopic(
    topic: ResourceTopic,
    headingText: string,
    blocks: readonly ContentBlock[],
    linkText: string,
  ) {
    const href = this.#links[topic];
    const site = this.localized("resources", englishResources).site;
    return html`<section class="topic tile" part="section">
      ${heading(this.sectionLevel, headingText, { part: "section-title", className: "subheading" })}
      ${renderBlocks(blocks)} ${href ? renderLink(href, linkText, site) : null}
    </section>`;
  }

  override render() {
    const text = this.localized("resources", englishResources);
    const { treatments, adjuvant, research } = text;
    return this.renderCard({
      title: text.title,
      lede: text.lede,
      body: html`<div class="topics">
        ${this.#renderTopic("treatments", treatments.heading, treatments.blocks, treatments.linkText)}
        ${this.#renderTopic("adjuvant", adjuvant.heading, adjuvant.blocks, adjuvant.linkText)}
        ${this.#renderTopic("research", research.heading, research.blocks(research.funding), research.linkText)}
      </div>`,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "il2-resources": Il2Resources;
  }
}
