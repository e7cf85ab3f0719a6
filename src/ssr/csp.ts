/// <reference types="node" />
// The Content-Security-Policy to serve with pre-rendered cards. Each card's styles arrive as one
// inline <style> block in its declarative shadow root, which a strict `style-src` refuses unless
// the block's hash is allowed; scripts and everything else stay exactly as strict as before.
import { createHash } from "node:crypto";
import type { CSSResultOrNative } from "lit";
import { ELEMENTS } from "./elements.js";

/**
 * The strict policy for script-tag embeds (the README's CSP section): scripts and styles from the
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

/** `'sha256-…'` for every card's style block, one per element, sorted so the policy is stable. */
export function styleHashes(): string[] {
  const hashes = new Set<string>();
  for (const elementClass of Object.values(ELEMENTS)) {
    // Lit gathers a class's styles on first use; the server renderer does the same.
    (elementClass as unknown as { finalize?: () => void }).finalize?.();
    const text = styleBlockText(elementClass);
    if (text)
      hashes.add(
        `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`,
      );
  }
  return [...hashes].sort();
}

/**
 * The one-line policy for pages with pre-rendered cards: the strict policy, with each card's
 * style block allowed by its hash in `style-src`. Never `'unsafe-inline'`.
 */
export function contentSecurityPolicy(): string {
  return STRICT_POLICY.replace(
    "style-src 'self'",
    `style-src 'self' ${styleHashes().join(" ")}`,
  );
}
