// Renders typed content blocks (paragraphs and lists) as text, never as HTML.
import { html, type TemplateResult } from "lit";

/** A paragraph, or a list with an optional lead-in sentence. */
export type ContentBlock = string | { lead?: string; items: string[] };

export function renderBlocks(
  blocks: readonly ContentBlock[],
): TemplateResult[] {
  return blocks.map((block) =>
    typeof block === "string"
      ? html`<p>${block}</p>`
      : html`${block.lead ? html`<p>${block.lead}</p>` : null}
          <ul>
            ${block.items.map((item) => html`<li>${item}</li>`)}
          </ul>`,
  );
}
