// Registers <il2-doctor-questions>. Import this module for its side effect.
// First: Lit's hydration support must be evaluated before Lit (see shared/hydrate-support.ts).
import "../shared/hydrate-support.js";
import { defineElement } from "../shared/define-element.js";
import { Il2DoctorQuestions } from "./doctor-questions.js";

defineElement("il2-doctor-questions", Il2DoctorQuestions);

export { Il2DoctorQuestions };
