// <il2-self-check>: seven short questions on facts the other cards explain (F2, F14–F17, L12), so a
// reader finds out what they missed, reads the fact again, and turns a doubt into a question for
// the care team (the `il2-ask` event, taken by <il2-doctor-questions>). Nothing is stored or sent.
import {
  html,
  nothing,
  type PropertyDeclarations,
  type TemplateResult,
} from "lit";
import { live } from "lit/directives/live.js";
import { Il2Card } from "../shared/card.js";
import { heading } from "../shared/heading.js";
import { disclosureStyles } from "../shared/disclosure-styles.js";
import { printOnly } from "../shared/print.js";
import type { Il2AskDetail, Il2AskResult } from "../shared/ask-event.js";
import { fire } from "../shared/events.js";
import { textPart } from "../i18n/locale.js";
import { common } from "../locales/en/common.js";
import { selfCheck, type SelfCheckText } from "../locales/en/self-check.js";
import { cardTitles as englishCardTitles } from "../locales/en/card-titles.js";
import {
  ANSWER_KEY,
  EXPLAINING_PARTS,
  EXPLAINING_TAGS,
  SELF_CHECK_TOPICS,
  checkAnswer,
  type CheckResult,
  type ExplainingCard,
  type SelfCheckTopic,
} from "./answer-key.js";
import { selfCheckStyles } from "./self-check.styles.js";

export type { Il2AskDetail, Il2AskResult };

/** What the reader has done with one question. Text is looked up at render, so it follows `lang`. */
interface TopicState {
  /** The picked choice (0–2), if any. */
  choice?: number;
  /** The feedback shown since the last Check; cleared when the choice changes. */
  result?: CheckResult;
  /** What became of "Ask my care team": a list's answer, or `none` when no list took it. */
  ask?: Il2AskResult | "none";
  /** Flipped when a message repeats, so a screen reader announces it again. */
  checkAgain?: boolean;
  askAgain?: boolean;
}

type Answers = Readonly<Partial<Record<SelfCheckTopic, TopicState>>>;

const ASK_RESULTS: readonly string[] = ["added", "listed", "full"];

/**
 * @tagname il2-self-check
 * @summary Seven short questions that let a reader check what they understood about IL-2, with kind
 * feedback at once, the fact in one plain sentence and where it is explained. A doubt becomes a
 * question for the care team on an `<il2-doctor-questions>` list on the same page. No score, no
 * timer; nothing is stored or sent. Prints as a worksheet with the answers on their own page.
 *
 * @attr {1 | 2 | 3 | 4 | 5 | 6} heading-level - Level of the card title; each question's heading uses the next level. Default 2.
 *
 * @fires {CustomEvent<Il2AskDetail>} il2-ask - The reader pressed "Ask my care team" beside a
 *   question. `detail`: `{ topic, question, lang, result }`: the topic (`where`, `how`, `course`,
 *   `watch`, `immune`, `side-effects` or `at-home`), a ready-made question in the card's language, and
 *   `result: ''`. An `<il2-doctor-questions>` on the page takes it (the one in the same shadow root,
 *   such as the same `<il2-guide>`, else the nearest above, else the first on the page), adds it
 *   to the reader's own questions once, and sets `result` to `added`, `listed` (already there) or
 *   `full`. A host with its own list may do the same. While `result` stays empty, the card tells
 *   the reader that no list is on the page and shows the question to write down.
 *
 * @csspart body - The card's main area.
 * @csspart save-note - The line saying answers are not saved or sent.
 * @csspart question - Each question tile.
 * @csspart section-title - Each question's heading (inside its legend), and the Answers heading.
 * @csspart choice - Each answer choice (its radio button and text).
 * @csspart actions - Each question's Check, Try again and "Ask my care team" buttons.
 * @csspart feedback - The feedback after Check (announced politely).
 * @csspart ask-note - What became of "Ask my care team" (announced politely).
 * @csspart answers - The answers, printed on their own page; on screen once the reader shows them.
 */
export class Il2SelfCheck extends Il2Card {
  // Its own text, and the titles of the three cards it names as where a fact is explained.
  static override textParts = [
    "selfCheck",
    "overview",
    "schedule",
    "sideEffects",
  ];
  static {
    this.registerEnglish({ common, selfCheck });
  }
  static override styles = [
    ...Il2Card.styles,
    disclosureStyles,
    selfCheckStyles,
  ];

