// One way to fire a card's events: `il2-` names, bubbling and composed (so a page hears them from
// inside <il2-guide> too), with the detail type each card declares in GlobalEventHandlersEventMap.

/** The il2 events the cards declare. */
type Il2EventName = Extract<keyof GlobalEventHandlersEventMap, `il2-${string}`>;

type DetailOf<K extends Il2EventName> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer Detail>
    ? Detail
    : never;

/** Fires the `type` event from `target`, with `detail`. */
export function fire<K extends Il2EventName>(
  target: EventTarget,
  type: K,
  detail: DetailOf<K>,
): void {
  target.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true }),
  );
}
