// Re-renders connected cards when any `lang` attribute in the page changes, so switching the
// page language at run time switches every card. One observer serves all cards.

interface Renderable {
  requestUpdate(): void;
}

const watchingCards = new Set<Renderable>();
let observer: MutationObserver | undefined;

export function watchLang(card: Renderable): void {
  watchingCards.add(card);
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => watchingCards.forEach((watching) => watching.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

export function unwatchLang(card: Renderable): void {
  watchingCards.delete(card);
  if (watchingCards.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}
