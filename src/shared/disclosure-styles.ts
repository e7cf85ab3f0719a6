// Styles for collapsible sections (a heading that holds a toggle button, and its panel).
// Shared by every widget that offers `collapsible`.
import { css } from "lit";

export const disclosureStyles = css`
  .toggle {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.75em;
    width: 100%;
    min-height: 44px;
    margin: 0;
    padding: 0.4em 0.25em;
    border: 0;
    border-radius: 6px;
    background: none;
    color: inherit;
    font-weight: inherit;
    line-height: inherit;
    text-align: start;
    cursor: pointer;
  }

  .toggle:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  /* A chevron drawn with borders so it follows the text colour, forced colours included. */
  .toggle::after {
    content: "";
    flex: none;
    width: 0.55em;
    height: 0.55em;
    margin-inline-end: 0.3em;
    border-block-end: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: translateY(-25%) rotate(45deg);
    transition: transform 150ms ease-out;
  }

  .toggle[aria-expanded="true"]::after {
    transform: translateY(25%) rotate(-135deg);
  }

  /* Right to left, the two edges sit on the other side: turning the other way keeps it pointing
     down (closed) and up (open). */
  [dir="rtl"] .toggle::after {
    transform: translateY(-25%) rotate(-45deg);
  }

  [dir="rtl"] .toggle[aria-expanded="true"]::after {
    transform: translateY(25%) rotate(135deg);
  }

  .toolbar {
    display: flex;
    justify-content: flex-end;
    margin-block-end: 0.5em;
  }

  .text-button {
    min-height: 44px;
    padding: 0.4em 0.75em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_background);
    color: var(--_accent);
    font-size: 0.9375em;
    font-weight: 600;
    cursor: pointer;
  }

  .text-button:hover {
    border-color: var(--_accent);
  }

  @media print {
    .toggle::after {
      display: none;
    }
    /* Every section prints, open or not. */
    .panel[hidden] {
      display: block !important;
    }
  }

  /* Pre-rendered, before or without script: nothing can open a section, so all are open. */
  :host(:not(:defined)) .panel[hidden],
  :host([defer-hydration]) .panel[hidden] {
    display: block !important;
  }
`;
