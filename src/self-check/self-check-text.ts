// The shape of the self-check card's text, shared by every locale. Which answer is right, and
// which card explains it, is not text: it lives in ./answer-key.ts, the same for every language.
import type { SelfCheckTopic } from "./answer-key.js";

export interface SelfCheckQuestionText {
  /** The question, short and plain. */
  question: string;
  /** Three plain answers, in the order of the answer key (`ANSWER_KEY[topic].right` is the right one). */
  choices: [string, string, string];
  /** The right answer as one plain sentence: the fact itself, from FACTS.md. */
  fact: string;
  /** A ready-made question on this topic for the care team (added to `<il2-doctor-questions>`). */
  ask: string;
}

export interface SelfCheckText {
  title: string;
  /** What the card is for; says there is no score and no time limit. */
  lede: string;
  /** The line saying nothing is saved or sent. */
  keptInPage: string;
  questions: Record<SelfCheckTopic, SelfCheckQuestionText>;

  check: string;
  tryAgain: string;
  askButton: string;
  /** Opens the feedback for a right answer. */
  right: string;
  /** Opens the feedback for a missed answer: kind, never "wrong". */
  missed: string;
  /** The reader pressed Check before picking an answer. */
  pickFirst: string;
  /** Before the link to the card that explains the fact (when that card is on the page). */
  readMore: string;
  /** Names the card that explains the fact, as text (when that card is not on the page). */
  readMoreIn: (cardTitle: string) => string;

  /** The question was added to the list of questions for the care team. */
  askAdded: (question: string) => string;
  /** The question was on that list already. */
  askListed: string;
  /** That list is full (its own limit). */
  askFull: string;
  /** No list of questions on the page: the reader gets the question to write down. */
  askNoList: (question: string) => string;

  print: string;
  /** On paper only: how to use the worksheet. */
  worksheetNote: string;
  /** Heading of the answers, printed on their own page. */
  answersHeading: string;
}
