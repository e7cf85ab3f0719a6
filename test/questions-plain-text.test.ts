import { expect } from "@open-wc/testing";
import {
  listAsPlainText,
  type PlainTextList,
} from "../src/questions/plain-text.js";
import "./helpers.js";

const base: PlainTextList = {
  title: "Questions to ask",
  progress: "You have asked 1 of 3 questions.",
  questions: [
    {
      text: "First?",
      asked: true,
      note: "Yes.\r\nTwo lines.\n\nAfter a gap.  ",
    },
    { text: "Second?", asked: false, note: "" },
  ],
  ownHeading: "Your own questions",
  own: [{ text: "<b>Mine?</b>", asked: false, note: "   " }],
  notesLabel: "Answer and notes:",
  noNotes: "(none yet)",
  footer: ["Talk with your care team.", "Source: somewhere."],
};

describe("doctor questions: plain text", () => {
  it("lists each question with a box, its number and its notes", () => {
    expect(listAsPlainText(base)).to.equal(
      [
        "Questions to ask",
        "================",
        "",
        "You have asked 1 of 3 questions.",
        "",
        "[x] 1. First?",
        "    Answer and notes:",
        "    Yes.",
        "    Two lines.",
        "",
        "    After a gap.",
        "",
        "[ ] 2. Second?",
        "    Answer and notes: (none yet)",
        "",
        "Your own questions",
        "------------------",
        "",
        "[ ] 1. <b>Mine?</b>",
        "    Answer and notes: (none yet)",
        "",
        "Talk with your care team.",
        "Source: somewhere.",
        "",
      ].join("\n"),
    );
  });

  it("leaves out the own-questions part when there are none", () => {
    const text = listAsPlainText({ ...base, own: [] });
    expect(text).not.to.contain("Your own questions");
    expect(text.endsWith("Source: somewhere.\n")).to.equal(true);
  });
});
