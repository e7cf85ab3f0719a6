// Registers <il2-guide> (and, through its imports, every card it holds).
import { defineElement } from "../shared/define-element.js";
import { Il2Guide } from "./guide.js";

defineElement("il2-guide", Il2Guide);

export { Il2Guide };
