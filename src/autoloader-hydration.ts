// chunks/hydration.js: Lit's hydration support, which the autoloader fetches only for a page with
// a pre-rendered card, and before any element chunk.
//
// Lit installs it when its LitElement module runs (`globalThis.litElementHydrateSupport`). In the
// autoloader's chunks that module shares a chunk with lit-html, which the support itself imports,
// so it has already run: install the support here instead, as Lit would have. That is equivalent
// as long as no element is defined yet (the patched `observedAttributes` is read at definition),
// which the autoloader guarantees. Keeping lit-html and LitElement in one chunk saves every page a
// request and about 350 bytes.
import "@lit-labs/ssr-client/lit-element-hydrate-support.js";
import { LitElement } from "lit";

const install = (
  globalThis as {
    litElementHydrateSupport?: (lit: { LitElement: typeof LitElement }) => void;
  }
).litElementHydrateSupport;
// Installed already when this LitElement ran after the support (it then patched itself).
if (!Object.hasOwn(LitElement, "observedAttributes")) install?.({ LitElement });
