import { expect } from "@open-wc/testing";
import {
  LIMITS,
  cleanNote,
  cleanQuestionText,
  hostQuestionId,
  isQuestionId,
  newOwnId,
  parseHostQuestions,
} from "../src/questions/question-items.js";
import "./helpers.js";

describe("doctor questions: question rules", () => {
  describe("ids", () => {
    it("accepts the built-in, host and own id forms only", () => {
      for (const id of ["q1", "q10", "h-abc", "o-1x2y", "h-my_question-2"])
        expect(isQuestionId(id), id).to.equal(true);
      for (const id of [
        "q0",
        "q11",
        "x-1",
        "__proto__",
        "constructor",
        "o-",
        "O-ABC",
        "h-<b>",
        "o-" + "a".repeat(60),
        1,
        null,
      ]) {
        expect(isQuestionId(id), String(id)).to.equal(false);
      }
    });

    it("gives a host question the same id for the same text, and uses the host id when usable", () => {
      expect(hostQuestionId("Where do I park?")).to.equal(
        hostQuestionId("where do I park?"),
      );
      expect(hostQuestionId("Where do I park?")).not.to.equal(
        hostQuestionId("Who pays for parking?"),
      );
      expect(hostQuestionId("Anything", "Parking Spot")).to.equal(
        "h-parking-spot",
      );
      expect(hostQuestionId("Anything", "<script>")).to.equal("h-script");
      expect(isQuestionId(hostQuestionId("Anything", "!!!"))).to.equal(true);
      expect(
        isQuestionId(hostQuestionId("x".repeat(5000), "y".repeat(500))),
      ).to.equal(true);
    });

    it("makes a fresh own id even when the random source repeats itself", () => {
      const first = newOwnId(new Set(), () => 0.5);
      const second = newOwnId(new Set([first]), () => 0.5);
      expect(first).to.match(/^o-/);
      expect(second).not.to.equal(first);
      expect(isQuestionId(second)).to.equal(true);
    });
  });

  describe("cleaning text", () => {
    it("puts a question on one trimmed line and cuts it at the limit", () => {
      expect(cleanQuestionText("  Can I\n\tdrive   home? ")).to.deep.equal({
        text: "Can I drive home?",
        cut: false,
      });
      const long = cleanQuestionText("a".repeat(LIMITS.questionLength + 50));
      expect(long.text).to.have.length(LIMITS.questionLength);
      expect(long.cut).to.equal(true);
    });

    it("never splits an emoji when cutting", () => {
      const text = "a".repeat(LIMITS.questionLength - 1) + "😀";
      expect(cleanQuestionText(text).text).to.equal(
        "a".repeat(LIMITS.questionLength - 1),
      );
    });

    it("turns non-text into empty text", () => {
      for (const value of [null, undefined, 4, {}, [], true])
        expect(cleanQuestionText(value).text).to.equal("");
      expect(cleanNote(42)).to.equal("");
    });

    it("keeps a note as written, without stray control characters, up to the limit", () => {
      expect(cleanNote("Line 1\n  Line 2\u0000")).to.equal("Line 1\n  Line 2");
      expect(cleanNote("n".repeat(LIMITS.noteLength + 10))).to.have.length(
        LIMITS.noteLength,
      );
    });
  });

  describe("host questions", () => {
    it("reads strings and { id, text } objects", () => {
      const { items, problems } = parseHostQuestions([
        "Where do I park?",
        { id: "meals", text: "Can my family bring food?" },
      ]);
      expect(items).to.deep.equal([
        { id: hostQuestionId("Where do I park?"), text: "Where do I park?" },
        { id: "h-meals", text: "Can my family bring food?" },
      ]);
      expect(problems).to.deep.equal([]);
    });

    it("skips non-text, empty and repeated entries, and says why", () => {
      const { items, problems } = parseHostQuestions([
        42,
        "   ",
        { text: 7 },
        "Same?",
        " same? ",
        null,
      ]);
      expect(items.map((item) => item.text)).to.deep.equal(["Same?"]);
      expect(problems).to.deep.equal([
        "question 1 is not text",
        "question 2 is empty",
        "question 3 is not text",
        "question 5 repeats an earlier question",
        "question 6 is not text",
      ]);
    });

    it(`keeps at most ${LIMITS.hostQuestions} and cuts long text`, () => {
      const many = Array.from({ length: 60 }, (_, i) => `Question ${i}?`);
      const { items, problems } = parseHostQuestions([
        "x".repeat(1000),
        ...many,
      ]);
      expect(items).to.have.length(LIMITS.hostQuestions);
      expect(items[0]?.text).to.have.length(LIMITS.questionLength);
      expect(problems[0]).to.equal(
        "question 1 is longer than 300 characters and was cut",
      );
      expect(problems.filter((p) => /past the limit/.test(p))).to.have.length(
        11,
      );
    });

    it("treats HTML-looking text as text", () => {
      const { items } = parseHostQuestions(["<img src=x onerror=alert(1)>"]);
      expect(items[0]?.text).to.equal("<img src=x onerror=alert(1)>");
    });
  });
});
