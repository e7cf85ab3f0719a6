// Which language a card speaks: the registry of loaded text (English included: each card class
// registers its own English), the languages that can still be fetched (the autoloader's), and the
// `lang` lookup that follows the element's own attribute, then its ancestors (across shadow roots),
// then the page. It knows no widget: text parts are keyed by name (`common`, `overview`…), and each
// card says which parts it shows. Translation packs (il2-locale-<language>.js, built by
// `il2-widgets locale build`) reach it through a queue on the page (LOCALE_PACKS below).
import { rerenderCards } from "./lang-watcher.js";

/** English is what every card falls back to; each card class registers its own English text. */
export const DEFAULT_LOCALE = "en";

/**
 * Some parts of a language's text, by part name: `common`, and one per widget (`overview`,
 * `selfCheck`…); the whole language's shape is `LocaleText` (src/generated/locale-text.ts).
 */
export type TextParts = object;

/**
 * What dist/il2-autoloader.js offers the cards: the languages it can fetch, and `load`, which
 * fetches the file of one part of one of them (each file once per page, however many cards ask)
 * and resolves with what the file exports: the part under its name, or nothing when the file
 * failed to load (the autoloader names it in the console) or is a translation pack (which
 * registers itself, see LocalePack).
 * It is handed over on the page (under this symbol) because the autoloader shares no module with
 * the cards: it must stay free of Lit, and it is one file whatever copy of the cards runs. What to
 * do with the files is the cards' side (loadText), so the loader every page fetches stays small.
 */
export interface LocaleSource {
  languages: readonly string[];
  load(language: string, key: string): Promise<Record<string, unknown> | void>;
}
export const LOCALE_SOURCE = Symbol.for("il2-widgets.locale-source");

const registeredLocales = new Map<string, TextParts>();

/**
 * A translation pack: a file of data built by `il2-widgets locale build`, served beside whatever
 * copy of the cards the page uses. It imports nothing: it pushes itself onto an array kept on the
 * page under this symbol (`(globalThis[Symbol.for("il2-widgets.locale-packs")] ||= []).push(…)`),
 * so it works loaded before the cards or after them, and with two copies of the cards on a page
 * each copy takes every pack. Only `language` and `text` are read here; the rest of a pack
 * (its review record, the English it translates) is for people and tools.
 */
export interface LocalePack {
  language: string;
  text: TextParts;
}
export const LOCALE_PACKS = Symbol.for("il2-widgets.locale-packs");

let packsTaken = false;

/**
 * Takes the packs already queued, then each pack as it is pushed, re-rendering the cards. Done at
 * the first choice of a language, not when this module loads: a pack then wins over the Spanish
 * that the one-file bundle registers as it loads (a hospital's own reviewed Spanish, say), and a
 * pack loaded later wins too. A malformed pack is skipped: the cards it would have served show
 * English, as for any language that is not there.
 */
function takePacks(): void {
  if (packsTaken) return;
  packsTaken = true;
  const queue = ((globalThis as { [LOCALE_PACKS]?: LocalePack[] })[
    LOCALE_PACKS
  ] ||= []);
  const take = (pack: LocalePack) => {
    try {
      registerLocale(pack.language, pack.text);
    } catch {
      // Not a pack (no language tag): nothing to show from it.
    }
  };
  const push = queue.push;
  queue.forEach(take);
  queue.push = (...packs) => {
    packs.forEach(take);
    rerenderCards();
    return push.apply(queue, packs);
  };
}

const localeSource = () =>
  (globalThis as { [LOCALE_SOURCE]?: LocaleSource })[LOCALE_SOURCE];

/** The language of a BCP 47 tag, lower-cased: `es-MX` → `es`. */
export const primaryLanguage = (tag: string) =>
  (tag.split(/[-_]/)[0] ?? "").toLowerCase();

/**
 * Makes text available to every card on the page: a whole language (`il2-widgets/locales/es`), or
 * some parts of one (each card class registers its own English; the autoloader adds parts as they
 * arrive). Parts given again replace the earlier ones.
 */
export function registerLocale(language: string, text: TextParts): void {
  addText(primaryLanguage(language), text);
}

function addText(language: string, text: TextParts): void {
  // A part's name is its key: `{ overview: {…} }`.
  registeredLocales.set(language, {
    ...registeredLocales.get(language),
    ...text,
  });
}

/** One part of a language's registered text, or undefined. */
export function textPart(language: string, key: string): object | undefined {
  return (
    registeredLocales.get(language) as Record<string, object> | undefined
  )?.[key];
}

/** The parts in `keys` that `language` lacks (none for English, which every card registers). */
export function missingText(language: string, keys: readonly string[]) {
  takePacks();
  return language === DEFAULT_LOCALE
    ? []
    : keys.filter((key) => !textPart(language, key));
}

/** Languages loaded right now, English first (others may still be fetched on demand). */
export function availableLanguages(): string[] {
  takePacks();
  return [
    DEFAULT_LOCALE,
    ...[...registeredLocales.keys()].filter(
      (language) => language !== DEFAULT_LOCALE,
    ),
  ];
}

/**
 * Parts not asked for again: their file failed to load (their cards show English), or their pack
 * has loaded (it registered itself on the page: a part it lacks stays English).
 */
const failedText = new Set<string>();

/**
 * Fetches the parts in `keys` that `language` lacks, when the autoloader offers that language:
 * resolves when they are in (or have failed: the card then shows English); undefined when there
 * is nothing to wait for.
 */
export function loadText(
  language: string,
  keys: readonly string[],
): Promise<unknown> | undefined {
  const source = localeSource();
  const missing = source?.languages.includes(language)
    ? missingText(language, keys).filter(
        (key) => !failedText.has(`${language}/${key}`),
      )
    : [];
  return missing.length
    ? Promise.all(
        missing.map((key) =>
          source!.load(language, key).then((module) => {
            if (module?.[key]) addText(language, { [key]: module[key] });
            else failedText.add(`${language}/${key}`);
          }),
        ),
      )
    : undefined;
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

export interface LocaleChoice {
  /** The language to show: a registered or loadable one, or English. */
  language: string;
  /** False when a language was asked for that is not available, so English is shown instead. */
  supported: boolean;
}

/** Maps a BCP 47 tag to an available language: `es-MX` → `es`; unknown → English. */
export function chooseLocale(tag: string): LocaleChoice {
  takePacks();
  const primary = primaryLanguage(tag);
  if (!primary || primary === DEFAULT_LOCALE)
    return { language: DEFAULT_LOCALE, supported: true };
  if (
    registeredLocales.has(primary) ||
    localeSource()?.languages.includes(primary)
  )
    return { language: primary, supported: true };
  return { language: DEFAULT_LOCALE, supported: false };
}
