// Real <h1>–<h6> elements at a level the host chooses, so cards fit the page's outline.
// Lit cannot bind a tag name, and static-html would need unsafeStatic, so each level is spelled out.
import { html, type TemplateResult } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import type { HeadingLevel } from "./attributes.js";

export interface HeadingOptions {
  id?: string;
  part?: string;
  className?: string;
}

export function heading(
  level: HeadingLevel,
  content: unknown,
  options: HeadingOptions = {},
): TemplateResult {
  const { id, part, className } = options;
  switch (level) {
    case 1:
      return html`<h1
        id=${ifDefined(id)}
        part=${ifDefined(part)}
        class=${ifDefined(className)}
      >
        ${content}
      </h1>`;
    case 3:
      return html`<h3
        id=${ifDefined(id)}
        part=${ifDefined(part)}
        class=${ifDefined(className)}
      >
        ${content}
      </h3>`;
    case 4:
      return html`<h4
        id=${ifDefined(id)}
        part=${ifDefined(part)}
        class=${ifDefined(className)}
      >
        ${content}
      </h4>`;
    case 5:
      return html`<h5
        id=${ifDefined(id)}
        part=${ifDefined(part)}
        class=${ifDefined(className)}
      >
        ${content}
      </h5>`;
    case 6:
      return html`<h6
        id=${ifDefined(id)}
        part=${ifDefined(part)}
        class=${ifDefined(className)}
      >
        ${content}
      </h6>`;
    default:
      return html`<h2
        id=${ifDefined(id)}
        part=${ifDefined(part)}
        class=${ifDefined(className)}
      >
        ${content}
      </h2>`;
  }
}
