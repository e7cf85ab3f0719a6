// <il2-assistance>: help paying for treatment — patient assistance programs (fact F24), a link to
// the maker's program when the host gives one, and the host's own contact details.
import { html, type PropertyValues, type PropertyDeclarations } from "lit";
import type { TextKey } from "../i18n/locale.js";
import { Il2Card } from "../shared/card.js";
import { heading } from "../shared/heading.js";
import { parseHttpUrl } from "../shared/safe-url.js";
import { linkStyles, renderLink } from "../shared/link.js";
import { quote } from "../shared/warn.js";
import { lightChildren } from "../shared/light-children.js";
import { assistance as englishAssistance } from "../locales/en/assistance.js";
import { assistanceStyles } from "./assistance.styles.js";

/**
 * @tagname il2-assistance
 * @summary Help paying for IL-2 treatment: what patient assistance programs (PAPs) are for, that the
 * maker has one and there are other options, and where to ask.
 *
 * @attr {string} program-href - Full `http://` or `https://` address of the maker's patient
 *   assistance program. No default: the library invents no address. Without it (or when refused)
 *   the card tells the reader to ask the care team or the hospital's financial counselor. Only
 *   absolute http(s) URLs are used; anything else (other schemes, relative URLs, spaces inside,
 *   `user@` addresses, over 2048 characters) is refused with a console warning. An empty value
 *   counts as not set. The link opens in the same tab and sends no referrer.
 * @attr {'light' | 'dark' | 'auto'} theme - Colour theme; `auto` follows the reader's system. Default `light`.
 * @attr {1 | 2 | 3 | 4 | 5 | 6} heading-level - Level of the card title; the contact heading uses the next level. Default 2.
 * @attr {string} lang - Language of the card; inherited from ancestors or the page when not set.
 *
 * @slot contact - The host's own contact details for help with costs (e.g. a financial counselor's
 *   name and phone number). Shown under a heading that appears only when something is slotted.
 *
 * @csspart card - The card's outer box.
 * @csspart title - The card title.
 * @csspart body - The card's main text.
 * @csspart link - The link to the maker's program (only with a usable `program-href`).
 * @csspart contact - The tile around the slotted contact details (only when filled).
 * @csspart contact-title - The heading over the contact details.
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
export class Il2Assistance extends Il2Card {
  protected static override textKeys: readonly TextKey[] = ["assistance"];
  static override styles = [...Il2Card.styles, linkStyles, assistanceStyles];

  static override properties: PropertyDeclarations = {
    programHref: { attribute: "program-href" },
    hasContact: { state: true, attribute: false },
  };

  programHref?: string;

  /** True while something is assigned to the `contact` slot. */
  private hasContact = false;

  /** The checked address, or undefined when none was given or it was refused. */
  #programLink: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // On the server there is no slotchange: whether contact details are slotted comes from the
    // card's own children, and so it does in the render that adopts the server's HTML, which must
    // match it. In the browser, later changes (and a live card's first) come by slotchange.
    if (this.serverView && !this.hasUpdated)
      this.hasContact = lightChildren(this).some(
        (child) => child.slot === "contact",
      );
    if (changed.has("programHref")) {
      const parsed = parseHttpUrl(this.programHref);
      if (!parsed.valid) {
        this.warn(
          `program-href=${quote(this.programHref)} ${parsed.problem ?? "is not usable"}; showing the text without a link.`,
        );
      }
      this.#programLink = parsed.value;
    }
  }

  #onContactChange(event: Event): void {
    // currentTarget, not target: a host component may forward its own slot, which is then the target.
    const slot = event.currentTarget as HTMLSlotElement;
    this.hasContact = slot
      .assignedNodes({ flatten: true })
      .some(
        (node) =>
          node.nodeType === Node.ELEMENT_NODE ||
          (node.textContent ?? "").trim() !== "",
      );
  }

  override render() {
    const text = this.localized("assistance", englishAssistance);
    const href = this.#programLink;
    const program = href
      ? html`${renderLink(href, text.programLink, text.site)}
          <p>${text.askAboutOthers}</p>`
      : html`<p>${text.askWithoutLink}</p>`;
    return this.renderCard({
      title: text.title,
      lede: text.lede,
      body: html`<p>${text.options}</p>
        ${program}
        <section
          class="contact tile"
          part="contact"
          aria-labelledby="contact-title"
          ?hidden=${!this.hasContact}
        >
          ${heading(this.sectionLevel, text.contactHeading, { id: "contact-title", part: "contact-title", className: "subheading" })}
          <slot name="contact" @slotchange=${this.#onContactChange}></slot>
        </section>`,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "il2-assistance": Il2Assistance;
  }
}
