// Layout of the schedule card: the date form, and the course as a list of phases whose days are
// boxes. Borders, not backgrounds, carry meaning, so it prints and reads in black and white.
import { css } from "lit";

export const scheduleStyles = css`
  .section {
    margin-block-end: calc(var(--_space) * 1.25);
  }

  .section > :last-child {
    margin-block-end: 0;
  }

  .date-entry,
  .phase {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
  }

  .date-entry {
    padding: calc(var(--_space) * 0.75) var(--_space);
  }

  .date-form {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75em;
  }

  .field {
    display: flex;
    flex: 1 1 12em;
    flex-direction: column;
    gap: 0.3em;
    min-width: 0;
  }

  label {
    font-weight: 600;
  }

  input[type="date"] {
    width: 100%;
    max-width: 16em;
    min-height: 44px;
    padding: 0.4em 0.6em;
    border: 2px solid var(--_muted);
    border-radius: 8px;
    background: var(--_background);
  }

  input[aria-invalid="true"] {
    border-color: var(--_error);
  }

  /* WebKit (Safari) gives :focus-visible to the date field's inner month/day/year segment, not to
     the field, so the shared focus ring never showed there: a keyboard user saw only a small
     highlighted segment. A date field takes typing, so focus is always worth showing. */
  input[type="date"]:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .buttons,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .button {
    min-width: 44px;
    min-height: 44px;
    padding: 0.4em 1em;
    border: 2px solid var(--_accent);
    border-radius: 999px;
    background: var(--_background);
    color: var(--_accent);
    font-weight: 600;
    line-height: 1.25;
    cursor: pointer;
  }

  .button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .button:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .body .error,
  .body .status {
    margin: 0.5em 0 0;
  }

  .body .error:empty,
  .body .status:empty {
    margin: 0;
  }

  .error {
    color: var(--_error);
    font-weight: 600;
  }

  .caution,
  .today-note {
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_accent);
    font-weight: 600;
  }

  .body .timeline,
  .body .days {
    display: grid;
    gap: 0.75em;
    max-width: none;
    padding: 0;
    list-style: none;
  }

  .body .timeline li {
    margin: 0;
  }

  .phase {
    padding: 0.75em;
    border-inline-start: 6px solid var(--_accent);
  }

  .phase.rest {
    border-inline-start-style: dashed;
    border-inline-start-color: var(--_muted);
  }

  .phase > :last-child {
    margin-block-end: 0;
  }

  .body .phase-title {
    margin: 0;
    font-size: 1.1em;
    line-height: 1.3;
  }

  .body .phase-detail {
    margin: 0 0 0.5em;
    color: var(--_muted);
  }

  .body .days {
    gap: 0.4em;
    margin: 0;
  }

  .day {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.15em 0.6em;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 8px;
    background: var(--_background);
  }

  .day-label {
    font-weight: 700;
  }

  /* The dots and the words that say what they are, kept together when the day wraps. */
  .day-doses {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.15em 0.45em;
  }

  .doses {
    display: flex;
    gap: 0.3em;
  }

  .dose-count {
    color: var(--_muted);
    font-size: 0.9em;
  }

  /* A dot drawn with a border, so it prints without background colours. */
  .dose {
    width: 0.7em;
    height: 0.7em;
    border: 0.35em solid var(--_accent);
    border-radius: 50%;
  }

  .is-today {
    border: 3px solid var(--_text);
  }

  .phase.is-today {
    border-inline-start-width: 6px;
  }

  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border: 2px solid;
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 700;
  }

  .rest-cells {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin-block-end: 0.5em;
  }

  .rest-cell {
    width: 1.1em;
    height: 1.1em;
    border: 2px solid var(--_muted);
    border-radius: 4px;
  }

  .rest-cell.maybe {
    border-style: dashed;
  }

  /* Today's rest day: a filled square, drawn with its border so it prints. */
  .rest-cell.is-today {
    border: 0.55em solid var(--_text);
  }

  /* After the course: a step with no day squares, its edge dotted (not a dose, not a rest). */
  .phase.after {
    border-inline-start-style: dotted;
  }

  .after-steps {
    padding-inline-start: 1.25em;
  }

  /* The picture's key: the sample dot and squares beside the words that say what they are. */
  .body .key {
    display: grid;
    gap: 0.4em;
    margin-block: 0.75em;
    padding: 0;
    list-style: none;
  }

  .key li {
    display: flex;
    align-items: baseline;
    gap: 0.6em;
  }

  .key .doses,
  .key-cells {
    display: inline-flex;
    flex: none;
    gap: 0.25em;
    min-width: 2.6em;
    transform: translateY(0.15em);
  }

  .label-facts {
    padding-inline-start: 1.25em;
  }

  @container (min-width: 640px) {
    .body .days {
      grid-template-columns: repeat(5, minmax(0, 1fr));
    }
    .day {
      flex-direction: column;
      align-items: flex-start;
    }
  }

  @media (forced-colors: active) {
    .phase,
    .day,
    .date-entry,
    .rest-cell,
    .dose,
    input[type="date"] {
      border-color: CanvasText;
    }
    .button {
      border-color: ButtonText;
    }
    .is-today {
      border-color: Highlight;
    }
    input[type="date"]:focus {
      outline-color: Highlight;
    }
  }

  @media print {
    .section {
      margin-block-end: 12pt;
    }
    .phase,
    .day {
      background: none;
    }
  }
`;
