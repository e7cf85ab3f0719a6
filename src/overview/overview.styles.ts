// Layout of the overview card: sections as calm tiles, two columns on wide containers.
import { css } from 'lit';

export const overviewStyles = css`
  .sections {
    display: grid;
    gap: var(--_space);
  }

  .section {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-radius: calc(var(--_radius) * 0.75);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
  }

  .section > :last-child,
  .panel > :last-child {
    margin-block-end: 0;
  }

  .collapsible .subheading {
    margin: 0;
  }

  .collapsible .panel {
    padding-block-start: 0.5em;
  }

  @container (max-width: 420px) {
    .section {
      padding: 10px 10px 10px 12px;
    }
  }

  @container (min-width: 760px) {
    .sections {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      align-items: start;
    }
  }

  @media (forced-colors: active) {
    .section {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
  }

  @media print {
    .sections {
      display: block;
    }
    .section {
      margin-block-end: 12pt;
      padding: 0;
      border: 0;
      background: none;
    }
  }
`;