  static override properties: PropertyDeclarations = {
    answers: { state: true, attribute: false },
    answersShown: { state: true, attribute: false },
    linkable: { state: true, attribute: false },
  };

  private answers: Answers = {};
  /** The answers (what to remember) shown on screen too; they always print. */
  private answersShown = false;
  /** Cards found on the page (same root) when the reader last pressed Check: those get a link. */
  private linkable: ReadonlySet<ExplainingCard> = new Set();

  get #text(): SelfCheckText {
    return this.text<SelfCheckText>("selfCheck");
  }

  /** A card's title in the shown language: that card's own, so the two never differ. */
  #cardTitle(card: ExplainingCard): string {
    const part = EXPLAINING_PARTS[card];
    const text = textPart(this.language, part) as
      { title?: string } | undefined;
    return text?.title ?? englishCardTitles[part];
  }

  #update(topic: SelfCheckTopic, change: TopicState): void {
    this.answers = {
      ...this.answers,
      [topic]: { ...this.answers[topic], ...change },
    };
  }

  /**
   * The card that explains a fact, when it is in the same document or shadow root as this one
   * (inside `<il2-guide>`, or beside it on the page). Read at the reader's action, never in render.
   */
  #findCard(card: ExplainingCard): Il2Card | undefined {
    const root = this.getRootNode();
    const found =
      root instanceof Document || root instanceof ShadowRoot
        ? root.querySelector(EXPLAINING_TAGS[card])
        : null;
    return found instanceof Il2Card ? found : undefined;
  }

  #check(topic: SelfCheckTopic): void {
    const state = this.answers[topic] ?? {};
    const result = checkAnswer(topic, state.choice);
    this.linkable = new Set(
      (Object.keys(EXPLAINING_TAGS) as ExplainingCard[]).filter((card) =>
        this.#findCard(card),
      ),
    );
    this.#update(topic, {
      result,
      checkAgain: state.result === result ? !state.checkAgain : false,
    });
  }

  #choose(topic: SelfCheckTopic, choice: number): void {
    // A new choice makes the earlier feedback stale: it goes until the reader checks again.
    this.#update(topic, { choice, result: undefined });
  }

  async #tryAgain(topic: SelfCheckTopic): Promise<void> {
    this.#update(topic, { choice: undefined, result: undefined });
    await this.updateComplete;
    // The Try again button is gone: focus goes back to the choices, where the reader picks again.
    this.renderRoot.querySelector<HTMLInputElement>(`#${topic}-0`)?.focus();
  }

  #ask(topic: SelfCheckTopic): void {
    const detail: Il2AskDetail = {
      topic,
      question: this.#text.questions[topic].ask,
      lang: this.language,
      result: "",
    };
    fire(this, "il2-ask", detail);
    const result: unknown = detail.result;
    const ask = ASK_RESULTS.includes(result as string)
      ? (result as Il2AskResult)
      : "none";
    const before = this.answers[topic];
    this.#update(topic, {
      ask,
      askAgain: before?.ask === ask ? !before.askAgain : false,
    });
  }

  /** Moves to the card that explains a fact, the way the guide's contents list does. */
  #goTo(event: Event, card: ExplainingCard): void {
    // A fragment link cannot reach into a shadow root, so the link is handled here.
    event.preventDefault();
    const target = this.#findCard(card);
    if (!target) {
      // The card has left the page since: name it as text instead of keeping a dead link.
      const next = new Set(this.linkable);
      next.delete(card);
      this.linkable = next;
      return;
    }
    void target.focusTitle({ preventScroll: true });
    target.scrollIntoView({
      block: "start",
      behavior: matchMedia("(prefers-reduced-motion: reduce)").matches
        ? "auto"
        : "smooth",
    });
  }

  #renderFeedback(
    topic: SelfCheckTopic,
    state: TopicState,
    text: SelfCheckText,
  ) {
    const { result } = state;
    if (!result) return nothing;
    // A no-break space makes a repeated message differ, so it is announced again.
    const again = state.checkAgain ? "\u00a0" : "";
    if (result === "pick-first") return html`<p>${text.pickFirst}${again}</p>`;
    const { card } = ANSWER_KEY[topic];
    const title = this.#cardTitle(card);
    return html`<p>
        <strong class="verdict"
          >${result === "right" ? text.right : text.missed}</strong
        >
        ${text.questions[topic].fact}${again}
      </p>
      <p>
        ${
          this.linkable.has(card)
            ? html`${text.readMore}
                <a
                  href="#section-${card}"
                  @click=${(event: Event) => this.#goTo(event, card)}
                  >${title}</a
                >`
            : this.say(text.readMoreIn, { title })
        }
      </p>`;
  }

  #askNote(state: TopicState, text: SelfCheckText, question: string): string {
    const again = state.askAgain ? "\u00a0" : "";
    switch (state.ask) {
      case "added":
        return this.say(text.askAdded, { question }) + again;
      case "listed":
        return text.askListed + again;
      case "full":
        return text.askFull + again;
      case "none":
        return this.say(text.askNoList, { question }) + again;
      default:
        return "";
    }
  }

  #renderQuestion(topic: SelfCheckTopic, text: SelfCheckText): TemplateResult {
    const state = this.answers[topic] ?? {};
    const words = text.questions[topic];
    const headingId = `${topic}-question`;
    const button = (
      id: string,
      label: string,
      onClick: () => unknown,
      className = "text-button",
    ) =>
      // The question in the name tells the Check buttons (and the Ask buttons) apart.
      html`<button
        class=${className}
        type="button"
        id=${id}
        aria-labelledby="${id} ${headingId}"
        @click=${onClick}
      >
        ${label}
      </button>`;
    return html`<li class="question tile" part="question">
      <fieldset>
        <legend>
          ${heading(this.sectionLevel, words.question, { id: headingId, part: "section-title", className: "subheading" })}
        </legend>
        <div class="choices">
          ${words.choices.map(
            (choice, index) =>
              html`<label class="choice" part="choice">
                <input
                  class="needs-script"
                  type="radio"
                  id="${topic}-${index}"
                  name=${topic}
                  .checked=${live(state.choice === index)}
                  @change=${() => this.#choose(topic, index)}
                />
                <span class="print-box" aria-hidden="true"></span>
                <span class="choice-text">${choice}</span>
              </label>`,
          )}
        </div>
      </fieldset>
      <div class="actions no-print needs-script" part="actions">
        ${button(`${topic}-check`, text.check, () => this.#check(topic), "text-button primary")}
        ${
          state.result === "missed"
            ? button(`${topic}-again`, text.tryAgain, () =>
                this.#tryAgain(topic),
              )
            : nothing
        }
        ${button(`${topic}-ask`, text.askButton, () => this.#ask(topic))}
      </div>
      <div
        class="feedback no-print ${state.result ?? "empty"}"
        id="${topic}-feedback"
        role="status"
        part="feedback"
      >
        ${this.#renderFeedback(topic, state, text)}
      </div>
      <p
        class="ask-note no-print ${state.ask ? "" : "empty"}"
        id="${topic}-ask-note"
        role="status"
        part="ask-note"
      >
        ${this.#askNote(state, text, words.ask)}
      </p>
    </li>`;
  }

  override render() {
    const text = this.#text;
    return this.renderCard({
      title: text.title,
      lede: text.lede,
      body: html`
        <p class="save-note no-print" part="save-note">${text.keptInPage}</p>
        <p class="print-only">${text.worksheetNote}</p>
        <ol class="questions">
          ${SELF_CHECK_TOPICS.map((topic) => this.#renderQuestion(topic, text))}
        </ol>
        <div class="print-actions no-print needs-script">
          <button
            class="text-button"
            type="button"
            id="answers-toggle"
            aria-expanded=${this.answersShown ? "true" : "false"}
            aria-controls="answers"
            @click=${() => (this.answersShown = !this.answersShown)}
          >
            ${this.answersShown ? text.answersToggle.hide : text.answersToggle.show}
          </button>
          <button
            class="text-button"
            type="button"
            @click=${() => printOnly(this)}
          >
            ${text.print}
          </button>
        </div>
        <section
          class="answers ${this.answersShown ? "" : "print-only"}"
          id="answers"
          part="answers"
          aria-labelledby="answers-title"
        >
          ${heading(this.sectionLevel, text.answersHeading, { id: "answers-title", part: "section-title", className: "subheading" })}
          <ol>
            ${SELF_CHECK_TOPICS.map((topic) => {
              const words = text.questions[topic];
              return html`<li>
                <strong>${words.choices[ANSWER_KEY[topic].right]}.</strong>
                ${words.fact}
              </li>`;
            })}
          </ol>
        </section>
      `,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "il2-self-check": Il2SelfCheck;
  }
  interface GlobalEventHandlersEventMap {
    "il2-ask": CustomEvent<Il2AskDetail>;
  }
}
