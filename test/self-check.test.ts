// <il2-self-check>: a reader answers each question, right and wrong, by keyboard alone; hears kind
// feedback politely; follows "Read more" into the guide; turns a doubt into a question on the
// right list, once, in their language; reads it in Spanish; prints it as a worksheet.
import { expect, fixtureSync, html, waitUntil } from "@open-wc/testing";
import type { TemplateResult } from "lit";
import "../src/self-check/define.js";
import "../src/questions/define.js";
import "../src/schedule/define.js";
import "../src/overview/define.js";
import "../src/side-effects/define.js";
import "../src/guide/define.js";
import "../src/locales/es.js";
import type { Il2SelfCheck } from "../src/self-check/self-check.js";
import type {
  Il2DoctorQuestions,
  Il2QuestionsChangeDetail,
} from "../src/questions/doctor-questions.js";
import type { Il2Guide } from "../src/guide/guide.js";
import type { Il2AskDetail } from "../src/shared/ask-event.js";
import {
  ANSWER_KEY,
  EXPLAINING_PARTS,
  SELF_CHECK_TOPICS,
  type SelfCheckTopic,
} from "../src/self-check/answer-key.js";
import { en } from "../src/locales/en.js";
import { es } from "../src/locales/es.js";
import { forgetMemoryStore } from "../src/questions/question-store.js";
import { LIMITS } from "../src/questions/question-items.js";
import {
  asSentences,
  expectPrintsAlone,
  fleschKincaidGrade,
  infleszScore,
  resourceUrls,
  shadow,
  visibleText,
  $,
  $$,
  emulateMedia,
  say,
  sendKeys,
} from "./helpers.js";

const t = en.selfCheck;
type Card = HTMLElement & { updateComplete: Promise<unknown> };

// ── What a reader finds on the card ──────────────────────────────────────────────────────────

const oneLine = (text: string | null | undefined) =>
  (text ?? "").replace(/\s+/g, " ").trim();
const radios = (el: Element, topic: SelfCheckTopic) =>
  $$<HTMLInputElement>(el, `input[name="${topic}"]`);
const feedback = (el: Element, topic: SelfCheckTopic) =>
  $(el, `#${topic}-feedback`)!;
const feedbackText = (el: Element, topic: SelfCheckTopic) =>
  oneLine(feedback(el, topic).textContent);
const askNote = (el: Element, topic: SelfCheckTopic) =>
  oneLine($(el, `#${topic}-ask-note`)!.textContent);
const control = <T extends HTMLElement = HTMLButtonElement>(
  el: Element,
  id: string,
) => $<T>(el, `#${id}`);
const right = (topic: SelfCheckTopic) => ANSWER_KEY[topic].right;
/** The title of the card that explains a topic's fact, in English. */
const explainedIn = (topic: SelfCheckTopic) =>
  en[EXPLAINING_PARTS[ANSWER_KEY[topic].card]].title;
const wrong = (topic: SelfCheckTopic) => (ANSWER_KEY[topic].right + 1) % 3;

/** Picks `choice` and presses Check, as a pointer user would. */
async function answer(el: Card, topic: SelfCheckTopic, choice?: number) {
  if (choice !== undefined) control(el, `${topic}-${choice}`)!.click();
  control(el, `${topic}-check`)!.click();
  await el.updateComplete;
}

async function ask(el: Card, topic: SelfCheckTopic) {
  control(el, `${topic}-ask`)!.click();
  await el.updateComplete;
}

/** The element that has focus, inside shadow roots too. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement)
    active = active.shadowRoot.activeElement;
  return active;
}

const ownQuestions = (list: Element) =>
  $$(list, '[part="own-list"] [part="question-text"]').map((node) =>
    oneLine(node.textContent),
  );

const guideCard = <T extends Element>(guide: Element, tag: string) =>
  shadow(guide).querySelector<T & Card>(tag)!;

/** Mounts markup and waits for every il2 card in it, and in a guide's shadow root, to render. */
async function mount<T extends HTMLElement = HTMLElement>(
  template: TemplateResult,
): Promise<T> {
  // fixtureSync: an awaited plain fixture (the <div> around several cards) waits for an
  // animation frame, which a background test page may never get; each card's update is awaited.
  const el = fixtureSync<T>(template);
  const all = [el, ...el.querySelectorAll("*")].filter((node) =>
    node.localName.startsWith("il2-"),
  ) as Card[];
  await Promise.all(all.map((card) => card.updateComplete));
  for (const guide of all.filter((card) => card.localName === "il2-guide"))
    await Promise.all(
      [...shadow(guide).querySelectorAll<Card>(".item > *")].map(
        (card) => card.updateComplete,
      ),
    );
  return el;
}

const selfCheck = () =>
  mount<Il2SelfCheck>(html`<il2-self-check></il2-self-check>`);

