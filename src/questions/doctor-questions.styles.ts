// Layout of the doctor-questions card: questions as calm tiles with a check box and a notes field,
// the reader's own questions, and the actions. Prints as a clean list with boxes and answer lines.
// Paragraph and list margins come from the card's `.body p` and `.body ol` rules.
import { css } from "lit";

export const questionsStyles = css`
  .save-note {
    color: var(--_muted);
  }

  .save-note.problem {
    padding: 0.6em 0.8em;
    border: 1px solid var(--_error);
    border-inline-start-width: 4px;
    border-radius: calc(var(--_radius) * 0.5);
    color: var(--_text);
  }

  .progress,
  .message,
  .notes label,
  .add-form label {
    font-weight: 600;
  }

  .group {
    margin-block-end: calc(var(--_space) * 1.25);
  }

  .body .questions {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: 0;
    list-style: none;
    max-width: none;
  }

  .question + .question {
    margin-block-start: 0;
  }

  .question {
    min-width: 0;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border-radius: calc(var(--_radius) * 0.75);
    border-inline-start: 4px solid var(--_border);
    background: var(--_surface);
  }

  .question.asked {
    border-inline-start-color: var(--_accent);
  }

  .row,
  .check-label {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
  }

  /* The whole line is the label, so the touch target is the question, at least 44px tall. */
  .check-label {
    flex: auto;
    gap: 0.6em;
    min-width: 0;
    min-height: 44px;
    padding-block: 0.45em;
    cursor: pointer;
  }

  .check {
    flex: none;
    width: 1.35em;
    height: 1.35em;
    margin: 0.1em 0 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  .question-text {
    min-width: 0;
    overflow-wrap: anywhere;
  }

  .remove {
    flex: none;
    min-width: 44px;
    min-height: 44px;
    padding: 0.3em 0.7em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_background);
    color: var(--_text);
    font-size: 0.9375em;
    cursor: pointer;
  }

  .remove:hover {
    border-color: var(--_error);
    color: var(--_error);
  }

  .notes-toggle {
    width: auto;
    justify-content: flex-start;
    color: var(--_accent);
    font-size: 0.9375em;
    font-weight: 600;
  }

  .has-notes {
    color: var(--_muted);
    font-weight: 400;
  }

  .notes {
    display: grid;
    gap: 0.3em;
    padding-block: 0.25em 0.5em;
  }

  textarea,
  .add-row input {
    min-width: 0;
    padding: 0.5em 0.65em;
    border: 1px solid var(--_muted);
    border-radius: 8px;
    background: var(--_background);
    color: var(--_text);
    overflow-wrap: anywhere;
  }

  /* A long note scrolls inside its box; the reader can make it taller. */
  textarea {
    width: 100%;
    min-height: 6em;
    max-height: 24em;
    overflow-y: auto;
    resize: vertical;
    line-height: 1.45;
  }

  .own-empty {
    color: var(--_muted);
  }

  .add-form {
    display: grid;
    /* One column that may shrink below the field's natural width (about 20 characters), so the
       form fits a narrow card (280px, or a card inside <il2-guide>) instead of spilling out. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.35em;
    max-width: 60ch;
  }

  .add-row,
  .actions,
  .confirm-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .add-row input {
    flex: 1 1 14em;
    min-height: 44px;
  }

  .actions button,
  .add-row button {
    flex: auto;
  }

  .confirm {
    margin-block-start: 0.75em;
    padding: 0.75em var(--_space);
    border: 2px solid var(--_error);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
  }

  .confirm p {
    margin: 0 0 0.6em;
    font-weight: 600;
  }

  .danger {
    border-color: var(--_error);
    background: var(--_error);
    color: var(--_background);
  }

  .danger:hover {
    border-color: var(--_text);
  }

  .message:not(:empty) {
    min-height: 1.5em;
  }

  .message:empty {
    margin: 0;
  }

  .print-only,
  .print-box {
    display: none;
  }

  /* Off-screen helper used only for the copy fallback; never seen or read. */
  .copy-buffer {
    position: fixed;
    inset-block-start: 0;
    inset-inline-start: -9999px;
    width: 1px;
    height: 1px;
    opacity: 0;
  }

  @container (min-width: 600px) {
    .actions button,
    .add-row button {
      flex: none;
    }
  }

  @media (forced-colors: active) {
    .question,
    .confirm,
    .save-note.problem {
      border: 1px solid CanvasText;
    }
    .question.asked {
      border-inline-start: 4px solid Highlight;
    }
    .remove,
    .danger {
      border: 1px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .check {
      accent-color: auto;
    }
  }

  /* Buttons and the add form are .no-print (hidden by the card); list items do not break. */
  @media print {
    .notes,
    .own-empty,
    .save-note,
    .check {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .body .questions {
      display: block;
    }
    .question {
      margin-block-end: 10pt;
      padding: 0;
      border: 0;
    }
    /* A drawn box prints the same everywhere, whatever the theme or the browser's form controls. */
    .print-box {
      display: inline-flex;
      flex: none;
      align-items: center;
      justify-content: center;
      width: 1.1em;
      height: 1.1em;
      margin-block-start: 0.2em;
      border: 1.5px solid #000;
      line-height: 1;
    }
    .check-label {
      min-height: 0;
      padding-block: 0.2em;
    }
    .body .print-note {
      margin: 0.2em 0 0;
      margin-inline-start: 2em;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    /* Blank lines to write answers on at the visit. */
    .answer-lines {
      margin-inline-start: 2em;
    }
    .answer-lines span {
      display: block;
      height: 1.8em;
      border-block-end: 1px solid #000;
    }
  }
`;
