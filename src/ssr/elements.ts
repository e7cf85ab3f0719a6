// Every element and locale, registered on the server. The browser entries' define modules are not
// used here: they load Lit's hydration support first, which has no business on the server.
import {
  Il2Assistance,
  Il2DoctorQuestions,
  Il2Guide,
  Il2Overview,
  Il2Resources,
  Il2Schedule,
  Il2SelfCheck,
} from "../index.js";
import { defineElement } from "../shared/define-element.js";
// Spanish registers itself.
import "../locales/es.js";

/** The element classes by tag, as the browser bundles register them. */
export const ELEMENTS: Readonly<Record<string, CustomElementConstructor>> = {
  "il2-overview": Il2Overview,
  "il2-schedule": Il2Schedule,
  "il2-doctor-questions": Il2DoctorQuestions,
  "il2-assistance": Il2Assistance,
  "il2-resources": Il2Resources,
  "il2-self-check": Il2SelfCheck,
  "il2-guide": Il2Guide,
};

for (const [tag, elementClass] of Object.entries(ELEMENTS))
  defineElement(tag, elementClass);
