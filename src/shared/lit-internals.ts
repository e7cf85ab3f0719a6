// Every place il2-widgets relies on Lit behaviour that Lit's documentation does not promise, in one
// file, so a Lit upgrade is checked here and nowhere else. Each use says what it relies on, what
// would break if Lit changed it, and the test that would catch it. The rest of the code uses only
// Lit's documented API (reactive properties, controllers, willUpdate/firstUpdated, scheduleUpdate).
//
// All of it is about pre-rendered cards: installCardHydration() teaches every card to adopt a
// declarative shadow root. Only what may meet pre-rendered cards imports this file (the one-file
// bundles and dist/esm through hydrate-support.ts, the autoloader through its hydration chunk),
// so the autoloader's pages without pre-rendered cards never fetch it.
import { LitElement, adoptStyles, render, type PropertyValues } from "lit";
import { HydratingElement, hydrating } from "./hydrating-element.js";

/**
 * Whether Lit's hydration support has patched LitElement.
 * Relies on: `lit-element-hydrate-support.js` giving LitElement its *own* `observedAttributes`
 * (to add `defer-hydration`), which LitElement otherwise inherits from ReactiveElement.
 * If Lit changed that, pre-rendered cards would be rendered a second time with a warning.
 * Caught by: test/prerender.test.ts "renders every card once with the module bundle…" and
 * "renders the card once, with one warning, when the host's Lit loaded before the hydration support".
 */
export const hydrationSupportInstalled = () =>
  Object.prototype.hasOwnProperty.call(LitElement, "observedAttributes");

/**
 * Installs Lit's hydration support on a LitElement that was evaluated before the support module
 * (the autoloader's chunks keep lit-html and LitElement in one chunk, which the support imports).
 * Relies on: the support module leaving its installer on `globalThis.litElementHydrateSupport`
 * and LitElement calling it when its module runs; calling it later is equivalent as long as no
 * element has been defined yet (the patched `observedAttributes` is read at definition), which
 * the autoloader guarantees by loading this before any element chunk.
 * Caught by: test/host-pages-autoloader.test.ts "fetches Lit's hydration support before any
 * element's code…" and the pre-rendered autoloader page, whose cards must hydrate in place.
 */
export function installHydrationSupport(): void {
  const install = (
    globalThis as {
      litElementHydrateSupport?: (lit: {
        LitElement: typeof LitElement;
      }) => void;
    }
  ).litElementHydrateSupport;
  if (!hydrationSupportInstalled()) install?.({ LitElement });
}

/**
 * Set by the autoloader on a pre-rendered card it holds back (`defer-hydration`) until its code is
 * needed: a copy of the card's host element as the server saw it (its attributes, no children).
 */
const SERVER_HOST = Symbol.for("il2-widgets.server-host");

/** What the methods here use of a card, protected members included. */
type Card = HydratingElement & {
  [SERVER_HOST]?: Element;
  warn(setting: string, detail: string): void;
  render(): unknown;
  hydrated(): void;
};

/**
 * Hydration adopts the server's DOM without comparing values, so the first render must use the
 * values the server rendered: an attribute the page changed before the card's code came is set
 * back to the server's value for that render, and to its own value right after.
 * Relies on: Lit's `attributeChangedCallback` setting the property from the attribute's text,
 * without reflecting it back, as when the attribute itself changes.
 * Caught by: test/host-pages-autoloader.test.ts "fetches no card code for read-only cards, then a
 * card's own code when the page changes one of its attributes".
 */
function serverAttributes(card: Card, use: "server" | "page"): void {
  const server = card[SERVER_HOST];
  if (server)
    for (const name of (card.constructor as typeof LitElement)
      .observedAttributes) {
      const then = server.getAttribute(name);
      const now = card.getAttribute(name);
      // A changed `lang` needs nothing here: the first render keeps the server's language anyway.
      if (name !== "lang" && then !== now)
        card.attributeChangedCallback(
          name,
          null,
          use === "server" ? then : now,
        );
    }
}

/**
 * Teaches every card to adopt a pre-rendered (declarative) shadow root in place, and to recover
 * when it cannot. Lit's hydration support must be installed first (it patches LitElement); the
 * methods here call LitElement's, patched or not, as the cards' own `super` calls reach them.
 */
export function installCardHydration(): void {
  const lit = LitElement.prototype as unknown as {
    connectedCallback(): void;
    willUpdate(changed: PropertyValues): void;
    update(changed: PropertyValues): void;
    firstUpdated(changed: PropertyValues): void;
  };
  Object.assign(HydratingElement.prototype, {
    connectedCallback(this: Card): void {
      // A shadow root already here before Lit makes one is a declarative one: the card was pre-rendered.
      if (!this.hasUpdated && this.shadowRoot) {
        if (hydrationSupportInstalled())
          hydrating.set(
            this,
            this.shadowRoot.querySelector("[lang]")?.getAttribute("lang") ??
              undefined,
          );
        else {
          // Without Lit's hydration support, Lit would render a second card below the server's.
          this.shadowRoot.replaceChildren();
          if (IL2_DEV)
            this.warn(
              "is pre-rendered, but Lit was loaded before il2-widgets' hydration support, so it is rendered again.",
              "Load il2-widgets (or '@lit-labs/ssr-client/lit-element-hydrate-support.js') before any other Lit code.",
            );
        }
      }
      lit.connectedCallback.call(this);
    },

    willUpdate(this: Card, changed: PropertyValues): void {
      if (hydrating.has(this)) serverAttributes(this, "server");
      lit.willUpdate.call(this, changed);
    },

    /**
     * Relies on: Lit's hydration (in `update`, patched by the hydration support) throwing when the
     * pre-rendered DOM does not match the template, leaving the shadow root as the server wrote it
     * and its styles not adopted; and on `renderOptions` being what LitElement renders with.
     * If Lit stopped throwing, a mismatched card could show the server's stale DOM; if it changed
     * how it renders, the recovery below could render differently from a normal render.
     * Caught by: test/prerender.test.ts "renders the card again, once, when the pre-rendered HTML
     * does not match the script".
     */
    update(this: Card, changed: PropertyValues): void {
      try {
        lit.update.call(this, changed);
      } catch (error) {
        if (!hydrating.has(this)) throw error;
        // The pre-rendered HTML does not match this build (another version of the library, or
        // HTML edited by hand): drop it and render afresh, with the styles hydration skipped.
        if (IL2_DEV)
          this.warn(
            "its pre-rendered HTML does not match this version of il2-widgets; rendering it again.",
            "Pre-render with the same version as the script.",
          );
        const root = this.renderRoot as ShadowRoot;
        root.replaceChildren();
        adoptStyles(
          root,
          (this.constructor as typeof LitElement).elementStyles,
        );
        render(this.render(), root, this.renderOptions);
      }
    },

    firstUpdated(this: Card, changed: PropertyValues): void {
      lit.firstUpdated.call(this, changed);
      if (!hydrating.delete(this)) return;
      // The server's DOM is adopted: now show what only the browser knows, and what the page
      // changed meanwhile.
      serverAttributes(this, "page");
      this.hydrated();
    },
  });
}
