// Layout of the paying-for-treatment card: a stand-alone link with a 44px target, and a calm
// tile around the host's contact details.
import { css } from 'lit';

export const assistanceStyles = css`
  .link-row {
    margin: 0 0 0.75em;
  }

  .link {
    display: inline-block;
    min-height: 44px;
    padding-block: 0.5em;
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .link:hover {
    text-decoration-thickness: 2px;
  }

  .site {
    font-weight: 400;
  }

  .contact {
    margin-block-start: var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-radius: calc(var(--_radius) * 0.75);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
  }

  .body > :last-child,
  .contact > :last-child,
  .contact ::slotted(:last-child) {
    margin-block-end: 0;
  }

  @container (max-width: 420px) {
    .contact {
      padding: 10px 10px 10px 12px;
    }
  }

  @media (forced-colors: active) {
    .contact {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
  }

  @media print {
    /* Paper cannot be clicked: print where each link goes. */
    a[href]::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
      overflow-wrap: anywhere;
    }
    .site {
      display: none;
    }
    .link {
      min-height: 0;
      padding: 0;
    }
    .contact {
      padding: 0;
      border: 0;
      background: none;
      break-inside: avoid;
    }
  }
`;
