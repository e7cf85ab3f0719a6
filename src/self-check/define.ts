// Registers <il2-self-check>. Import this module for its side effect.
import { defineElement } from "../shared/define-element.js";
import { Il2SelfCheck } from "./self-check.js";

defineElement("il2-self-check", Il2SelfCheck);

export { Il2SelfCheck };
