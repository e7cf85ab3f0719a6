// dist/il2-autoloader.js: finds il2 elements in the page, now and later, and imports only what
// they need from chunks/ next to its own URL: each element's code once, Lit and the card base
// once for all of them, a language's text only for a card shown in that language, and Lit's
// hydration support only on a page with a pre-rendered card. It holds no Lit and no card code,
// so that the hydration support can run before any element is defined.
//
// One round trip after this file: it asks for an element's chunk and every chunk that one imports
// at once (from a list the build writes in), instead of finding them one import after another.
//
// A pre-rendered card (one with a declarative shadow root) is complete without script, so its
// code waits until it is needed (`defer-hydration` holds Lit back until then): a read-only card's
// until the page changes it (an attribute, or a `lang` it inherits) or the reader focuses or points
// at it; an interactive card's also when it comes within about one screen of the viewport. Until
// then its controls stay hidden, as without script (card-styles.ts), so no action is lost.
//
// It imports types only: a module it shared with the cards would land in this file, and the cards
// would import it from here.
import type { LocaleSource } from "./i18n/locale.js";

/**
 * Written in at build time from the registry (src/widgets.ts) and the chunks (see loaderTable() in
 * vite.config.ts). For each tag: the text parts it shows besides `common` (the self-check names
 * other cards by their titles; the guide shows every card's), the chunks fetched with its own (its
 * imports, direct or not, by file name without `.js`: `core-Ab12Cd34`; the guide's include the
 * chunks of the cards it holds, which it defines too), and `1` for a card that is read-only
 * pre-rendered. `hydration` has the chunks of Lit's hydration support.
 */
declare const IL2_LOADER: Record<
  string,
  [text: string, chunks: string, readOnly?: 1]
>;
const TABLE = IL2_LOADER;
/** An element's chunk (`il2-overview`), not a shared one (named by its hash) nor `hydration`. */
const isElement = (name: string) => name.startsWith("il2-");
const TAGS = Object.keys(TABLE).filter(isElement);
const textOf = (tag: string) => TABLE[tag]![0].split(" ");
const chunksOf = (name: string) => TABLE[name]?.[1].split(" ") ?? [];
const GUIDE = "il2-guide";
/** The cards the guide holds: its chunk imports theirs, and defines them. */
const HELD = chunksOf(GUIDE).filter(isElement);
const DEFER = "defer-hydration";
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
/**
 * Shared with lit-internals.ts: a held pre-rendered card's host element as the server saw it (a
 * copy without children, made when the card is held), so that the card can adopt the server's
 * markup with the server's attribute values before it shows a change the page made meanwhile.
 */
const SERVER_HOST = Symbol.for("il2-widgets.server-host");

interface Autoloader extends LocaleSource {
  discover(root: ParentNode): void;
}
const page = globalThis as typeof globalThis & {
  [LOCALE_SOURCE]?: Autoloader;
  [WARNED]?: boolean;
};
type Held = Element & { [SERVER_HOST]?: Node };

/** Where the chunks are: next to this file, wherever the host serves it. (A variable, so that Vite leaves the URL alone.) */
const base = import.meta.url;
const packFolder = new URL(
  packScript?.dataset.il2LocalePath ?? base,
  document.baseURI,
);
const chunks = new Map<string, Promise<Record<string, unknown> | void>>();
/** Imports chunks/<name>.js once (or, given a whole URL, that file: a pack). A failure is one console error naming the file; the rest goes on. */
function load(name: string) {
  let chunk = chunks.get(name);
  if (!chunk) {
    const url = name.includes(":")
      ? name
      : new URL(`chunks/${name}.js`, base).href;
    chunk = import(/* @vite-ignore */ url).catch((error: unknown) =>
      console.error("[il2-widgets] Could not load", url, error),
    );
    chunks.set(name, chunk);
  }
  return chunk;
}

