// Layout of the related-care-and-research card: topics as tiles, three columns on wide containers.
import { css } from "lit";

export const resourcesStyles = css`
  .topics {
    display: grid;
    gap: var(--_space);
  }

  @container (min-width: 880px) {
    .topics {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  @media print {
    .topics {
      display: block;
    }
    .topic {
      margin-block-end: 12pt;
    }
  }
`;
