// Which list of questions takes a question asked elsewhere on the page (the `il2-ask` event):
// every list hears the event on the document, and only the nearest one takes it.

/** Tree order of two nodes in the same root. */
const byTreeOrder = (a: Node, b: Node) =>
  a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;

/**
 * The list nearest to `source`: the first (in tree order) in `source`'s own document or shadow
 * root, such as the same `<il2-guide>`; else the first in the root of the shadow host above it, and
 * so on up to the document; else, when every list sits in some other shadow root (a guide beside
 * the asking card), the first of `lists`, which callers keep in the order the lists connected.
 */
export function nearestList<T extends Node>(
  source: Node,
  lists: readonly T[],
): T | undefined {
  let root = source.getRootNode();
  for (;;) {
    const here = lists.filter((list) => list.getRootNode() === root);
    if (here.length) return [...here].sort(byTreeOrder)[0];
    if (!(root instanceof ShadowRoot)) return lists[0];
    root = root.host.getRootNode();
  }
}
