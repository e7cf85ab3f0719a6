// Layout of the paying-for-treatment card: the host's contact details sit in a tile.
import { css } from "lit";

export const assistanceStyles = css`
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
