// Every place il2-widgets relies on Lit behaviour that Lit's documentation does not promise, in one
// file, so a Lit upgrade is checked here and nowhere else. Each use says what it relies on, what
// would break if Lit changed it, and the test that would catch it. The rest of the code uses only
// Lit's documented API (reactive properties, controllers, willUpdate/firstUpdated, scheduleUpdate).
import {
  LitElement,
  adoptStyles,
  isServer,
  render,
  type PropertyValues,
} from "lit";
import { warnOnce } from "./warn.js";

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
 * Caught by: test/host-pages-autoloader.test.ts "fetches Lit's hydration support first…" and the
 * pre-rendered autoloader page (test/hosts/auto-prerendered.html), whose cards must hydrate in place.
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
 * Set by the autoloader on a pre-rendered card it holds back (`defer-hydration`) when the page
 * changes one of its attributes before the card's code has come: each such attribute's value as
 * the server saw it (`null`: it had none), the first time it changed.
 */
const SERVER_ATTRIBUTES = Symbol.for("il2-widgets.server-attributes");

/**
 * The base of every il2 card: a LitElement that adopts a pre-rendered (declarative) shadow root in
 * place, recovers when it cannot, and can hold its updates until something it needs has arrived.
 */
export abstract class HydratingElement extends LitElement {
  /**
   * True from the moment a pre-rendered card (one that arrived with a declarative shadow root)
   * connects until its first render has adopted the server's DOM.
   */
  #hydrating = false;
  /** The language the server rendered a pre-rendered card in (read off its shadow root). */
  #serverLanguage: string | undefined;

  /**
   * True while the card must render exactly what the server rendered: on the server itself, and
   * in a pre-rendered card's first render in the browser (hydration keeps the server's text, so
   * that render has to equal it). What only the browser knows (today's date, saved answers,
   * properties set by script) is left out while this is true, and shown right after.
   */
  protected get serverView(): boolean {
    return isServer || this.#hydrating;
  }

  /** While hydrating: the language the server rendered in, which the first render must keep. */
  protected get serverLanguage(): string | undefined {
    return this.#hydrating ? this.#serverLanguage : undefined;
  }

  /**
   * Warns the page's developer once, naming this element: `setting` says what was wrong (an
   * attribute and its value, quoted), `detail` why and what the card does instead. Pass the
   * detail as `IL2_DEV && "…"`: production files leave its words out (they point to the API page
   * instead), so readers' pages do not carry the explanations.
   */
  protected warn(setting: string, detail?: string | false): void {
    const why =
      detail ||
      "is not usable; the card uses its default (see il2-widgets' API docs).";
    warnOnce(
      `<${this.localName}> ${setting}${why[0] === ":" ? "" : " "}${why}`,
    );
  }

  /**
   * Hydration adopts the server's DOM without comparing values: the first render must use the
   * values the server rendered. An attribute the page changed before the card's code came (see
   * SERVER_ATTRIBUTES) is set back to the server's value for that render, and to its own value
   * right after (firstUpdated).
   * Relies on: Lit's `attributeChangedCallback` setting the property from the attribute's text,
   * without reflecting it back, as when the attribute itself changes.
   * Caught by: test/host-pages-autoloader.test.ts "fetches a read-only pre-rendered card's code
   * when the page changes an attribute…".
   */
  #serverAttributes(use: "server" | "page"): void {
    const server = (
      this as { [SERVER_ATTRIBUTES]?: Record<string, string | null> }
    )[SERVER_ATTRIBUTES];
    for (const name in server)
      if (name !== "lang")
        this.attributeChangedCallback(
          name,
          null,
          use === "server" ? (server[name] ?? null) : this.getAttribute(name),
        );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.#hydrating) this.#serverAttributes("server");
    super.willUpdate(changed);
  }

  override connectedCallback(): void {
    // A shadow root already here before Lit makes one is a declarative one: the card was pre-rendered.
    if (!this.hasUpdated && this.shadowRoot) {
      if (hydrationSupportInstalled()) {
        this.#hydrating = true;
        this.#serverLanguage =
          this.shadowRoot.querySelector("[lang]")?.getAttribute("lang") ??
          undefined;
      } else {
        // Without Lit's hydration support, Lit would render a second card below the server's.
        this.shadowRoot.replaceChildren();
        this.warn(
          "is pre-rendered, but Lit was loaded before il2-widgets' hydration support, so it is rendered again.",
          "Load il2-widgets (or '@lit-labs/ssr-client/lit-element-hydrate-support.js') before any other Lit code.",
        );
      }
    }
    super.connectedCallback();
  }

  /**
   * What the next update must wait for (a language's text being fetched), if anything. Checked
   * again after each wait, since the awaited thing may have changed meanwhile (a `lang` change).
   */
  protected whenReady(): Promise<unknown> | undefined {
    return undefined;
  }

  /**
   * Holds the update while `whenReady()` has something to wait for, so a card never flashes
   * English while its language is on the way; with nothing to wait for it updates at once, as Lit
   * schedules it. (Overriding scheduleUpdate to return a promise is Lit's documented way to
   * change update timing; the loop is ours.)
   * Caught by: test/locale-on-demand.test.ts "holds the card's first render until its text is in…".
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waiting = this.whenReady();
    if (!waiting) return super.scheduleUpdate();
    return (async () => {
      let wait: Promise<unknown> | undefined = waiting;
      while (wait) {
        await wait;
        wait = this.whenReady();
      }
      return super.scheduleUpdate();
    })();
  }

  /**
   * Relies on: Lit's hydration (in `update`, patched by the hydration support) throwing when the
   * pre-rendered DOM does not match the template, leaving the shadow root as the server wrote it
   * and its styles not adopted; and on `renderOptions` being what LitElement renders with.
   * If Lit stopped throwing, a mismatched card could show the server's stale DOM; if it changed
   * how it renders, the recovery below could render differently from a normal render.
   * Caught by: test/prerender.test.ts "renders the card again, once, when the pre-rendered HTML
   * does not match the script".
   */
  protected override update(changed: PropertyValues<this>): void {
    try {
      super.update(changed);
    } catch (error) {
      if (!this.#hydrating) throw error;
      // The pre-rendered HTML does not match this build (another version of the library, or
      // HTML edited by hand): drop it and render afresh, with the styles hydration skipped.
      this.warn(
        "its pre-rendered HTML does not match this version of il2-widgets; rendering it again.",
        "Pre-render with the same version as the script.",
      );
      const root = this.renderRoot as ShadowRoot;
      root.replaceChildren();
      adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
      render(this.render(), root, this.renderOptions);
    }
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (!this.#hydrating) return;
    // The server's DOM is adopted: now show what only the browser knows, and what the page changed.
    this.#hydrating = false;
    this.#serverAttributes("page");
    this.hydrated();
  }

  /**
   * Called once after a pre-rendered card has adopted the server's DOM. Cards whose client-only
   * state is derived in `willUpdate` from a changed property re-derive it here.
   */
  protected hydrated(): void {
    this.requestUpdate();
  }
}
