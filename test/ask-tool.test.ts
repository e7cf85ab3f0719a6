// "Add this to my questions" on the overview, the assistance and the resources cards: the question
// shows in bold, and its button hands it to the list of questions on the page (the `il2-ask`
// event), once, and says what became of it; with no list, the card gives the question to write
// down. Each message is announced politely, again when repeated. The button does not print.
import { expect, fixtureSync, html } from "@open-wc/testing";
import type { TemplateResult } from "lit";
import "../src/overview/define.js";
import "../src/assistance/define.js";
import "../src/resources/define.js";
import "../src/questions/define.js";
import "../src/guide/define.js";
import "../src/locales/es.js";
import type { Il2AskDetail } from "../src/shared/ask-event.js";
import type { Il2Guide } from "../src/guide/guide.js";
import { en } from "../src/locales/en.js";
import { es } from "../src/locales/es.js";
import { forgetMemoryStore } from "../src/questions/question-store.js";
import { $, $$, emulateMedia, say, shadow } from "./helpers.js";

type Card = HTMLElement & { updateComplete: Promise<unknown> };

/** Each card with the tool: its tag, and each question it offers with its topic. */
const CARDS = [
  { tag: "il2-overview", asks: [["good-choice", en.overview.ask]] },
  { tag: "il2-assistance", asks: [["help-paying", en.assistance.ask]] },
  {
    tag: "il2-resources",
    asks: [
      ["other-treatments", en.resources.treatments.ask],
      ["clinical-trials", en.resources.research.ask],
    ],
  },
] as const;

const oneLine = (text: string | null | undefined) =>
  (text ?? "").replace(/\s+/g, " ").trim();

async function mount<T extends HTMLElement = HTMLElement>(
  template: TemplateResult,
): Promise<T> {
  const el = fixtureSync<T>(template);
  const cards = [el, ...el.querySelectorAll("*")].filter((node) =>
    node.localName.startsWith("il2-"),
  ) as Card[];
  await Promise.all(cards.map((card) => card.updateComplete));
  return el;
}

const note = (card: Element, topic: string) =>
  oneLine(
    $(card, `#ask-${topic}`)?.parentElement?.querySelector(".ask-note")
      ?.textContent,
  );

async function press(card: Card, topic: string): Promise<void> {
  $<HTMLButtonElement>(card, `#ask-${topic}`)!.click();
  await card.updateComplete;
}

const ownQuestions = (list: Element) =>
  $$(list, '[part="own-list"] [part="question-text"]').map((node) =>
    oneLine(node.textContent),
  );

describe('"Add this to my questions"', () => {
  afterEach(() => forgetMemoryStore());

  for (const { tag, asks } of CARDS) {
    describe(`<${tag}>`, () => {
      it("shows each question in bold, with a button named by the question", async () => {
        const card = await mount<Card>(html`${document.createElement(tag)}`);
        for (const [topic, question] of asks) {
          const button = $<HTMLButtonElement>(card, `#ask-${topic}`)!;
          expect(oneLine(button.textContent)).to.equal(
            en.common.askTool.button,
          );
          const bold = $(card, `#ask-${topic}-question strong`);
          expect(oneLine(bold?.textContent)).to.equal(question);
          // Its accessible name tells several such buttons apart.
          expect(button.getAttribute("aria-labelledby")).to.equal(
            `ask-${topic} ask-${topic}-question`,
          );
        }
        await expect(card).to.be.accessible();
      });

      it("gives the question to write down when no list is on the page, announced politely", async () => {
        const card = await mount<Card>(html`${document.createElement(tag)}`);
        const [topic, question] = asks[0];
        const status = $(card, `#ask-${topic}`)!.parentElement!.querySelector(
          ".ask-note",
        )!;
        expect(status.getAttribute("role")).to.equal("status");
        expect(oneLine(status.textContent)).to.equal("");
        await press(card, topic);
        expect(note(card, topic)).to.equal(
          say(en.common.askTool.noList, { question }),
        );
        await expect(card).to.be.accessible();
      });

      it("adds the question to the list on the page once, fires il2-ask, and says so, again when pressed again", async () => {
        const page = await mount(
          html`<div>
            ${document.createElement(tag)}
            <il2-doctor-questions></il2-doctor-questions>
          </div>`,
        );
        const card = page.firstElementChild as Card;
        const list = page.querySelector<Card>("il2-doctor-questions")!;
        const details: Il2AskDetail[] = [];
        card.addEventListener("il2-ask", (event) =>
          details.push({ ...event.detail }),
        );
        const builtIn: string[] = Object.values(en.questions.questions);
        for (const [topic, question] of asks) {
          await press(card, topic);
          await list.updateComplete;
          // The same words as one of the questions card's own (Q3, Q7, Q8): already on the list.
          if (builtIn.includes(question))
            expect(note(card, topic)).to.equal(en.common.askTool.listed);
          else {
            expect(ownQuestions(list)).to.deep.equal([question]);
            expect(note(card, topic)).to.equal(
              say(en.common.askTool.added, { question }),
            );
            await press(card, topic);
            await list.updateComplete;
            expect(ownQuestions(list)).to.deep.equal([question]);
            expect(note(card, topic)).to.equal(en.common.askTool.listed);
          }
          // Pressed again, the same message is told apart, so a screen reader says it again.
          const status = () =>
            $(card, `#ask-${topic}`)!.parentElement!.querySelector(".ask-note")!
              .textContent;
          const before = status();
          await press(card, topic);
          expect(status()).to.not.equal(before);
          expect(note(card, topic)).to.equal(en.common.askTool.listed);
        }
        expect(details.map(({ topic }) => topic)).to.include.members(
          asks.map(([topic]) => topic),
        );
        expect(details[0]).to.deep.include({ lang: "en", result: "" });
        await expect(page).to.be.accessible();
      });

      it("asks in the card's language", async () => {
        const page = await mount(
          html`<div lang="es">
            ${document.createElement(tag)}
            <il2-doctor-questions></il2-doctor-questions>
          </div>`,
        );
        const card = page.firstElementChild as Card;
        const details: Il2AskDetail[] = [];
        card.addEventListener("il2-ask", (event) => details.push(event.detail));
        const [topic] = asks[0];
        const button = $<HTMLButtonElement>(card, `#ask-${topic}`)!;
        expect(oneLine(button.textContent)).to.equal(es.common.askTool.button);
        await press(card, topic);
        expect(details[0]?.lang).to.equal("es");
        expect(note(card, topic)).to.be.oneOf([
          es.common.askTool.listed,
          say(
            es.common.askTool.added,
            { question: details[0]!.question },
            "es-US",
          ),
        ]);
      });

      it("prints the question, not the button", async () => {
        const card = await mount<Card>(html`${document.createElement(tag)}`);
        const [topic] = asks[0];
        await emulateMedia({ media: "print" });
        expect($(card, `#ask-${topic}`)!.checkVisibility()).to.equal(false);
        expect($(card, `#ask-${topic}-question`)!.checkVisibility()).to.equal(
          true,
        );
      });
    });
  }

  it("inside the guide, adds to the guide's own list", async () => {
    const guide = await mount<Il2Guide>(
      html`<il2-guide sections="overview questions"></il2-guide>`,
    );
    const [overview, list] = [
      shadow(guide).querySelector<Card>("il2-overview")!,
      shadow(guide).querySelector<Card>("il2-doctor-questions")!,
    ];
    await Promise.all([overview.updateComplete, list.updateComplete]);
    await press(overview, "good-choice");
    expect(note(overview, "good-choice")).to.equal(en.common.askTool.listed);
  });
});
