// A card's language as a Lit reactive controller: which language it shows, the text parts it needs
// in that language (fetched on demand when the autoloader offers them), and re-rendering when any
// `lang` it inherits changes. A card holds one; it knows no widget, only the part names it is given.
import { isServer, type ReactiveController } from "lit";
import {
  DEFAULT_LOCALE,
  availableLanguages,
  chooseLocale,
  inheritedLangTag,
  loadText,
  missingText,
  primaryLanguage,
  textPart,
} from "./locale.js";
import { unwatchLang, watchLang } from "./lang-watcher.js";
import { quote, warnOnce } from "../shared/warn.js";

/** What the controller needs of its card. */
export interface LanguageHost extends HTMLElement {
  addController(controller: ReactiveController): void;
  requestUpdate(): void;
  /** The card's own `lang` property, which may hold anything a script assigned. */
  lang: string;
  /** Server rendering only: the language of the HTML (or the card) around this one. */
  serverInheritedLang?: string;
}

export class LanguageController implements ReactiveController {
  readonly #host: LanguageHost;
  readonly #parts: readonly string[];
  readonly #serverLanguage: () => string | undefined;

  /** The language shown (a loaded one, or English); set by `resolve()` before each render. */
  language = DEFAULT_LOCALE;

  /**
   * @param parts the text parts the card shows: `common` and its own (and any other it names)
   * @param serverLanguage while a pre-rendered card hydrates, the language the server used
   */
  constructor(
    host: LanguageHost,
    parts: readonly string[],
    serverLanguage: () => string | undefined,
  ) {
    this.#host = host;
    this.#parts = parts;
    this.#serverLanguage = serverLanguage;
    host.addController(this);
  }

  hostConnected(): void {
    watchLang(this.#host);
  }

  hostDisconnected(): void {
    unwatchLang(this.#host);
  }

  /**
   * The card's own `lang`, else the nearest ancestor's (across shadow roots, up to `<html lang>`).
   * On the server there is no page around the card: prerender() (or the card around this one)
   * says what the HTML around says. A pre-rendered card's first render speaks the server's
   * language, whatever the page says now; the render right after hydration follows the page.
   */
  #langTag(): string {
    const server = this.#serverLanguage();
    if (server) return server;
    const value: unknown = this.#host.lang;
    const own = typeof value === "string" ? value.trim() : "";
    return (
      own ||
      (isServer
        ? (this.#host.serverInheritedLang ?? "")
        : inheritedLangTag(this.#host, "parent"))
    );
  }

  /** The text still being fetched for the card's language, if any: the card's update waits for it. */
  pending(): Promise<unknown> | undefined {
    return loadText(primaryLanguage(this.#langTag()), this.#parts);
  }

  /**
   * Sets `language` for the coming render. The own value is read from the property, which is
   * current here, before Lit reflects it to the attribute. A language that is neither loaded nor
   * loadable shows English with one warning per page (not per card, nor per region tag: `fr` and
   * `fr-CA` warn once). A loadable language whose text failed to load shows English too: the
   * autoloader has already named the missing file in the console.
   */
  resolve(): string {
    const host = this.#host;
    const value: unknown = host.lang;
    if (IL2_DEV && value != null && typeof value !== "string")
      warnOnce(
        `<${host.localName}> lang=${quote(value)} is not a language tag; ignoring it.`,
      );
    const tag = this.#langTag();
    const choice = chooseLocale(tag);
    if (IL2_DEV && !choice.supported) {
      warnOnce(
        `<${host.localName}> lang=${quote(tag)} is not available (loaded: ${availableLanguages().join(", ")}); showing English.`,
        `unavailable lang ${primaryLanguage(tag).slice(0, 60)}`,
      );
    }
    this.language = missingText(choice.language, this.#parts).length
      ? DEFAULT_LOCALE
      : choice.language;
    return this.language;
  }

  /**
   * One text part in the shown language, else in English (which each card class registers). The
   * type is the caller's: each card asks for its own parts, whose shapes it knows.
   */
  text<T extends object>(key: string): T {
    return (textPart(this.language, key) ??
      textPart(DEFAULT_LOCALE, key) ??
      {}) as T;
  }
}
