// <il2-side-effects>: side effects and when to get help (issue 23 §1; facts L5–L12, L14): the
// tests before the first dose, the hospital stay, the three serious risks, the common side
// effects, then what to tell the nurse at once and whom to call after going home. The host gives
// its own numbers and hours; the card never invents one. Prints whole (two pages at most), or
// just the two "when to get help" lists on one page for the fridge.
import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from "lit";
import { Il2Card } from "../shared/card.js";
import { heading } from "../shared/heading.js";
import type { ContentBlock } from "../shared/blocks.js";
import { printOnly } from "../shared/print.js";
import { fire } from "../shared/events.js";
import { lightChildren } from "../shared/light-children.js";
import { quote } from "../shared/warn.js";
import { common } from "../locales/en/common.js";
import {
  sideEffects,
  type SideEffectsSectionText,
  type SideEffectsText,
} from "../locales/en/side-effects.js";
import {
  DEFAULT_EMERGENCY_NUMBER,
  parseEmergencyNumber,
  parseHours,
  parsePhone,
  type PhoneNumber,
  type Refusable,
} from "./host-numbers.js";
import { sideEffectsStyles } from "./side-effects.styles.js";

/** What a reader printed: the whole card, or the one-page sheet of the two "when to get help" lists. */
export type Il2PrintLayout = "card" | "sheet";

export interface Il2PrintDetail {
  /** `card` (the whole card) or `sheet` (the one-page sheet for the fridge). */
  layout: Il2PrintLayout;
}

/** On the host while the sheet prints: the print rules show only the sheet (side-effects.styles.ts). */
const SHEET = "data-il2-print-sheet";

/**
 * @tagname il2-side-effects
 * @summary Side effects of IL-2 and when to get help, in plain words: the tests before the first
 * dose, the hospital stay (intensive care unit, blood-pressure medicine), the three serious risks
 * and the common side effects, with the prescribing information's facts marked as such; then a
 * highlighted "Tell your nurse right away" list and an "After you go home" list with the emergency
 * number and the host's own numbers. Prints whole on two pages at most, or as a one-page sheet of
 * the two lists for the fridge.
 *
 * @attr {string} care-team-phone - The care team's phone number for patients at home, e.g.
 *   `(555) 010-0100` or `+1 555 010 0100`: digits, spaces and `( ) - .`, an optional `+` first,
 *   3 to 15 digits, at most 30 characters. Shown in the "After you go home" list as a `tel:` link.
 *   No default: the library invents no number. Without it (or when refused, with a console
 *   warning) the card says "your care team's number" and tells the reader to ask for it, and the
 *   fridge sheet has a line to write it on. An empty value counts as not set.
 * @attr {string} care-team-hours - When that number answers, as plain text (e.g. `Monday to Friday,
 *   8 a.m. to 5 p.m.`), at most 160 characters, no markup (refused with a warning otherwise).
 * @attr {string} after-hours-phone - The number to call when the care team's office is closed;
 *   checked as `care-team-phone` is. Shown only when given.
 * @attr {string} emergency-number - The local emergency number. Default `911`. 2 to 6 digits,
 *   with spaces or hyphens between them (`112`, `000`); anything else is refused with a warning
 *   and `911` is shown. Shown as bold text, never as a link: a stray tap must not call it.
 *
 * @slot contact - The host's own details for reaching the care team (a clinic's name, place, other
 *   lines). Shown under a heading that appears only when something is slotted, and on the fridge
 *   sheet.
 *
 * @fires {CustomEvent<Il2PrintDetail>} il2-print - The reader pressed a print button, just before
 *   the browser's print dialog opens. `detail`: `{ layout }`, `card` or `sheet`.
 *
 * @csspart key-points - The box of key points under the title.
 * @csspart section - Each section of facts (before the first dose, in the hospital, the risks, the common side effects).
 * @csspart section-title - Each section heading, the key points' and the two lists' included.
 * @csspart label-tag - The mark before facts from the prescribing information.
 * @csspart tell-nurse - The highlighted box: what to tell the nurse right away.
 * @csspart at-home - The "After you go home" section.
 * @csspart emergency - The line with the emergency number.
 * @csspart phone - Each of the host's phone numbers (a `tel:` link).
 * @csspart contact - The tile around the slotted contact details (only when filled).
 * @csspart contact-title - The heading over the contact details.
 * @csspart actions - The two print buttons.
 * @csspart button - Each print button.
 */
export class Il2SideEffects extends Il2Card {
  static override textParts = ["sideEffects"];
  static {
    this.registerEnglish({ common, sideEffects });
  }
  static override styles = [...Il2Card.styles, sideEffectsStyles];

  static override properties: PropertyDeclarations = {
    careTeamPhone: { attribute: "care-team-phone" },
    careTeamHours: { attribute: "care-team-hours" },
    afterHoursPhone: { attribute: "after-hours-phone" },
    emergencyNumber: { attribute: "emergency-number" },
    hasContact: { state: true, attribute: false },
  };

