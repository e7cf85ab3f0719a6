// Records the title each card shows on its first render, to check that a card shown in a language
// the autoloader fetches never shows English on the way.
window.__firstTitles = {};
for (const tag of ["il2-overview", "il2-assistance", "il2-resources"]) {
  customElements.whenDefined(tag).then(async () => {
    const card = document.querySelector(tag);
    if (!card) return;
    await card.updateComplete;
    window.__firstTitles[tag] = card.shadowRoot
      .querySelector('[part="title"]')
      ?.textContent.trim();
  });
}
