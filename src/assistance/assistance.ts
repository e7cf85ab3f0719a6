// <il2-assistance>: help paying for treatment — patient assistance programs (fact F24), the maker
// (L17, marked as from the prescribing information), numbered steps with a link to the maker's
// program when the host gives one, the question to ask, and the host's own contact details.
import { html, type PropertyValues, type PropertyDeclarations } from "lit";
import { Il2Card } from "../shared/card.js";
import { heading } from "../shared/heading.js";
import { parseHttpUrl } from "../shared/safe-url.js";
import { linkStyles, renderLink } from "../shared/link.js";
import { quote } from "../shared/warn.js";
import { lightChildren } from "../shared/light-children.js";
import { AskTool, askToolStyles } from "../shared/ask-tool.js";
import type { Il2AskDetail } from "../shared/ask-event.js";
import { common } from "../locales/en/common.js";
import { assistance, type AssistanceText } from "../locales/en/assistance.js";
import { assistanceStyles } from "./assistance.styles.js";

/**
 * @tagname il2-assistance
 * @summary Help paying for IL-2 treatment: that there is help, what patient assistance programs
 * are for, who makes PROLEUKIN today (Iovance Biotherapeutics), and numbered steps: whom to ask,
 * the maker's program, other help. Ends with the question to ask, which a button adds to the list
 * of questions on the page.
 *
 * @attr {string} program-href - Full `http://` or `https://` address of the maker's patient
 *   assistance program. No default: the library invents no address. Without it (or when refused)
 *   the steps still tell the reader whom to ask about the program. Only
 *   absolute http(s) URLs are used; anything else (other schemes, relative URLs, spaces inside,
 *   `user@` addresses, over 2048 characters) is refused with a console warning. An empty value
 *   counts as not set. The link opens in the same tab and sends no referrer.
 * @attr {1 | 2 | 3 | 4 | 5 | 6} heading-level - Level of the card title; the contact heading uses the next level. Default 2.
 *
 * @slot contact - The host's own contact details for help with costs (e.g. a financial counselor's
 *   name and phone number). Shown under a heading that appears only when something is slotted.
 *
 * @fires {CustomEvent<Il2AskDetail>} il2-ask - The reader pressed "Add this to my questions".
 *   `detail`: `{ topic: "help-paying", question, lang, result: "" }`, taken by an
 *   `<il2-doctor-questions>` on the page as the self-check's (see there); the card then says what
 *   became of it, or, with no list on the page, shows the question to write down.
 *
 * @csspart body - The card's main text.
 * @csspart section-title - The steps' heading.
 * @csspart steps - The numbered steps.
 * @csspart ask - The question for the care team, its button and what became of it.
 * @csspart link - The link to the maker's program (only with a usable `program-href`).
 * @csspart contact - The tile around the slotted contact details (only when filled).
 * @csspart contact-title - The heading over the contact details.
 */
export class Il2Assistance extends Il2Card {
  static override textParts = ["assistance"];
  static {
    this.registerEnglish({ common, assistance });
  }
  static override styles = [
    ...Il2Card.styles,
    linkStyles,
    askToolStyles,
    assistanceStyles,
  ];

  static override properties: PropertyDeclarations = {
    programHref: { attribute: "program-href" },
    hasContact: { state: true, attribute: false },
  };

  programHref?: string;

  /** True while something is assigned to the `contact` slot. */
  private hasContact = false;

  readonly #askTool = new AskTool(this);

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
    // The same few lines as in <il2-side-effects>, on purpose: shared, they would be a chunk of
    // their own for the two cards (one more name in the autoloader's table, over its 1,500 B
    // budget) or sit in the core chunk every card's page fetches (about 100 B more on each).
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
    const { steps } = text;
    return this.renderCard({
      title: text.title,
      lede: text.lede,
      body: html`<p>${text.options}</p>
        <p><strong>${this.commonText.labelTag}</strong> ${text.maker}</p>
        ${heading(this.sectionLevel, text.stepsHeading, { part: "section-title", className: "subheading" })}
        <ol class="steps" part="steps">
          <li>${steps.counselor}</li>
          <li>
            ${steps.program}
            ${
              href
                ? html`<p class="link-lead">${steps.programLink}</p>
                    ${renderLink(href, text.programLink, (host) =>
                      this.say(text.site, { host }),
                    )}`
                : null
            }
          </li>
          <li>${steps.others}</li>
        </ol>
        ${this.#askTool.render({
          topic: "help-paying",
          question: text.ask,
          lang: this.language,
          common: this.commonText,
        })}
        <section
          class="contact tile"
          part="contact"
          aria-labelledby="contact-title"
          ?hidden=${!this.hasContact}
        >
          ${heading(this.sectionLevel, text.contactHeading, { id: "contact-title", part: "contact-title", className: "subheading" })}
          <slot name="contact" @slotchange=${this.#onContactChange}></slot>
        </section>`,
      // The maker is marked as from the prescribing information: the footer explains the mark.
      label: true,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "il2-assistance": Il2Assistance;
  }
  interface GlobalEventHandlersEventMap {
    "il2-ask": CustomEvent<Il2AskDetail>;
  }
}
