// The embed code for a widget's current settings: a script tag plus the element, with only the
// attributes the developer set (a control left on "(default)", empty or off adds nothing).
// Values are escaped for HTML; the framework tabs (embed-tabs.ts) reuse the element's markup.
import type { DemoWidget } from "./widgets.js";

export type ScriptKind = "module" | "classic" | "autoloader";

/** Where the snippets say the bundle is: a placeholder for the site's own copy (there is no CDN). */
export const BUNDLE_FOLDER = "/path/to/";

export const escapeAttribute = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
export const escapeText = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export interface MarkupOptions {
  /** Extra escaping after HTML's, for a template language (e.g. braces for Vue and Angular). */
  encode?: (escaped: string) => string;
  /** Indent of the element's own line, for its children and closing tag. */
  indent?: string;
}

/** The element with the chosen attributes and slotted text, as HTML. */
export function elementMarkup(
  widget: DemoWidget,
  values: Record<string, string | boolean>,
  slots: Record<string, string>,
  { encode = (escaped) => escaped, indent = "" }: MarkupOptions = {},
): string {
  const attributes = widget.attributes
    .map((attribute) => {
      const value = values[attribute.name];
      if (value === true) return ` ${attribute.name}`;
      if (typeof value !== "string" || value === "") return "";
      return ` ${attribute.name}="${encode(escapeAttribute(value))}"`;
    })
    .join("");
  const known = new Set(widget.slots.map((slot) => slot.name));
  const children = Object.entries(slots)
    .filter(([slot, text]) => known.has(slot) && text.trim())
    .map(
      ([slot, text]) =>
        `\n${indent}  <p slot="${escapeAttribute(slot)}">${encode(escapeText(text))}</p>`,
    )
    .join("");
  return `<${widget.tag}${attributes}>${children}${children ? `\n${indent}` : ""}</${widget.tag}>`;
}

export function scriptTag(script: ScriptKind): string {
  switch (script) {
    case "module":
      return `<script type="module" src="${BUNDLE_FOLDER}il2-widgets.js"></script>`;
    case "classic":
      return `<script defer src="${BUNDLE_FOLDER}il2-widgets.iife.js"></script>`;
    case "autoloader":
      return `<script type="module" src="${BUNDLE_FOLDER}il2-autoloader.js"></script>`;
  }
}

export function embedSnippet(
  widget: DemoWidget,
  values: Record<string, string | boolean>,
  slots: Record<string, string>,
  script: ScriptKind,
): string {
  return `${scriptTag(script)}\n${elementMarkup(widget, values, slots)}`;
}
