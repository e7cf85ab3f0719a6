// The shape of the doctor-questions card's text (fact F23, questions Q1–Q10), shared by every locale.

/** Stable ids of the built-in questions (Q1–Q10): saved marks and notes use them, whatever the language. */
export const BUILT_IN_QUESTION_IDS = [
  "q1",
  "q2",
  "q3",
  "q4",
  "q5",
  "q6",
  "q7",
  "q8",
  "q9",
  "q10",
] as const;
export type BuiltInQuestionId = (typeof BUILT_IN_QUESTION_IDS)[number];

export interface QuestionsText {
  title: string;
  /** Not every treatment works for every patient (F23), and how to use the list. */
  lede: string;
  /** Heading over the suggested questions (built-in and the host's own). */
  listHeading: string;
  /** The ten questions from the source, in plain words (Q1–Q10). */
  questions: Record<BuiltInQuestionId, string>;
  /** How many shown questions are marked asked; announced politely when it changes. */
  progress: (asked: number, total: number) => string;

  /** The expand/collapse button for a question's notes field. */
  notesToggle: string;
  /** Added to the notes button while that question has notes. */
  hasNotes: string;
  /** Visible label of a notes field (its accessible name adds the question). */
  notesLabel: string;

  ownHeading: string;
  /** Shown while the reader has added no questions of their own. */
  ownEmpty: string;
  /** Label of the field for a new question. */
  addLabel: string;
  addButton: string;
  /** Visible text of an own question's remove button (its accessible name adds the question). */
  removeButton: string;
  added: string;
  removed: string;
  /** The reader pressed Add with an empty field. */
  emptyQuestion: string;
  /** The reader already has the most own questions allowed. */
  ownLimit: (max: number) => string;

  actionsHeading: string;
  print: string;
  copy: string;
  download: string;
  clear: string;
  /** The in-card question before everything is cleared. */
  confirmClear: string;
  confirmYes: string;
  confirmNo: string;
  cleared: string;
  copied: string;
  copyFailed: string;
  downloaded: (fileName: string) => string;
  /** Name of the downloaded plain-text file. */
  fileName: string;

  /** Privacy line without `persist`: kept only while the page is open. */
  keptInPage: string;
  /** Privacy line with `persist`: kept in this browser until cleared. */
  keptOnDevice: string;
  /** With `persist`, when the browser refuses to store anything (private mode, sandbox, full). */
  cannotSave: string;
  /** With `persist`, when saved data could not be read, so the list starts empty. */
  unreadable: string;

  /** In the plain-text copy and download: the label before a question's notes. */
  textNotesLabel: string;
  /** In the plain-text copy and download: shown for a question without notes. */
  textNoNotes: string;
}
