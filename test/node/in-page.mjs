// What the Node tests measure inside a test page, as functions for Playwright's `page.evaluate`:
// it sends each function's source to the page, so each is self-contained (no imports, no outer
// names) and takes only plain values.

/**
 * Starts counting the page's layout shifts (into `window.__shifts`), then lets two frames pass.
 * Chromium reports a shift a little after the frame that made it: `layoutShiftOf` makes one of
 * its own at the end (a marker moved down) and waits for that report, since reports arrive in
 * order.
 */
export async function watchLayoutShifts() {
  const frames = (count) =>
    new Promise((done) => {
      const next = (left) =>
        left ? requestAnimationFrame(() => next(left - 1)) : done();
      next(count);
    });
  const marker = document.createElement("div");
  marker.style.cssText =
    "position: absolute; top: 0; left: 0; width: 40px; height: 40px; background: gray";
  document.body.append(marker);
  const record = { shift: 0, marker, frames };
  record.markerReported = new Promise((done) => (record.markerSeen = done));
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.sources.some((source) => source.node === marker))
        record.markerSeen();
      else if (!entry.hadRecentInput) record.shift += entry.value;
    }
  }).observe({ type: "layout-shift", buffered: true });
  window.__shifts = record;
  await frames(2);
}

/**
 * Once the card `tag` is defined and rendered: the page's cumulative layout shift since
 * `watchLayoutShifts()`. Throws unless the card rendered exactly once.
 */
export async function layoutShiftOf(tag) {
  const card = document.querySelector(tag);
  await customElements.whenDefined(tag);
  await card.updateComplete;
  const record = window.__shifts;
  await record.frames(2);
  record.marker.style.top = "200px";
  await record.markerReported;
  if (card.shadowRoot.querySelectorAll(".card").length !== 1)
    throw new Error(`<${tag}> is not rendered once`);
  return record.shift;
}

/**
 * What a reader meets in the il2 cards that `selector` finds (only the first with `first`): their
 * visible text (slotted text and the cards inside them included) and their headings, as
 * `level text`.
 */
export function readCards({ selector, first = false }) {
  const headings = [];
  const texts = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = child.textContent.trim();
        if (
          text &&
          child.parentElement?.checkVisibility({ visibilityProperty: true })
        )
          texts.push(text);
      } else if (child.localName === "slot") {
        walk({ childNodes: child.assignedNodes({ flatten: true }) });
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const level =
          /^h([1-6])$/.exec(child.localName)?.[1] ??
          (child.getAttribute("role") === "heading"
            ? child.getAttribute("aria-level")
            : null);
        if (level && child.checkVisibility())
          headings.push(`${level} ${child.textContent.trim()}`);
        walk(child.shadowRoot ?? child);
      }
    }
  };
  const found = first
    ? [document.querySelector(selector)].filter(Boolean)
    : [...document.querySelectorAll(selector)];
  for (const card of found)
    if (card.localName.startsWith("il2-")) walk(card.shadowRoot ?? card);
  return { headings, texts };
}
