// dist/il2-autoloader.js: finds il2 elements in the page, now and later, and imports only what
// they need from chunks/ next to its own URL: each element's code once, Lit and the card base
// once for all of them, a language's text only for a card shown in that language, and Lit's
// hydration support only on a page with a pre-rendered card. It holds no Lit and no card code,
// so that the hydration support can run before any element is defined.
//
// It imports types only: a module it shared with the cards would land in this file, and the cards
// would import it from here.
import type { LocaleSource, TextParts } from "./i18n/locale.js";

/**
 * Written in at build time from the registry (src/widgets.ts; see vite.config.ts): each tag with
 * the text parts it shows besides `common` (the self-check names other cards by their titles), and
 * the tags <il2-guide> holds: its chunk defines them too, and it shows their titles.
 */
declare const IL2_LOADER_TABLE: {
  text: Record<string, string[]>;
  held: string[];
};
const { text: TEXT, held: HELD } = IL2_LOADER_TABLE;
const TAGS = Object.keys(TEXT);
const GUIDE = "il2-guide";
/**
 * Translation packs the page has (il2-locale-<language>.js, from `il2-widgets locale build`),
 * named on a script tag, usually the autoloader's own: `data-il2-locales="vi ar"` (lower case, as
 * a card's language is matched lower-cased). They are beside the autoloader, or in the folder
 * `data-il2-locale-path` names (relative to the page).
 */
const packScript = document.querySelector<HTMLScriptElement>(
  "script[data-il2-locales]",
);
const PACKS: string[] = packScript?.dataset.il2Locales?.match(/\S+/g) ?? [];
/**
 * Languages besides English; each widget's text in one is chunks/<language>/<key>.js, or a
 * language's whole text one pack.
 */
const LANGUAGES = ["es", ...PACKS];
const SELECTOR = TAGS.join();
/** The hand-over to the cards (LOCALE_SOURCE in i18n/locale.ts); also marks a running autoloader. */
const LOCALE_SOURCE = Symbol.for("il2-widgets.locale-source");
/** Shared with define-element.ts: one warning per page, whichever copy notices. */
const WARNED = Symbol.for("il2-widgets.warned-about-second-copy");

interface Autoloader extends LocaleSource {
  discover(root: ParentNode): void;
}
const page = globalThis as typeof globalThis & {
  [LOCALE_SOURCE]?: Autoloader;
  [WARNED]?: boolean;
};

/** Where the chunks are: next to this file, wherever the host serves it. (A variable, so that Vite leaves the URL alone.) */
const base = import.meta.url;
const packFolder = new URL(
  packScript?.dataset.il2LocalePath ?? base,
  document.baseURI,
);
const chunks = new Map<string, Promise<Record<string, unknown> | void>>();
/**
 * Imports chunks/<name>.js once (or, given a whole URL, that file: a pack). A failure is one
 * console error naming the file; the rest goes on.
 */
function load(name: string) {
  let chunk = chunks.get(name);
  if (!chunk) {
    const url = name.includes(":")
      ? name
      : new URL(`chunks/${name}.js`, base).href;
    chunk = import(/* @vite-ignore */ url).catch((error: unknown) =>
      console.error(`[il2-widgets] Could not load ${url}: ${String(error)}`),
    );
    chunks.set(name, chunk);
  }
  return chunk;
}

function warnSecondCopy(): void {
  if (page[WARNED]) return;
  page[WARNED] = true;
  console.warn(
    "[il2-widgets] il2-autoloader.js: il2-widgets is loaded more than once; the first copy stays in use.",
  );
}

/** The primary language an element will show: its own `lang`, else the nearest ancestor's (across shadow roots). */
function languageOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    const tag = node instanceof Element && node.getAttribute("lang")?.trim();
    if (tag) return tag.split(/[-_]/)[0]!.toLowerCase();
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return "";
}

const requested = new Set<string>();
/** Resolves once Lit may be loaded: after its hydration support when the page has a pre-rendered card. */
let hydration: Promise<unknown> | undefined;

function found(elements: Element[]): void {
  // Lit's hydration support must run before any element is defined, so it is decided on the first
  // elements found: an undefined one that already has a shadow root was pre-rendered
  // (Declarative Shadow DOM).
  // (A defined element's shadow root may be its own render, by another copy of il2-widgets.)
  if (!hydration && elements.length)
    hydration = elements.some(
      (element) => element.shadowRoot && !customElements.get(element.localName),
    )
      ? load("hydration")
      : Promise.resolve();
  for (const element of elements) {
    const tag = element.localName;
    const language = languageOf(element);
    // The text first, so the card's first paint is in its language (the card waits for it too).
    if (LANGUAGES.includes(language))
      for (const key of new Set([
        "common",
        ...(TEXT[tag] ?? []),
        ...(tag === GUIDE ? HELD.flatMap((held) => TEXT[held]!) : []),
      ]))
        void load(textFile(language, key));
    if (requested.has(tag)) continue;
    // The guide's chunk defines the cards it holds too.
    for (const defined of tag === GUIDE ? [tag, ...HELD] : [tag])
      requested.add(defined);
    // Defined by another copy (the one-file bundle, or an app's own import): that copy serves it.
    if (customElements.get(tag)) warnSecondCopy();
    else void hydration!.then(() => load(tag));
  }
  if (requested.size === TAGS.length) observer.disconnect();
}

const observer = new MutationObserver((records) => {
  for (const record of records)
    for (const node of record.addedNodes)
      if (node instanceof Element)
        found([
          ...(node.matches(SELECTOR) ? [node] : []),
          ...node.querySelectorAll(SELECTOR),
        ]);
});

function discoverIn(root: ParentNode): void {
  found([...root.querySelectorAll(SELECTOR)]);
  if (requested.size < TAGS.length)
    observer.observe(root, { childList: true, subtree: true });
}

/**
 * Looks for il2 elements in `root`, now and whenever some are added: for the shadow roots of a
 * host's own components, which the autoloader cannot see into. The document itself is watched
 * from the start. With two copies of the autoloader on a page, the first one does the work.
 */
export function discover(root: ParentNode): void {
  page[LOCALE_SOURCE]?.discover(root);
}

/**
 * A part's file: chunks/<language>/<part in kebab-case>.js (`selfCheck` → `es/self-check`), or
 * the language's pack, which holds every part.
 */
const textFile = (language: string, key: string) =>
  PACKS.includes(language)
    ? new URL(`il2-locale-${language}.js`, packFolder).href
    : `${language}/${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

/**
 * Parts not asked for again: their file failed to load (their cards show English), or their pack
 * has loaded (it registered itself on the page: a part it lacks stays English).
 */
const failedText = new Set<string>();

/** LocaleSource.load: the text files a card waits for, registered with `add` as they arrive. */
function loadText(
  language: string,
  keys: string[],
  add: (language: string, text: TextParts) => void,
) {
  const wanted = LANGUAGES.includes(language)
    ? keys.filter((key) => !failedText.has(`${language}/${key}`))
    : [];
  return wanted.length
    ? Promise.all(
        wanted.map((key) =>
          load(textFile(language, key)).then((module) => {
            if (module?.[key]) add(language, { [key]: module[key] });
            else failedText.add(`${language}/${key}`);
          }),
        ),
      )
    : undefined;
}

if (page[LOCALE_SOURCE]) warnSecondCopy();
else {
  page[LOCALE_SOURCE] = {
    languages: LANGUAGES,
    load: loadText,
    discover: discoverIn,
  };
  discoverIn(document);
}
