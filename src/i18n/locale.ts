// Which language a card speaks: the registry of loaded locales and the `lang` lookup that
// follows the element's own attribute, then its ancestors (across shadow roots), then the page.
import type { LocaleText } from "./locale-text.js";

/** English ships with every widget; other locales are added by importing their file. */
export const DEFAULT_LOCALE = "en";

const registeredLocales = new Map<string, LocaleText>();

/** Makes a locale available to every card on the page (called by each locale file). */
export function registerLocale(language: string, text: LocaleText): void {
  registeredLocales.set(language.toLowerCase(), text);
}

/** The registered text for a language, or undefined (English is looked up by each widget itself). */
export function registeredText(language: string): LocaleText | undefined {
  return registeredLocales.get(language);
}

/** Languages a card can show right now, English first. */
export function availableLanguages(): string[] {
  return [
    DEFAULT_LOCALE,
    ...[...registeredLocales.keys()].filter(
      (language) => language !== DEFAULT_LOCALE,
    ),
  ];
}

/**
 * The nearest non-empty `lang` at or above `element`, crossing shadow roots so a card inside
 * another component (such as <il2-guide>) inherits its language, up to `<html lang>`; '' when
 * nothing sets one. `from: 'parent'` skips the element's own attribute (a card reads its own
 * `lang` property instead, which is current before Lit reflects it to the attribute).
 */
export function inheritedLangTag(
  element: Element,
  from: "self" | "parent" = "self",
): string {
  let node: Node | null =
    from === "self" ? element : parentAcrossShadow(element);
  while (node) {
    if (node instanceof Element) {
      const tag = node.getAttribute("lang")?.trim();
      if (tag) return tag;
    }
    node = parentAcrossShadow(node);
  }
  return "";
}

/** The parent node, or the host when `node` is a shadow root. */
function parentAcrossShadow(node: Node): Node | null {
  return node instanceof ShadowRoot ? node.host : node.parentNode;
}

/**
 * Server rendering only: the language tag the card being rendered inherits from the HTML around
 * it. There is no DOM on the server to walk up, so prerender() sets it from its parse of the
 * page before each card, and each card sets it for the cards it renders inside itself.
 */
let serverTag = "";

export function setServerInheritedLang(tag: string): void {
  serverTag = tag;
}

export function serverInheritedLang(): string {
  return serverTag;
}

export interface LocaleChoice {
  /** The language to show: a registered one, or English. */
  language: string;
  /** False when a language was asked for that is not available, so English is shown instead. */
  supported: boolean;
}

/** Maps a BCP 47 tag to a loaded language: `es-MX` → `es`; unknown or not loaded → English. */
export function chooseLocale(tag: string): LocaleChoice {
  const primary = tag.split(/[-_]/)[0]?.toLowerCase() ?? "";
  if (!primary || primary === DEFAULT_LOCALE)
    return { language: DEFAULT_LOCALE, supported: true };
  if (registeredLocales.has(primary))
    return { language: primary, supported: true };
  return { language: DEFAULT_LOCALE, supported: false };
}
