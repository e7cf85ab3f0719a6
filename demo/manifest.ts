// The demo's widgets, read from the generated custom-elements.json and package.json's exports
// (Vite imports the JSON; demo/widgets.ts does the reading).
import manifest from "../custom-elements.json";
import packageJson from "../package.json";
import { readWidgets } from "./widgets.js";

export type { ControlKind, DemoAttribute, DemoWidget } from "./widgets.js";

/** Every il2 element in the manifest, in the demo's order. */
export const widgets = readWidgets(manifest, packageJson);
