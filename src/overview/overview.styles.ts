// Layout of the overview card: the key points in a highlighted box, sections as calm tiles (two
// columns on wide containers), and the study's outcomes as a grid of 100 squares whose three kinds
// differ in shape as well as colour, on screen, in forced colours and on paper.
import { css } from "lit";

export const overviewStyles = css`
  .key-points {
    margin-block-end: var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 2px solid var(--_accent);
    border-inline-start-width: 6px;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
  }

  .key-points ul {
    margin-block-end: 0;
  }

  .key-points li {
    font-weight: 600;
  }

  .ask {
    margin-block-start: var(--_space);
  }

  .outcomes {
    margin: 0.75em 0 0;
  }

  .outcomes figcaption {
    margin-block-end: 0.5em;
  }

  .grid {
    display: grid;
    grid-template-columns: repeat(10, 1fr);
    gap: 3px;
    width: min(100%, 16rem);
    margin-block-end: 0.75em;
  }

  /*
   * The three kinds differ in shape, not only colour: a solid square (all signs gone), a ring
   * (tumors shrank), a thin outline (the rest). Drawn mostly with borders, which forced colours
   * keep (in the reader's own text colour) and paper prints without background graphics.
   */
  .square {
    display: inline-block;
    box-sizing: border-box;
    aspect-ratio: 1;
    border: 1px solid var(--_muted);
    border-radius: 2px;
  }

  /* Filled, and its border nearly fills it too where forced colours drop the background. */
  .square.gone {
    border: 0.45em solid var(--_accent);
    background: var(--_accent);
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }

  .square.shrank {
    border: 3px solid var(--_accent);
  }

  .key {
    list-style: none;
    padding: 0;
  }

  .key li {
    display: flex;
    gap: 0.6em;
    align-items: baseline;
  }

  .key .square {
    flex: none;
    width: 1em;
    height: 1em;
    transform: translateY(0.15em);
  }

  @media (forced-colors: active) {
    .key-points {
      border-color: CanvasText;
    }
    .square {
      border-color: CanvasText;
    }
  }

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
    .key-points {
      border: 2px solid #000;
      padding: 6pt 10pt;
      break-inside: avoid;
    }
    .outcomes {
      break-inside: avoid;
    }
    .sections {
      display: block;
    }
    .section {
      margin-block-end: 12pt;
    }
  }
`;
