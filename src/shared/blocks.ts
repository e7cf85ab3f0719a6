// Renders typed content blocks (paragraphs and lists) as text, never as HTML.
import { html, type TemplateResult } from "lit";

/** A paragraph, or a list with an optional lead-in sentence. */
export type ContentBlock = string | { lead?: string; items: string[] };

/**
 * The blocks as paragraphs and lists. `say` fills in a message's `{placeholders}` (the card's
 * `say` with its values); without it, the text is shown as it is.
 */
export function renderBlocks(
  blocks: readonly ContentBlock[],
  say: (message: string) => string = (message) => message,
): TemplateResult[] {
  return blocks.map((block) =>
    typeof block === "string"
      ? html`<p>${say(block)}</p>`
      : html`${block.lead ? html`<p>${say(block.lead)}</p>` : null}
          <ul>
            ${block.items.map((item) => html`<li>${say(item)}</li>`)}
          </ul>`,
  );
}
