// Registers <il2-guide> and every card it holds. The cards are registered here, not in guide.ts,
// so that importing the class (e.g. from the package root) defines nothing.
// First: Lit's hydration support must be evaluated before Lit (see shared/hydrate-support.ts).
import "../shared/hydrate-support.js";
import "../generated/define-guide-cards.js";
import { defineElement } from "../shared/define-element.js";
import { Il2Guide } from "./guide.js";

defineElement("il2-guide", Il2Guide);

export { Il2Guide };
