// Registers <il2-overview>. Import this module for its side effect.
// First: Lit's hydration support must be evaluated before Lit (see shared/hydrate-support.ts).
import "../shared/hydrate-support.js";
import { defineElement } from "../shared/define-element.js";
import { Il2Overview } from "./overview.js";

defineElement("il2-overview", Il2Overview);

export { Il2Overview };
