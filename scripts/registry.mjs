// The one list of the widgets (src/widgets.ts) for the Node scripts and tests. The registry is a
// data-only TypeScript module; TypeScript's own transpiler strips its types and the result is
// imported from memory (a data: URL): no build, no dev server, and no list of widgets typed twice.
import { readFileSync } from "node:fs";
import ts from "typescript";

/**
 * @typedef {{ tag: string, folder: string, className: string, text: string[], inGuide: boolean, guideForwards?: { properties?: string[], slots?: string[] } }} Widget
 * @returns {Promise<{ WIDGETS: Widget[], WIDGET_TAGS: string[], exportName: (widget: Widget) => string }>}
 */
export async function loadRegistry() {
  const source = readFileSync(
    new URL("../src/widgets.ts", import.meta.url),
    "utf8",
  );
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
    },
  });
  return import(
    `data:text/javascript;base64,${Buffer.from(outputText).toString("base64")}`
  );
}

export const { WIDGETS, WIDGET_TAGS, exportName } = await loadRegistry();

/** `self-check` → `selfCheck`. @param {string} name */
export const camelCase = (name) =>
  name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());

/** `selfCheck` → `SelfCheck`. @param {string} name */
export const pascalCase = (name) =>
  camelCase(name).replace(/^\w/, (letter) => letter.toUpperCase());
