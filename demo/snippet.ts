// The embed code for a widget's current settings: a script tag plus the element, with only the
// attributes the developer set (a control left on "(default)", empty or off adds nothing).
// Values are escaped for HTML.
import type { DemoWidget } from "./manifest.js";

export type ScriptKind = "module" | "classic";

const escapeAttribute = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
const escapeText = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function embedSnippet(
  widget: DemoWidget,
  values: Record<string, string | boolean>,
  slots: Record<string, string>,
  script: ScriptKind,
): string {
  const scriptTag =
    script === "module"
      ? '<script type="module" src="/path/to/il2-widgets.js"></script>'
      : '<script defer src="/path/to/il2-widgets.iife.js"></script>';
  const attributes = widget.attributes
    .map((attribute) => {
      const value = values[attribute.name];
      if (value === true) return ` ${attribute.name}`;
      if (typeof value !== "string" || value === "") return "";
      return ` ${attribute.name}="${escapeAttribute(value)}"`;
    })
    .join("");
  const children = Object.entries(slots)
    .filter(([, text]) => text.trim())
    .map(
      ([slot, text]) =>
        `\n  <p slot="${escapeAttribute(slot)}">${escapeText(text)}</p>\n`,
    )
    .join("");
  return `${scriptTag}\n<${widget.tag}${attributes}>${children}</${widget.tag}>`;
}
