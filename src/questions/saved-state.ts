// The reader's list as data: which questions are asked, the notes, and their own questions; plus
// its saved form, a versioned JSON object checked field by field. Pure: no DOM, never throws.
import {
  LIMITS,
  cleanNote,
  cleanQuestionText,
  isQuestionId,
  type QuestionItem,
} from "./question-items.js";

/** Version of the saved format. Saved data of any other version is not read. */
export const STATE_VERSION = 1;

export interface QuestionsState {
  /** Ids of questions marked asked. */
  asked: Record<string, true>;
  /** Notes by question id; questions without notes have no entry. */
  notes: Record<string, string>;
  /** The reader's own questions, in the order added. */
  own: QuestionItem[];
}

/** The saved JSON: `{ "v": 1, "asked": { id: true }, "notes": { id: text }, "own": [{ "id", "text" }] }`. */
export interface SavedStateV1 extends QuestionsState {
  v: 1;
}

/**
 * Most marks and most notes kept: every built-in, host and own question with room to spare.
 * Marks for questions not shown now (a host question removed later) are kept until this limit.
 */
const MAX_ENTRIES = 10 + LIMITS.hostQuestions + LIMITS.ownQuestions + 40;

export function emptyState(): QuestionsState {
  return { asked: {}, notes: {}, own: [] };
}

export function isAsked(state: QuestionsState, id: string): boolean {
  return Object.hasOwn(state.asked, id);
}

export function noteFor(state: QuestionsState, id: string): string {
  return Object.hasOwn(state.notes, id) ? (state.notes[id] ?? "") : "";
}

export function withAsked(
  state: QuestionsState,
  id: string,
  asked: boolean,
): QuestionsState {
  const next = { ...state.asked };
  if (asked) next[id] = true;
  else delete next[id];
  return { ...state, asked: next };
}

export function withNote(
  state: QuestionsState,
  id: string,
  note: string,
): QuestionsState {
  const next = { ...state.notes };
  const text = cleanNote(note);
  // Spaces are kept while the reader types; a note of only spaces counts as none when shown.
  if (text) next[id] = text;
  else delete next[id];
  return { ...state, notes: next };
}

export function withOwnAdded(
  state: QuestionsState,
  question: QuestionItem,
): QuestionsState {
  return { ...state, own: [...state.own, question] };
}

/** Removes an own question with its mark and notes. */
export function withOwnRemoved(
  state: QuestionsState,
  id: string,
): QuestionsState {
  const next = withAsked(withNote(state, id, ""), id, false);
  return { ...next, own: next.own.filter((question) => question.id !== id) };
}

export function serializeState(state: QuestionsState): string {
  const saved: SavedStateV1 = {
    v: STATE_VERSION,
    asked: state.asked,
    notes: state.notes,
    own: state.own,
  };
  return JSON.stringify(saved);
}

/**
 * - `empty`: nothing saved.
 * - `ok`: read as saved (`repaired` tells whether unusable entries were dropped).
 * - `unreadable`: not JSON, or not a saved list.
 * - `other-version`: a saved list of another format version.
 */
export type LoadStatus = "empty" | "ok" | "unreadable" | "other-version";

export interface LoadResult {
  state: QuestionsState;
  status: LoadStatus;
  /** True when some entries were unusable and were left out. */
  repaired: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** Keeps the usable entries of a saved version-1 list. */
function readV1(saved: Record<string, unknown>): {
  state: QuestionsState;
  repaired: boolean;
} {
  let repaired = false;
  const state = emptyState();

  if (isRecord(saved.asked)) {
    for (const [id, value] of Object.entries(saved.asked)) {
      if (
        isQuestionId(id) &&
        value === true &&
        Object.keys(state.asked).length < MAX_ENTRIES
      )
        state.asked[id] = true;
      else repaired = true;
    }
  } else if (saved.asked !== undefined) repaired = true;

  if (isRecord(saved.notes)) {
    for (const [id, value] of Object.entries(saved.notes)) {
      const note = cleanNote(value);
      if (
        isQuestionId(id) &&
        typeof value === "string" &&
        note &&
        Object.keys(state.notes).length < MAX_ENTRIES
      ) {
        state.notes[id] = note;
        if (note !== value) repaired = true;
      } else repaired = true;
    }
  } else if (saved.notes !== undefined) repaired = true;

  if (Array.isArray(saved.own)) {
    const seen = new Set<string>();
    for (const entry of saved.own as unknown[]) {
      const record = isRecord(entry) ? entry : {};
      const { text } = cleanQuestionText(record.text);
      const id = record.id;
      if (
        isQuestionId(id) &&
        id.startsWith("o-") &&
        text &&
        !seen.has(id) &&
        state.own.length < LIMITS.ownQuestions
      ) {
        seen.add(id);
        state.own.push({ id, text });
        if (text !== record.text) repaired = true;
      } else repaired = true;
    }
  } else if (saved.own !== undefined) repaired = true;

  return { state, repaired };
}

const unusable = (status: LoadStatus): LoadResult => ({
  state: emptyState(),
  status,
  repaired: false,
});

/** Reads saved text of any kind into a list; anything unusable gives an empty list. */
export function parseSavedState(text: unknown): LoadResult {
  if (text == null || text === "") return unusable("empty");
  let saved: unknown;
  try {
    saved = typeof text === "string" ? JSON.parse(text) : undefined;
  } catch {
    saved = undefined;
  }
  if (!isRecord(saved) || typeof saved.v !== "number")
    return unusable("unreadable");
  // A later format adds its reader here, or a migration to the newest.
  if (saved.v !== STATE_VERSION) return unusable("other-version");
  return { ...readV1(saved), status: "ok" };
}
