// The demo's paste-ready HTML, made in a Web Worker by the same code `il2-widgets prerender` runs on
// Node: src/ssr's prerender() with Lit's server renderer (@lit-labs/ssr) and the cards' classes,
// built with the same template minifier as the script the snippet loads (vite.config.ts, mode
// `paste-ready-worker`). A worker, not the demo page itself: it has no DOM and no custom element
// registry, as on Node, so Lit's server build and its DOM shim run here as they do there, and
// the page's own live cards (built for development, templates not minified) stay out of it.
// Hydration compares a digest of each template's text, so only classes built like the bundle's
// give HTML the bundle adopts.
import { prerenderWithReport } from "../src/ssr/prerender.js";
import {
  policyWithStyleHashes,
  styleBlockTexts,
} from "../src/ssr/style-blocks.js";

export interface PasteReadyRequest {
  id: number;
  /** The element markup, as the script-tag embed gives it. */
  markup: string;
}

export type PasteReadyResponse =
  | { id: number; html: string; warnings: string[]; csp: string }
  | { id: number; error: string };

/** `'sha256-…'` of a style block, as node:crypto gives it in src/ssr/csp.ts. */
async function styleHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest(
    "SHA-256",
    new TextEncoder().encode(text),
  );
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

/** The same for every setting: made once, on the first request. */
let policy: Promise<string> | undefined;

// The worker's global scope, typed without the WebWorker lib (the demo is checked with DOM's).
const scope = globalThis as unknown as {
  addEventListener(
    type: "message",
    listener: (event: MessageEvent<PasteReadyRequest>) => void,
  ): void;
  postMessage(message: PasteReadyResponse): void;
};

scope.addEventListener("message", ({ data: { id, markup } }) => {
  try {
    // Warnings reach the developer in the demo's own preview (the same card): not again here.
    const { html, warnings } = prerenderWithReport(markup, {
      onWarning: () => {},
    });
    policy ??= Promise.all(styleBlockTexts().map(styleHash)).then(
      policyWithStyleHashes,
    );
    policy.then(
      (csp) => scope.postMessage({ id, html, warnings, csp }),
      (error: unknown) => scope.postMessage({ id, error: String(error) }),
    );
  } catch (error) {
    scope.postMessage({ id, error: String(error) });
  }
});
