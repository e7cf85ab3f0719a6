// Registers <il2-self-check>. Import this module for its side effect.
// First: Lit's hydration support must be evaluated before Lit (see shared/hydrate-support.ts).
import "../shared/hydrate-support.js";
import { defineElement } from "../shared/define-element.js";
import { Il2SelfCheck } from "./self-check.js";

defineElement("il2-self-check", Il2SelfCheck);

export { Il2SelfCheck };
