// Layout of the overview card: sections as calm tiles, two columns on wide containers.
import { css } from "lit";

export const overviewStyles = css`
  .sections {
    display: grid;
    gap: var(--_space);
  }

  .panel > :last-child {
    margin-block-end: 0;
  }

  .collapsible .subheading {
    margin: 0;
  }

  .collapsible .panel {
    padding-block-start: 0.5em;
  }

  @container (min-width: 760px) {
    .sections {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      align-items: start;
    }
  }

  @media print {
    .sections {
      display: block;
    }
    .section {
      margin-block-end: 12pt;
    }
  }
`;
