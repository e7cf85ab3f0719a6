/// <reference types="node" />
// The Content-Security-Policy to serve with pre-rendered cards. Each card's styles arrive as one
// inline <style> block in its declarative shadow root, which a strict `style-src` refuses unless
// the block's hash is allowed; scripts and everything else stay exactly as strict as before.
import { createHash } from "node:crypto";
import {
  STRICT_POLICY,
  policyWithStyleHashes,
  styleBlockTexts,
} from "./style-blocks.js";

export { STRICT_POLICY };

/** `'sha256-…'` for every card's style block, one per element, sorted so the policy is stable. */
export function styleHashes(): string[] {
  return [
    ...new Set(
      styleBlockTexts().map(
        (text) =>
          `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`,
      ),
    ),
  ].sort();
}

/**
 * The one-line policy for pages with pre-rendered cards: the strict policy, with each card's
 * style block allowed by its hash in `style-src`. Never `'unsafe-inline'`.
 */
export function contentSecurityPolicy(): string {
  return policyWithStyleHashes(styleHashes());
}
