// The base every il2 card extends: language (through its LanguageController), theme and heading
// level handling, one-time developer warnings, and the shared frame (title, body, care-team note,
// source line). It knows no widget: each card registers its own English and names its text parts.
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

export interface CardFrame {
  title: string;
  /** A short lead paragraph under the title. */
  lede?: string;
  body: unknown;
  /** Extra footer content before the care-team note (e.g. the FDA-label note). */
  footer?: unknown;
}

/**
 * The shared public API of every il2 card: documented here once, and inherited by each element's
 * entry in custom-elements.json (and so in docs/api.md and the demo).
 *
 * @attr {'light' | 'dark' | 'auto'} theme - Colour theme; `auto` follows the reader's system. Default `light`.
 * @attr {1 | 2 | 3 | 4 | 5 | 6} heading-level - Level of the card title; section headings use the next level. Default 2.
 * @attr {string} lang - Language of the card; inherited from ancestors or the page when not set.
 *
 * @csspart card - The card's outer box.
 * @csspart title - The card title.
 * @csspart body - The card's main area.
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
  };

  /** The language tag; inherited from the nearest ancestor or the page when not set. */
  override lang!: string;

  /** Colour theme: `light`, `dark`, or `auto` to follow the reader's system setting. */
  theme: "light" | "dark" | "auto" = "light";

  /** Heading level (1–6) of the card title; section headings use the next level. */
  headingLevel: 1 | 2 | 3 | 4 | 5 | 6 = 2;

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
   * The frame shared by all cards. Subclasses call it from render(). Its direction is the
   * language's (a right-to-left translation pack sets it), whatever the page around says; a draft
   * translation pack adds its "not reviewed yet" line under the title.
   */
  protected renderCard(frame: CardFrame): TemplateResult {
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
        <footer class="footer" part="footer">
          ${frame.footer}
          <p class="care-note" part="care-note">${common.careTeamNote}</p>
          <p class="source" part="source">${common.sourceLine}</p>
        </footer>
      </article>
    `;
  }
}
