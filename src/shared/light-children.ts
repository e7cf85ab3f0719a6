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
