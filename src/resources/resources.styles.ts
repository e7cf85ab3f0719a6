// Layout of the related-care-and-research card: topics as calm tiles, three columns on wide
// containers, each with an optional stand-alone link (44px target).
import { css } from 'lit';

export const resourcesStyles = css`
  .topics {
    display: grid;
    gap: var(--_space);
  }

  .topic {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-radius: calc(var(--_radius) * 0.75);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
  }

  .topic > :last-child {
    margin-block-end: 0;
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

  @container (max-width: 420px) {
    .topic {
      padding: 10px 10px 10px 12px;
    }
  }

  @container (min-width: 880px) {
    .topics {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  @media (forced-colors: active) {
    .topic {
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
    .topics {
      display: block;
    }
    .topic {
      margin-block-end: 12pt;
      padding: 0;
      border: 0;
      background: none;
    }
  }
`;
