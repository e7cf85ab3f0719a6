// The all-in-one bundle: defines every element. Built as dist/il2-widgets.js (module) and
// dist/il2-widgets.iife.js (classic script) for pages that paste one script tag.
// First: Lit's hydration support must be evaluated before Lit (see shared/hydrate-support.ts).
import "./shared/hydrate-support.js";
import "./generated/define-all.js";
// Spanish registers itself; per-element modules leave it out (consumers import 'il2-widgets/locales/es').
import "./locales/es.js";

export * from "./index.js";
