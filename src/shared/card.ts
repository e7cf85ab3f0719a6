// The base every il2 card extends: language, theme and heading level handling, one-time
// developer warnings, and the shared frame (title, body, care-team note, source line).
import {
  LitElement,
  adoptStyles,
  html,
  isServer,
  render,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from "lit";
import { common as englishCommon } from "../locales/en/common.js";
import {
  DEFAULT_LOCALE,
  availableLanguages,
  chooseLocale,
  inheritedLangTag,
  loadText,
  missingText,
  primaryLanguage,
  registeredText,
  serverInheritedLang,
  setServerInheritedLang,
  type TextKey,
} from "../i18n/locale.js";
import type { LocaleText } from "../i18n/locale-text.js";
import { watchLang, unwatchLang } from "../i18n/lang-watcher.js";
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
import { quote, warnOnce } from "./warn.js";

export interface CardFrame {
  title: string;
  /** A short lead paragraph under the title. */
  lede?: string;
  body: unknown;
  /** Extra footer content before the care-team note (e.g. the FDA-label note). */
  footer?: unknown;
}

/**
 * Whether Lit's hydration support patched LitElement: it gives the class its own
 * `observedAttributes` (adding `defer-hydration`), which LitElement otherwise inherits.
 */
const hydrationInstalled = () =>
  Object.prototype.hasOwnProperty.call(LitElement, "observedAttributes");

export abstract class Il2Card extends LitElement {
  static override styles = [cardStyles];

  /**
   * The parts of the locale text this card shows besides `common` (see LocaleText): what a card
   * waits for when its language is fetched on demand.
   */
  protected static textKeys: readonly TextKey[] = [];

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

  /** Language actually shown (a loaded locale, or English), set before each render. */
  protected language = "en";
  /** Theme after validation. */
  protected appliedTheme: Theme = "light";
  /** Title level after validation. */
  protected titleLevel: HeadingLevel = 2;

  /**
   * True from the moment a pre-rendered card (one that arrived with a declarative shadow root)
   * connects until its first render has adopted the server's DOM.
   */
  #hydrating = false;
  /** The language the server rendered a pre-rendered card in (its first render must match). */
  #serverLanguage: string | undefined;

  /**
   * True while the card must render exactly what the server rendered: on the server itself, and
   * in a pre-rendered card's first render in the browser (hydration keeps the server's text, so
   * that render has to equal it). What only the browser knows (today's date, saved answers,
   * properties set by script) is left out while this is true, and shown right after.
   */
  protected get serverView(): boolean {
    return isServer || this.#hydrating;
  }

  override connectedCallback(): void {
    // A declarative shadow root already here before Lit makes one means the card was pre-rendered.
    if (!this.hasUpdated && this.shadowRoot) {
      if (hydrationInstalled()) {
        this.#hydrating = true;
        this.#serverLanguage =
          this.shadowRoot.querySelector("[lang]")?.getAttribute("lang") ??
          undefined;
      } else {
        // Without Lit's hydration support, Lit would render a second card below the server's.
        this.shadowRoot.replaceChildren();
        this.warn(
          "is pre-rendered, but Lit was loaded before il2-widgets' hydration support, so it is rendered again. Load il2-widgets (or '@lit-labs/ssr-client/lit-element-hydrate-support.js') before any other Lit code.",
        );
      }
    }
    super.connectedCallback();
    watchLang(this);
    // A card moved to another place in the page may inherit another language there.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
  }

  /**
   * Holds the render while the card's language is being fetched (the autoloader's Spanish, on
   * first sight or after a `lang` change), so the card never flashes English on the way; a card
   * whose language is here renders at once, as Lit schedules it.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const fetching = loadText(primaryLanguage(this.#langTag()), this.#textKeys);
    return fetching
      ? fetching.then(() => this.scheduleUpdate())
      : super.scheduleUpdate();
  }

  get #textKeys(): TextKey[] {
    return ["common", ...(this.constructor as typeof Il2Card).textKeys];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.language = this.#resolveLanguage();
    // On the server, cards rendered inside this one (the guide's) inherit its language.
    if (isServer) setServerInheritedLang(this.language);
    if (changed.has("theme")) {
      const theme = parseTheme(this.theme);
      if (!theme.valid)
        this.warn(
          `theme=${quote(this.theme)} is not light, dark or auto; using light.`,
        );
      this.appliedTheme = theme.value;
    }
    if (changed.has("headingLevel")) {
      const level = parseHeadingLevel(this.headingLevel);
      if (!level.valid)
        this.warn(
          `heading-level=${quote(this.headingLevel)} is not 1–6; using 2.`,
        );
      this.titleLevel = level.value;
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    try {
      super.update(changed);
    } catch (error) {
      if (!this.#hydrating) throw error;
      // The pre-rendered HTML does not match this build (another version of the library, or
      // HTML edited by hand): drop it and render afresh, with the styles hydration skipped.
      this.warn(
        "its pre-rendered HTML does not match this version of il2-widgets; rendering it again. Pre-render with the same version as the script.",
      );
      const root = this.renderRoot as ShadowRoot;
      root.replaceChildren();
      adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
      render(this.render(), root, this.renderOptions);
    }
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (!this.#hydrating) return;
    // The server's DOM is adopted: now show what only the browser knows.
    this.#hydrating = false;
    this.hydrated();
  }

  /**
   * Called once after a pre-rendered card has adopted the server's DOM. Cards whose client-only
   * state is derived in `willUpdate` from a changed property re-derive it here.
   */
  protected hydrated(): void {
    this.requestUpdate();
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

  /** Warns the page's developer once, naming this element. */
  protected warn(message: string): void {
    warnOnce(`<${this.localName}> ${message}`);
  }

  /** This widget's strings in the shown language; `english` is the widget's own fallback. */
  protected localized<K extends keyof LocaleText>(
    key: K,
    english: LocaleText[K],
  ): LocaleText[K] {
    return registeredText(this.language)?.[key] ?? english;
  }

  protected get commonText(): LocaleText["common"] {
    return this.localized("common", englishCommon);
  }

  /**
   * The card's own `lang`, else the nearest ancestor's (across shadow roots, up to `<html lang>`).
   * On the server there is no page around the card: prerender() says what the HTML around says.
   * A pre-rendered card's first render speaks the server's language, whatever the page says now
   * (a lang set by script, or HTML pre-rendered apart from its page); the render right after
   * hydration follows the page.
   */
  #langTag(): string {
    if (this.#hydrating && this.#serverLanguage) return this.#serverLanguage;
    const value: unknown = this.lang;
    const own = typeof value === "string" ? value.trim() : "";
    return (
      own ||
      (isServer ? serverInheritedLang() : inheritedLangTag(this, "parent"))
    );
  }

  /**
   * The language to show for #langTag(), else English. The own value is read from the property,
   * which is current here, before Lit reflects it to the attribute. A language that is neither
   * loaded nor loadable shows English with one warning per page (not per card, nor per region tag:
   * `fr` and `fr-CA` warn once), however many cards ask. A loadable language whose text failed to
   * load shows English too: the autoloader has already named the missing file in the console.
   */
  #resolveLanguage(): string {
    const value: unknown = this.lang;
    if (value != null && typeof value !== "string")
      this.warn(`lang=${quote(value)} is not a language tag; ignoring it.`);
    const tag = this.#langTag();
    const choice = chooseLocale(tag);
    if (!choice.supported) {
      warnOnce(
        `<${this.localName}> lang=${quote(tag)} is not available (loaded: ${availableLanguages().join(", ")}); showing English.`,
        `unavailable lang ${primaryLanguage(tag).slice(0, 60)}`,
      );
    }
    return missingText(choice.language, this.#textKeys).length
      ? DEFAULT_LOCALE
      : choice.language;
  }

  /** The frame shared by all cards. Subclasses call it from render(). */
  protected renderCard(frame: CardFrame): TemplateResult {
    const common = this.commonText;
    return html`
      <article
        class="card theme-${this.appliedTheme}"
        part="card"
        lang=${this.language}
        aria-labelledby="title"
      >
        <header class="header">
          ${heading(this.titleLevel, frame.title, { id: "title", part: "title", className: "title" })}
          ${frame.lede ? html`<p class="lede">${frame.lede}</p>` : null}
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
