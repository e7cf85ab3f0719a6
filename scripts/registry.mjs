// Reads the widget registry (src/widgets.ts) from Node scripts and tests. The registry is a data-only
// TypeScript module; TypeScript's own transpiler turns it into JavaScript, which is imported from
// memory (a data: URL), so no build or loader is needed.
import { readFileSync } from "node:fs";
import ts from "typescript";

const root = new URL("..", import.meta.url);

/**
 * @typedef {{ tag: string, folder: string, className: string, text: string[], inGuide: boolean }} Widget
 * @returns {Promise<{ WIDGETS: Widget[], WIDGET_TAGS: string[], exportName: (widget: Widget) => string }>}
 */
export async function loadRegistry() {
  const source = readFileSync(new URL("src/widgets.ts", root), "utf8");
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

/** `self-check` → `selfCheck`. @param {string} name */
export const camelCase = (name) =>
  name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());

/** `selfCheck` → `SelfCheck`. @param {string} name */
export const pascalCase = (name) =>
  camelCase(name).replace(/^\w/, (letter) => letter.toUpperCase());
