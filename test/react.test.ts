// `il2-widgets/react`: each wrapper mounted by React in the browser. Props reach the element,
// the card renders its text, and `onIl2…` props receive the events when the reader acts.
// (React comes as ES modules through scripts/react-esm-plugin.mjs; React itself ships CommonJS.)
import { expect } from "@open-wc/testing";
import sinon from "sinon";
import { act, createElement, type ReactElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import {
  Il2Overview,
  Il2Schedule,
  Il2SelfCheck,
  Il2DoctorQuestions,
  Il2Assistance,
  Il2Resources,
  Il2Guide,
  type Il2AskDetail,
  type Il2CalendarDownloadDetail,
  type Il2QuestionsChangeDetail,
  type Il2ScheduleChangeDetail,
  type Il2SectionToggleDetail,
} from "../src/react/index.js";
import type { Il2Overview as Il2OverviewElement } from "../src/overview/overview.js";
import type { Il2Schedule as Il2ScheduleElement } from "../src/schedule/schedule.js";
import type { Il2DoctorQuestions as Il2DoctorQuestionsElement } from "../src/questions/doctor-questions.js";
import type { Il2Guide as Il2GuideElement } from "../src/guide/guide.js";
import type { Il2SelfCheck as Il2SelfCheckElement } from "../src/self-check/self-check.js";
import { ALL_TAGS, shadow, visibleText, $, sendKeys } from "./helpers.js";

// Tells React 19 that this is a test environment, so act() flushes renders and effects.
(
  globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }
).IS_REACT_ACT_ENVIRONMENT = true;

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

let container: HTMLElement;
let root: Root;

/** Renders `element` into the test container; act() flushes React's work before it returns. */
function mount(element: ReactElement): void {
  act(() => root.render(element));
}

/** The one element of `tag` React rendered, after Lit has rendered it. */
async function rendered<T extends Updatable>(tag: string): Promise<T> {
  const el = container.querySelector<T>(tag);
  if (!el) throw new Error(`React rendered no <${tag}>`);
  await el.updateComplete;
  return el;
}

const buttonNamed = (el: Element, label: string) =>
  [...shadow(el).querySelectorAll("button")].find(
    (button) => button.textContent?.trim() === label,
  );

