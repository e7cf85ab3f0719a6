// "Print this card": prints one card alone, whatever else is on the host page.
// A constructed style sheet (allowed under a strict style-src CSP, unlike a <style> element)
// hides the rest of the page while printing; the marks are removed when printing ends. The card's
// own light-DOM children (a host's slotted contact details) print with it.

const PRINTING = "data-il2-printing";
const TARGET = "data-il2-print-target";
/** Set on each shadow host that contains the target, so containers like <il2-guide> can hide the rest. */
const WITHIN = "data-il2-print-within";

let pageSheet: CSSStyleSheet | undefined;

function printSheet(): CSSStyleSheet {
  if (!pageSheet) {
    pageSheet = new CSSStyleSheet();
    pageSheet.replaceSync(`@media print {
  html[${PRINTING}] body * { visibility: hidden !important; }
  html[${PRINTING}] [${TARGET}], html[${PRINTING}] [${WITHIN}] { visibility: visible !important;
    position: absolute !important; inset-block: 0 auto !important; inset-inline: 0 auto !important; width: 100% !important; margin: 0 !important; }
  html[${PRINTING}] [${TARGET}] * { visibility: visible !important; }
}`);
  }
  return pageSheet;
}

/** The element and every shadow host above it, innermost first. */
function hostChain(element: Element): Element[] {
  const chain = [element];
  let root = element.getRootNode();
  while (root instanceof ShadowRoot) {
    chain.push(root.host);
    root = root.host.getRootNode();
  }
  return chain;
}

/** Opens the browser's print dialog for `element` alone; the page is restored on `afterprint`. */
export function printOnly(element: Element): void {
  const html = document.documentElement;
  const [target, ...containers] = hostChain(element);
  const sheet = printSheet();
  if (!document.adoptedStyleSheets.includes(sheet))
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  html.setAttribute(PRINTING, "");
  target?.setAttribute(TARGET, "");
  containers.forEach((container) => container.setAttribute(WITHIN, ""));

  const restore = () => {
    html.removeAttribute(PRINTING);
    target?.removeAttribute(TARGET);
    containers.forEach((container) => container.removeAttribute(WITHIN));
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter(
      (s) => s !== sheet,
    );
    window.removeEventListener("afterprint", restore);
  };
  window.addEventListener("afterprint", restore);
  window.print();
}
