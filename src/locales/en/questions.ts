// English text of <il2-doctor-questions>, and the shape of its text in every language: a module
// of its own, so a page loads only the text it shows.
import type { CountMessage } from "../../i18n/message.js";

/** Stable ids of the built-in questions (Q1–Q10): saved marks and notes use them, whatever the language. */
export type BuiltInQuestionId =
  "q1" | "q2" | "q3" | "q4" | "q5" | "q6" | "q7" | "q8" | "q9" | "q10";

export interface QuestionsText {
  title: string;
  /** Not every treatment works for every patient (F23), and how to use the list. */
  lede: string;
  /** Heading over the suggested questions (built-in and the host's own). */
  listHeading: string;
  /** The ten questions from the source, in plain words (Q1–Q10), by their stable ids. */
  questions: Record<BuiltInQuestionId, string>;
  /** How many shown questions are marked asked (`{asked}`) of all (the count); announced politely when it changes. */
  progress: CountMessage;

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
  /** The reader already has the most own questions allowed, `{max}`. */
  ownLimit: string;

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
  /** The list is downloading as `{fileName}`. */
  downloaded: string;
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

export const questions: QuestionsText = {
  title: "Questions to ask your doctor about IL-2",
  // F23
  lede: "Not every treatment works for every person. These questions can help you learn if IL-2 is right for you. Take them to your next visit. Check the box by each one you ask, and write down what you hear.",
  listHeading: "Questions to ask",
  questions: {
    q1: "Can I get IL-2 treatment?", // Q1
    q2: "How much have you used IL-2 to treat people?", // Q2
    q3: "Would IL-2 be a good choice for the melanoma I have?", // Q3
    q4: "Is there another treatment I could have instead of IL-2?", // Q4
    q5: "How well has IL-2 worked for people like me?", // Q5
    q6: "What side effects can IL-2 cause?", // Q6
    q7: "Are there clinical trials (research studies) of IL-2 I should think about?", // Q7
    q8: "What other treatments has the FDA approved for advanced melanoma?", // Q8
    q9: "What are the risks and the benefits of each choice I have?", // Q9
    q10: "What do we hope my treatment will do for me?", // Q10
  },
  progress: {
    one: "You have asked {asked} of {count} question.",
    other: "You have asked {asked} of {count} questions.",
  },
  notesToggle: "Answer and notes",
  hasNotes: "(written)",
  notesLabel: "Write the answer or any notes",
  ownHeading: "Your own questions",
  ownEmpty: "Add any other questions you want to ask.",
  addLabel: "Type a question",
  addButton: "Add question",
  removeButton: "Remove",
  added: "Your question is added to the list.",
  removed: "Your question is removed.",
  emptyQuestion: "Type your question first.",
  ownLimit: "You can add up to {max} questions. Remove one to add another.",
  actionsHeading: "Keep your list",
  print: "Print",
  copy: "Copy as text",
  download: "Download as a file",
  clear: "Clear all",
  confirmClear:
    "Clear all check marks, notes and your own questions? You cannot undo this.",
  confirmYes: "Yes, clear all",
  confirmNo: "No, keep my list",
  cleared: "Your list is cleared.",
  copied: "Your list is copied. You can paste it into a note or an email.",
  copyFailed:
    'Sorry, the list could not be copied. Use "Download as a file" instead.',
  downloaded: "Your list is downloading as a file named {fileName}.",
  fileName: "questions-for-my-doctor.txt",
  keptInPage:
    "What you write stays in this browser and is not sent anywhere. It will be gone when you close this page.",
  keptOnDevice:
    'What you write stays in this browser on this device and is not sent anywhere. It is kept for next time, until you choose "Clear all".',
  cannotSave:
    "This browser will not let us save your list, so it will be gone when you close this page. To keep it, print, copy or download it. Nothing is sent anywhere.",
  unreadable:
    "A list saved before on this device could not be read, so this list starts empty.",
  textNotesLabel: "Answer and notes:",
  textNoNotes: "(none yet)",
};
