// What the pre-rendering policy is made of, without Node: each card's <style> block text and the
// strict policy they are added to. csp.ts hashes the texts with node:crypto; the demo's
// paste-ready worker (demo/paste-ready-worker.ts) hashes the same texts with Web Crypto in a
// browser, so both give the very same policy line.
import type { CSSResultOrNative } from "lit";
import { ELEMENTS } from "./elements.js";

/**
 * The strict policy for script-tag embeds (docs/embedding.md, CSP section): scripts and styles from the
 * page's own origin only, and Trusted Types with Lit's one policy.
 */
export const STRICT_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** The text of the `<style>` block Lit's server renderer writes for an element class. */
function styleBlockText(elementClass: CustomElementConstructor): string {
  const styles = (
    elementClass as unknown as { elementStyles?: CSSResultOrNative[] }
  ).elementStyles;
  return (styles ?? [])
    .map((style) => ("cssText" in style ? style.cssText : ""))
    .join("");
}

/** Every card's style block text, once each (cards may share one). */
export function styleBlockTexts(): string[] {
  const texts = new Set<string>();
  for (const elementClass of Object.values(ELEMENTS)) {
    // Lit gathers a class's styles on first use; the server renderer does the same.
    (elementClass as unknown as { finalize?: () => void }).finalize?.();
    const text = styleBlockText(elementClass);
    if (text) texts.add(text);
  }
  return [...texts];
}

/**
 * The strict policy with the given `'sha256-…'` sources added to `style-src`, sorted (and each
 * once) so the line is the same however the hashes were made. Never `'unsafe-inline'`.
 */
export function policyWithStyleHashes(hashes: string[]): string {
  return STRICT_POLICY.replace(
    "style-src 'self'",
    `style-src 'self' ${[...new Set(hashes)].sort().join(" ")}`,
  );
}
