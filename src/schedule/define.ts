// Registers <il2-schedule>. Import this module for its side effect.
// First: Lit's hydration support must be evaluated before Lit (see shared/hydrate-support.ts).
import "../shared/hydrate-support.js";
import { defineElement } from "../shared/define-element.js";
import { Il2Schedule } from "./schedule.js";

defineElement("il2-schedule", Il2Schedule);

export { Il2Schedule };
