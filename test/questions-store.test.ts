import { expect } from "@open-wc/testing";
import {
  DEFAULT_STORAGE_KEY,
  QuestionStore,
  forgetMemoryStore,
  isQuotaError,
  parseStorageKey,
  type StorageSource,
} from "../src/questions/question-store.js";
import "./helpers.js";

/** An in-memory Storage that records every key it is asked about. */
class RecordingStorage implements Storage {
  values = new Map<string, string>();
  touched: string[] = [];
  failWrites: Error | undefined;
  failReads: Error | undefined;

  get length() {
    return this.values.size;
  }
  key(index: number) {
    return [...this.values.keys()][index] ?? null;
  }
  getItem(key: string) {
    this.touched.push(key);
    if (this.failReads) throw this.failReads;
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.touched.push(key);
    if (this.failWrites) throw this.failWrites;
    this.values.set(key, value);
  }
  removeItem(key: string) {
    this.touched.push(key);
    if (this.failWrites) throw this.failWrites;
    this.values.delete(key);
  }
  clear() {
    throw new Error("the store must never clear all of storage");
  }
}

const quotaError = () =>
  new DOMException("The quota has been exceeded.", "QuotaExceededError");
const securityError = () =>
  new DOMException("Access is denied for this document.", "SecurityError");

let keyCount = 0;
const freshKey = () => `test-store-${Date.now()}-${keyCount++}`;

describe("doctor questions: storage", () => {
  afterEach(() => forgetMemoryStore());

  describe("the storage key", () => {
    it(`defaults to "${DEFAULT_STORAGE_KEY}"`, () => {
      expect(parseStorageKey(undefined)).to.deep.equal({
        value: "il2-doctor-questions",
        valid: true,
      });
      expect(parseStorageKey("  my-clinic-questions ")).to.deep.equal({
        value: "my-clinic-questions",
        valid: true,
      });
    });

    for (const bad of ["", "   ", "x".repeat(101), "a\u0000b", 42, {}, ["a"]]) {
      it(`falls back to the default for ${JSON.stringify(bad)?.slice(0, 20)}`, () => {
        expect(parseStorageKey(bad)).to.deep.equal({
          value: DEFAULT_STORAGE_KEY,
          valid: false,
        });
      });
    }
  });

  describe("when the browser stores data", () => {
    it("reads, writes and removes its own key and touches no other", () => {
      const storage = new RecordingStorage();
      storage.values.set("someone-else", "keep me");
      const key = freshKey();
      const store = new QuestionStore(key, () => storage);
      expect(store.read()).to.deep.equal({ text: null });
      expect(store.write('{"v":1}')).to.deep.equal({});
      expect(store.read()).to.deep.equal({ text: '{"v":1}' });
      expect(store.write(null)).to.deep.equal({});
      expect(storage.values.has(key)).to.equal(false);
      expect(storage.values.get("someone-else")).to.equal("keep me");
      expect(new Set(storage.touched)).to.deep.equal(new Set([key]));
    });
  });

  describe("when storage is unavailable", () => {
    it("keeps the list in page memory when even reaching localStorage throws (sandboxed frame)", () => {
      const key = freshKey();
      const source: StorageSource = () => {
        throw securityError();
      };
      const store = new QuestionStore(key, source);
      expect(store.read()).to.deep.equal({
        text: null,
        problem: "unavailable",
      });
      expect(store.write("saved")).to.deep.equal({ problem: "unavailable" });
      expect(new QuestionStore(key, source).read()).to.deep.equal({
        text: "saved",
        problem: "unavailable",
      });
    });

    it("treats a missing localStorage the same way", () => {
      const store = new QuestionStore(freshKey(), () => null);
      expect(store.read().problem).to.equal("unavailable");
      expect(store.write("x").problem).to.equal("unavailable");
    });

    it("treats a throwing getItem as unavailable", () => {
      const storage = new RecordingStorage();
      storage.failReads = securityError();
      expect(new QuestionStore(freshKey(), () => storage).read()).to.deep.equal(
        { text: null, problem: "unavailable" },
      );
    });

    it("switches to page memory when storage is full, and back when a write fits again", () => {
      const storage = new RecordingStorage();
      const key = freshKey();
      const store = new QuestionStore(key, () => storage);
      store.write("first");
      storage.failWrites = quotaError();
      expect(store.write("too big")).to.deep.equal({ problem: "quota" });
      expect(storage.values.get(key)).to.equal("first");
      // A new list in this page sees the newest text, not the stale saved copy.
      expect(new QuestionStore(key, () => storage).read()).to.deep.equal({
        text: "too big",
        problem: "quota",
      });
      storage.failWrites = undefined;
      expect(store.write("small")).to.deep.equal({});
      expect(new QuestionStore(key, () => storage).read()).to.deep.equal({
        text: "small",
      });
    });

    it('recognises "storage full" errors of current and older browsers', () => {
      expect(isQuotaError(quotaError())).to.equal(true);
      expect(
        isQuotaError(new DOMException("full", "NS_ERROR_DOM_QUOTA_REACHED")),
      ).to.equal(true);
      expect(isQuotaError(securityError())).to.equal(false);
      expect(isQuotaError(new Error("QuotaExceededError"))).to.equal(false);
      expect(isQuotaError("full")).to.equal(false);
    });
  });

  describe("keeping lists in step", () => {
    it("tells other listeners on the same key, not the writer and not other keys", () => {
      const key = freshKey();
      const a = new QuestionStore(key, () => new RecordingStorage());
      const b = new QuestionStore(key, () => new RecordingStorage());
      const other = new QuestionStore(freshKey(), () => new RecordingStorage());
      const heard: string[] = [];
      const fromA = (text: string | null) => heard.push(`a:${text}`);
      const offA = a.subscribe(fromA);
      const offB = b.subscribe((text) => heard.push(`b:${text}`));
      const offOther = other.subscribe((text) => heard.push(`other:${text}`));
      a.publish("one", fromA);
      a.publish(null, fromA);
      offB();
      a.publish("two", fromA);
      expect(heard).to.deep.equal(["b:one", "b:null"]);
      offA();
      offOther();
    });

    it("hears lists in other tabs through the storage event", () => {
      const key = freshKey();
      const store = new QuestionStore(key);
      const heard: (string | null)[] = [];
      const off = store.subscribe((text) => heard.push(text));
      window.dispatchEvent(
        new StorageEvent("storage", {
          key,
          newValue: "from another tab",
          storageArea: localStorage,
        }),
      );
      window.dispatchEvent(
        new StorageEvent("storage", {
          key: "another-key",
          newValue: "x",
          storageArea: localStorage,
        }),
      );
      window.dispatchEvent(
        new StorageEvent("storage", {
          key,
          newValue: "session",
          storageArea: sessionStorage,
        }),
      );
      window.dispatchEvent(
        new StorageEvent("storage", { key: null, storageArea: localStorage }),
      );
      off();
      window.dispatchEvent(
        new StorageEvent("storage", {
          key,
          newValue: "after unsubscribe",
          storageArea: localStorage,
        }),
      );
      expect(heard).to.deep.equal(["from another tab", null]);
    });
  });
});
