// Layout of the paying-for-treatment card: numbered steps, and the host's contact details in a tile.
import { css } from "lit";

export const assistanceStyles = css`
  .steps {
    padding-inline-start: 1.5em;
  }

  .steps .link-lead {
    margin: 0.35em 0 0;
  }

  .contact {
    margin-block-start: var(--_space);
  }

  .body > :last-child,
  .contact ::slotted(:last-child) {
    margin-block-end: 0;
  }

  @media print {
    .contact {
      break-inside: avoid;
    }
  }
`;
