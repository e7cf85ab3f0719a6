import { expect, fixture, fixtureSync, html, oneEvent } from "@open-wc/testing";
import sinon from "sinon";
import "../src/questions/define.js";
import {
  Il2DoctorQuestions,
  type Il2QuestionsChangeDetail,
} from "../src/questions/doctor-questions.js";
import {
  DEFAULT_STORAGE_KEY,
  forgetMemoryStore,
} from "../src/questions/question-store.js";
import { LIMITS } from "../src/questions/question-items.js";
import { defineElement } from "../src/shared/define-element.js";
import {
  asSentences,
  expectPrintsAlone,
  expectWarning,
  fleschKincaidGrade,
  inForcedColors,
  resourceUrls,
  shadow,
  visibleText,
  warnings,
  $,
  $$,
  emulateMedia,
  onlyIn,
  say,
  sendKeys,
} from "./helpers.js";

// ── Helpers: what a reader finds on the card ─────────────────────────────────────────────────

const questionTexts = (el: Element, list = "list") =>
  $$(el, `[part="${list}"] [part="question-text"]`).map((node) =>
    node.textContent?.trim(),
  );
const checkboxes = (el: Element) =>
  $$<HTMLInputElement>(el, 'input[type="checkbox"]');
const progress = (el: Element) =>
  $(el, '[part="progress"]')!.textContent?.trim();
const saveNote = (el: Element) =>
  $(el, '[part="save-note"]')!.textContent?.trim();
const message = (el: Element) => $(el, '[part="message"]')!.textContent?.trim();
const button = (el: Element, name: string | RegExp) => {
  const found = $$<HTMLButtonElement>(el, "button").find((b) =>
    typeof name === "string"
      ? b.textContent?.trim() === name
      : name.test(b.textContent ?? ""),
  );
  if (!found) throw new Error(`no button ${String(name)}`);
  return found;
};
const notesToggles = (el: Element) =>
  $$<HTMLButtonElement>(el, "button.notes-toggle");
const textareaFor = (el: Element, id: string) =>
  $<HTMLTextAreaElement>(el, `#note-${id}`)!;
const addInput = (el: Element) => $<HTMLInputElement>(el, "#new-question")!;

/** The accessible name an aria-labelledby list gives, as a screen reader would read it. */
const labelledName = (control: Element) =>
  (control.getAttribute("aria-labelledby") ?? "")
    .split(/\s+/)
    .map((id) =>
      (control.getRootNode() as ShadowRoot)
        .getElementById(id)
        ?.textContent?.replace(/\s+/g, " ")
        .trim(),
    )
    .join(" ");

async function typeNote(
  el: Il2DoctorQuestions,
  id: string,
  text: string,
  { commit = true } = {},
) {
  const area = textareaFor(el, id);
  area.value = text;
  area.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
  if (commit) area.dispatchEvent(new Event("change", { bubbles: true }));
  await el.updateComplete;
}

async function addQuestion(el: Il2DoctorQuestions, text: string) {
  addInput(el).value = text;
  button(el, "Add question").click();
  await el.updateComplete;
}

async function check(el: Il2DoctorQuestions, index: number) {
  checkboxes(el)[index]!.click();
  await el.updateComplete;
}

let keyCount = 0;
const freshKey = () => `il2-test-questions-${Date.now()}-${keyCount++}`;
const usedKeys: string[] = [];
const newKey = () => {
  const key = freshKey();
  usedKeys.push(key);
  return key;
};
/** A card that saves its list under `key` (by default a fresh test key). */
const persistedCard = (key = newKey()) =>
  fixture<Il2DoctorQuestions>(
    html`<il2-doctor-questions
      persist
      storage-key=${key}
    ></il2-doctor-questions>`,
  );
const saved = (key: string) =>
  JSON.parse(localStorage.getItem(key) ?? "null") as unknown;

let unblockLocalStorage: (() => void) | undefined;

/** Makes `window.localStorage` itself throw, as it does in a sandboxed iframe. Undone after each test. */
function blockLocalStorage(): () => void {
  unblockLocalStorage?.();
  const own = Object.getOwnPropertyDescriptor(window, "localStorage");
  Object.defineProperty(window, "localStorage", {
    configurable: true,
    get() {
      throw new DOMException(
        "The document is sandboxed and lacks the allow-same-origin flag.",
        "SecurityError",
      );
    },
  });
  unblockLocalStorage = () => {
    if (own) Object.defineProperty(window, "localStorage", own);
    else delete (window as { localStorage?: Storage }).localStorage;
    unblockLocalStorage = undefined;
  };
  return unblockLocalStorage;
}

const BUILT_IN = [
  "Can I get IL-2 treatment?",
  "How much have you used IL-2 to treat people?",
  "Would IL-2 be a good choice for the melanoma I have?",
  "Is there another treatment I could have instead of IL-2?",
  "How well has IL-2 worked for people like me?",
  "What side effects can IL-2 cause?",
  "Are there clinical trials (research studies) of IL-2 I should think about?",
  "What other treatments has the FDA approved for advanced melanoma?",
  "What are the risks and the benefits of each choice I have?",
  "What do we hope my treatment will do for me?",
];

