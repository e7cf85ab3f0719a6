// Time to the whole guide: records when the bundle's classes are defined and when <il2-guide> and
// the six cards inside it have rendered and been laid out. The bundle's own Resource Timing entry
// says when its bytes arrived, which is where the bundle's work starts.
(() => {
  const result = { done: false };
  window.__guideResult = result;
  customElements
    .whenDefined("il2-guide")
    .then(async () => {
      result.definedAt = performance.now();
      const guide = document.querySelector("il2-guide");
      await window.il2Bench.settle([guide]);
      window.il2Bench.forceLayout(guide);
      result.renderedAt = performance.now();
      window.il2Bench.assertRendered([guide]);
      result.cards = guide.shadowRoot.querySelectorAll(
        window.il2Bench.TAGS.join(","),
      ).length;
      const entry = performance
        .getEntriesByType("resource")
        .find((item) => item.name.endsWith("/dist/il2-widgets.js"));
      if (!entry) throw new Error("no Resource Timing entry for the bundle");
      result.bundleFetchStart = entry.fetchStart;
      result.bundleResponseEnd = entry.responseEnd;
      result.done = true;
    })
    .catch((error) => {
      result.error = String(error?.stack ?? error);
    });
})();
