// A card's light DOM children (such as the questions card's slotted questions), in the browser and
// on the server. The server has no DOM: prerender() hands each card the children its HTML gives.
import { isServer } from "lit";

/** What a card reads of a child element. */
export interface LightChild {
  readonly slot: string;
  /** The tag (in a browser); a `<slot>` passed on by a card that holds this one is not content. */
  readonly localName?: string;
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}

/** Where prerender() puts a card's children before rendering it on the server. */
export const SERVER_CHILDREN = Symbol.for("il2-widgets.server-children");

type WithServerChildren = { [SERVER_CHILDREN]?: readonly LightChild[] };

/** The element children of `host`: the real ones in a browser, those prerender() gave on the server. */
export function lightChildren(host: HTMLElement): readonly LightChild[] {
  if (isServer) return (host as WithServerChildren)[SERVER_CHILDREN] ?? [];
  return [...host.children];
}

/**
 * Whether the card's children fill the slot `name`, for the first render on the server and the one
 * that adopts its HTML, before any slotchange. A `<slot>` passed on by a card that holds this one
 * (the guide) is not content itself: that card says in `filledSlots` whether its own children
 * fill it.
 */
export function fillsSlot(
  host: HTMLElement,
  name: string,
  filledSlots: readonly string[] = [],
): boolean {
  return (
    filledSlots.includes(name) ||
    lightChildren(host).some(
      (child) => child.slot === name && child.localName !== "slot",
    )
  );
}

/**
 * Whether a slot shows anything (an element, or text that is not only white space), looking
 * through slots passed on to it. For slotchange: read its currentTarget, not its target, which
 * is the host component's own slot when one passes its slot on.
 */
export function slotHasContent(slot: HTMLSlotElement): boolean {
  return slot
    .assignedNodes({ flatten: true })
    .some(
      (node) =>
        node.nodeType === Node.ELEMENT_NODE ||
        (node.textContent ?? "").trim() !== "",
    );
}