describe("<il2-doctor-questions>", () => {
  afterEach(() => {
    unblockLocalStorage?.();
    sinon.restore();
    for (const key of usedKeys.splice(0)) localStorage.removeItem(key);
    localStorage.removeItem("il2-doctor-questions");
    forgetMemoryStore();
  });

  describe("by default", () => {
    it("shows the title, why to ask (F23) and the ten questions in plain words (Q1–Q10)", async () => {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions></il2-doctor-questions>`,
      );
      expect($(el, 'h2[part="title"]')?.textContent?.trim()).to.equal(
        "Questions to ask your doctor about IL-2",
      );
      expect(visibleText(el)).to.match(
        /Not every treatment works for every person\./,
      ); // F23
      expect(questionTexts(el)).to.deep.equal(BUILT_IN); // Q1–Q10, in the source's order
      expect(questionTexts(el, "own-list")).to.deep.equal([]);
      expect(progress(el)).to.equal("You have asked 0 of 10 questions.");
      expect(checkboxes(el).map((box) => box.checked)).to.deep.equal(
        Array(10).fill(false),
      );
      await expect(el).to.be.accessible();
    });

    it("says that nothing leaves the browser and that the list is not kept", async () => {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions></il2-doctor-questions>`,
      );
      expect(saveNote(el))
        .to.match(/not sent anywhere/)
        .and.match(/gone when you close this page/);
    });

    it("ends with its review record and sources, and asks the reader to talk with the care team (F28)", async () => {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions></il2-doctor-questions>`,
      );
      expect($(el, '[part="source"]')?.textContent).to.match(
        /^Checked against its sources: \w+ \d+, \d{4}\. Next review: \w+ \d+, \d{4}\. Sources: Melanoma Research Alliance, patient page on IL-2, last updated August 2021; PROLEUKIN prescribing information, revised February 2024\.$/,
      );
      expect($(el, '[part="care-note"]')?.textContent).to.match(
        /Talk with your care team/,
      );
    });

    it("reads at US grade 8 or below (Flesch–Kincaid), notes and confirmation open too", async () => {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions></il2-doctor-questions>`,
      );
      notesToggles(el)[0]!.click();
      button(el, "Clear all").click();
      await el.updateComplete;
      const grade = await fleschKincaidGrade(asSentences(visibleText(el)));
      expect(grade).to.be.at.most(8);
    });

    it("reads at grade 8 or below in every message it can show", async () => {
      const { questions: text } = await import("../src/locales/en.js");
      const messages = [
        text.added,
        text.removed,
        text.emptyQuestion,
        say(text.ownLimit, { max: 200 }),
        text.cleared,
        text.copied,
        text.copyFailed,
        say(text.downloaded, { fileName: text.fileName }),
        text.keptInPage,
        text.keptOnDevice,
        text.cannotSave,
        text.unreadable,
        text.confirmClear,
      ];
      expect(await fleschKincaidGrade(messages.join(" "))).to.be.at.most(8);
    });

    it("makes no network request, whatever the reader does", async () => {
      const before = resourceUrls().length;
      sinon.stub(navigator.clipboard, "writeText").resolves();
      sinon.stub(HTMLAnchorElement.prototype, "click");
      sinon.stub(window, "print");
      const el = await persistedCard();
      await check(el, 0);
      notesToggles(el)[0]!.click();
      await typeNote(el, "q1", "An answer");
      await addQuestion(el, "My own?");
      button(el, "Print").click();
      button(el, "Copy as text").click();
      button(el, "Download as a file").click();
      await el.updateComplete;
      window.dispatchEvent(new Event("afterprint"));
      expect(resourceUrls().slice(before)).to.deep.equal([]);
    });
  });

  describe("events", () => {
    it("fires only on reader actions: not on loading, saved data or property changes", async () => {
      const key = newKey();
      localStorage.setItem(
        key,
        JSON.stringify({ v: 1, asked: { q1: true }, notes: {}, own: [] }),
      );
      const events: unknown[] = [];
      const record = (event: Event) => events.push(event);
      document.addEventListener("il2-questions-change", record);
      try {
        const el = await persistedCard(key);
        el.questions = ["Host?"];
        el.theme = "dark";
        el.storageKey = newKey();
        await el.updateComplete;
        expect(events).to.have.length(0);
        await check(el, 0);
        expect(events).to.have.length(1);
      } finally {
        document.removeEventListener("il2-questions-change", record);
      }
    });
  });

  describe("marking questions asked", () => {
    it("checks a question, counts it and tells the page", async () => {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions></il2-doctor-questions>`,
      );
      const listener = oneEvent(el, "il2-questions-change");
      await check(el, 2);
      const { detail } =
        (await listener) as CustomEvent<Il2QuestionsChangeDetail>;
      expect(progress(el)).to.equal("You have asked 1 of 10 questions.");
      expect(detail.action).to.equal("mark");
      expect(detail.id).to.equal("q3");
      expect(detail.asked).to.equal(1);
      expect(detail.total).to.equal(10);
      expect(detail.questions[2]).to.deep.equal({
        id: "q3",
        text: BUILT_IN[2],
        source: "built-in",
        asked: true,
        note: "",
      });
      expect(detail.questions.filter((q) => q.asked)).to.have.length(1);
      await expect(el).to.be.accessible();

      await check(el, 2);
      expect(progress(el)).to.equal("You have asked 0 of 10 questions.");
    });

    it("announces progress politely, and only when it changes", async () => {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions></il2-doctor-questions>`,
      );
      const region = $(el, '[part="progress"]')!;
      expect(region.getAttribute("role")).to.equal("status");
      const changes: MutationRecord[] = [];
      const observer = new MutationObserver((records) =>
        changes.push(...records),
      );
      observer.observe(region, {
        subtree: true,
        childList: true,
        characterData: true,
      });
      notesToggles(el)[0]!.click();
      await el.updateComplete;
      await typeNote(el, "q1", "Typing does not touch the progress line");
      addInput(el).focus();
      await el.updateComplete;
      await Promise.resolve();
      expect(changes).to.have.length(0);
      await check(el, 0);
      await Promise.resolve();
      expect(changes.length).to.be.greaterThan(0);
      observer.disconnect();
    });

    it("works with the keyboard alone: Space marks, Enter opens notes, typing writes", async () => {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions></il2-doctor-questions>`,
      );
      const events: string[] = [];
      el.addEventListener("il2-questions-change", (event) =>
        events.push(event.detail.action),
      );
      await sendKeys({ press: "Tab" });
      expect(shadow(el).activeElement).to.equal(checkboxes(el)[0]);
      await sendKeys({ press: "Space" });
      await el.updateComplete;
      expect(checkboxes(el)[0]!.checked).to.equal(true);
      await sendKeys({ press: "Tab" });
      expect(shadow(el).activeElement).to.equal(notesToggles(el)[0]);
      await sendKeys({ press: "Enter" });
      await el.updateComplete;
      expect(notesToggles(el)[0]!.getAttribute("aria-expanded")).to.equal(
        "true",
      );
      await sendKeys({ press: "Tab" });
      expect(shadow(el).activeElement).to.equal(textareaFor(el, "q1"));
      await sendKeys({ type: "Yes" });
      await sendKeys({ press: "Tab" });
      await el.updateComplete;
      expect(textareaFor(el, "q1").value).to.equal("Yes");
      expect(events).to.deep.equal(["mark", "note"]);
    });

    it("shows a visible focus ring", async () => {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions></il2-doctor-questions>`,
      );
      await sendKeys({ press: "Tab" });
      await sendKeys({ press: "Tab" });
      const style = getComputedStyle(shadow(el).activeElement!);
      expect(style.outlineStyle).to.equal("solid");
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });
  });

  describe("notes", () => {
    it("opens and closes a labelled notes field under each question", async () => {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions></il2-doctor-questions>`,
      );
      const toggle = notesToggles(el)[5]!;
      const panel = shadow(el).getElementById(
        toggle.getAttribute("aria-controls")!,
      )!;
      expect(toggle.getAttribute("aria-expanded")).to.equal("false");
      expect(labelledName(toggle)).to.equal(`Answer and notes ${BUILT_IN[5]}`);
      expect(panel.checkVisibility()).to.equal(false);

      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute("aria-expanded")).to.equal("true");
      expect(panel.checkVisibility()).to.equal(true);
      const area = textareaFor(el, "q6");
      expect(labelledName(area)).to.equal(
        `Write the answer or any notes ${BUILT_IN[5]}`,
      );
      expect(panel.querySelector("label")?.checkVisibility()).to.equal(true);
      await expect(el).to.be.accessible();

      toggle.click();
      await el.updateComplete;
      expect(panel.checkVisibility()).to.equal(false);
    });

    it("marks a question that has notes, and tells the page once the field is left", async () => {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions></il2-doctor-questions>`,
      );
      const events: Il2QuestionsChangeDetail[] = [];
      el.addEventListener("il2-questions-change", (event) =>
        events.push(event.detail),
      );
      notesToggles(el)[0]!.click();
      await typeNote(el, "q1", "Only if my heart is strong", { commit: false });
      expect(events).to.have.length(0);
      expect(notesToggles(el)[0]!.textContent).to.match(/\(written\)/);
      textareaFor(el, "q1").dispatchEvent(new Event("change"));
      expect(events.map((e) => [e.action, e.id])).to.deep.equal([
        ["note", "q1"],
      ]);
      expect(events[0]!.questions[0]!.note).to.equal(
        "Only if my heart is strong",
      );
    });

    it("keeps a 100,000-character note inside its box, scrolling", async () => {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions
          style="width: 280px"
        ></il2-doctor-questions>`,
      );
      notesToggles(el)[0]!.click();
      await el.updateComplete;
      const longWord = "x".repeat(50_000);
      await typeNote(el, "q1", `${longWord} ${"word ".repeat(10_000)}`);
      const area = textareaFor(el, "q1");
      expect(area.value).to.have.length(100_000);
      const card = $(el, ".card")!;
      expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
      expect(area.getBoundingClientRect().height).to.be.at.most(24 * 17 + 40);
      expect(area.scrollHeight).to.be.greaterThan(area.clientHeight);
      expect(getComputedStyle(area).resize).to.equal("vertical");
      await expect(el).to.be.accessible();
    });
  });

  describe("own questions", () => {
    it("adds a question with the button, keeps focus in the field and announces it", async () => {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions></il2-doctor-questions>`,
      );
      const events: Il2QuestionsChangeDetail[] = [];
      el.addEventListener("il2-questions-change", (event) =>
        events.push(event.detail),
      );
      addInput(el).focus();
      await addQuestion(el, "  Can I   keep working? ");
      expect(questionTexts(el, "own-list")).to.deep.equal([
        "Can I keep working?",
      ]);
      expect(addInput(el).value).to.equal("");
      expect(shadow(el).activeElement).to.equal(addInput(el));
      expect(message(el)).to.equal("Your question is added to the list.");
      expect($(el, '[part="message"]')!.getAttribute("role")).to.equal(
        "status",
      );
      expect(progress(el)).to.equal("You have asked 0 of 11 questions.");
      expect(events).to.have.length(1);
      expect(events[0]!.action).to.equal("add");
      expect(events[0]!.questions.at(-1)).to.deep.include({
        text: "Can I keep working?",
        source: "own",
        asked: false,
      });
      expect(events[0]!.id).to.equal(events[0]!.questions.at(-1)!.id);
      expect(events[0]!.id).to.match(/^o-/);
      await expect(el).to.be.accessible();
    });

    it("adds a question with Enter", async () => {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions></il2-doctor-questions>`,
      );
      addInput(el).focus();
      await sendKeys({ type: "Who do I call at night?" });
      await sendKeys({ press: "Enter" });
      await el.updateComplete;
      expect(questionTexts(el, "own-list")).to.deep.equal([
        "Who do I call at night?",
      ]);
    });

    it("asks for text when the field is empty, and adds nothing", async () => {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions></il2-doctor-questions>`,
      );
      const events: unknown[] = [];
      el.addEventListener("il2-questions-change", (event) =>
        events.push(event),
      );
      await addQuestion(el, "   ");
      expect(message(el)).to.equal("Type your question first.");
      expect(questionTexts(el, "own-list")).to.deep.equal([]);
      expect(events).to.have.length(0);
      await addQuestion(el, "");
      expect(message(el)).to.match(/^Type your question first\.\s?$/);
    });

    it("removes a question by a named button and moves focus to the next one", async () => {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions></il2-doctor-questions>`,
      );
      for (const text of ["One?", "Two?", "Three?"])
        await addQuestion(el, text);
      await check(el, 11);
      const removes = $$<HTMLButtonElement>(
        el,
        '[part="own-list"] button.remove',
      );
      expect(removes.map(labelledName)).to.deep.equal([
        "Remove One?",
        "Remove Two?",
        "Remove Three?",
      ]);
      const events: Il2QuestionsChangeDetail[] = [];
      el.addEventListener("il2-questions-change", (event) =>
        events.push(event.detail),
      );

      removes[1]!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(questionTexts(el, "own-list")).to.deep.equal(["One?", "Three?"]);
      expect(labelledName(shadow(el).activeElement!)).to.equal("Remove Three?");
      expect(message(el)).to.equal("Your question is removed.");
      expect(progress(el)).to.equal("You have asked 0 of 12 questions.");
      expect(events.map((e) => e.action)).to.deep.equal(["remove"]);

      for (const remove of $$<HTMLButtonElement>(
        el,
        '[part="own-list"] button.remove',
      ).reverse()) {
        remove.click();
        await el.updateComplete;
        await el.updateComplete;
      }
      expect(shadow(el).activeElement).to.equal(addInput(el));
      expect(visibleText(el)).to.match(
        /Add any other questions you want to ask\./,
      );
    });

    it("shows question text that looks like HTML as plain text and runs nothing", async () => {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions></il2-doctor-questions>`,
      );
      const hostile =
        '<img src=x onerror="window.__pwnedQ=1"><script>window.__pwnedQ=2</script>';
      await addQuestion(el, hostile);
      notesToggles(el)[10]!.click();
      const ownId = $$(
        el,
        '[part="own-list"] input[type="checkbox"]',
      )[0]!.id.replace("asked-", "");
      await typeNote(el, ownId, hostile);
      await typeNote(el, "q1", hostile);
      expect(questionTexts(el, "own-list")).to.deep.equal([hostile]);
      expect($(el, "img, script")).to.equal(null);
      expect($$(el, ".print-note").map((n) => n.textContent)).to.deep.equal([
        hostile,
        hostile,
      ]);
      expect((window as { __pwnedQ?: number }).__pwnedQ).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it(`holds ${LIMITS.ownQuestions} questions with a usable layout, and says when the list is full`, async function () {
      // Genuinely long: axe checks the full card, about 3,600 nodes with 210 questions, which takes
      // 2–3 s of one core by itself (measured); the default 5 s leaves no room on a busy 2-core machine.
      this.timeout(20_000);
      const key = newKey();
      const own = Array.from({ length: LIMITS.ownQuestions }, (_, i) => ({
        id: `o-${i}`,
        text: `${i % 7 === 0 ? "y".repeat(LIMITS.questionLength) : `Question number ${i}?`}`,
      }));
      localStorage.setItem(
        key,
        JSON.stringify({ v: 1, asked: {}, notes: {}, own }),
      );
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions
          style="width: 280px"
          persist
          storage-key=${key}
        ></il2-doctor-questions>`,
      );
      expect(questionTexts(el, "own-list")).to.have.length(LIMITS.ownQuestions);
      expect(progress(el)).to.equal(
        `You have asked 0 of ${10 + LIMITS.ownQuestions} questions.`,
      );
      const card = $(el, ".card")!;
      expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
      for (const tile of $$(el, '[part="question"]'))
        expect(tile.scrollWidth).to.be.at.most(tile.clientWidth + 1);
      expect(addInput(el).checkVisibility()).to.equal(true);

      await addQuestion(el, "One more?");
      expect(questionTexts(el, "own-list")).to.have.length(LIMITS.ownQuestions);
      expect(message(el)).to.equal(
        `You can add up to ${LIMITS.ownQuestions} questions. Remove one to add another.`,
      );
      await expect(el).to.be.accessible();
    });

    it(`cuts a question at ${LIMITS.questionLength} characters`, async () => {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions></il2-doctor-questions>`,
      );
      expect(addInput(el).maxLength).to.equal(LIMITS.questionLength);
      await addQuestion(el, "z".repeat(1000));
      expect(questionTexts(el, "own-list")[0]).to.have.length(
        LIMITS.questionLength,
      );
    });
  });

  describe("the host's own questions", () => {
    it("shows questions from the `questions` property after the built-in ones", async () => {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions
          .questions=${["Where do I park?", { id: "meals", text: "Can my family bring food?" }]}
        ></il2-doctor-questions>`,
      );
      expect(questionTexts(el)).to.deep.equal([
        ...BUILT_IN,
        "Where do I park?",
        "Can my family bring food?",
      ]);
      expect(progress(el)).to.equal("You have asked 0 of 12 questions.");
      const listener = oneEvent(el, "il2-questions-change");
      await check(el, 11);
      const { detail } =
        (await listener) as CustomEvent<Il2QuestionsChangeDetail>;
      expect(detail.id).to.equal("h-meals");
      expect(detail.questions[11]).to.deep.include({
        source: "host",
        asked: true,
      });
      await expect(el).to.be.accessible();
    });

    it("reads slotted items as text, after the property ones, without showing the items themselves", async () => {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions .questions=${["From the property?"]}>
          <li slot="question">Is there <b>parking</b> nearby?</li>
          <li slot="question" data-question-id="social-worker">
            Can I see a social worker?
          </li>
          <li>Not a question: no slot</li>
        </il2-doctor-questions>`,
      );
      expect(questionTexts(el).slice(10)).to.deep.equal([
        "From the property?",
        "Is there parking nearby?",
        "Can I see a social worker?",
      ]);
      expect($(el, "b")).to.equal(null);
      expect(el.querySelector("li")!.checkVisibility()).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it("follows changes to slotted items", async () => {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions>
          <li slot="question">First?</li>
        </il2-doctor-questions>`,
      );
      el.querySelector("li")!.textContent = "Changed?";
      const added = document.createElement("li");
      added.slot = "question";
      added.textContent = "Added?";
      el.append(added);
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(questionTexts(el).slice(10)).to.deep.equal(["Changed?", "Added?"]);
    });

    it("keeps marks on a host question with an id when its text changes", async () => {
      const key = newKey();
      const first = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions
          persist
          storage-key=${key}
          .questions=${[{ id: "parking", text: "Where do I park?" }]}
        ></il2-doctor-questions>`,
      );
      await check(first, 10);
      first.remove();
      const second = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions
          persist
          storage-key=${key}
          .questions=${[{ id: "parking", text: "Where can my family park?" }]}
        ></il2-doctor-questions>`,
      );
      expect(checkboxes(second)[10]!.checked).to.equal(true);
    });

    it("skips unusable entries with one warning and keeps working", async () => {
      expectWarning(
        /questions: questions item 1 is not text; questions item 2 is empty; questions item 4 repeats/,
      );
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions
          .questions=${[42, "  ", "Fine?", "fine?", "<img src=x onerror=alert(1)>"]}
        ></il2-doctor-questions>`,
      );
      expect(questionTexts(el).slice(10)).to.deep.equal([
        "Fine?",
        "<img src=x onerror=alert(1)>",
      ]);
      expect($(el, "img")).to.equal(null);
      expect(warnings()).to.have.length(1);
    });

    it(`keeps at most ${LIMITS.hostQuestions} host questions`, async () => {
      expectWarning(/past the limit/);
      const many = Array.from({ length: 80 }, (_, i) => `Host question ${i}?`);
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions .questions=${many}></il2-doctor-questions>`,
      );
      expect(questionTexts(el)).to.have.length(10 + LIMITS.hostQuestions);
    });
  });

  describe("without persist", () => {
    it("stores nothing, so a new card starts empty", async () => {
      const setItem = sinon.spy(Storage.prototype, "setItem");
      const first = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions></il2-doctor-questions>`,
      );
      await check(first, 0);
      await addQuestion(first, "Mine?");
      expect(setItem.called).to.equal(false);
      expect(localStorage.getItem("il2-doctor-questions")).to.equal(null);
      first.remove();
      const second = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions></il2-doctor-questions>`,
      );
      expect(progress(second)).to.equal("You have asked 0 of 10 questions.");
    });
  });

  describe("with persist", () => {
    it("keeps marks, notes and own questions under the default key, in the versioned format", async () => {
      const first = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions persist></il2-doctor-questions>`,
      );
      expect(first.storageKey).to.equal(DEFAULT_STORAGE_KEY);
      expect(saveNote(first))
        .to.match(/kept for next time, until you choose "Clear all"/)
        .and.match(/not sent anywhere/);
      await check(first, 1);
      notesToggles(first)[1]!.click();
      await typeNote(
        first,
        "q2",
        "About 40 people a year.\nAsk the nurse too.",
      );
      await addQuestion(first, "Can I drive myself home?");
      const stored = saved("il2-doctor-questions") as {
        v: number;
        asked: object;
        notes: object;
        own: { id: string; text: string }[];
      };
      expect(stored.v).to.equal(1);
      expect(stored.asked).to.deep.equal({ q2: true });
      expect(stored.notes).to.deep.equal({
        q2: "About 40 people a year.\nAsk the nurse too.",
      });
      expect(stored.own.map((q) => q.text)).to.deep.equal([
        "Can I drive myself home?",
      ]);
      first.remove();

      const second = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions persist></il2-doctor-questions>`,
      );
      expect(checkboxes(second)[1]!.checked).to.equal(true);
      expect(textareaFor(second, "q2").value).to.equal(
        "About 40 people a year.\nAsk the nurse too.",
      );
      expect(questionTexts(second, "own-list")).to.deep.equal([
        "Can I drive myself home?",
      ]);
      expect(progress(second)).to.equal("You have asked 1 of 11 questions.");
      await expect(second).to.be.accessible();
    });

    it("uses storage-key and touches no other key", async () => {
      const key = newKey();
      localStorage.setItem("someone-elses-data", "keep");
      const setItem = sinon.spy(Storage.prototype, "setItem");
      const getItem = sinon.spy(Storage.prototype, "getItem");
      const el = await persistedCard(key);
      await check(el, 0);
      expect(setItem.args.map(([k]) => k)).to.deep.equal([key]);
      expect(new Set(getItem.args.map(([k]) => k))).to.deep.equal(
        new Set([key]),
      );
      expect(localStorage.getItem("someone-elses-data")).to.equal("keep");
      expect(localStorage.getItem("il2-doctor-questions")).to.equal(null);
      localStorage.removeItem("someone-elses-data");
    });

    for (const [name, value] of [
      ["not JSON", '{"v":1, "asked": {'],
      ["HTML", "<img src=x onerror=alert(1)>"],
      [
        "a list of another version",
        JSON.stringify({ v: 7, asked: { q1: true } }),
      ],
      ["JSON of the wrong shape", JSON.stringify(["q1"])],
    ]) {
      it(`starts empty, says so and keeps working when the saved data is ${name}`, async () => {
        expectWarning(
          /storage-key=.*(could not be read|another version).*starting empty/,
        );
        const key = newKey();
        localStorage.setItem(key, value!);
        localStorage.setItem(`${key}-neighbour`, "untouched");
        usedKeys.push(`${key}-neighbour`);
        const el = await persistedCard(key);
        expect(progress(el)).to.equal("You have asked 0 of 10 questions.");
        expect(saveNote(el)).to.match(
          /^A list saved before on this device could not be read, so this list starts empty\./,
        );
        expect($(el, "img")).to.equal(null);
        expect(localStorage.getItem(key)).to.equal(value);
        await expect(el).to.be.accessible();

        await check(el, 0);
        expect(saved(key)).to.deep.equal({
          v: 1,
          asked: { q1: true },
          notes: {},
          own: [],
        });
        expect(saveNote(el)).not.to.match(/could not be read/);
        expect(localStorage.getItem(`${key}-neighbour`)).to.equal("untouched");
        expect(warnings()).to.have.length(1);
      });
    }

    it("keeps the usable part of a damaged list", async () => {
      expectWarning(/some entries saved under storage-key/);
      const key = newKey();
      localStorage.setItem(
        key,
        JSON.stringify({
          v: 1,
          asked: { q1: true, q2: "yes" },
          notes: { q1: 5 },
          own: [{ id: "o-a", text: "Kept?" }, 3],
        }),
      );
      const el = await persistedCard(key);
      expect(
        checkboxes(el)
          .map((box) => box.checked)
          .slice(0, 2),
      ).to.deep.equal([true, false]);
      expect(questionTexts(el, "own-list")).to.deep.equal(["Kept?"]);
    });

    /** The card when the browser gives it no storage: it keeps working, from page memory. */
    async function expectWorksInMemory(el: Il2DoctorQuestions) {
      expect(saveNote(el)).to.equal(
        "This browser will not let us save your list, so it will be gone when you close this page. To keep it, print, copy or download it. Nothing is sent anywhere.",
      );
      expect($(el, '[part="save-note"]')!.getAttribute("role")).to.equal(
        "status",
      );
      await check(el, 0);
      await addQuestion(el, "Still works?");
      expect(checkboxes(el)[0]!.checked).to.equal(true);
      expect(progress(el)).to.equal("You have asked 1 of 11 questions.");
      await expect(el).to.be.accessible();
    }

    it("works in memory and says plainly it cannot save when localStorage itself throws", async () => {
      // In one full WebKit run of four (a fresh clone's CI), the card read storage normally right
      // after the test redefined `window.localStorage`: most likely JavaScriptCore kept calling
      // the built-in getter from the store's code, which had run many times by then. Readers never
      // redefine it; a throwing getter is covered in every engine by questions-store.test.ts, and
      // the card's handling of refused storage by the next test.
      await onlyIn(
        ["chromium", "firefox"],
        "WebKit may keep calling the built-in localStorage getter after a test redefines it (the store's unit test covers a throwing getter)",
      );
      const restore = blockLocalStorage();
      try {
        expect(() => window.localStorage).to.throw(DOMException);
        await expectWorksInMemory(await persistedCard());
      } finally {
        restore();
      }
    });

    it("works in memory and says plainly it cannot save when the browser refuses every read and write", async () => {
      const refused = () =>
        new DOMException(
          "Access is denied for this document.",
          "SecurityError",
        );
      for (const method of ["getItem", "setItem", "removeItem"] as const)
        sinon.stub(Storage.prototype, method).throws(refused());
      await expectWorksInMemory(await persistedCard());
    });

    it("switches to memory and tells the reader when storage is full", async () => {
      const key = newKey();
      const el = await persistedCard(key);
      await check(el, 0);
      sinon
        .stub(Storage.prototype, "setItem")
        .throws(new DOMException("Quota exceeded", "QuotaExceededError"));
      await check(el, 1);
      expect(checkboxes(el)[1]!.checked).to.equal(true);
      expect(saveNote(el)).to.match(/will not let us save your list/);
      expect(saved(key)).to.deep.equal({
        v: 1,
        asked: { q1: true },
        notes: {},
        own: [],
      });
      await expect(el).to.be.accessible();

      sinon.restore();
      await check(el, 2);
      expect(saveNote(el)).to.match(/kept for next time/);
      expect(saved(key)).to.deep.include({
        asked: { q1: true, q2: true, q3: true },
      });
    });

    it("keeps two cards with the same key in step, without loops or extra events", async () => {
      const key = newKey();
      const a = await persistedCard(key);
      const b = await persistedCard(key);
      const otherKey = await persistedCard();
      const notPersisted = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions></il2-doctor-questions>`,
      );
      const eventsFromB: unknown[] = [];
      b.addEventListener("il2-questions-change", (event) =>
        eventsFromB.push(event),
      );
      const setItem = sinon.spy(Storage.prototype, "setItem");

      await check(a, 3);
      await b.updateComplete;
      expect(checkboxes(b)[3]!.checked).to.equal(true);
      expect(progress(b)).to.equal("You have asked 1 of 10 questions.");
      expect(setItem.callCount).to.equal(1);

      notesToggles(b)[3]!.click();
      await typeNote(a, "q4", "Yes: two others.");
      await b.updateComplete;
      expect(textareaFor(b, "q4").value).to.equal("Yes: two others.");

      await addQuestion(a, "Shared?");
      await b.updateComplete;
      expect(questionTexts(b, "own-list")).to.deep.equal(["Shared?"]);
      expect(setItem.callCount).to.equal(3);
      expect(eventsFromB).to.have.length(0);

      for (const other of [otherKey, notPersisted]) {
        await other.updateComplete;
        expect(progress(other)).to.equal("You have asked 0 of 10 questions.");
      }

      button(b, "Clear all").click();
      await b.updateComplete;
      button(b, "Yes, clear all").click();
      await a.updateComplete;
      expect(progress(a)).to.equal("You have asked 0 of 10 questions.");
      expect(questionTexts(a, "own-list")).to.deep.equal([]);
    });

    it("keeps two cards in step in memory when storage is blocked", async () => {
      const restore = blockLocalStorage();
      try {
        const key = newKey();
        const a = await persistedCard(key);
        const b = await persistedCard(key);
        await check(a, 0);
        await b.updateComplete;
        expect(checkboxes(b)[0]!.checked).to.equal(true);
        // A card made later in the same page finds the list too.
        const c = await persistedCard(key);
        expect(checkboxes(c)[0]!.checked).to.equal(true);
      } finally {
        restore();
      }
    });

    it("follows changes saved in another tab", async () => {
      const key = newKey();
      const el = await persistedCard(key);
      const newValue = JSON.stringify({
        v: 1,
        asked: { q5: true },
        notes: {},
        own: [{ id: "o-tab", text: "From my phone?" }],
      });
      window.dispatchEvent(
        new StorageEvent("storage", {
          key,
          newValue,
          storageArea: localStorage,
        }),
      );
      await el.updateComplete;
      expect(checkboxes(el)[4]!.checked).to.equal(true);
      expect(questionTexts(el, "own-list")).to.deep.equal(["From my phone?"]);
      window.dispatchEvent(
        new StorageEvent("storage", {
          key,
          newValue: "garbage",
          storageArea: localStorage,
        }),
      );
      await el.updateComplete;
      expect(progress(el)).to.equal("You have asked 0 of 10 questions.");
    });

    it("stops listening when removed from the page", async () => {
      const key = newKey();
      const a = await persistedCard(key);
      const b = await persistedCard(key);
      const parent = b.parentElement!;
      b.remove();
      await check(a, 0);
      await b.updateComplete;
      expect(checkboxes(b)[0]!.checked).to.equal(false);
      parent.append(b);
      await b.updateComplete;
      expect(checkboxes(b)[0]!.checked).to.equal(true);
    });

    for (const bad of ["", "   ", "k".repeat(101)]) {
      it(`uses the default key with a warning for storage-key=${JSON.stringify(bad.slice(0, 12))}`, async () => {
        expectWarning(/storage-key=.*using "il2-doctor-questions"/);
        const el = await persistedCard(bad);
        await check(el, 0);
        expect(saved("il2-doctor-questions")).to.deep.include({
          v: 1,
          asked: { q1: true },
        });
        expect(warnings()).to.have.length(1);
      });
    }
  });

  describe("actions", () => {
    async function filledCard() {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions
          .questions=${["Where do I park?"]}
        ></il2-doctor-questions>`,
      );
      await check(el, 0);
      notesToggles(el)[0]!.click();
      await typeNote(
        el,
        "q1",
        "Yes, after heart and lung tests.\nStart in May.",
      );
      await addQuestion(el, "Can I keep working?");
      return el;
    }

    const EXPECTED_TEXT = [
      "Questions to ask your doctor about IL-2",
      "=======================================",
      "",
      "You have asked 1 of 12 questions.",
      "",
      `[x] 1. ${BUILT_IN[0]}`,
      "    Answer and notes:",
      "    Yes, after heart and lung tests.",
      "    Start in May.",
      "",
      `[ ] 2. ${BUILT_IN[1]}`,
      "    Answer and notes: (none yet)",
    ].join("\n");

    it("copies the list as plain text and says so", async () => {
      const el = await filledCard();
      const writeText = sinon.stub(navigator.clipboard, "writeText").resolves();
      button(el, "Copy as text").click();
      await writeText.returnValues[0];
      await el.updateComplete;
      const text = writeText.firstCall.args[0];
      expect(text.startsWith(EXPECTED_TEXT)).to.equal(true);
      expect(text).to.contain("[ ] 11. Where do I park?");
      expect(text).to.contain(
        "Your own questions\n------------------\n\n[ ] 1. Can I keep working?",
      );
      // The file carries the review record too: its dates and sources.
      expect(text).to.match(
        /Talk with your care team.*\nChecked against its sources: \w+ \d+, \d{4}\. Next review: \w+ \d+, \d{4}\. Sources: Melanoma Research Alliance.*August 2021; .*February 2024\.\n$/,
      );
      expect(message(el)).to.equal(
        "Your list is copied. You can paste it into a note or an email.",
      );
      await expect(el).to.be.accessible();
    });

    it("falls back to a selected field when the Clipboard API is refused", async () => {
      const el = await filledCard();
      sinon
        .stub(navigator.clipboard, "writeText")
        .rejects(new DOMException("denied", "NotAllowedError"));
      const execCommand = sinon.stub(document, "execCommand").returns(true);
      const copy = button(el, "Copy as text");
      copy.focus();
      copy.click();
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(execCommand.calledWith("copy")).to.equal(true);
      expect(message(el)).to.match(/^Your list is copied/);
      expect($(el, ".copy-buffer")).to.equal(null);
      expect(shadow(el).activeElement).to.equal(copy);
    });

    it("says plainly when copying is not possible", async () => {
      const el = await filledCard();
      sinon
        .stub(navigator.clipboard, "writeText")
        .rejects(new Error("blocked"));
      sinon.stub(document, "execCommand").throws(new Error("blocked too"));
      button(el, "Copy as text").click();
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(message(el)).to.equal(
        'Sorry, the list could not be copied. Use "Download as a file" instead.',
      );
      await expect(el).to.be.accessible();
    });

    it("downloads the same text as a .txt file and frees the file afterwards", async () => {
      const el = await filledCard();
      const clock = sinon.useFakeTimers({ toFake: ["setTimeout"] });
      const createObjectURL = sinon
        .stub(URL, "createObjectURL")
        .returns("blob:il2-test");
      const revokeObjectURL = sinon.stub(URL, "revokeObjectURL");
      const click = sinon.stub(HTMLAnchorElement.prototype, "click");
      button(el, "Download as a file").click();
      await el.updateComplete;

      const link = click.firstCall.thisValue as HTMLAnchorElement;
      expect(link.download).to.equal("questions-for-my-doctor.txt");
      expect(link.href).to.equal("blob:il2-test");
      expect(link.isConnected).to.equal(false);
      const blob = createObjectURL.firstCall.args[0] as Blob;
      expect(blob.type).to.equal("text/plain;charset=utf-8");
      const bytes = new Uint8Array(await blob.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const text = await blob.text();
      expect(text.replace(/^\uFEFF/, "").startsWith(EXPECTED_TEXT)).to.equal(
        true,
      );
      expect(message(el)).to.equal(
        "Your list is downloading as a file named questions-for-my-doctor.txt.",
      );

      expect(revokeObjectURL.called).to.equal(false);
      clock.tick(60_000);
      expect(revokeObjectURL.calledWith("blob:il2-test")).to.equal(true);
      clock.restore();
    });

    it("prints the card alone, not the host page around it", async () => {
      const el = await filledCard();
      await expectPrintsAlone(el, () => button(el, "Print").click());
      expect(el.hasAttribute("data-il2-print-target")).to.equal(false);
    });

    it("prints the card alone, with boxes, notes and blank answer lines, and no buttons", async () => {
      const el = await filledCard();
      const print = sinon.stub(window, "print");
      button(el, "Print").click();
      expect(print.calledOnce).to.equal(true);
      expect(el.hasAttribute("data-il2-print-target")).to.equal(true);

      await emulateMedia({ media: "print" });
      try {
        const shown = (selector: string) =>
          $$(el, selector).filter((node) => node.checkVisibility());
        const boxes = shown(".print-box");
        expect(boxes.map((box) => box.textContent)).to.deep.equal([
          "✓",
          ...Array<string>(11).fill(""),
        ]);
        expect(getComputedStyle(boxes[1]!).borderTopStyle).to.equal("solid");
        expect(shown('input[type="checkbox"]')).to.deep.equal([]);
        expect(shown(".print-note").map((n) => n.textContent)).to.deep.equal([
          "Yes, after heart and lung tests.\nStart in May.",
        ]);
        expect(shown(".answer-lines").length).to.equal(13);
        expect(
          shown('button, textarea, input[type="text"], [part="save-note"]'),
        ).to.deep.equal([]);
        expect(shown('[part="question-text"]')).to.have.length(12);
        // The list may run onto the next page (no near-empty page before it); each question
        // with its answer lines stays whole.
        const question = $(el, '[part~="question"]')!;
        expect(getComputedStyle(question).breakInside).to.equal("avoid");
        expect(
          getComputedStyle(question.closest("section")!).breakInside,
        ).to.equal("auto");
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ media: "screen" });
        window.dispatchEvent(new Event("afterprint"));
      }
      expect(el.hasAttribute("data-il2-print-target")).to.equal(false);
      expect(
        $$(el, ".print-note").filter((node) => node.checkVisibility()),
      ).to.deep.equal([]);
    });
  });

  describe("clear all", () => {
    it("asks first in the card, with focus on the safe answer; Escape cancels and returns focus", async () => {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions></il2-doctor-questions>`,
      );
      await check(el, 0);
      const clear = button(el, "Clear all");
      clear.focus();
      await sendKeys({ press: "Enter" });
      await el.updateComplete;
      const group = $(el, ".confirm")!;
      expect(group.getAttribute("role")).to.equal("group");
      expect(labelledName(group)).to.equal(
        "Clear all check marks, notes and your own questions? You cannot undo this.",
      );
      expect(shadow(el).activeElement?.textContent?.trim()).to.equal(
        "No, keep my list",
      );
      await expect(el).to.be.accessible();

      await sendKeys({ press: "Escape" });
      await el.updateComplete;
      expect($(el, ".confirm")).to.equal(null);
      expect(shadow(el).activeElement).to.equal(clear);
      expect(checkboxes(el)[0]!.checked).to.equal(true);
    });

    it("keeps the list when the reader says no", async () => {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions></il2-doctor-questions>`,
      );
      await check(el, 0);
      button(el, "Clear all").click();
      await el.updateComplete;
      button(el, "No, keep my list").click();
      await el.updateComplete;
      expect($(el, ".confirm")).to.equal(null);
      expect(progress(el)).to.equal("You have asked 1 of 10 questions.");
    });

    it("clears marks, notes, own questions and the saved key on yes", async () => {
      const key = newKey();
      const neighbour = `${key}-neighbour`;
      localStorage.setItem(neighbour, "the host's own data");
      const el = await persistedCard(key);
      await check(el, 0);
      notesToggles(el)[0]!.click();
      await typeNote(el, "q1", "note");
      await addQuestion(el, "Mine?");
      const removeItem = sinon.spy(Storage.prototype, "removeItem");
      const events: Il2QuestionsChangeDetail[] = [];
      el.addEventListener("il2-questions-change", (event) =>
        events.push(event.detail),
      );
      button(el, "Clear all").click();
      await el.updateComplete;
      button(el, "Yes, clear all").click();
      await el.updateComplete;
      await el.updateComplete;
      expect(progress(el)).to.equal("You have asked 0 of 10 questions.");
      expect(textareaFor(el, "q1").value).to.equal("");
      expect(questionTexts(el, "own-list")).to.deep.equal([]);
      expect(localStorage.getItem(key)).to.equal(null);
      expect(removeItem.args).to.deep.equal([[key]]);
      expect(localStorage.getItem(neighbour)).to.equal("the host's own data");
      localStorage.removeItem(neighbour);
      expect(message(el)).to.equal("Your list is cleared.");
      expect(shadow(el).activeElement).to.equal(button(el, "Clear all"));
      expect(events).to.have.length(1);
      expect(events[0]).to.deep.include({
        action: "clear",
        asked: 0,
        total: 10,
      });
      expect(events[0]).not.to.have.property("id");
      await expect(el).to.be.accessible();
    });
  });

  describe("layout", () => {
    for (const width of [280, 1200]) {
      it(`fits a ${width}px container with 44px touch targets`, async () => {
        const el = await fixture<Il2DoctorQuestions>(
          html`<il2-doctor-questions
            style="width: ${width}px"
            .questions=${["Host?"]}
          ></il2-doctor-questions>`,
        );
        await addQuestion(el, "Mine?");
        const card = $(el, ".card")!;
        expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
        const targets = [
          ...$$(el, "button"),
          ...$$(el, ".check-label"),
          addInput(el),
        ];
        for (const target of targets) {
          const box = target.getBoundingClientRect();
          expect(box.height, target.textContent ?? "").to.be.at.least(44);
          expect(box.width, target.textContent ?? "").to.be.at.least(44);
          expect(box.right).to.be.at.most(
            card.getBoundingClientRect().right + 1,
          );
        }
      });
    }

    it("turns off the chevron animation when the reader asks for reduced motion", async () => {
      await emulateMedia({ reducedMotion: "reduce" });
      try {
        const el = await fixture<Il2DoctorQuestions>(
          html`<il2-doctor-questions></il2-doctor-questions>`,
        );
        const chevron = getComputedStyle(notesToggles(el)[0]!, "::after");
        expect(chevron.transitionDuration).to.equal("0s");
      } finally {
        await emulateMedia({ reducedMotion: "no-preference" });
      }
    });

    it("keeps question edges, buttons and the focus ring visible under forced colours", async () => {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions theme="dark"></il2-doctor-questions>`,
      );
      await check(el, 0);
      await addQuestion(el, "Mine?");
      button(el, "Clear all").click();
      await el.updateComplete;
      await inForcedColors(async (systemColor) => {
        const canvasText = systemColor("CanvasText");
        const highlight = systemColor("Highlight");
        const buttonText = systemColor("ButtonText");
        expect(getComputedStyle($(el, ".card")!).color).to.equal(canvasText);
        // Forced colours drop each question's background: a whole border keeps it a box, and an
        // asked question keeps a thick edge in the reader's highlight colour.
        const boxes = $$(el, '[part="question"]').map((item) =>
          getComputedStyle(item),
        );
        for (const box of boxes)
          for (const side of ["Top", "Right", "Bottom", "Left"] as const) {
            expect(box[`border${side}Style`], side).to.equal("solid");
            expect(parseFloat(box[`border${side}Width`]), side).to.be.at.least(
              1,
            );
          }
        expect(boxes[0]!.borderInlineStartColor).to.equal(highlight);
        expect(parseFloat(boxes[0]!.borderInlineStartWidth)).to.equal(4);
        expect(boxes[1]!.borderTopColor).to.equal(canvasText);
        // Remove and "Yes, clear all" look like buttons, in button colours.
        for (const name of ["Remove", "Yes, clear all"]) {
          const style = getComputedStyle(button(el, name));
          expect(style.borderTopStyle, name).to.equal("solid");
          expect(parseFloat(style.borderTopWidth), name).to.be.greaterThan(0);
          expect(style.borderTopColor, name).to.equal(buttonText);
          expect(style.color, name).to.equal(buttonText);
          expect(style.backgroundColor, name).to.equal(
            systemColor("ButtonFace"),
          );
        }
        const confirm = getComputedStyle($(el, ".confirm")!);
        expect(confirm.borderTopStyle).to.equal("solid");
        expect(confirm.borderTopColor).to.equal(canvasText);
        // The keyboard focus ring: "No, keep my list" has focus; Shift+Tab goes to "Yes".
        expect(shadow(el).activeElement).to.equal(
          button(el, "No, keep my list"),
        );
        await sendKeys({ press: "Shift+Tab" });
        expect(shadow(el).activeElement).to.equal(button(el, "Yes, clear all"));
        const ring = getComputedStyle(shadow(el).activeElement!);
        expect(ring.outlineStyle).to.not.equal("none");
        expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
        expect(ring.outlineColor).to.equal(highlight);
        // axe reads text colour from -webkit-text-fill-color, which Chromium's getComputedStyle
        // leaves at the theme's colour under forced colours although the text is painted in
        // system colours, so its contrast check gives false alarms here.
        await expect(el).to.be.accessible({ ignoredRules: ["color-contrast"] });
      });
    });
  });

  describe("theme, heading level and language", () => {
    it("is dark on request and stays accessible with notes open and a message shown", async () => {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions theme="dark"></il2-doctor-questions>`,
      );
      expect(getComputedStyle($(el, ".card")!).backgroundColor).to.equal(
        "rgb(22, 27, 34)",
      );
      await check(el, 0);
      notesToggles(el)[0]!.click();
      await addQuestion(el, "Dark?");
      button(el, "Clear all").click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it("fits the host outline: title at heading-level, sections one below", async () => {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions heading-level="3"></il2-doctor-questions>`,
      );
      expect($(el, '[part="title"]')?.localName).to.equal("h3");
      expect(
        $$(el, '[part="section-title"]').map(
          (h) => `${h.localName} ${h.textContent?.trim()}`,
        ),
      ).to.deep.equal([
        "h4 Questions to ask",
        "h4 Your own questions",
        "h4 Keep your list",
      ]);
      await expect(el).to.be.accessible();
    });

    it("shows English with one warning for an unknown language", async () => {
      expectWarning(/lang=.*showing English/);
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions lang="fr"></il2-doctor-questions>`,
      );
      expect($(el, ".card")!.getAttribute("lang")).to.equal("en");
      expect(questionTexts(el)).to.deep.equal(BUILT_IN);
    });
  });

  describe("bad and hostile input", () => {
    const hostile = '<img src=x onerror="window.__pwnedQ=true">';

    it("never renders outside values as HTML", async () => {
      expectWarning(/il2-doctor-questions/);
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions
          persist
          storage-key=${hostile}
          theme=${hostile}
          heading-level=${hostile}
          lang=${hostile}
          .questions=${[hostile]}
        ></il2-doctor-questions>`,
      );
      expect($(el, "img")).to.equal(null);
      expect((window as { __pwnedQ?: boolean }).__pwnedQ).to.equal(undefined);
      expect(questionTexts(el).at(-1)).to.equal(hostile);
      usedKeys.push(hostile);
    });

    it("keeps working when properties are set to garbage", async () => {
      expectWarning(/il2-doctor-questions/);
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions></il2-doctor-questions>`,
      );
      const loose = el as unknown as Record<string, unknown>;
      for (const value of [
        null,
        undefined,
        NaN,
        {},
        [],
        "text",
        Symbol.iterator,
        1e308,
        -1,
        () => 1,
        [null, {}, [], 5],
      ]) {
        loose.questions = value;
        loose.storageKey = value;
        loose.persist = value;
        loose.headingLevel = value;
        loose.theme = value;
        await el.updateComplete;
        expect($(el, '[part="title"]')?.textContent?.trim()).to.equal(
          "Questions to ask your doctor about IL-2",
        );
        expect(questionTexts(el).slice(0, 10)).to.deep.equal(BUILT_IN);
      }
      loose.persist = false;
      await el.updateComplete;
      usedKeys.push("il2-doctor-questions");
    });

    it("warns once however many cards repeat the same bad value", async () => {
      expectWarning(/not an array of questions/);
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions
          .questions=${"one question"}
        ></il2-doctor-questions>`,
      );
      await fixture(
        html`<il2-doctor-questions
          .questions=${"one question"}
        ></il2-doctor-questions>`,
      );
      expect(questionTexts(el)).to.deep.equal(BUILT_IN);
      expect(warnings()).to.have.length(1);
    });
  });

  describe("questions asked from another card (il2-ask)", () => {
    /** Fires il2-ask from a plain element on the page, as <il2-self-check> or a host would. */
    function askFromPage(detail: unknown): unknown {
      const source = document.createElement("div");
      document.body.append(source);
      try {
        source.dispatchEvent(
          new CustomEvent("il2-ask", { detail, bubbles: true, composed: true }),
        );
      } finally {
        source.remove();
      }
      return detail;
    }
    const asked = (question: unknown, topic: unknown = "side-effects") => ({
      topic,
      question,
      lang: "en",
      result: "",
    });

    it("adds the question to the reader's own questions, answers through detail.result, and tells the page", async () => {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions></il2-doctor-questions>`,
      );
      const events: Il2QuestionsChangeDetail[] = [];
      el.addEventListener("il2-questions-change", (event) =>
        events.push(event.detail),
      );
      const detail = askFromPage(
        asked("  What should I do if I have side effects? "),
      );
      await el.updateComplete;
      expect(detail).to.have.property("result", "added");
      expect(questionTexts(el, "own-list")).to.deep.equal([
        "What should I do if I have side effects?",
      ]);
      expect(events.map(({ action, id }) => [action, id])).to.deep.equal([
        ["add", "o-ask-side-effects"],
      ]);
      // The asking card speaks to the reader; the list stays quiet, so nothing is said twice.
      expect(message(el)).to.equal("");
      await expect(el).to.be.accessible();
    });

    it("adds a question once: the same topic, or the same words as any question on the list, is already listed", async () => {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions></il2-doctor-questions>`,
      );
      askFromPage(asked("What should I do if I have side effects?"));
      expect(
        askFromPage(asked("¿Qué debo hacer si tengo efectos secundarios?")),
      ).to.have.property("result", "listed");
      expect(
        askFromPage(asked(BUILT_IN[5]!.toUpperCase(), "q6-topic")),
      ).to.have.property("result", "listed");
      // Without a usable topic, the words make the id: the same words still count once.
      expect(askFromPage(asked("Who drives me home?", "<b>"))).to.have.property(
        "result",
        "added",
      );
      expect(
        askFromPage(asked("who drives me home?", undefined)),
      ).to.have.property("result", "listed");
      await el.updateComplete;
      expect(questionTexts(el, "own-list")).to.deep.equal([
        "What should I do if I have side effects?",
        "Who drives me home?",
      ]);
    });

    it("ignores events it cannot use, without a warning or an error", async () => {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions></il2-doctor-questions>`,
      );
      for (const detail of [
        null,
        undefined,
        "What should I do?",
        42,
        {},
        asked(42),
        asked("   "),
        { ...asked("Taken by someone else?"), result: "added" },
      ])
        expect(() => askFromPage(detail)).not.to.throw();
      // A frozen detail cannot carry the answer back, but the question is still added.
      expect(() =>
        askFromPage(Object.freeze(asked("Can my family visit?"))),
      ).not.to.throw();
      await el.updateComplete;
      expect(questionTexts(el, "own-list")).to.deep.equal([
        "Can my family visit?",
      ]);
    });

    it("stops listening when it leaves the page", async () => {
      const el = await fixture<Il2DoctorQuestions>(
        html`<il2-doctor-questions></il2-doctor-questions>`,
      );
      el.remove();
      expect(askFromPage(asked("Is anyone listening?"))).to.have.property(
        "result",
        "",
      );
      document.body.append(el);
      expect(askFromPage(asked("Is anyone listening?"))).to.have.property(
        "result",
        "added",
      );
      el.remove();
    });

    it("lets only one of several lists take it: the first on the page when none is nearer", async () => {
      // fixtureSync: an awaited plain fixture waits for an animation frame, which a background
      // test page may never get; the lists' own updates are awaited instead.
      const page = fixtureSync<HTMLElement>(
        html`<div>
          <il2-doctor-questions></il2-doctor-questions>
          <il2-doctor-questions></il2-doctor-questions>
        </div>`,
      );
      const [first, second] = [
        ...page.querySelectorAll<Il2DoctorQuestions>("il2-doctor-questions"),
      ];
      await Promise.all([first!.updateComplete, second!.updateComplete]);
      await Promise.all([first!.updateComplete, second!.updateComplete]);
      askFromPage(asked("Where do I park?", "parking"));
      await Promise.all([first!.updateComplete, second!.updateComplete]);
      expect(questionTexts(first!, "own-list")).to.deep.equal([
        "Where do I park?",
      ]);
      expect(questionTexts(second!, "own-list")).to.deep.equal([]);
    });
  });

  describe("registration", () => {
    it("does not throw when defined twice, and warns once for a second copy", () => {
      expectWarning(/already defined/);
      defineElement("il2-doctor-questions", Il2DoctorQuestions);
      expect(warnings()).to.have.length(0);
      expect(() =>
        defineElement(
          "il2-doctor-questions",
          class Second extends Il2DoctorQuestions {},
        ),
      ).not.to.throw();
      expect(customElements.get("il2-doctor-questions")).to.equal(
        Il2DoctorQuestions,
      );
    });
  });
});
