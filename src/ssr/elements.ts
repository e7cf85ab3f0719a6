// Every element and locale, registered on the server. The browser entries' define modules are not
// used here: they load Lit's hydration support first, which has no business on the server.
import { ELEMENT_CLASSES } from "../generated/element-classes.js";
import { defineElement } from "../shared/define-element.js";
// Spanish registers itself.
import "../locales/es.js";

/** The element classes by tag, as the browser bundles register them. */
export const ELEMENTS: Readonly<Record<string, CustomElementConstructor>> =
  ELEMENT_CLASSES;

for (const [tag, elementClass] of Object.entries(ELEMENTS))
  defineElement(tag, elementClass);
