// The self-check's answer key, apart from the card: every topic has three answers in every
// language, one of them right, and Check says right, missed or "pick one first".
import { expect } from "@open-wc/testing";
import {
  ANSWER_KEY,
  SELF_CHECK_TOPICS,
  checkAnswer,
} from "../src/self-check/answer-key.js";
import { en } from "../src/locales/en.js";
import { es } from "../src/locales/es.js";
import "./helpers.js";

describe("the self-check's answer key", () => {
  it("gives every topic three answers and one fact in each language, with the right one among them", () => {
    for (const locale of [en, es])
      for (const topic of SELF_CHECK_TOPICS) {
        const text = locale.selfCheck.questions[topic];
        expect(text.choices, topic).to.have.length(3);
        expect(new Set(text.choices).size, topic).to.equal(3);
        expect(text.choices[ANSWER_KEY[topic].right], topic).to.be.a("string");
        expect(text.fact.trim(), topic).to.not.equal("");
        expect(text.ask.trim(), topic).to.match(/\?$/);
      }
  });

  it("checks an answer: right, missed, or none picked yet", () => {
    for (const topic of SELF_CHECK_TOPICS) {
      const { right } = ANSWER_KEY[topic];
      expect(checkAnswer(topic, right)).to.equal("right");
      expect(checkAnswer(topic, (right + 1) % 3)).to.equal("missed");
      expect(checkAnswer(topic, (right + 2) % 3)).to.equal("missed");
      expect(checkAnswer(topic, undefined)).to.equal("pick-first");
    }
  });
});