/** Words that shame or alarm; the feedback never uses them. */
const HARSH = /wrong|incorrect|fail|score|points|bad\b|error/i;

describe("<il2-self-check>", () => {
  afterEach(() => {
    forgetMemoryStore();
  });

  describe("by default", () => {
    it("shows seven questions, each a group of three answers named by its question, with nothing picked", async () => {
      const el = await selfCheck();
      expect(oneLine($(el, '[part="title"]')!.textContent)).to.equal(t.title);
      expect(visibleText(el)).to.contain(t.lede).and.contain(t.keptInPage);
      const groups = $$<HTMLFieldSetElement>(el, "fieldset");
      expect(groups).to.have.length(7);
      expect(groups).to.have.length(SELF_CHECK_TOPICS.length);
      SELF_CHECK_TOPICS.forEach((topic, index) => {
        const group = groups[index]!;
        const legend = group.querySelector("legend")!;
        expect(oneLine(legend.textContent)).to.equal(
          t.questions[topic].question,
        );
        // The question is also a heading, so a screen-reader user can jump from one to the next.
        expect(
          legend.querySelector('[part="section-title"]')!.localName,
        ).to.equal("h3");
        const choices = [
          ...group.querySelectorAll<HTMLInputElement>('input[type="radio"]'),
        ];
        expect(
          choices.map((radio) => radio.labels?.[0]?.textContent?.trim()),
        ).to.deep.equal(t.questions[topic].choices);
        expect(new Set(choices.map((radio) => radio.name)).size).to.equal(1);
        expect(choices.some((radio) => radio.checked)).to.equal(false);
        expect(feedbackText(el, topic)).to.equal("");
      });
      await expect(el).to.be.accessible();
    });

    it("puts the right answer in different places, not always the same one", () => {
      const places = new Set(SELF_CHECK_TOPICS.map((topic) => right(topic)));
      expect(places.size).to.equal(3);
    });

    it("reads at US grade 6 or below, before and after every kind of feedback", async () => {
      const fresh = await selfCheck();
      expect(
        await fleschKincaidGrade(asSentences(visibleText(fresh))),
        "before",
      ).to.be.at.most(6);
      const allRight = await selfCheck();
      const allMissed = await selfCheck();
      for (const topic of SELF_CHECK_TOPICS) {
        await answer(allRight, topic, right(topic));
        await answer(allMissed, topic, wrong(topic));
        await ask(allMissed, topic);
      }
      const unpicked = await selfCheck();
      await answer(unpicked, "where");
      for (const [name, el] of Object.entries({
        allRight,
        allMissed,
        unpicked,
      }))
        expect(
          await fleschKincaidGrade(asSentences(visibleText(el))),
          name,
        ).to.be.at.most(6);
    });

    it("sends nothing and stores nothing, whatever the reader does", async () => {
      const before = resourceUrls().length;
      const stored = [localStorage.length, sessionStorage.length];
      const el = await selfCheck();
      for (const topic of SELF_CHECK_TOPICS) {
        await answer(el, topic, wrong(topic));
        control(el, `${topic}-again`)!.click();
        await answer(el, topic, right(topic));
        await ask(el, topic);
      }
      expect(resourceUrls().slice(before)).to.deep.equal([]);
      expect([localStorage.length, sessionStorage.length]).to.deep.equal(
        stored,
      );
    });
  });

  describe("by keyboard alone", () => {
    for (const [index, topic] of SELF_CHECK_TOPICS.entries()) {
      it(`question ${index + 1} (${topic}): a wrong answer, Try again, then the right one`, async () => {
        const el = await selfCheck();
        const previous = SELF_CHECK_TOPICS[index - 1];
        // Start just before the question: a button before the card, or the last control of the
        // question before (each earlier question is answered this same way in its own test).
        if (previous) control(el, `${previous}-ask`)!.focus();
        else {
          const before = document.createElement("button");
          before.textContent = "Before the card";
          el.before(before);
          before.focus();
        }
        const choices = radios(el, topic);

        /** From the focused, still empty group: Space picks the first answer, arrows move and pick. */
        const pick = async (choice: number) => {
          if (choice === 0) await sendKeys({ press: "Space" });
          for (let step = 0; step < choice; step += 1)
            await sendKeys({ press: "ArrowDown" });
          expect(choices.map((radio) => radio.checked)).to.deep.equal(
            [0, 1, 2].map((place) => place === choice),
          );
        };

        await sendKeys({ press: "Tab" });
        expect(deepActive(), "Tab enters the group").to.equal(choices[0]);
        await pick(wrong(topic));
        await sendKeys({ press: "Tab" });
        expect(deepActive()).to.equal(control(el, `${topic}-check`));
        await sendKeys({ press: "Enter" });
        await el.updateComplete;
        expect(feedbackText(el, topic)).to.equal(
          `${t.missed} ${t.questions[topic].fact} ${say(t.readMoreIn, { title: explainedIn(topic) })}`,
        );
        expect(feedbackText(el, topic)).to.not.match(HARSH);

        await sendKeys({ press: "Tab" });
        expect(deepActive()).to.equal(control(el, `${topic}-again`));
        await sendKeys({ press: "Space" });
        await waitUntil(
          () => deepActive() === choices[0],
          "Try again puts focus back on the answers",
        );
        expect(
          choices.some((radio) => radio.checked),
          "choice cleared",
        ).to.equal(false);
        expect(feedbackText(el, topic), "feedback cleared").to.equal("");
        expect(control(el, `${topic}-again`), "Try again is gone").to.equal(
          null,
        );

        await pick(right(topic));
        await sendKeys({ press: "Tab" });
        expect(deepActive()).to.equal(control(el, `${topic}-check`));
        await sendKeys({ press: "Enter" });
        await el.updateComplete;
        expect(feedbackText(el, topic)).to.match(
          new RegExp(`^${t.right} `.replace(/[.?]/g, "\\$&")),
        );
        expect(feedbackText(el, topic)).to.contain(t.questions[topic].fact);
        // Nothing to try again after a right answer: Tab goes on to "Ask my care team".
        await sendKeys({ press: "Tab" });
        expect(deepActive()).to.equal(control(el, `${topic}-ask`));
        if (index === 0) await expect(el).to.be.accessible();
      });
    }
  });

  describe("feedback", () => {
    it("is announced politely, in a status region that was there before it spoke", async () => {
      const el = await selfCheck();
      const region = feedback(el, "how");
      expect(region.getAttribute("role")).to.equal("status");
      expect(region.getAttribute("aria-live")).to.not.equal("assertive");
      expect(region.textContent?.trim()).to.equal("");
      await answer(el, "how", wrong("how"));
      expect(feedback(el, "how")).to.equal(region);
      expect(oneLine(region.textContent)).to.match(
        /^Not quite\. IL-2 drips into a vein/,
      );
      const note = $(el, "#how-ask-note")!;
      expect(note.getAttribute("role")).to.equal("status");
      await expect(el).to.be.accessible();
    });

    it("asks kindly for an answer first when the reader presses Check without one", async () => {
      const el = await selfCheck();
      await answer(el, "course");
      expect(feedbackText(el, "course")).to.equal(t.pickFirst);
      expect(control(el, "course-again")).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it("is announced again when the reader checks the same answer twice", async () => {
      const el = await selfCheck();
      await answer(el, "watch", wrong("watch"));
      const first = feedback(el, "watch").textContent;
      await answer(el, "watch");
      const second = feedback(el, "watch").textContent;
      expect(second).to.not.equal(first);
      expect(oneLine(second)).to.equal(oneLine(first));
    });

    it("goes away when the reader picks another answer, until they check again", async () => {
      const el = await selfCheck();
      await answer(el, "immune", wrong("immune"));
      control(el, `immune-${right("immune")}`)!.click();
      await el.updateComplete;
      expect(feedbackText(el, "immune")).to.equal("");
      await answer(el, "immune");
      expect(feedbackText(el, "immune")).to.match(/^That's right\./);
    });

    it("keeps no score: after every question, nothing counts or grades the reader", async () => {
      const el = await selfCheck();
      for (const topic of SELF_CHECK_TOPICS)
        await answer(
          el,
          topic,
          topic === "where" ? right(topic) : wrong(topic),
        );
      // The lede promises "no score"; the questions and their feedback keep that promise.
      const text = $(el, ".questions")!.innerText;
      expect(text).to.not.match(/\b\d+ (of|out of) 7\b|%|score|points|grade/i);
      for (const topic of SELF_CHECK_TOPICS)
        expect(feedbackText(el, topic)).to.not.match(HARSH);
    });

    it("names each Check and Ask button with its question, so the seven pairs are told apart", async () => {
      const el = await selfCheck();
      for (const topic of SELF_CHECK_TOPICS) {
        for (const id of [`${topic}-check`, `${topic}-ask`]) {
          const button = control(el, id)!;
          const name = (button.getAttribute("aria-labelledby") ?? "")
            .split(" ")
            .map((part) =>
              oneLine(shadow(el).getElementById(part)?.textContent),
            )
            .join(" ");
          expect(name).to.equal(
            `${oneLine(button.textContent)} ${t.questions[topic].question}`,
          );
        }
      }
    });
  });

  describe("the questions", () => {
    /** Counts as words, in each language, as the ledes write them. */
    const COUNT_WORDS = {
      en: [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
      ],
      es: [
        "cero",
        "una",
        "dos",
        "tres",
        "cuatro",
        "cinco",
        "seis",
        "siete",
        "ocho",
        "nueve",
        "diez",
      ],
    };

    it("the lede gives the number of questions there are, in English and Spanish", () => {
      const count = SELF_CHECK_TOPICS.length;
      for (const [lang, lede, noun] of [
        ["en", t.lede, "short questions"],
        ["es", es.selfCheck.lede, "preguntas cortas"],
      ] as const) {
        const said = COUNT_WORDS[lang].filter((word) =>
          new RegExp(`\\b${word} ${noun}`, "i").test(lede),
        );
        expect(said, `${lang}: ${lede}`).to.deep.equal([
          COUNT_WORDS[lang][count],
        ]);
        expect(Object.keys(en.selfCheck.questions)).to.have.members([
          ...SELF_CHECK_TOPICS,
        ]);
        expect(Object.keys(es.selfCheck.questions)).to.have.members([
          ...SELF_CHECK_TOPICS,
        ]);
      }
    });

    it("a side effect in the hospital: the right answer is to tell the nurse at once, and the fact says why (L12)", async () => {
      for (const [lang, words] of [
        ["en", t],
        ["es", es.selfCheck],
      ] as const) {
        const question = words.questions["side-effects"];
        const answer = question.choices[right("side-effects")];
        expect(answer, lang).to.match(
          lang === "en"
            ? /^Tell your nurse right away$/
            : /^Avisar de inmediato al personal de enfermería$/,
        );
        // The fact answers the question: it opens with the answer, then says why not to wait.
        expect(question.fact, lang).to.match(
          lang === "en"
            ? /^Tell your nurse right away\. .*serious side effect.*do not wait/
            : /^Avise de inmediato al personal de enfermería\. .*efecto secundario grave.*No espere/,
        );
        // No choice sends the reader to wait for a visit as the right one.
        expect(
          question.choices.filter((choice) => /doctor|cita/i.test(choice)),
        ).to.have.length(1);
        expect(question.choices[right("side-effects")]).to.not.match(
          /doctor|cita/i,
        );
      }
      const el = await selfCheck();
      await answer(el, "side-effects", right("side-effects"));
      expect(feedbackText(el, "side-effects")).to.equal(
        `${t.right} ${t.questions["side-effects"].fact} ${say(t.readMoreIn, { title: en.sideEffects.title })}`,
      );
    });

    it("a fever after going home: call the care team's number, from the side-effects card (L12)", async () => {
      expect(ANSWER_KEY["at-home"].card).to.equal("side-effects");
      expect(SELF_CHECK_TOPICS.at(-1)).to.equal("at-home");
      const question = t.questions["at-home"];
      expect(question.choices[right("at-home")]).to.equal(
        "Call your care team's number right away",
      );
      expect(question.fact).to.match(
        /^Call your care team's number right away\./,
      );
      expect(es.selfCheck.questions["at-home"].fact).to.match(
        /^Llame de inmediato al número de su equipo de atención médica\./,
      );
      // It invents no number: only the emergency line's 911, named as the U.S. one.
      for (const fact of [
        question.fact,
        es.selfCheck.questions["at-home"].fact,
      ])
        expect(fact.match(/\d+/g)).to.deep.equal(["911"]);
      const page = await mount(
        html`<div>
          <il2-self-check></il2-self-check><il2-side-effects></il2-side-effects>
        </div>`,
      );
      const el = page.querySelector<Il2SelfCheck>("il2-self-check")!;
      await answer(el, "at-home", wrong("at-home"));
      const link = $<HTMLAnchorElement>(el, "#at-home-feedback a")!;
      expect(oneLine(link.textContent)).to.equal(en.sideEffects.title);
      link.click();
      const card = page.querySelector("il2-side-effects")!;
      await waitUntil(() => deepActive() === $(card, '[part="title"]'));
    });

    it("names the side-effects card by its Spanish title in Spanish", async () => {
      const el = await mount<Il2SelfCheck>(
        html`<il2-self-check lang="es"></il2-self-check>`,
      );
      await answer(el, "side-effects", right("side-effects"));
      expect(feedbackText(el, "side-effects")).to.contain(
        say(es.selfCheck.readMoreIn, { title: es.sideEffects.title }, "es-US"),
      );
    });
  });

  describe("where a fact is explained", () => {
    it("on a page without that card, names it in plain words, with no link", async () => {
      const el = await selfCheck();
      await answer(el, "where", wrong("where"));
      await answer(el, "immune", right("immune"));
      expect(feedbackText(el, "where")).to.contain(
        say(t.readMoreIn, { title: en.schedule.title }),
      );
      expect(feedbackText(el, "immune")).to.contain(
        say(t.readMoreIn, { title: en.overview.title }),
      );
      expect($$(el, ".feedback a")).to.deep.equal([]);
    });

    it("inside <il2-guide>, links to the card, and the link moves keyboard focus to its title", async () => {
      const guide = await mount<Il2Guide>(html`<il2-guide></il2-guide>`);
      const el = guideCard<Il2SelfCheck>(guide, "il2-self-check");
      for (const [topic, tag, title] of [
        ["where", "il2-schedule", en.schedule.title],
        ["immune", "il2-overview", en.overview.title],
      ] as const) {
        control<HTMLInputElement>(el, `${topic}-${wrong(topic)}`)!.click();
        await el.updateComplete;
        control(el, `${topic}-check`)!.focus();
        await sendKeys({ press: "Enter" });
        await el.updateComplete;
        const link = $<HTMLAnchorElement>(el, `#${topic}-feedback a`)!;
        expect(oneLine(link.textContent)).to.equal(title);
        expect(feedbackText(el, topic)).to.contain(`${t.readMore} ${title}`);
        // Check → Try again → Ask my care team → the link.
        for (let press = 0; press < 3; press += 1)
          await sendKeys({ press: "Tab" });
        expect(deepActive()).to.equal(link);
        await sendKeys({ press: "Enter" });
        const card = guideCard<Card>(guide, tag);
        await waitUntil(
          () => deepActive() === $(card, '[part="title"]'),
          `focus on the title of <${tag}>`,
        );
        expect(oneLine(deepActive()!.textContent)).to.equal(title);
        expect(deepActive()!.matches(":focus-visible")).to.equal(true);
        expect(location.hash, "no jump to a missing fragment").to.equal("");
      }
      await expect(guide).to.be.accessible();
    });

    it("inside <il2-guide>, links both side-effect questions to the side-effects card", async () => {
      const guide = await mount<Il2Guide>(html`<il2-guide></il2-guide>`);
      const el = guideCard<Il2SelfCheck>(guide, "il2-self-check");
      const card = guideCard<Card>(guide, "il2-side-effects");
      for (const topic of ["side-effects", "at-home"] as const) {
        await answer(el, topic, wrong(topic));
        const link = $<HTMLAnchorElement>(el, `#${topic}-feedback a`)!;
        expect(oneLine(link.textContent)).to.equal(en.sideEffects.title);
        expect(link.getAttribute("href")).to.equal("#section-side-effects");
        link.focus();
        await sendKeys({ press: "Enter" });
        await waitUntil(
          () => deepActive() === $(card, '[part="title"]'),
          `${topic}: focus on the side-effects card's title`,
        );
      }
    });

    it("in a guide without that card, names it in plain words instead", async () => {
      const guide = await mount<Il2Guide>(
        html`<il2-guide sections="self-check questions"></il2-guide>`,
      );
      const el = guideCard<Il2SelfCheck>(guide, "il2-self-check");
      await answer(el, "course", right("course"));
      expect($(el, "#course-feedback a")).to.equal(null);
      expect(feedbackText(el, "course")).to.contain(
        say(t.readMoreIn, { title: en.schedule.title }),
      );
    });

    it("beside the card on the same page, links to it as well", async () => {
      const page = await mount(
        html`<div>
          <il2-self-check></il2-self-check><il2-schedule></il2-schedule>
        </div>`,
      );
      const el = page.querySelector<Il2SelfCheck>("il2-self-check")!;
      await answer(el, "how", wrong("how"));
      $<HTMLAnchorElement>(el, "#how-feedback a")!.click();
      const schedule = page.querySelector("il2-schedule")!;
      await waitUntil(() => deepActive() === $(schedule, '[part="title"]'));
    });

    it("turns the link into plain words if the card has left the page since", async () => {
      const page = await mount(
        html`<div>
          <il2-self-check></il2-self-check><il2-overview></il2-overview>
        </div>`,
      );
      const el = page.querySelector<Il2SelfCheck>("il2-self-check")!;
      await answer(el, "immune", right("immune"));
      page.querySelector("il2-overview")!.remove();
      $<HTMLAnchorElement>(el, "#immune-feedback a")!.click();
      await el.updateComplete;
      expect($(el, "#immune-feedback a")).to.equal(null);
      expect(feedbackText(el, "immune")).to.contain(
        say(t.readMoreIn, { title: en.overview.title }),
      );
    });
  });

  describe('"Ask my care team"', () => {
    const usedKeys: string[] = [];
    afterEach(() => {
      for (const key of usedKeys.splice(0)) localStorage.removeItem(key);
    });

    it("adds the question to the list on the page, once, and says so", async () => {
      const page = await mount(
        html`<div>
          <il2-self-check></il2-self-check>
          <il2-doctor-questions></il2-doctor-questions>
        </div>`,
      );
      const el = page.querySelector<Il2SelfCheck>("il2-self-check")!;
      const list = page.querySelector<Il2DoctorQuestions>(
        "il2-doctor-questions",
      )!;
      const changes: Il2QuestionsChangeDetail[] = [];
      list.addEventListener("il2-questions-change", (event) =>
        changes.push(event.detail),
      );
      await ask(el, "side-effects");
      await list.updateComplete;
      const question = t.questions["side-effects"].ask;
      expect(ownQuestions(list)).to.deep.equal([question]);
      expect(askNote(el, "side-effects")).to.equal(
        say(t.askAdded, { question: question }),
      );
      expect(changes.map(({ action, id }) => [action, id])).to.deep.equal([
        ["add", "o-ask-side-effects"],
      ]);
      await expect(page).to.be.accessible();

      await ask(el, "side-effects");
      await list.updateComplete;
      expect(ownQuestions(list)).to.deep.equal([question]);
      expect(askNote(el, "side-effects")).to.equal(t.askListed);
      expect(changes).to.have.length(1);
      // Pressed again, the same answer is announced again.
      const before = $(el, "#side-effects-ask-note")!.textContent;
      await ask(el, "side-effects");
      expect($(el, "#side-effects-ask-note")!.textContent).to.not.equal(before);
      expect(askNote(el, "side-effects")).to.equal(t.askListed);
    });

    it("says plainly when no list of questions is on the page, and gives the question to write down", async () => {
      const el = await selfCheck();
      await ask(el, "course");
      expect(askNote(el, "course")).to.equal(
        say(t.askNoList, { question: t.questions.course.ask }),
      );
      expect(askNote(el, "course")).to.contain(
        "no list of questions on this page",
      );
      await expect(el).to.be.accessible();
    });

    it("fires il2-ask, bubbling out of the guide's shadow root, with the question in detail", async () => {
      const guide = await mount<Il2Guide>(
        html`<il2-guide sections="self-check"></il2-guide>`,
      );
      const el = guideCard<Il2SelfCheck>(guide, "il2-self-check");
      const heard: {
        detail: Il2AskDetail;
        target: EventTarget | null;
        bubbles: boolean;
        composed: boolean;
      }[] = [];
      const listener = (event: CustomEvent<Il2AskDetail>) =>
        heard.push({
          detail: { ...event.detail },
          target: event.target,
          bubbles: event.bubbles,
          composed: event.composed,
        });
      document.addEventListener("il2-ask", listener);
      try {
        await ask(el, "watch");
      } finally {
        document.removeEventListener("il2-ask", listener);
      }
      expect(heard).to.deep.equal([
        {
          detail: {
            topic: "watch",
            question: t.questions.watch.ask,
            lang: "en",
            result: "",
          },
          // Retargeted: the page sees the guide, the element it knows.
          target: guide,
          bubbles: true,
          composed: true,
        },
      ]);
      expect(askNote(el, "watch")).to.equal(
        say(t.askNoList, { question: t.questions.watch.ask }),
      );
    });

    it("goes to the list in its own guide, not to another list on the page", async () => {
      const page = await mount(
        html`<div>
          <il2-doctor-questions></il2-doctor-questions>
          <il2-guide sections="self-check questions"></il2-guide>
        </div>`,
      );
      const outside = page.querySelector<Il2DoctorQuestions>(
        "il2-doctor-questions",
      )!;
      const guide = page.querySelector("il2-guide")!;
      const inside = guideCard<Il2DoctorQuestions>(
        guide,
        "il2-doctor-questions",
      );
      await ask(guideCard<Il2SelfCheck>(guide, "il2-self-check"), "where");
      await inside.updateComplete;
      expect(ownQuestions(inside)).to.deep.equal([t.questions.where.ask]);
      expect(ownQuestions(outside)).to.deep.equal([]);
    });

    it("goes to the list beside it before a list inside a guide", async () => {
      const page = await mount(
        html`<div>
          <il2-guide sections="questions"></il2-guide>
          <il2-self-check></il2-self-check>
          <il2-doctor-questions></il2-doctor-questions>
        </div>`,
      );
      const beside = page.querySelector<Il2DoctorQuestions>(
        "il2-doctor-questions",
      )!;
      const inGuide = guideCard<Il2DoctorQuestions>(
        page.querySelector("il2-guide")!,
        "il2-doctor-questions",
      );
      await ask(page.querySelector<Il2SelfCheck>("il2-self-check")!, "how");
      await beside.updateComplete;
      expect(ownQuestions(beside)).to.deep.equal([t.questions.how.ask]);
      expect(ownQuestions(inGuide)).to.deep.equal([]);
    });

    it("reaches a list inside a guide when that is the only list on the page", async () => {
      const page = await mount(
        html`<div>
          <il2-self-check></il2-self-check>
          <il2-guide sections="overview questions"></il2-guide>
        </div>`,
      );
      const el = page.querySelector<Il2SelfCheck>("il2-self-check")!;
      const inGuide = guideCard<Il2DoctorQuestions>(
        page.querySelector("il2-guide")!,
        "il2-doctor-questions",
      );
      await ask(el, "immune");
      await inGuide.updateComplete;
      expect(ownQuestions(inGuide)).to.deep.equal([t.questions.immune.ask]);
      expect(askNote(el, "immune")).to.equal(
        say(t.askAdded, { question: t.questions.immune.ask }),
      );
    });

    it("adds the question in the reader's language", async () => {
      const page = await mount(
        html`<div lang="es">
          <il2-self-check></il2-self-check>
          <il2-doctor-questions></il2-doctor-questions>
        </div>`,
      );
      const el = page.querySelector<Il2SelfCheck>("il2-self-check")!;
      const list = page.querySelector<Il2DoctorQuestions>(
        "il2-doctor-questions",
      )!;
      await ask(el, "where");
      await list.updateComplete;
      const question = es.selfCheck.questions.where.ask;
      expect(ownQuestions(list)).to.deep.equal([question]);
      expect(askNote(el, "where")).to.equal(
        say(es.selfCheck.askAdded, { question }, "es-US"),
      );
      // The same topic asked later in English is the same question: it is not added twice.
      el.lang = "en";
      await el.updateComplete;
      await ask(el, "where");
      expect(ownQuestions(list)).to.deep.equal([question]);
      expect(askNote(el, "where")).to.equal(t.askListed);
    });

    it("never adds the same question twice, also after a reload of a list that saves", async () => {
      const key = `il2-test-self-check-${Date.now()}`;
      usedKeys.push(key);
      const listHtml = html`<il2-doctor-questions
        persist
        storage-key=${key}
      ></il2-doctor-questions>`;
      const first = await mount(
        html`<div><il2-self-check></il2-self-check>${listHtml}</div>`,
      );
      await ask(first.querySelector<Il2SelfCheck>("il2-self-check")!, "course");
      const saved = JSON.parse(localStorage.getItem(key)!) as {
        own: { id: string; text: string }[];
      };
      expect(saved.own).to.deep.equal([
        { id: "o-ask-course", text: t.questions.course.ask },
      ]);
      first.remove();

      const again = await mount(
        html`<div><il2-self-check></il2-self-check>${listHtml}</div>`,
      );
      const el = again.querySelector<Il2SelfCheck>("il2-self-check")!;
      await ask(el, "course");
      expect(askNote(el, "course")).to.equal(t.askListed);
      const list = again.querySelector<Il2DoctorQuestions>(
        "il2-doctor-questions",
      )!;
      await list.updateComplete;
      expect(ownQuestions(list)).to.deep.equal([t.questions.course.ask]);
    });

    it("says so when the list is full", async () => {
      const key = `il2-test-self-check-full-${Date.now()}`;
      usedKeys.push(key);
      const own = Array.from({ length: LIMITS.ownQuestions }, (_, index) => ({
        id: `o-${index}`,
        text: `Question ${index}`,
      }));
      localStorage.setItem(
        key,
        JSON.stringify({ v: 1, asked: {}, notes: {}, own }),
      );
      const page = await mount(
        html`<div>
          <il2-self-check></il2-self-check>
          <il2-doctor-questions
            persist
            storage-key=${key}
          ></il2-doctor-questions>
        </div>`,
      );
      const el = page.querySelector<Il2SelfCheck>("il2-self-check")!;
      await ask(el, "watch");
      expect(askNote(el, "watch")).to.equal(t.askFull);
      const saved = JSON.parse(localStorage.getItem(key)!) as {
        own: unknown[];
      };
      expect(saved.own).to.have.length(LIMITS.ownQuestions);
    });

    it("lets a host's own list take the question", async () => {
      const el = await selfCheck();
      const take = (event: CustomEvent<Il2AskDetail>) => {
        event.detail.result = "added";
      };
      el.addEventListener("il2-ask", take);
      await ask(el, "immune");
      expect(askNote(el, "immune")).to.equal(
        say(t.askAdded, { question: t.questions.immune.ask }),
      );
    });
  });

  describe("in Spanish", () => {
    it("reads easily (INFLESZ 65 or more) before and after every kind of feedback", async () => {
      const mountEs = () =>
        mount<Il2SelfCheck>(html`<il2-self-check lang="es"></il2-self-check>`);
      const fresh = await mountEs();
      expect(visibleText(fresh)).to.contain(es.selfCheck.lede);
      const allRight = await mountEs();
      const allMissed = await mountEs();
      for (const topic of SELF_CHECK_TOPICS) {
        await answer(allRight, topic, right(topic));
        await answer(allMissed, topic, wrong(topic));
        await ask(allMissed, topic);
      }
      expect(feedbackText(allMissed, "where")).to.match(/^No exactamente\./);
      expect(askNote(allMissed, "where")).to.equal(
        say(
          es.selfCheck.askNoList,
          { question: es.selfCheck.questions.where.ask },
          "es-US",
        ),
      );
      const unpicked = await mountEs();
      await answer(unpicked, "where");
      for (const [name, el] of Object.entries({
        fresh,
        allRight,
        allMissed,
        unpicked,
      }))
        expect(
          await infleszScore(asSentences(visibleText(el))),
          name,
        ).to.be.at.least(65);
      await expect(allMissed).to.be.accessible();
    });
  });

  describe("the answers on screen", () => {
    it("shows what to remember behind a button that says so, and hides it again", async () => {
      const el = await selfCheck();
      const toggle = control(el, "answers-toggle")!;
      const answers = $(el, '[part="answers"]')!;
      expect(toggle.textContent?.trim()).to.equal(t.answersToggle.show);
      expect(toggle.getAttribute("aria-expanded")).to.equal("false");
      expect(toggle.getAttribute("aria-controls")).to.equal(answers.id);
      expect(answers.checkVisibility()).to.equal(false);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute("aria-expanded")).to.equal("true");
      expect(toggle.textContent?.trim()).to.equal(t.answersToggle.hide);
      expect(answers.checkVisibility()).to.equal(true);
      // Each answer with its fact, the course's with the label's numbers.
      const shown = oneLine(answers.textContent);
      expect(shown).to.contain(t.questions.course.fact);
      expect(shown).to.contain(t.questions["at-home"].fact);
      await expect(el).to.be.accessible();
      toggle.click();
      await el.updateComplete;
      expect(answers.checkVisibility()).to.equal(false);
    });
  });

  describe("on paper", () => {
    afterEach(() => emulateMedia({ media: "screen" }));

    it("prints as a worksheet: empty boxes, no buttons or feedback, the answers on a page of their own", async () => {
      const el = await selfCheck();
      await answer(el, "where", wrong("where"));
      await ask(el, "how");
      const answers = $(el, '[part="answers"]')!;
      expect(answers.checkVisibility(), "answers hidden on screen").to.equal(
        false,
      );
      await emulateMedia({ media: "print" });
      expect(
        $$(el, 'input[type="radio"]').some((radio) => radio.checkVisibility()),
      ).to.equal(false);
      const boxes = $$(el, ".print-box");
      expect(boxes).to.have.length(3 * SELF_CHECK_TOPICS.length);
      for (const box of boxes) {
        expect(box.checkVisibility()).to.equal(true);
        expect(box.textContent).to.equal("");
      }
      for (const selector of [
        "button",
        '[part="feedback"]',
        '[part="ask-note"]',
      ])
        expect(
          $$(el, selector).filter((node) => node.checkVisibility()),
          selector,
        ).to.deep.equal([]);
      expect(answers.checkVisibility()).to.equal(true);
      expect(getComputedStyle(answers).breakBefore).to.equal("page");
      const paper = visibleText(el);
      expect(paper).to.contain(t.worksheetNote);
      for (const topic of SELF_CHECK_TOPICS) {
        const words = t.questions[topic];
        expect(paper).to.contain(words.question);
        expect(oneLine(paper)).to.contain(
          `${words.choices[right(topic)]}. ${words.fact}`,
        );
      }
      // Numbered on paper, so each answer matches its question.
      expect(
        getComputedStyle($(el, '[part="section-title"]')!, "::before").content,
      ).to.equal('counter(question) ". "');
    });

    it("prints alone from its Print button", async () => {
      const el = await selfCheck();
      const print = $$<HTMLButtonElement>(el, "button").find(
        (button) => oneLine(button.textContent) === t.print,
      )!;
      await expectPrintsAlone(el, () => print.click());
    });
  });

  describe("in every visual state, axe finds nothing to fix", () => {
    it("dark theme, with feedback, a link into the guide and every answer to Ask", async () => {
      const guide = await mount<Il2Guide>(
        html`<il2-guide
          theme="dark"
          sections="overview schedule self-check questions"
        ></il2-guide>`,
      );
      const el = guideCard<Il2SelfCheck>(guide, "il2-self-check");
      await answer(el, "where", wrong("where"));
      await answer(el, "how", right("how"));
      await answer(el, "course");
      await ask(el, "watch");
      await ask(el, "watch");
      await expect(el).to.be.accessible();
      const alone = await mount<Il2SelfCheck>(
        html`<il2-self-check theme="dark"></il2-self-check>`,
      );
      await answer(alone, "immune", wrong("immune"));
      await ask(alone, "immune");
      await expect(alone).to.be.accessible();
    });
  });
});
