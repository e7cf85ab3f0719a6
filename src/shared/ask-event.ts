// The `il2-ask` event: one card (the self-check) hands a ready-made question to a list of questions
// for the care team (<il2-doctor-questions>) elsewhere on the page, and learns what became of it.
// Types only: the firing card and the listening card each carry their own few lines of code.

/** What became of an asked question: `added`, `listed` (already on the list), `full` (the list's own limit). */
export type Il2AskResult = "added" | "listed" | "full";

export interface Il2AskDetail {
  /**
   * What the question is about (letters, digits and dashes, e.g. `side-effects`). A list keeps one
   * copy per topic, whatever the language, also across visits when it saves.
   */
  topic: string;
  /** The question, as plain text in the reader's language. */
  question: string;
  /** The language of `question` (`en`, `es`…). */
  lang: string;
  /**
   * Set by the list that takes the question; empty while nobody has. The card that asked reads it
   * once the event has been handled, to tell the reader what happened (or that no list is on the
   * page). A host with its own list may take the question and set it too.
   */
  result: Il2AskResult | "";
}

declare global {
  interface GlobalEventHandlersEventMap {
    "il2-ask": CustomEvent<Il2AskDetail>;
  }
}
