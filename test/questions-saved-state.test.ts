import { expect } from "@open-wc/testing";
import {
  STATE_VERSION,
  emptyState,
  isAsked,
  noteFor,
  parseSavedState,
  serializeState,
  withAsked,
  withNote,
  withOwnAdded,
  withOwnRemoved,
} from "../src/questions/saved-state.js";
import { LIMITS } from "../src/questions/question-items.js";
import "./helpers.js";

const saved = (value: unknown) => JSON.stringify(value);

describe("doctor questions: saved format", () => {
  it("writes a versioned object and reads it back the same", () => {
    let state = withAsked(emptyState(), "q1", true);
    state = withNote(
      state,
      "q1",
      "Yes, if my heart and lungs are strong.\nAsk again in May.",
    );
    state = withOwnAdded(state, {
      id: "o-abc",
      text: "Can I work during treatment?",
    });
    const text = serializeState(state);
    expect(JSON.parse(text)).to.deep.equal({
      v: STATE_VERSION,
      asked: { q1: true },
      notes: {
        q1: "Yes, if my heart and lungs are strong.\nAsk again in May.",
      },
      own: [{ id: "o-abc", text: "Can I work during treatment?" }],
    });
    expect(parseSavedState(text)).to.deep.equal({
      state,
      status: "ok",
      repaired: false,
    });
  });

  it("changes a list without changing the old one", () => {
    const before = withAsked(emptyState(), "q2", true);
    const after = withAsked(before, "q2", false);
    expect(isAsked(before, "q2")).to.equal(true);
    expect(isAsked(after, "q2")).to.equal(false);
    expect(noteFor(withNote(before, "q2", ""), "q2")).to.equal("");
  });

  it("removes an own question together with its mark and notes", () => {
    let state = withOwnAdded(emptyState(), { id: "o-1", text: "Mine?" });
    state = withNote(withAsked(state, "o-1", true), "o-1", "note");
    expect(withOwnRemoved(state, "o-1")).to.deep.equal(emptyState());
  });

  it("does not count inherited names as asked", () => {
    expect(isAsked(emptyState(), "constructor")).to.equal(false);
    expect(noteFor(emptyState(), "toString")).to.equal("");
  });

  describe("reading what was saved", () => {
    it("gives an empty list when nothing is saved", () => {
      for (const text of [null, undefined, ""]) {
        expect(parseSavedState(text)).to.deep.equal({
          state: emptyState(),
          status: "empty",
          repaired: false,
        });
      }
    });

    for (const [name, text] of [
      ["not JSON", '{"v":1,'],
      ["plain text", "hello"],
      ["a number", "42"],
      ["null", "null"],
      ["an array", "[1,2]"],
      ["an object without a version", saved({ asked: { q1: true } })],
      ["a string version", saved({ v: "1", asked: { q1: true } })],
    ] as const) {
      it(`reads ${name} as unreadable, without throwing`, () => {
        expect(parseSavedState(text)).to.deep.equal({
          state: emptyState(),
          status: "unreadable",
          repaired: false,
        });
      });
    }

    for (const v of [0, 2, 99, -1, 1.5]) {
      it(`does not read version ${v}`, () => {
        expect(
          parseSavedState(saved({ v, asked: { q1: true } })).status,
        ).to.equal("other-version");
        expect(
          parseSavedState(saved({ v, asked: { q1: true } })).state,
        ).to.deep.equal(emptyState());
      });
    }

    it("keeps the usable entries of a damaged version-1 list and drops the rest", () => {
      const result = parseSavedState(
        saved({
          v: 1,
          asked: {
            q1: true,
            q2: "yes",
            q3: 1,
            ["__proto__"]: true,
            constructor: true,
            "o-ok": true,
            "<img>": true,
          },
          notes: {
            q1: "fine",
            q4: 42,
            q5: "",
            "h-x": "<script>alert(1)</script>",
            "bad id": "x",
          },
          own: [
            { id: "o-a", text: "  Mine?  " },
            { id: "o-a", text: "Repeat id" },
            { id: "q1", text: "Not an own id" },
            { id: "o-b", text: "" },
            { id: "o-c" },
            "text only",
            null,
          ],
        }),
      );
      expect(result.status).to.equal("ok");
      expect(result.repaired).to.equal(true);
      expect(result.state).to.deep.equal({
        asked: { q1: true, "o-ok": true },
        notes: { q1: "fine", "h-x": "<script>alert(1)</script>" },
        own: [{ id: "o-a", text: "Mine?" }],
      });
    });

    it("treats fields of the wrong kind as empty", () => {
      const result = parseSavedState(
        saved({ v: 1, asked: ["q1"], notes: "note", own: { id: "o-a" } }),
      );
      expect(result).to.deep.equal({
        state: emptyState(),
        status: "ok",
        repaired: true,
      });
    });

    it("accepts a version-1 list with missing fields", () => {
      expect(parseSavedState(saved({ v: 1 }))).to.deep.equal({
        state: emptyState(),
        status: "ok",
        repaired: false,
      });
    });

    it("caps counts and lengths", () => {
      const own = Array.from({ length: LIMITS.ownQuestions + 20 }, (_, i) => ({
        id: `o-${i}`,
        text: `Q${i}?`,
      }));
      const result = parseSavedState(
        saved({ v: 1, own, notes: { q1: "n".repeat(LIMITS.noteLength + 5) } }),
      );
      expect(result.state.own).to.have.length(LIMITS.ownQuestions);
      expect(result.state.notes.q1).to.have.length(LIMITS.noteLength);
      expect(result.repaired).to.equal(true);
    });

    it("never throws, whatever it is given", () => {
      for (const value of [
        {},
        [],
        5,
        true,
        Symbol.iterator,
        () => 1,
        '{"v":1,"asked":null,"notes":null,"own":null}',
      ]) {
        expect(() => parseSavedState(value)).not.to.throw();
      }
    });
  });
});
