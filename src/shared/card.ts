// The base every il2 card extends: language (through its LanguageController), theme and heading
// level handling, one-time developer warnings, and the shared frame (title, body, and the footer:
// the marks' notes, the care-team note and the review record with the sources). It knows no widget:
// each card registers its own English and names its text parts.
import {
  html,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from "lit";
import { registerLocale, type TextParts } from "../i18n/locale.js";
import { LanguageController } from "../i18n/language-controller.js";
import type { CommonText } from "../i18n/common-text.js";
import {
  fill,
  fillCount,
  type CountMessage,
  type MessageValues,
} from "../i18n/message.js";
import {
  attributeText,
  parseHeadingLevel,
  parseTheme,
  subheadingLevel,
  type HeadingLevel,
  type Theme,
} from "./attributes.js";
import { heading } from "./heading.js";
import { cardStyles } from "./card-styles.js";
import { HydratingElement } from "./hydrating-element.js";
import { quote } from "./warn.js";
import {
  PACKAGE_CHECK,
  SOURCE_DATES,
  longDay,
  longMonth,
  nextReviewAfter,
  parseReviewDate,
  type CalendarDay,
} from "./review-record.js";

/** Which marks a card shows, so its footer explains them and names their source. */
export interface CardMarks {
  /** Shows `common.labelTag` (facts from the prescribing information): adds `labelNote`. */
  label?: boolean;
  /** Shows numbers from the melanoma studies: adds `studyNote` and the study to the sources. */
  study?: boolean;
}

export interface CardFrame extends CardMarks {
  title: string;
  /** A short lead paragraph under the title. */
  lede?: string;
  body: unknown;
  /** Extra footer content before the shared lines (shown inside the guide too). */
  footer?: unknown;
}

/** Longest reviewer name a host may set: more is refused, so a page cannot flood the footer. */
const MAX_REVIEWER_LENGTH = 200;

/**
 * The shared public API of every il2 card: documented here once, and inherited by each element's
 * entry in custom-elements.json (and so in docs/api.md and the demo).
 *
 * @attr {'light' | 'dark' | 'auto'} theme - Colour theme; `auto` follows the reader's system. Default `light`.
 * @attr {1 | 2 | 3 | 4 | 5 | 6} heading-level - Level of the card title; section headings use the next level. Default 2.
 * @attr {string} lang - Language of the card; inherited from ancestors or the page when not set.
 * @attr {string} reviewed-by - Who reviewed the text for your organisation (e.g. `the Patient
 *   Education Committee, Example Hospital`), shown as plain text, at most 200 characters. With
 *   `reviewed-on`, the card's last line says "Reviewed by … on …" and the next review falls twelve
 *   months after that date, instead of the package's own "Checked against its sources" date. Either
 *   one alone is ignored with a warning. Default: none.
 * @attr {string} reviewed-on - The date of that review, `YYYY-MM-DD`. A malformed or impossible
 *   date is ignored with a warning, and the package's dates are shown.
 *
 * @csspart card - The card's outer box.
 * @csspart title - The card title.
 * @csspart body - The card's main area.
 * @csspart footer - The footer: the notes on the marks, the care-team note and the review record.
 * @csspart care-note - The note to talk with the care team.
 * @csspart source - The review record: when the text was checked (or reviewed by the host's
 *   reviewer), the next review, and the sources with their dates.
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
export abstract class Il2Card extends HydratingElement {
  static override styles = [cardStyles];

  /**
   * The parts of the locale text this card shows besides `common`: its own first, then any other
   * card's it names. What the card waits for when its language is fetched on demand. The
   * registry (src/widgets.ts) lists the same; a test keeps the two equal.
   */
  static textParts: readonly string[] = [];

  /**
   * Makes a card class's English text available to every card (English is registered like any
   * other language, once, by the class that carries it). Called from each card's static block.
   */
  protected static registerEnglish(text: TextParts): void {
    registerLocale("en", text);
  }

  static override properties: PropertyDeclarations = {
    // Reflected only when it is text: Lit would otherwise call setAttribute with whatever a
    // script assigned (a Symbol throws there), and the card would stop updating.
    lang: {
      reflect: true,
      converter: {
        toAttribute: (value: unknown) =>
          typeof value === "string" ? value : null,
      },
    },
    theme: {},
    headingLevel: { attribute: "heading-level", converter: attributeText },
    reviewedBy: { attribute: "reviewed-by" },
    reviewedOn: { attribute: "reviewed-on" },
  };

  /** The language tag; inherited from the nearest ancestor or the page when not set. */
  override lang!: string;

  /** Colour theme: `light`, `dark`, or `auto` to follow the reader's system setting. */
  theme: "light" | "dark" | "auto" = "light";

  /** Heading level (1–6) of the card title; section headings use the next level. */
  headingLevel: 1 | 2 | 3 | 4 | 5 | 6 = 2;

  /**
   * Who reviewed the text for your organisation, as plain text (at most 200 characters). With
   * `reviewed-on`, the card's last line reads "Reviewed by … on …" and the next review falls twelve
   * months later, instead of the package's own dates. Either one alone is ignored with a warning.
   */
  reviewedBy?: string;

  /**
   * The date of that review, `YYYY-MM-DD`. A malformed or impossible date is ignored with a
   * warning, and the package's own dates are shown.
   */
  reviewedOn?: string;

  /**
   * Set by `<il2-guide>` on the cards it holds, before their first render (a property binding in
   * its templates): the guide shows the notes, the care-team note and the review record once, in
   * its own footer, so the card leaves them out. Not reactive: a card stays where it is rendered.
   * @internal
   */
  inGuide?: boolean;

  /**
   * Server rendering only: the language of the HTML around the card, which `prerender()` reads
   * from the page and a card that holds others (the guide) passes down.
   * @internal
   */
  serverInheritedLang?: string;

  /** Theme after validation. */
  protected appliedTheme: Theme = "light";
  /** Title level after validation. */
  protected titleLevel: HeadingLevel = 2;
  /** The host's review, when both its settings are usable; else the package's check is shown. */
  #hostReview: { reviewer: string; date: CalendarDay } | null = null;

  readonly #languages = new LanguageController(
    this,
    ["common", ...(this.constructor as typeof Il2Card).textParts],
    () => this.serverLanguage,
  );

  /** Language actually shown (a loaded locale, or English), set before each render. */
  protected get language(): string {
    return this.#languages.language;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A card moved to another place in the page may inherit another language there.
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override whenReady(): Promise<unknown> | undefined {
    return this.#languages.pending();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#languages.resolve();
    if (changed.has("theme")) {
      const theme = parseTheme(this.theme);
      if (IL2_DEV && !theme.valid)
        this.warn(
          `theme=${quote(this.theme)}`,
          "is not light, dark or auto; using light.",
        );
      this.appliedTheme = theme.value;
    }
    if (changed.has("headingLevel")) {
      const level = parseHeadingLevel(this.headingLevel);
      if (IL2_DEV && !level.valid)
        this.warn(
          `heading-level=${quote(this.headingLevel)}`,
          "is not 1–6; using 2.",
        );
      this.titleLevel = level.value;
    }
    if (changed.has("reviewedBy") || changed.has("reviewedOn"))
      this.#hostReview = this.#parseHostReview(changed);
  }

  /** The host's reviewer and date, both needed; each problem warned about once. */
  #parseHostReview(
    changed: PropertyValues<this>,
  ): { reviewer: string; date: CalendarDay } | null {
    const by: unknown = this.reviewedBy;
    const reviewer = typeof by === "string" ? by.trim() : "";
    const date = parseReviewDate(this.reviewedOn);
    let usable = true;
    if (
      by != null &&
      (typeof by !== "string" || reviewer.length > MAX_REVIEWER_LENGTH)
    ) {
      if (IL2_DEV && changed.has("reviewedBy"))
        this.warn(
          `reviewed-by=${quote(by)}`,
          `is not text of at most ${MAX_REVIEWER_LENGTH} characters; showing the package's own review dates.`,
        );
      usable = false;
    }
    if (!date.valid) {
      if (IL2_DEV && changed.has("reviewedOn"))
        this.warn(
          `reviewed-on=${quote(this.reviewedOn)}`,
          "is not a real YYYY-MM-DD date; showing the package's own review dates.",
        );
      usable = false;
    }
    if (!usable) return null;
    if (reviewer && !date.value) {
      if (IL2_DEV)
        this.warn(
          `reviewed-by=${quote(by)}`,
          "needs reviewed-on (YYYY-MM-DD), the date of that review; showing the package's own review dates.",
        );
      return null;
    }
    if (date.value && !reviewer) {
      if (IL2_DEV)
        this.warn(
          `reviewed-on=${quote(this.reviewedOn)}`,
          "needs reviewed-by, who reviewed the text; showing the package's own review dates.",
        );
      return null;
    }
    return date.value ? { reviewer, date: date.value } : null;
  }

  /** Level for headings inside the card. */
  protected get sectionLevel(): HeadingLevel {
    return subheadingLevel(this.titleLevel);
  }

  /**
   * Moves keyboard focus to the card's title, so a screen reader announces where the reader
   * landed (used by `<il2-guide>`'s contents list). The title becomes focusable by script only.
   */
  async focusTitle(options?: FocusOptions): Promise<void> {
    await this.updateComplete;
    const title = this.renderRoot.querySelector<HTMLElement>("#title");
    if (!title) return;
    title.tabIndex = -1;
    title.focus(options);
  }

  /** One part of the text in the shown language (English when the language lacks it). */
  protected text<T extends object>(key: string): T {
    return this.#languages.text<T>(key);
  }

  protected get commonText(): CommonText {
    return this.text<CommonText>("common");
  }

  /** A message with its `{placeholders}` filled in, numbers written in the card's language. */
  protected say(message: string, values: MessageValues = {}): string {
    return fill(message, values, this.commonText.intlLocale);
  }

  /** The form of a count message for `count`, filled in. */
  protected sayCount(
    message: CountMessage,
    count: number,
    values: MessageValues = {},
  ): string {
    return fillCount(message, count, this.commonText.intlLocale, values);
  }

  /**
   * The review record in words: the check (or the host's review) with the next review, then the
   * sources with their dates (the study's only where the card shows its numbers). One string, so
   * a copied or downloaded list of questions carries it too.
   */
  protected reviewRecord({ study = false }: CardMarks = {}): string {
    const common = this.commonText;
    const locale = common.intlLocale;
    const host = this.#hostReview;
    const checked = host
      ? this.say(common.review.reviewedBy, {
          reviewer: host.reviewer,
          date: longDay(host.date, locale),
        })
      : this.say(common.review.checked, {
          date: longDay(PACKAGE_CHECK, locale),
        });
    const next = this.say(common.review.next, {
      date: longDay(nextReviewAfter(host?.date ?? PACKAGE_CHECK), locale),
    });
    const { sources } = common;
    const list = [
      this.say(sources.page, { date: longMonth(SOURCE_DATES.page, locale) }),
      this.say(sources.label, { date: longMonth(SOURCE_DATES.label, locale) }),
      ...(study ? [this.say(sources.study, { year: SOURCE_DATES.study })] : []),
    ];
    return `${checked} ${next} ${sources.lead} ${list.join("; ")}.`;
  }

  /**
   * The shared lines at the end of a card (or, once, of the guide): the notes on the marks it
   * shows, the care-team note, and the review record.
   */
  protected renderRecord(marks: CardMarks = {}): TemplateResult {
    const common = this.commonText;
    return html`${marks.label ? html`<p class="mark-note">${common.labelNote}</p>` : null}
      ${marks.study ? html`<p class="mark-note">${common.studyNote}</p>` : null}
      <p class="care-note" part="care-note">${common.careTeamNote}</p>
      <p class="source" part="source">${this.reviewRecord(marks)}</p>`;
  }

  /**
   * The frame shared by all cards. Subclasses call it from render(). Its direction is the
   * language's (a right-to-left translation pack sets it), whatever the page around says; a draft
   * translation pack adds its "not reviewed yet" line under the title.
   */
  protected renderCard(frame: CardFrame): TemplateResult {
    // Inside the guide, the guide's own footer holds the shared lines once.
    const shared = this.inGuide ? null : this.renderRecord(frame);
    const common = this.commonText;
    return html`
      <article
        class="card theme-${this.appliedTheme}"
        part="card"
        lang=${this.language}
        dir=${common.dir ?? "ltr"}
        aria-labelledby="title"
      >
        <header class="header">
          ${heading(this.titleLevel, frame.title, { id: "title", part: "title", className: "title" })}
          ${frame.lede ? html`<p class="lede">${frame.lede}</p>` : null}
          ${
            common.draftNote
              ? html`<p class="draft-note">${common.draftNote}</p>`
              : null
          }
        </header>
        <div class="body" part="body">${frame.body}</div>
        ${
          shared || frame.footer
            ? html`<footer class="footer" part="footer">
                ${frame.footer} ${shared}
              </footer>`
            : null
        }
      </article>
    `;
  }
}
