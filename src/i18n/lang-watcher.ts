// Re-renders connected cards when any `lang` attribute they may inherit from changes, so switching
// the page language at run time switches every card. One observer serves all cards.
//
// A MutationObserver on the document sees the light DOM only, so the observer also watches every
// shadow root a card sits in (and the shadow roots around those): a card inside <il2-guide>, or
// inside a host's own component, then follows a `lang` set inside that component too. A card's
// own `lang` needs no observer: it is a reactive property. A translation pack that arrives after
// the cards re-renders them through here too (src/i18n/locale.ts).

interface Renderable {
  requestUpdate(): void;
}

const OPTIONS: MutationObserverInit = {
  attributes: true,
  attributeFilter: ["lang"],
  subtree: true,
};

const watchingCards = new Set<Renderable>();
let observer: MutationObserver | undefined;
/** Shadow roots already observed (the document is observed once, when the observer starts). */
let observedRoots = new WeakSet<ShadowRoot>();

/** Re-renders every connected card: a `lang` changed, or a translation pack arrived. */
export const rerenderCards = () =>
  watchingCards.forEach((watching) => watching.requestUpdate());

export function watchLang(card: Renderable & Node): void {
  watchingCards.add(card);
  if (typeof MutationObserver === "undefined") return;
  if (!observer) {
    observer = new MutationObserver(rerenderCards);
    observer.observe(document.documentElement, OPTIONS);
  }
  for (
    let root = card.getRootNode();
    root instanceof ShadowRoot;
    root = root.host.getRootNode()
  ) {
    if (observedRoots.has(root)) break;
    observedRoots.add(root);
    observer.observe(root, OPTIONS);
  }
}

export function unwatchLang(card: Renderable): void {
  watchingCards.delete(card);
  if (watchingCards.size === 0) {
    observer?.disconnect();
    observer = undefined;
    observedRoots = new WeakSet();
  }
}
