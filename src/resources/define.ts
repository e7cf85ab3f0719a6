// Registers <il2-resources>. Import this module for its side effect.
import { defineElement } from "../shared/define-element.js";
import { Il2Resources } from "./resources.js";

defineElement("il2-resources", Il2Resources);

export { Il2Resources };
