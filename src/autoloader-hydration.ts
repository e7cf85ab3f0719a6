// chunks/hydration.js: Lit's hydration support and the cards' handling of pre-rendered shadow roots
// (lit-internals.ts), which the autoloader fetches only for a page with pre-rendered cards, and
// before any element chunk.
//
// Lit installs its support when its LitElement module runs (`globalThis.litElementHydrateSupport`).
// In the autoloader's chunks that module shares a chunk with lit-html, which the support itself
// imports, so it may have run already: the support is installed here then, as Lit would have
// (installHydrationSupport). Keeping lit-html and LitElement in one chunk saves every page a
// request and about 350 bytes.
import "@lit-labs/ssr-client/lit-element-hydrate-support.js";
import {
  installCardHydration,
  installHydrationSupport,
} from "./shared/lit-internals.js";

installHydrationSupport();
installCardHydration();
