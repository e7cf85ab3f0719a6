// Registers <il2-assistance>. Import this module for its side effect.
// First: Lit's hydration support must be evaluated before Lit (see shared/hydrate-support.ts).
import "../shared/hydrate-support.js";
import { defineElement } from "../shared/define-element.js";
import { Il2Assistance } from "./assistance.js";

defineElement("il2-assistance", Il2Assistance);

export { Il2Assistance };
