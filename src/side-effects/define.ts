// Registers <il2-side-effects>. Import this module for its side effect.
// First: Lit's hydration support must be evaluated before Lit (see shared/hydrate-support.ts).
import "../shared/hydrate-support.js";
import { defineElement } from "../shared/define-element.js";
import { Il2SideEffects } from "./side-effects.js";

defineElement("il2-side-effects", Il2SideEffects);

export { Il2SideEffects };
