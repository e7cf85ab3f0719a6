// Layout of the self-check card: each question a calm tile with its choices, its buttons and
// its feedback. On paper it is a worksheet: empty boxes, no buttons, the answers on their own page.
import { css } from "lit";

export const selfCheckStyles = css`
  .save-note {
    color: var(--_muted);
  }

  /* The two buttons under the questions: a row that wraps on a phone, spaced by the layout and
     not by the whitespace between them (which engines and the minified build count differently). */
  .print-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
  }

  .body .questions {
    display: grid;
    gap: var(--_space);
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
    max-width: none;
  }

  .body .question + .question {
    margin-block-start: 0;
  }

  .question {
    min-width: 0;
  }

  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  legend {
    padding: 0;
    max-width: 100%;
  }

  .choices {
    display: grid;
    gap: 0.25em;
  }

  /* The whole line is the label, so each touch target is the answer, at least 44px tall. */
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    min-height: 44px;
    padding: 0.45em 0.5em;
    border-radius: 8px;
    cursor: pointer;
  }

  .choice:hover {
    background: var(--_background);
  }

  .choice input {
    flex: none;
    width: 1.35em;
    height: 1.35em;
    margin: 0.1em 0 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  .choice-text {
    min-width: 0;
    overflow-wrap: anywhere;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.5em;
  }

  .actions button {
    flex: auto;
  }

  .primary {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .primary:hover {
    border-color: var(--_text);
  }

  /* Feedback reads as a note, never an alarm: no red, no icons, the same calm box for both. */
  /* Empty live regions stay in place (a region must exist before it speaks) but take no room. */
  .feedback.empty,
  .ask-note.empty {
    margin: 0;
  }

  .feedback:not(.empty) {
    margin-block-start: 0.6em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-inline-start-width: 4px;
    border-radius: 8px;
    background: var(--_background);
  }

  .feedback.right {
    border-inline-start-color: var(--_accent);
  }

  .feedback p {
    margin: 0;
  }

  .feedback p + p {
    margin-block-start: 0.35em;
  }

  .ask-note:not(.empty) {
    margin: 0.6em 0 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .print-only,
  .print-box {
    display: none;
  }

  @container (min-width: 600px) {
    .actions button {
      flex: none;
    }
  }

  @media (forced-colors: active) {
    .primary {
      border: 1px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .feedback:not(.empty) {
      border: 1px solid CanvasText;
    }
    .choice input {
      accent-color: auto;
    }
  }

  /* A worksheet: buttons, feedback and notes are .no-print (hidden by the card). */
  @media print {
    .choice input {
      display: none;
    }
    .print-only {
      display: block;
    }
    /* Numbered on paper, to match the answers: a counter in the heading, since a list marker
       would sit beside the first choice (a legend is outside the fieldset's line boxes). */
    .body .questions {
      display: block;
      counter-reset: question;
    }
    .question {
      margin-block-end: 12pt;
      break-inside: avoid;
      counter-increment: question;
    }
    .question .subheading::before {
      content: counter(question) ". ";
    }
    .choice {
      min-height: 0;
      padding: 0.15em 0;
    }
    /* A drawn box prints the same everywhere, whatever the theme or the browser's form controls. */
    .print-box {
      display: inline-block;
      flex: none;
      width: 1em;
      height: 1em;
      margin-block-start: 0.2em;
      border: 1.5px solid #000;
    }
    .answers {
      break-before: page;
    }
    .body .answers ol {
      padding-inline-start: 1.5em;
    }
  }
`;
