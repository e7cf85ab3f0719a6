// Puts every widget of the registry (src/widgets.ts) into a host page (a same-origin script, so the
// strict CSP page allows it). `?copies=N` repeats the set N times. The test server writes the
// registry's tags in below (web-test-runner.config.mjs): an import of the registry would be one
// more request than a host page makes.
const copies = Number(new URLSearchParams(location.search).get("copies") ?? 1);
const main = document.querySelector("main");
for (let copy = 0; copy < copies; copy += 1) {
  for (const tag of IL2_WIDGET_TAGS) main.append(document.createElement(tag));
}