describe("React wrappers (il2-widgets/react)", () => {
  beforeEach(() => {
    container = document.createElement("div");
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    sinon.restore();
  });

  describe("Il2Overview", () => {
    it("passes props to the element and shows the card", async () => {
      mount(
        createElement(Il2Overview, {
          headingLevel: 3,
          sections: "how who",
          collapsible: true,
          id: "intro",
          lang: "en",
        }),
      );
      const el = await rendered<Il2OverviewElement>("il2-overview");
      expect(el.headingLevel).to.equal(3);
      expect(el.sections).to.equal("how who");
      expect(el.hasAttribute("collapsible")).to.equal(true);
      expect(el.id).to.equal("intro");
      expect(el.getAttribute("lang")).to.equal("en");
      expect($(el, '[part="title"]')!.localName).to.equal("h3");
      expect(visibleText(el)).to.match(/^IL-2 for advanced melanoma/);
      const sectionTitles = [
        ...shadow(el).querySelectorAll('[part="section-title"]'),
      ].map((h) => h.localName);
      expect(sectionTitles).to.deep.equal(["h4", "h4"]);
      await expect(el).to.be.accessible();
    });

    it("calls onIl2SectionToggle when the reader opens a section, and follows new props", async () => {
      const first: Il2SectionToggleDetail[] = [];
      const second: Il2SectionToggleDetail[] = [];
      mount(
        createElement(Il2Overview, {
          collapsible: true,
          onIl2SectionToggle: (event) => first.push(event.detail),
        }),
      );
      const el = await rendered<Il2OverviewElement>("il2-overview");
      $<HTMLButtonElement>(el, "#toggle-how")!.click();
      expect(first).to.deep.equal([{ section: "how", open: true }]);

      // A new handler replaces the old one; new props reach the same element.
      mount(
        createElement(Il2Overview, {
          collapsible: true,
          headingLevel: 4,
          onIl2SectionToggle: (event) => second.push(event.detail),
        }),
      );
      expect(container.querySelector("il2-overview")).to.equal(el);
      await el.updateComplete;
      expect($(el, '[part="title"]')!.localName).to.equal("h4");
      $<HTMLButtonElement>(el, "#toggle-how")!.click();
      expect(first).to.have.length(1);
      expect(second).to.deep.equal([{ section: "how", open: false }]);
    });
  });

  describe("Il2Schedule", () => {
    it("shows the dates from startDate and calls onIl2ScheduleChange when the reader enters a date", async () => {
      const changes: Il2ScheduleChangeDetail[] = [];
      mount(
        createElement(Il2Schedule, {
          today: "2027-03-09",
          onIl2ScheduleChange: (event) => changes.push(event.detail),
        }),
      );
      const el = await rendered<Il2ScheduleElement>("il2-schedule");
      expect(el.today).to.equal("2027-03-09");
      $<HTMLInputElement>(el, "input#start-date")!.focus();
      // With the separators, as every engine's date field takes them (WebKit's needs them).
      await sendKeys({ type: "03/08/2027" });
      await sendKeys({ press: "Enter" });
      await el.updateComplete;
      expect(changes).to.have.length(1);
      expect(changes[0]!.startDate).to.equal("2027-03-08");
      expect(changes[0]!.dates?.cycle1[0]).to.equal("2027-03-08");
      expect(visibleText(el)).to.include(
        "Your first day of IL-2 is Monday, March 8, 2027.",
      );
    });

    it("passes start-date, rest-days and doses, and calls onIl2CalendarDownload on download", async () => {
      sinon.stub(URL, "createObjectURL").returns("blob:il2-test");
      sinon.stub(URL, "revokeObjectURL");
      sinon.stub(HTMLAnchorElement.prototype, "click");
      const downloads: Il2CalendarDownloadDetail[] = [];
      mount(
        createElement(Il2Schedule, {
          startDate: "2027-03-08",
          restDays: "7",
          dosesPerDay: 2,
          noDateInput: true,
          onIl2CalendarDownload: (event) => downloads.push(event.detail),
        }),
      );
      const el = await rendered<Il2ScheduleElement>("il2-schedule");
      expect(el.startDate).to.equal("2027-03-08");
      expect(el.dosesPerDay).to.equal(2);
      expect($(el, "input#start-date")).to.equal(null);
      expect(visibleText(el)).to.include(
        "Your first day of IL-2 is Monday, March 8, 2027.",
      );
      expect(visibleText(el)).to.include(
        "In each cycle, you get up to two doses a day. Between the cycles, you rest for 7 days.",
      );
      buttonNamed(el, "Add to my calendar")!.click();
      expect(downloads).to.have.length(1);
      expect(downloads[0]!.startDate).to.equal("2027-03-08");
      expect(downloads[0]!.fileName).to.equal("il2-schedule-2027-03-08.ics");
    });
  });

  describe("Il2SelfCheck", () => {
    it("shows the card at the heading level given and calls onIl2Ask, whose result the card reports", async () => {
      const asked: Il2AskDetail[] = [];
      mount(
        createElement(Il2SelfCheck, {
          headingLevel: 3,
          // A host's own list takes the question.
          onIl2Ask: (event) => {
            asked.push({ ...event.detail });
            event.detail.result = "added";
          },
        }),
      );
      const el = await rendered<Il2SelfCheckElement>("il2-self-check");
      expect($(el, '[part="title"]')!.localName).to.equal("h3");
      expect(visibleText(el)).to.match(/^Check what you know about IL-2/);
      $<HTMLButtonElement>(el, "#course-ask")!.click();
      await el.updateComplete;
      expect(asked).to.deep.equal([
        {
          topic: "course",
          question: "What will my IL-2 course look like, day by day?",
          lang: "en",
          result: "",
        },
      ]);
      expect($(el, '[part="ask-note"]:not(.empty)')!.textContent).to.contain(
        "Added to your questions for your care team",
      );
    });
  });

  describe("Il2DoctorQuestions", () => {
    it("takes host questions as a property and calls onIl2QuestionsChange when the reader marks one", async () => {
      const changes: Il2QuestionsChangeDetail[] = [];
      const questions = [
        { id: "ride", text: "Who can drive me home after my stay?" },
      ];
      mount(
        createElement(Il2DoctorQuestions, {
          questions,
          onIl2QuestionsChange: (event) => changes.push(event.detail),
        }),
      );
      const el = await rendered<Il2DoctorQuestionsElement>(
        "il2-doctor-questions",
      );
      expect(el.questions).to.equal(questions);
      expect(visibleText(el)).to.include(
        "Who can drive me home after my stay?",
      );
      const hostQuestion = [
        ...shadow(el).querySelectorAll('[part="question"]'),
      ].find((li) => li.textContent?.includes("Who can drive me home"))!;
      hostQuestion
        .querySelector<HTMLInputElement>('input[type="checkbox"]')!
        .click();
      expect(changes).to.have.length(1);
      expect(changes[0]!.action).to.equal("mark");
      expect(changes[0]!.asked).to.equal(1);
      expect(changes[0]!.questions.find((q) => q.asked)?.text).to.equal(
        "Who can drive me home after my stay?",
      );
    });
  });

  describe("Il2Assistance", () => {
    it("links to the program from programHref and shows slotted contact details", async () => {
      mount(
        createElement(
          Il2Assistance,
          { programHref: "https://example.org/help" },
          createElement("p", { slot: "contact" }, "Ana Ruiz, Room 2"),
        ),
      );
      const el = await rendered<Updatable>("il2-assistance");
      expect($<HTMLAnchorElement>(el, 'a[part="link"]')!.href).to.equal(
        "https://example.org/help",
      );
      expect(
        $<HTMLSlotElement>(el, 'slot[name="contact"]')!.assignedElements()[0]!
          .textContent,
      ).to.equal("Ana Ruiz, Room 2");
      expect(visibleText(el)).to.match(/^Help paying for IL-2/);
    });
  });

  describe("Il2Resources", () => {
    it("links each topic given an address", async () => {
      mount(
        createElement(Il2Resources, {
          treatmentsHref: "https://example.org/treatments",
        }),
      );
      const el = await rendered<Updatable>("il2-resources");
      const links = [
        ...shadow(el).querySelectorAll<HTMLAnchorElement>('a[part="link"]'),
      ].map((a) => a.href);
      expect(links).to.deep.equal(["https://example.org/treatments"]);
    });
  });

  describe("Il2Guide", () => {
    it("shows the chosen cards with the theme passed down", async () => {
      mount(
        createElement(Il2Guide, {
          sections: "overview assistance",
          theme: "dark",
        }),
      );
      const el = await rendered<Il2GuideElement>("il2-guide");
      const cards = [...shadow(el).querySelectorAll(".item > *")];
      expect(cards.map((card) => card.localName)).to.deep.equal([
        "il2-overview",
        "il2-assistance",
      ]);
      expect(cards.map((card) => card.getAttribute("theme"))).to.deep.equal([
        "dark",
        "dark",
      ]);
    });
  });

  it("defines every element on import", () => {
    for (const tag of ALL_TAGS) {
      expect(customElements.get(tag), tag).to.not.equal(undefined);
    }
  });

  it("types props and events strictly (checked by `npm run typecheck`)", () => {
    const handler = (event: CustomEvent<Il2ScheduleChangeDetail>) =>
      event.detail.startDate;
    // @ts-expect-error headingLevel is 1–6, not any number
    const badLevel = createElement(Il2Overview, { headingLevel: 9 });
    const badHandler = createElement(Il2Overview, {
      // @ts-expect-error onIl2SectionToggle receives a section-toggle event, not a schedule change
      onIl2SectionToggle: handler,
    });
    const badEvent = createElement(Il2Schedule, {
      // @ts-expect-error the schedule has no onIl2QuestionsChange event
      onIl2QuestionsChange: () => undefined,
    });
    expect(
      [badLevel, badHandler, badEvent].map((element) => element.type),
    ).to.deep.equal([Il2Overview, Il2Overview, Il2Schedule]);
  });
});