/** In development builds: a reader's page has no use for the warning. */
function warnSecondCopy(): void {
  if (!IL2_DEV || page[WARNED]) return;
  page[WARNED] = true;
  console.warn(
    "[il2-widgets] il2-autoloader.js: loaded more than once; the first copy stays in use.",
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

/**
 * Whether a pre-rendered card is to show another language than the one the server rendered it in
 * (one this page can fetch, else English): the page around says so.
 */
const relanguaged = (element: Element) => {
  const language = languageOf(element);
  return (
    (LANGUAGES.includes(language) ? language : "en") !==
    element.shadowRoot!.querySelector<HTMLElement>("[lang]")?.lang
  );
};

/**
 * For each tag asked for, the chunk that defines it ("": another copy of il2-widgets did, the
 * one-file bundle or an app's own import, and that copy serves it).
 */
const requested = new Map<string, string>();
/**
 * Whether the page has pre-rendered cards (decided on the first il2 elements found): then Lit's
 * hydration support comes before any element's code.
 */
let prerendered: boolean | undefined;
/** Held pre-rendered cards. */
const held = new Set<Element>();
/** Brings interactive held cards their code when they come within a screen of the viewport. */
let near: IntersectionObserver | undefined;
const seen = new WeakSet<Element>();

/** An element's text and code; a held card's, when it is needed. */
function want(element: Element): void {
  held.delete(element);
  const tag = element.localName;
  const language = languageOf(element);
  // The text first, so the card's first paint is in its language (the card waits for it too).
  if (LANGUAGES.includes(language))
    for (const key of ["common", ...textOf(tag)])
      void load(textFile(language, key));
  let chunk = requested.get(tag);
  if (chunk === undefined) {
    // A guide before anything else, on a page without pre-rendered cards: one file holds it all
    // (chunks/il2-guide-all.js), one request where its chunks are fourteen.
    chunk = customElements.get(tag)
      ? ""
      : tag === GUIDE && !requested.size && !prerendered
        ? `${GUIDE}-all`
        : tag;
    if (!chunk) warnSecondCopy();
    // The guide's chunk defines the cards it holds too.
    for (const defined of tag === GUIDE ? [tag, ...HELD] : [tag])
      requested.set(defined, chunk);
  }
  if (chunk) {
    // Every chunk the element's chunk imports, and the hydration support's, at once: they define
    // no element, so they may run before the support. The cards' chunks (the guide's) do, so on a
    // page with pre-rendered cards they wait for it, as the element's own chunk does.
    for (const file of [
      ...(prerendered ? chunksOf("hydration") : []),
      ...chunksOf(chunk),
    ])
      if (!(prerendered && isElement(file))) void load(file);
    void Promise.resolve(prerendered && load("hydration"))
      .then(() => load(chunk))
      .then(() => element.removeAttribute(DEFER));
  }
}

/**
 * Holds a pre-rendered card's code until it is needed: Lit leaves the card as the server wrote
 * it while it has `defer-hydration`, even once its element is defined for another card.
 */
function hold(element: Held): void {
  element[SERVER_HOST] = element.cloneNode();
  element.setAttribute(DEFER, "");
  held.add(element);
  // A change the page makes to the card: see the observer.
  observer.observe(element, { attributes: true });
  if (relanguaged(element)) want(element);
  else {
    // An interactive card's code comes before the reader gets there.
    if (!TABLE[element.localName]![2])
      (near ??= new IntersectionObserver(
        (entries) => {
          for (const { isIntersecting, target } of entries)
            if (isIntersecting) want(target);
        },
        // One screen's height above and below the viewport (of a page in a frame: the frame's own
        // viewport clips what is further, so there it loads on the screen).
        { rootMargin: "100%" },
      )).observe(element);
    // Any card's, read-only ones too, at the reader's first focus or pointer on it: a read-only
    // card's few controls (the ask tool's "Add this to my questions", print, expand all) need its
    // code, and a reader reaching for one is about to use it.
    for (const type of ["focusin", "pointerover"])
      element.addEventListener(type, () => held.has(element) && want(element));
  }
}

function found(elements: Element[]): void {
  // Lit's hydration support must run before any element is defined, so it is decided on the first
  // elements found: an undefined one that already has a shadow root was pre-rendered
  // (Declarative Shadow DOM).
  // (A defined element's shadow root may be its own render, by another copy of il2-widgets.)
  const isPrerendered = (element: Element) =>
    element.shadowRoot && !customElements.get(element.localName);
  if (prerendered === undefined && elements.length)
    prerendered = elements.some(isPrerendered);
  for (const element of elements)
    if (!seen.has(element)) {
      seen.add(element);
      if (prerendered && isPrerendered(element)) hold(element);
      else want(element);
    }
}

/**
 * Cards added to the page; an attribute of a held card changed (the change takes effect with the
 * code); a `lang` changed anywhere (a held card that now shows another language needs its code).
 */
const observer = new MutationObserver((records) => {
  for (const { target, addedNodes } of records) {
    for (const node of addedNodes)
      if (node instanceof Element)
        found([
          ...(node.matches(SELECTOR) ? [node] : []),
          ...node.querySelectorAll(SELECTOR),
        ]);
    if (held.has(target as Element)) want(target as Element);
  }
  for (const element of held) if (relanguaged(element)) want(element);
});

function discoverIn(root: ParentNode): void {
  found([...root.querySelectorAll(SELECTOR)]);
  observer.observe(root, {
    childList: true,
    subtree: true,
    attributeFilter: ["lang"],
  });
}

/**
 * Looks for il2 elements in `root`, now and whenever some are added: for the shadow roots of a
 * host's own components, which the autoloader cannot see into. The document itself is watched
 * from the start. With two copies of the autoloader on a page, the first one does the work.
 */
export function discover(root: ParentNode): void {
  page[LOCALE_SOURCE]?.discover(root);
}

/** A part's file: chunks/<language>/<part>.js (`es/selfCheck`), or the language's pack, which holds every part. */
const textFile = (language: string, key: string) =>
  PACKS.includes(language)
    ? new URL(`il2-locale-${language}.js`, packFolder).href
    : `${language}/${key}`;

if (page[LOCALE_SOURCE]) warnSecondCopy();
else {
  page[LOCALE_SOURCE] = {
    languages: LANGUAGES,
    load: (language, key) => load(textFile(language, key)),
    discover: discoverIn,
  };
  discoverIn(document);
}
