// The one list of the widgets (src/widgets.ts) for the Node scripts: read through Vite's module
// runner, which strips the types, so no list of widgets is typed twice.
import { resolve } from "node:path";
import { runnerImport } from "vite";

/** @type {{ module: typeof import("../src/widgets.ts") }} */
const { module } = await runnerImport(
  resolve(import.meta.dirname, "../src/widgets.ts"),
);
export const { WIDGETS, WIDGET_TAGS, exportName } = module;
