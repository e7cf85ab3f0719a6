// Properties that only script can set (arrays and objects, such as <il2-doctor-questions>'s
// `questions`): when one arrives as attribute text instead, as Vue writes it for an element it
// renders before the element is defined, the host's value is lost. The card still works, and the
// developer is told once what happened and how to fix it.
import { expect, fixtureSync } from "@open-wc/testing";
import "../src/questions/define.js";
import { Il2DoctorQuestions } from "../src/questions/doctor-questions.js";
import { propertyOnlyAttributeWarning } from "../src/shared/property-only.js";
import { expectWarning, shadow, warnings, $$ } from "./helpers.js";

const QUESTIONS = {
  name: "questions",
  takes: "an array of questions",
  defineModule: "il2-widgets/doctor-questions",
};

const questionTexts = (el: Element) =>
  $$(el, '[part="list"] [part="question-text"]').map((node) =>
    node.textContent?.trim(),
  );

/**
 * A tag of its own for each test, defined only after the page has set it up: what a framework
 * meets when the element's code loads later (a lazy import, the autoloader).
 */
let lateTags = 0;
function defineLater(): { tag: string; define: () => void } {
  lateTags += 1;
  const tag = `late-questions-${lateTags}`;
  return {
    tag,
    define: () =>
      customElements.define(tag, class extends Il2DoctorQuestions {}),
  };
}

/** Waits for the element (upgraded by now) to render. */
async function rendered(el: Element): Promise<Il2DoctorQuestions> {
  const card = el as Il2DoctorQuestions;
  await card.updateComplete;
  return card;
}

describe("property-only settings given as attributes", () => {
  describe("the warning's text", () => {
    it("says it is ignored and names the fix for Vue first (the card quotes the value before it)", () => {
      const text = propertyOnlyAttributeWarning(QUESTIONS, "[object Object]");
      expect(text).to.match(/^is ignored: questions is a property/);
      expect(text).to.include("is a property (an array of questions)");
      expect(text).to.include("an object written as text");
      expect(text).to.include("before the element is defined");
      const vue = text.indexOf('Vue: :questions.prop="list"');
      expect(vue, "Vue's .prop").to.be.greaterThan(-1);
      for (const fix of [
        'React 19: import "il2-widgets/doctor-questions"',
        "il2-widgets/react",
        "element.questions = list",
      ]) {
        expect(text, fix).to.include(fix);
        expect(text.indexOf(fix), `${fix} after Vue's`).to.be.greaterThan(vue);
      }
    });

    it("tells text a page wrote by hand apart from a framework's object", () => {
      for (const value of ["Who drives me home?", '["a","b"]', "a,b", ""]) {
        const text = propertyOnlyAttributeWarning(QUESTIONS, value);
        expect(text, value).to.include("attribute text, which is not read");
        expect(text, value).not.to.include("object written as text");
      }
      expect(
        propertyOnlyAttributeWarning(
          QUESTIONS,
          "[object Object],[object Object]",
        ),
      ).to.include("object written as text");
    });

    it("cuts a long value short", () => {
      const text = propertyOnlyAttributeWarning(QUESTIONS, "x".repeat(5000));
      expect(text.length).to.be.lessThan(800);
    });
  });

  describe("<il2-doctor-questions questions=…>", () => {
    it("warns once when a framework wrote the list as text before the element was defined, and the card works", async () => {
      const { tag, define } = defineLater();
      const el = fixtureSync(`<div></div>`);
      // What Vue does for :questions="list" on an element it does not know yet.
      for (let i = 0; i < 2; i += 1) {
        const list = document.createElement(tag);
        // Vue's setAttribute(name, value) turns the array into text as the DOM does.
        list.setAttribute("questions", "[object Object]");
        el.append(list);
      }
      expect(
        warnings(),
        "nothing said before the element is defined",
      ).to.deep.equal([]);
      define();
      const [first, second] = await Promise.all(
        [...el.children].map((child) => rendered(child)),
      );
      expect(
        expectWarning(/questions="\[object Object\]" is ignored/),
      ).to.equal(1);
      expect(warnings()[0]).to.include(`<${tag}> questions="[object Object]"`);
      expect(warnings()[0]).to.include('Vue: :questions.prop="list"');
      for (const card of [first!, second!]) {
        expect(
          questionTexts(card),
          "the ten built-in questions",
        ).to.have.length(10);
        expect(shadow(card).querySelector('[part="title"]')).to.exist;
      }
      await expect(first!).to.be.accessible();
    });

    it("keeps a list set as a property before the element was defined (Vue's .prop), without a warning", async () => {
      const { tag, define } = defineLater();
      const host = fixtureSync(`<div></div>`);
      const list = document.createElement(tag) as HTMLElement & {
        questions?: unknown;
      };
      list.questions = [{ id: "ride", text: "Who can drive me home?" }];
      host.append(list);
      define();
      const card = await rendered(list);
      expect(questionTexts(card)).to.have.length(11);
      expect(questionTexts(card).at(-1)).to.equal("Who can drive me home?");
      expect(warnings()).to.deep.equal([]);
    });

    it("warns when a defined element gets the attribute, and keeps the list it has", async () => {
      const card = fixtureSync<Il2DoctorQuestions>(
        `<il2-doctor-questions></il2-doctor-questions>`,
      );
      card.questions = ["Where do I park?"];
      await card.updateComplete;
      card.setAttribute("questions", "Where do I park?,Who pays?");
      await card.updateComplete;
      expect(
        expectWarning(/questions="Where do I park\?,Who pays\?" is ignored/),
      ).to.equal(1);
      expect(questionTexts(card).at(-1)).to.equal("Where do I park?");
      card.removeAttribute("questions");
      await card.updateComplete;
      expect(
        warnings(),
        "removing the attribute says nothing more",
      ).to.have.length(1);
    });
  });
});
