// Where a saved list lives: localStorage under one key when the browser allows it, else page memory
// until the page closes. Also the channel that keeps every list sharing a key in step: in-page
// listeners (the `storage` event never reaches the page that wrote) plus `storage` events from
// other tabs. Only the one key is ever read, written or removed. Nothing here throws.
import type { Parsed } from "../shared/attributes.js";

/** The localStorage key used when `storage-key` is not set. */
export const DEFAULT_STORAGE_KEY = "il2-doctor-questions";
const MAX_KEY_LENGTH = 100;

/** Any text of 1–100 characters without control characters (trimmed); anything else gives the default. */
export function parseStorageKey(input: unknown): Parsed<string> {
  if (input == null) return { value: DEFAULT_STORAGE_KEY, valid: true };
  const key = typeof input === "string" ? input.trim() : "";
  if (
    !key ||
    key.length > MAX_KEY_LENGTH ||
    /[\u0000-\u001F\u007F]/.test(key)
  ) {
    return { value: DEFAULT_STORAGE_KEY, valid: false };
  }
  return { value: key, valid: true };
}

/** `unavailable`: the browser gives no storage (sandboxed frame, blocked, private mode). `quota`: storage is full. */
export type StoreProblem = "unavailable" | "quota";

/** Returns the Storage to use; may throw, as `window.localStorage` does in sandboxed frames. */
export type StorageSource = () => Storage | null | undefined;

export interface ReadResult {
  /** The saved text, or null when nothing is saved. */
  text: string | null;
  problem?: StoreProblem;
}

export interface WriteResult {
  /** Set when the text could only be kept in page memory. */
  problem?: StoreProblem;
}

/** Called with the newly saved text (null when cleared). */
export type StoreListener = (text: string | null) => void;

const browserStorage: StorageSource = () => globalThis.localStorage;

/** Keys the browser would not save, with their value (null: cleared) and the reason, for this page. */
const memory = new Map<
  string,
  { text: string | null; problem: StoreProblem }
>();

const listeners = new Map<string, Set<StoreListener>>();

/** True for the "storage is full" errors of current and older browsers. */
export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === "QuotaExceededError" ||
      error.name === "NS_ERROR_DOM_QUOTA_REACHED" ||
      error.code === 22 ||
      error.code === 1014)
  );
}

function safely(source: StorageSource): Storage | undefined {
  try {
    return source() ?? undefined;
  } catch {
    return undefined;
  }
}

export class QuestionStore {
  readonly #source: StorageSource;

  constructor(
    readonly key: string,
    source: StorageSource = browserStorage,
  ) {
    this.#source = source;
  }

  read(): ReadResult {
    const kept = memory.get(this.key);
    if (kept) return { ...kept };
    try {
      // No storage, a throwing getter and a refused read all end here.
      return { text: this.#source()!.getItem(this.key) };
    } catch {
      return { text: null, problem: "unavailable" };
    }
  }

  /** Saves `text` (null removes the key). Falls back to page memory, and says why, when storage fails. */
  write(text: string | null): WriteResult {
    const storage = safely(this.#source);
    let problem: StoreProblem = "unavailable";
    if (storage) {
      try {
        if (text === null) storage.removeItem(this.key);
        else storage.setItem(this.key, text);
        memory.delete(this.key);
        return {};
      } catch (error) {
        if (isQuotaError(error)) problem = "quota";
      }
    }
    memory.set(this.key, { text, problem });
    return { problem };
  }

  /** Tells every other listener on this key, in this page, about newly saved text. */
  publish(text: string | null, except?: StoreListener): void {
    for (const listener of [...(listeners.get(this.key) ?? [])]) {
      if (listener !== except) listener(text);
    }
  }

  /**
   * Listens for this key's text saved by other lists in this page or in other tabs (the `storage`
   * event, listened to while anyone listens). Returns the unsubscribe.
   */
  subscribe(listener: StoreListener): () => void {
    let set = listeners.get(this.key);
    if (!set) listeners.set(this.key, (set = new Set()));
    set.add(listener);
    // Adding the same listener again does nothing.
    window.addEventListener("storage", onStorage);
    return () => {
      set.delete(listener);
      if (!set.size) listeners.delete(this.key);
      if (!listeners.size) window.removeEventListener("storage", onStorage);
    };
  }
}

function onStorage(event: StorageEvent): void {
  if (event.storageArea && event.storageArea !== safely(browserStorage)) return;
  // key null: the other tab cleared all of storage.
  const keys = event.key === null ? [...listeners.keys()] : [event.key];
  for (const key of keys) {
    const set = listeners.get(key);
    if (!set) continue;
    // The other tab saved for real, so its value is now the newest; stop reading a stale memory copy.
    memory.delete(key);
    for (const listener of [...set])
      listener(event.key === null ? null : event.newValue);
  }
}

/** Forgets page-memory copies so tests start clean. Not part of the public API. */
export function forgetMemoryStore(): void {
  memory.clear();
}
