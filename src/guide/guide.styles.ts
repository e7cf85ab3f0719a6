// Layout of the guide: a contents list, then each card in turn; every card prints, each on its
// own page, without the contents list.
import { css } from "lit";

export const guideStyles = css`
  .guide-header {
    margin-block-end: var(--_space);
  }

  .contents {
    margin-block-end: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .contents-title {
    margin: 0 0 0.25em;
    font-size: 1em;
    font-weight: 700;
  }

  .contents ol {
    margin: 0;
    padding-inline-start: 1.5em;
  }

  /* The plain words shown before (or without) script take the link's place exactly. */
  .contents a,
  .contents .no-script {
    display: inline-block;
    padding-block: 0.45em;
    min-height: 44px;
    font-size: 1.0625em;
  }

  .item + .item {
    margin-block-start: calc(var(--_space) * 1.5);
  }

  .how-to-use {
    margin: 0.5em 0 0;
    max-width: 70ch;
  }

  .guide-footer {
    margin-block-start: calc(var(--_space) * 1.5);
  }

  @media print {
    .contents {
      display: none;
    }
    .item + .item {
      break-before: page;
      margin: 0;
    }
    .guide-footer {
      break-inside: avoid;
    }
    /* A card inside printed on its own (its Print button) hides the others. */
    :host([data-il2-print-within]) .item:not(:has(> [data-il2-print-target])) {
      display: none;
    }
  }
`;
