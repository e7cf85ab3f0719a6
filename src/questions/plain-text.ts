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

const ASKED = "[x]";
const NOT_ASKED = "[ ]";
const INDENT = "    ";

function questionLines(
  question: PlainTextQuestion,
  number: number,
  list: PlainTextList,
): string[] {
  const lines = [
    `${question.asked ? ASKED : NOT_ASKED} ${number}. ${question.text}`,
  ];
  const note = question.note.replace(/\r\n?/g, "\n").replace(/\s+$/, "");
  if (note.trim()) {
    lines.push(`${INDENT}${list.notesLabel}`);
    for (const line of note.split("\n"))
      lines.push(line.trim() ? `${INDENT}${line}` : "");
  } else {
    lines.push(`${INDENT}${list.notesLabel} ${list.noNotes}`);
  }
  return lines;
}

/** A heading line and its underline of `mark`s (at most 72). */
const underlined = (title: string, mark: string) => [
  title,
  mark.repeat(Math.min(title.length, 72)),
];

/** The whole list as text with `\n` line breaks and a final line break. */
export function listAsPlainText(list: PlainTextList): string {
  const numbered = (questions: readonly PlainTextQuestion[]) =>
    questions.map((question, index) =>
      questionLines(question, index + 1, list),
    );
  const blocks = [
    underlined(list.title, "="),
    [list.progress],
    ...numbered(list.questions),
    ...(list.own.length
      ? [underlined(list.ownHeading, "-"), ...numbered(list.own)]
      : []),
    list.footer,
  ];
  return `${blocks.map((lines) => lines.join("\n")).join("\n\n")}\n`;
}
