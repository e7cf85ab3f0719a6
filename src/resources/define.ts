// Registers <il2-resources>. Import this module for its side effect.
// First: Lit's hydration support must be evaluated before Lit (see shared/hydrate-support.ts).
import "../shared/hydrate-support.js";
import { defineElement } from "../shared/define-element.js";
import { Il2Resources } from "./resources.js";

defineElement("il2-resources", Il2Resources);

export { Il2Resources };
