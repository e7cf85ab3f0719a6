// Guarded registration: script-tag hosts sometimes load the bundle twice (two URLs, or the module
// and classic builds together). The second copy must not throw; it stands aside, and in
// development builds warns once (a reader's page has no use for the warning).

/**
 * Shared by every copy of the library on the page (each bundle copy has its own module state),
 * so two extra copies still give one warning.
 */
const WARNED = Symbol.for("il2-widgets.warned-about-second-copy");
const pageState = globalThis as typeof globalThis & { [WARNED]?: boolean };

/** Defines `tag` unless it is already taken; never throws. SSR-safe: does nothing without a registry. */
export function defineElement(
  tag: string,
  elementClass: CustomElementConstructor,
): void {
  if (typeof customElements === "undefined") return;
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, elementClass);
    return;
  }
  if (!IL2_DEV || existing === elementClass || pageState[WARNED]) return;
  pageState[WARNED] = true;
  console.warn(
    `[il2-widgets] <${tag}> is already defined, so il2-widgets has been loaded more than once. ` +
      "The first copy stays in use; load the script only once.",
  );
}
