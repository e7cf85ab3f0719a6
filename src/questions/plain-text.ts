// The list as plain text, for Copy and Download: a title, the progress line, each question with a
// check box and its notes, the reader's own questions, and the card's closing lines. Pure: no DOM.

export interface PlainTextQuestion {
  text: string;
  asked: boolean;
  note: string;
}

export interface PlainTextList {
  title: string;
  /** e.g. "You have asked 3 of 12 questions." */
  progress: string;
  /** Suggested questions (built-in, then the host's). */
  questions: readonly PlainTextQuestion[];
  ownHeading: string;
  own: readonly PlainTextQuestion[];
  /** Label before a question's notes, e.g. "Answer and notes:". */
  notesLabel: string;
  /** Shown after the label when a question has no notes. */
  noNotes: string;
  /** Closing lines (care-team note, source). */
  footer: readonly string[];
}

const ASKED = '[x]';
const NOT_ASKED = '[ ]';
const INDENT = '    ';

function questionLines(question: PlainTextQuestion, number: number, list: PlainTextList): string[] {
  const lines = [`${question.asked ? ASKED : NOT_ASKED} ${number}. ${question.text}`];
  const note = question.note.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
  if (note.trim()) {
    lines.push(`${INDENT}${list.notesLabel}`);
    for (const line of note.split('\n')) lines.push(line.trim() ? `${INDENT}${line}` : '');
  } else {
    lines.push(`${INDENT}${list.notesLabel} ${list.noNotes}`);
  }
  return lines;
}

/** The whole list as text with `\n` line breaks and a final line break. */
export function listAsPlainText(list: PlainTextList): string {
  const blocks: string[][] = [[list.title, '='.repeat(Math.min(list.title.length, 72))], [list.progress]];
  list.questions.forEach((question, index) => blocks.push(questionLines(question, index + 1, list)));
  if (list.own.length) {
    blocks.push([list.ownHeading, '-'.repeat(Math.min(list.ownHeading.length, 72))]);
    list.own.forEach((question, index) => blocks.push(questionLines(question, index + 1, list)));
  }
  blocks.push([...list.footer]);
  return `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
