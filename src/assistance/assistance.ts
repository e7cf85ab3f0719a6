// <il2-assistance>: help paying for treatment — patient assistance programs (fact F24), a link to
// the maker's program when the host gives one, and the host's own contact details.
import { html, type PropertyValues, type PropertyDeclarations } from "lit";
import { Il2Card } from "../shared/card.js";
import { heading } from "../shared/heading.js";
import { parseHttpUrl } from "../shared/safe-url.js";
import { linkStyles, renderLink } from "../shared/link.js";
import { quote } from "../shared/warn.js";
import { lightChildren } from "../shared/light-children.js";
import { common } from "../locales/en/common.js";
import { assistance, type AssistanceText } from "../locales/en/assistance.js";
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
 * @attr {1 | 2 | 3 | 4 | 5 | 6} heading-level - Level of the card title; the contact heading uses the next level. Default 2.
 *
 * @slot contact - The host's own contact details for help with costs (e.g. a financial counselor's
 *   name and phone number). Shown under a heading that appears only when something is slotted.
 *
 * @csspart body - The card's main text.
 * @csspart link - The link to the maker's program (only with a usable `program-href`).
 * @csspart contact - The tile around the slotted contact details (only when filled).
 * @csspart contact-title - The heading over the contact details.
 */
export class Il2Assistance extends Il2Card {
  static override textParts = ["assistance"];
  static {
    this.registerEnglish({ common, assistance });
  }
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
        if (IL2_DEV)
          this.warn(
            `program-href=${quote(this.programHref)}`,
            `${parsed.problem ?? "is not usable"}; showing the text without a link.`,
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
    const text = this.text<AssistanceText>("assistance");
    const href = this.#programLink;
    const program = href
      ? html`${renderLink(href, text.programLink, (host) =>
            this.say(text.site, { host }),
          )}
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