  // Documented by the @attr lines above (a doc comment here would replace them in the manifest).
  careTeamPhone?: string;
  careTeamHours?: string;
  afterHoursPhone?: string;
  emergencyNumber?: string;

  /**
   * Set by `<il2-guide>` before the card's first render: which of the slots it passes on hold the
   * host's content (its `contact` details), which the card cannot see through the guide's slot
   * on the server.
   * @internal
   */
  filledSlots?: readonly string[];

  /** True while something is assigned to the `contact` slot. */
  private hasContact = false;

  #phone: PhoneNumber | undefined;
  #afterHours: PhoneNumber | undefined;
  #hours: string | undefined;
  #emergency = DEFAULT_EMERGENCY_NUMBER;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // As in <il2-assistance>: on the server, and in the render that adopts its HTML, whether
    // contact details are slotted comes from the card's own children; later, from slotchange.
    // A <slot> passed on by a card that holds this one (the guide) is not content itself: the
    // guide says whether its own children fill it (filledSlots); later, slotchange looks through it.
    if (this.serverView && !this.hasUpdated)
      this.hasContact =
        Boolean(this.filledSlots?.includes("contact")) ||
        lightChildren(this).some(
          (child) => child.slot === "contact" && child.localName !== "slot",
        );
    if (changed.has("careTeamPhone"))
      this.#phone = this.#checked(
        "care-team-phone",
        this.careTeamPhone,
        parsePhone(this.careTeamPhone),
        IL2_DEV && "the card names no number and asks the reader to get one.",
      );
    if (changed.has("afterHoursPhone"))
      this.#afterHours = this.#checked(
        "after-hours-phone",
        this.afterHoursPhone,
        parsePhone(this.afterHoursPhone),
        IL2_DEV && "the card leaves the after-hours line out.",
      );
    if (changed.has("careTeamHours"))
      this.#hours = this.#checked(
        "care-team-hours",
        this.careTeamHours,
        parseHours(this.careTeamHours),
        IL2_DEV && "the card leaves the hours out.",
      );
    if (changed.has("emergencyNumber"))
      this.#emergency = this.#checked(
        "emergency-number",
        this.emergencyNumber,
        parseEmergencyNumber(this.emergencyNumber),
        IL2_DEV && "showing 911.",
      );
  }

  /**
   * The parsed value, after one warning (per page and value) when it was refused. `instead` says
   * what the card does then (development builds only, as `IL2_DEV && "…"`).
   */
  #checked<T>(
    attribute: string,
    input: unknown,
    parsed: Refusable<T>,
    instead: string | false,
  ): T {
    if (IL2_DEV && !parsed.valid)
      this.warn(
        `${attribute}=${quote(input)}`,
        `${parsed.problem || "is not usable"}; ${instead}`,
      );
    return parsed.value;
  }

  #onContactChange(event: Event): void {
    // The same few lines as in <il2-assistance>, on purpose: shared, they would be a chunk of
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

  #print(layout: Il2PrintLayout): void {
    fire(this, "il2-print", { layout });
    if (layout === "sheet") {
      // Only while this print lasts: the next print (the browser's own, or "Print this card") is whole.
      this.setAttribute(SHEET, "");
      window.addEventListener("afterprint", () => this.removeAttribute(SHEET), {
        once: true,
      });
    }
    printOnly(this);
  }

  get #text(): SideEffectsText {
    return this.text<SideEffectsText>("sideEffects");
  }

  #subheading(title: string, id: string): TemplateResult {
    return heading(this.sectionLevel, title, {
      id,
      part: "section-title",
      className: "subheading",
    });
  }

  /** Paragraphs and lists; the first opens with the mark of the prescribing information. */
  #blocks(blocks: readonly ContentBlock[], tag: string): TemplateResult[] {
    return blocks.map((block, index) => {
      const mark =
        index === 0
          ? html`<strong class="label-tag" part="label-tag">${tag}</strong> `
          : nothing;
      return typeof block === "string"
        ? html`<p>${mark}${block}</p>`
        : html`${block.lead || index === 0 ? html`<p>${mark}${block.lead}</p>` : nothing}
            <ul>
              ${block.items.map((item) => html`<li>${item}</li>`)}
            </ul>`;
    });
  }

  #factSection(id: string, section: SideEffectsSectionText): TemplateResult {
    return html`<section
      class="section tile ${id}"
      part="section"
      aria-labelledby="${id}-title"
    >
      ${this.#subheading(section.heading, `${id}-title`)}
      ${this.#blocks(section.blocks, this.commonText.labelTag)}
    </section>`;
  }

  #risks(text: SideEffectsText): TemplateResult {
    const { risks } = text;
    return html`<section
      class="section tile risks"
      part="section"
      aria-labelledby="risks-title"
    >
      ${this.#subheading(risks.heading, "risks-title")}
      <p>
        <strong class="label-tag" part="label-tag"
          >${this.commonText.labelTag}</strong
        >
        ${risks.intro}
      </p>
      <ul>
        ${risks.items.map(
          (risk) => html`<li><strong>${risk.name}</strong> ${risk.text}</li>`,
        )}
      </ul>
      <p>${risks.study}</p>
    </section>`;
  }

  /** A host's number as a `tel:` link, placed where `{phone}` stands in `message`. */
  #withPhone(message: string, phone: PhoneNumber): TemplateResult {
    const at = message.indexOf("{phone}");
    const link = html`<a class="phone" part="phone" href=${phone.href}
      >${phone.text}</a
    >`;
    if (at < 0) return html`${message} ${link}`;
    return html`${message.slice(0, at)}${link}${message.slice(at + "{phone}".length)}`;
  }

  #tellNurse(text: SideEffectsText): TemplateResult {
    const { tellNurse } = text;
    return html`<section
      class="alert"
      part="tell-nurse"
      aria-labelledby="tell-nurse-title"
    >
      <div class="alert-heading">
        <span class="alert-icon" aria-hidden="true">!</span>
        ${this.#subheading(tellNurse.heading, "tell-nurse-title")}
      </div>
      <ul class="signs">
        ${tellNurse.items.map((item) => html`<li>${item}</li>`)}
      </ul>
      ${tellNurse.after.map((line) => html`<p>${line}</p>`)}
    </section>`;
  }

  #atHome(text: SideEffectsText): TemplateResult {
    const { atHome, print } = text;
    const phone = this.#phone;
    const afterHours = this.#afterHours;
    return html`<section
      class="at-home"
      part="at-home"
      aria-labelledby="at-home-title"
    >
      ${this.#subheading(atHome.heading, "at-home-title")}
      <p class="emergency" part="emergency">
        <strong
          >${this.say(atHome.emergency, { emergency: this.#emergency })}</strong
        >
      </p>
      <p>
        ${phone ? this.#withPhone(atHome.callCareTeamAt, phone) : atHome.callCareTeam}
      </p>
      <ul class="signs">
        ${atHome.items.map((item) => html`<li>${item}</li>`)}
      </ul>
      ${this.#hours ? html`<p>${this.say(atHome.hours, { hours: this.#hours })}</p>` : nothing}
      ${afterHours ? html`<p>${this.#withPhone(atHome.afterHours, afterHours)}</p>` : nothing}
      ${
        phone
          ? nothing
          : html`<p>${atHome.askForNumber}</p>
              <p class="write-in sheet-only">
                ${print.writeNumber} <span class="blank"></span>
              </p>`
      }
    </section>`;
  }

  override render() {
    const text = this.#text;
    return this.renderCard({
      title: text.title,
      lede: text.lede,
      body: html`
        <section class="key-points" part="key-points">
          ${this.#subheading(text.keyPointsHeading, "key-points-title")}
          <ul>
            ${text.keyPoints.map(
              (point) =>
                html`<li>
                  ${this.say(point, { emergency: this.#emergency })}
                </li>`,
            )}
          </ul>
        </section>
        <div class="facts">
          ${this.#factSection("before", text.before)}
          ${this.#factSection("hospital", text.hospital)} ${this.#risks(text)}
          ${this.#factSection("common", text.commonEffects)}
        </div>
        <div class="help">
          <div class="sheet-only sheet-header">
            <p class="sheet-heading">${text.print.sheetHeading}</p>
            <p>${text.print.sheetIntro}</p>
          </div>
          ${this.#tellNurse(text)} ${this.#atHome(text)}
          <section
            class="contact tile"
            part="contact"
            aria-labelledby="contact-title"
            ?hidden=${!this.hasContact}
          >
            ${heading(this.sectionLevel, text.contactHeading, { id: "contact-title", part: "contact-title", className: "subheading" })}
            <slot name="contact" @slotchange=${this.#onContactChange}></slot>
          </section>
        </div>
        <div class="actions no-print needs-script" part="actions">
          <button
            class="button"
            part="button"
            type="button"
            @click=${() => this.#print("card")}
          >
            ${text.print.card}
          </button>
          <button
            class="button"
            part="button"
            type="button"
            @click=${() => this.#print("sheet")}
          >
            ${text.print.sheet}
          </button>
        </div>
      `,
      // Its facts from the prescribing information and the melanoma studies: the frame adds the
      // notes on both marks and both sources to the review record.
      label: true,
      study: true,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "il2-side-effects": Il2SideEffects;
  }
  interface GlobalEventHandlersEventMap {
    "il2-print": CustomEvent<Il2PrintDetail>;
  }
}
