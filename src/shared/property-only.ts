// Properties that take an array or an object can only be set by script. When such a value arrives
// as attribute text instead, it is lost, and nothing else would say so: the warning here names
// the fix. Pure: builds the message, touches no DOM.
//
// How it happens: a framework renders the tag before the element is defined (a lazy import, the
// autoloader), cannot find the property on the plain element yet, and writes an attribute. Vue
// then sets `questions="[object Object]"`; an array of strings becomes `"a,b"`.
/** What the warning needs to know about the property. */
export interface PropertyOnly {
  /** The property's name, which is also the attribute name a framework writes. */
  name: string;
  /** What the property takes, for the reader of the console: "an array of questions". */
  takes: string;
  /** The package export that defines the element, e.g. "il2-widgets/doctor-questions". */
  defineModule: string;
}

/** `String(value)` of an object or an array of objects: Vue's and React's text for them. */
const STRINGIFIED_OBJECT = /\[object \w+\]/;

/**
 * Why `name="value"` on a property-only setting is ignored (the card's warning names the setting
 * and its value first): what was lost, the likely
 * cause, and the fix, Vue's `.prop` first (where it happens most). Angular's `[name]` and
 * Svelte 5 (which sets an object as a property even before the element is defined) need none.
 * Kept short: every card that has such a property carries it.
 */
export function propertyOnlyAttributeWarning(
  property: PropertyOnly,
  value: string,
): string {
  const { name, takes, defineModule } = property;
  const cause = STRINGIFIED_OBJECT.test(value)
    ? "an object written as text, as a framework does for a tag it renders before the element is defined"
    : "attribute text, which is not read";
  return (
    `is ignored: ${name} is a property (${takes}), and this is ${cause}. ` +
    `Vue: :${name}.prop="list". React 19: import "${defineModule}" before rendering, or use il2-widgets/react. ` +
    `Plain JavaScript: element.${name} = list.`
  );
}
