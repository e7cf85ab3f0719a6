// The base of every il2 card below Il2Card: a LitElement that can hold its updates until something
// it needs has arrived (a language's text), and that knows whether it is adopting a pre-rendered
// shadow root. Adopting one is not in here: lit-internals.ts installs it, with Lit's hydration
// support, where pre-rendered cards can be (the one-file bundles, each dist/esm define module, the
// autoloader's hydration chunk, fetched only for a page with pre-rendered cards). Every other
// page's cards carry none of it.
import { LitElement, isServer } from "lit";
import { warnOnce } from "./warn.js";

/**
 * The cards adopting a pre-rendered shadow root right now (from connecting until their first
 * render has adopted the server's DOM), each with the language the server rendered it in. Kept by
 * lit-internals.ts.
 */
export const hydrating = new WeakMap<HydratingElement, string | undefined>();

export abstract class HydratingElement extends LitElement {
  /**
   * True while the card must render exactly what the server rendered: on the server itself, and
   * in a pre-rendered card's first render in the browser (hydration keeps the server's text, so
   * that render has to equal it). What only the browser knows (today's date, saved answers,
   * properties set by script) is left out while this is true, and shown right after.
   */
  protected get serverView(): boolean {
    return isServer || hydrating.has(this);
  }

  /** While hydrating: the language the server rendered in, which the first render must keep. */
  protected get serverLanguage(): string | undefined {
    return hydrating.get(this);
  }

  /**
   * Warns the page's developer once, naming this element: `setting` says what was wrong (an
   * attribute and its value, quoted), `detail` why and what the card does instead. Development
   * builds only: call it as `if (IL2_DEV) this.warn(…)`, so that production files (what readers'
   * pages load) carry neither the call nor its words. The card's fallback is the same in both.
   */
  protected warn(setting: string, detail?: string | false): void {
    if (!IL2_DEV) return;
    const why = detail || "is not usable; the card uses its default.";
    warnOnce(
      `<${this.localName}> ${setting}${why[0] === ":" ? "" : " "}${why}`,
    );
  }

  /**
   * A pre-rendered card on a page without the hydration handling (lit-internals.ts replaces this
   * method where it is installed): Lit would render a second card below the server's, so the
   * server's goes first.
   */
  override connectedCallback(): void {
    if (!this.hasUpdated) this.shadowRoot?.replaceChildren();
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
   * Called once after a pre-rendered card has adopted the server's DOM. Cards whose client-only
   * state is derived in `willUpdate` from a changed property re-derive it here.
   */
  protected hydrated(): void {
    this.requestUpdate();
  }
}
