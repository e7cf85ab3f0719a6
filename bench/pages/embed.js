// One embed on a page, as a host writes it: `?embed=autoloader|bundle&tag=il2-overview&lang=es`
// puts the element in the page (in a section with that lang) and then the script, and records
// when everything has rendered and which script files the page fetched, with their sizes on the
// wire (the bench server gzips them).
(() => {
  const query = new URLSearchParams(location.search);
  const tag = query.get("tag") ?? "il2-overview";
  const stage = document.getElementById("stage");
  if (query.get("lang")) stage.lang = query.get("lang");
  const element = document.createElement(tag);
  stage.append(element);
  const script = document.createElement("script");
  script.type = "module";
  script.src =
    query.get("embed") === "bundle"
      ? "/dist/il2-widgets.js"
      : "/dist/il2-autoloader.js";
  document.body.append(script);

  const result = { done: false };
  window.__embedResult = result;
  customElements
    .whenDefined(tag)
    .then(async () => {
      await window.il2Bench.settle([element]);
      window.il2Bench.forceLayout(stage);
      result.renderedAt = performance.now();
      window.il2Bench.assertRendered([element]);
      result.title = element.shadowRoot
        .querySelector('[part~="title"], [part~="guide-title"]')
        .textContent.trim();
      result.scripts = performance
        .getEntriesByType("resource")
        .filter((entry) => /\/dist\/.*\.js$/.test(entry.name))
        .map((entry) => ({
          path: new URL(entry.name).pathname,
          bytes: entry.encodedBodySize,
        }));
      result.done = true;
    })
    .catch((error) => {
      result.error = String(error?.stack ?? error);
    });
})();
