// The print preview: a copy of the card on screen that follows the card's own print rules.
//
// A page cannot switch one element to print media, so the preview rewrites that copy's style
// sheets the way the print medium reads them: each `@media print` block's rules apply as they
// are, rules for screens only are left out, everything else stays. The rules are the card's own
// (read from its shadow roots, nested cards included), so the preview cannot drift from them;
// test/demo-print-preview.test.ts compares it with the same card under real print emulation.
// Conditions other than the media type (`(prefers-reduced-motion)`…) are still judged by the
// screen, and page breaks are not shown.

/**
 * What a media query list means on paper: null when it never applies to print, '' when it
 * always does, else the conditions to keep (`print and (min-width: 5in)` → `(min-width: 5in)`).
 */
export function printMediaText(mediaText: string): string | null {
  const kept: string[] = [];
  for (const query of mediaText.split(",")) {
    const text = query.trim();
    if (!text) continue;
    const typed = /^(?:(only|not)\s+)?([a-z-]+)(?:\s+and\s+(.+))?$/i.exec(text);
    // A bare condition, `(forced-colors: active)`: the same on paper as on screen.
    if (!typed) {
      kept.push(text);
      continue;
    }
    const [, modifier = "", type = "", condition = ""] = typed;
    const onPaper = ["all", "print"].includes(type.toLowerCase());
    if (modifier.toLowerCase() === "not") {
      // `not screen` always holds on paper; `not print and (x)` holds where (x) does not.
      if (!onPaper) return "";
      if (condition) kept.push(`not all and ${condition}`);
      continue;
    }
    if (!onPaper) continue;
    if (!condition) return "";
    kept.push(condition);
  }
  return kept.length ? kept.join(", ") : null;
}

const groupingRule = (rule: CSSRule): rule is CSSGroupingRule =>
  rule instanceof CSSSupportsRule ||
  (typeof CSSContainerRule !== "undefined" &&
    rule instanceof CSSContainerRule) ||
  (typeof CSSLayerBlockRule !== "undefined" &&
    rule instanceof CSSLayerBlockRule);

/** The CSS text of `rules` as the print medium applies them. */
export function printRulesText(rules: CSSRuleList): string {
  let text = "";
  for (const rule of rules) {
    if (rule instanceof CSSMediaRule) {
      const media = printMediaText(rule.media.mediaText);
      if (media === "") text += printRulesText(rule.cssRules);
      else if (media !== null)
        text += `@media ${media} {\n${printRulesText(rule.cssRules)}}\n`;
    } else if (groupingRule(rule)) {
      const prelude = rule.cssText.slice(0, rule.cssText.indexOf("{"));
      text += `${prelude}{\n${printRulesText(rule.cssRules)}}\n`;
    } else {
      text += `${rule.cssText}\n`;
    }
  }
  return text;
}

const printSheets = new WeakMap<CSSStyleSheet, CSSStyleSheet>();
const printCopies = new WeakSet<CSSStyleSheet>();

/** A constructed sheet with `sheet`'s rules as printed (made once per sheet, then shared). */
function printSheetFor(sheet: CSSStyleSheet): CSSStyleSheet {
  let copy = printSheets.get(sheet);
  if (!copy) {
    copy = new CSSStyleSheet();
    copy.replaceSync(printRulesText(sheet.cssRules));
    printSheets.set(sheet, copy);
    printCopies.add(copy);
  }
  return copy;
}

type Updating = Element & { updateComplete?: Promise<unknown> };

/**
 * Shows `element` (a card) with its print rules, and every card inside it. Waits for each to
 * render first, so cards drawn by a container (the guide's five) are included.
 */
export async function showAsPrinted(element: Element): Promise<void> {
  await (element as Updating).updateComplete;
  const root = element.shadowRoot;
  if (!root) return;
  // Lit adopts its styles as constructed sheets; a browser without them gets <style> elements.
  const sheets = root.adoptedStyleSheets;
  if (sheets.length && !sheets.some((sheet) => printCopies.has(sheet)))
    root.adoptedStyleSheets = sheets.map(printSheetFor);
  for (const style of root.querySelectorAll("style")) {
    if (style.sheet && !style.dataset.printPreview) {
      style.textContent = printRulesText(style.sheet.cssRules);
      style.dataset.printPreview = "";
    }
  }
  await Promise.all(
    [...root.querySelectorAll("*")]
      .filter((inner) => inner.shadowRoot)
      .map((inner) => showAsPrinted(inner)),
  );
}
