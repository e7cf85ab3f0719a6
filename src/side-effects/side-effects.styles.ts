// Layout of the side-effects card: the key points in a box, the facts as calm tiles (two columns
// on wide containers), then "Tell your nurse right away" as a highlighted box and "After you go
// home" with the emergency line in its own border. On paper the whole card fits two pages; the
// sheet layout (while the host carries data-il2-print-sheet) prints only the two lists, on one.
// Logical properties only (inline/block), so a right-to-left page mirrors it.
import { css } from "lit";

export const sideEffectsStyles = css`
  .key-points {
    margin-block-end: var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
  }

  .key-points ul {
    margin-block-end: 0;
  }

  .facts,
  .help {
    display: grid;
    gap: var(--_space);
    align-items: start;
  }

  .help {
    margin-block-start: var(--_space);
  }

  .label-tag {
    font-weight: 700;
  }

  /* The highlighted box: thick border, tinted background, an icon that is decoration only. */
  .alert {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 4px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
  }

  .alert-heading {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
  }

  .alert-icon {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 1.6em;
    block-size: 1.6em;
    margin-block-start: 0.05em;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    line-height: 1;
  }

  .body .alert > :last-child,
  .body .at-home > :last-child,
  .contact ::slotted(:last-child) {
    margin-block-end: 0;
  }

  .body .signs li {
    font-weight: 600;
  }

  .at-home {
    padding-inline: 0.25em;
  }

  .emergency {
    padding: 0.5em 0.75em;
    border: 2px solid var(--_text);
    border-radius: 8px;
  }

  /* A 44px target inside its sentence: the line grows around it, the text keeps its baseline. */
  .phone {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    min-inline-size: 44px;
    font-weight: 700;
    white-space: nowrap;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: var(--_space);
  }

  .button {
    min-block-size: 44px;
    padding: 0.4em 1em;
    border: 2px solid var(--_accent);
    border-radius: 999px;
    background: var(--_background);
    color: var(--_accent);
    font-weight: 600;
    line-height: 1.25;
    cursor: pointer;
  }

  .button:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .notes p {
    margin-block: 0 0.5em;
  }

  /* Only on the one-page sheet. */
  .sheet-only {
    display: none;
  }

  @container (min-width: 760px) {
    .facts,
    .help {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .help > .contact {
      grid-column: 1 / -1;
    }
  }

  @media (forced-colors: active) {
    .key-points,
    .alert,
    .emergency {
      border-color: CanvasText;
    }
    .alert-icon {
      border: 1px solid CanvasText;
    }
    .button {
      border-color: ButtonText;
    }
  }

  /*
   * Paper. The whole card: two pages at most, Letter or A4 (tested with a real PDF, in
   * test/node/side-effects-print.test.mjs): a little smaller type, tighter lines, short lists
   * in columns. The boxes keep a plain black border (the tiles' colours are gone on paper).
   */
  @media print {
    .card {
      font-size: 10.5pt;
      line-height: 1.35;
    }
    .body,
    .lede {
      font-size: 1em;
    }
    .header {
      margin-block-end: 8pt;
    }
    .body .subheading {
      margin-block-end: 3pt;
    }
    .facts,
    .help {
      display: block;
    }
    .key-points,
    .alert,
    .emergency {
      border: 2px solid #000;
      background: none;
    }
    .key-points,
    .alert {
      padding: 6pt 8pt;
    }
    .key-points,
    .section,
    .help > * {
      margin-block-end: 8pt;
    }
    /* Paper is wide enough for longer lines: the 70ch measure would cost a third page. */
    .lede,
    .body p,
    .body ul,
    .footer p {
      max-width: none;
      margin-block-end: 4pt;
    }
    .body li + li {
      margin-block-start: 1pt;
    }
    .body .signs,
    .before ul,
    .common ul {
      columns: 2;
      column-gap: 2em;
    }
    .alert,
    .at-home,
    .emergency {
      break-inside: avoid;
    }
    .alert-icon {
      border: 1.5px solid #000;
      background: none;
      color: #000;
    }
    .phone {
      min-block-size: 0;
      color: #000;
      text-decoration: none;
    }
    .footer {
      font-size: 9pt;
    }

    /* The one-page sheet: its heading, the two lists, the host's contact details, the source. */
    :host([data-il2-print-sheet]) .header,
    :host([data-il2-print-sheet]) .key-points,
    :host([data-il2-print-sheet]) .facts,
    :host([data-il2-print-sheet]) .mark-note {
      display: none;
    }
    /* Larger type than the card's, to read across a kitchen; one page still leaves room. */
    :host([data-il2-print-sheet]) .card {
      font-size: 12.5pt;
    }
    :host([data-il2-print-sheet]) .help {
      margin: 0;
    }
    :host([data-il2-print-sheet]) .sheet-only {
      display: block;
    }
    :host([data-il2-print-sheet]) .write-in {
      display: flex;
    }
    :host([data-il2-print-sheet]) .body .signs {
      columns: 1;
    }
    .sheet-heading {
      margin-block-end: 4pt;
      font-size: 1.6em;
      font-weight: 700;
      line-height: 1.2;
    }
    /* A line to write the care team's number on. */
    .write-in {
      align-items: flex-end;
      gap: 0.5em;
      margin-block-start: 10pt;
      font-weight: 700;
    }
    .blank {
      flex: 1;
      min-inline-size: 12em;
      border-block-end: 1.5px solid #000;
    }
  }
`;
