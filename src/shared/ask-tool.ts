// "Add this to my questions": a card shows one question for the care team in bold, with a button
// that hands it to the list of questions on the page (<il2-doctor-questions>, through the
// `il2-ask` event, as the self-check's "Ask my care team" does), and says what became of it.
// Used by the overview, the assistance and the resources cards; nothing is stored or sent.
import {
  css,
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from "lit";
import type { Il2AskDetail, Il2AskResult } from "./ask-event.js";
import type { CommonText } from "../i18n/common-text.js";
import { fill } from "../i18n/message.js";
import { fire } from "./events.js";

const RESULTS: readonly string[] = ["added", "listed", "full"];

/** What became of one topic's last ask, and a flip so the same message is announced again. */
interface AskOutcome {
  result: Il2AskResult | "none";
  again: boolean;
}

export interface AskToolOptions {
  /** What the question is about (letters, digits, dashes): the list keeps one per topic. */
  topic: string;
  /** The question, in the card's language. */
  question: string;
  /** The card's language. */
  lang: string;
  /** `common.askTool` and `common.intlLocale` of the card's language. */
  common: CommonText;
}

export class AskTool implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #outcomes = new Map<string, AskOutcome>();

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  #ask({ topic, question, lang }: AskToolOptions): void {
    const detail: Il2AskDetail = { topic, question, lang, result: "" };
    fire(this.#host, "il2-ask", detail);
    const answer: unknown = detail.result;
    const result = RESULTS.includes(answer as string)
      ? (answer as Il2AskResult)
      : "none";
    const before = this.#outcomes.get(topic);
    this.#outcomes.set(topic, {
      result,
      again: before?.result === result ? !before.again : false,
    });
    this.#host.requestUpdate();
  }

  /** What the card says after the button was pressed; '' before. */
  #message({ topic, question, common }: AskToolOptions): string {
    const outcome = this.#outcomes.get(topic);
    if (!outcome) return "";
    const words = common.askTool;
    const message =
      outcome.result === "none"
        ? words.noList
        : outcome.result === "added"
          ? words.added
          : outcome.result === "listed"
            ? words.listed
            : words.full;
    // A no-break space makes a repeated message differ, so screen readers announce it again.
    return (
      fill(message, { question }, common.intlLocale) +
      (outcome.again ? "\u00a0" : "")
    );
  }

  /** The question in bold, its button (not printed) and the status line. */
  render(options: AskToolOptions): TemplateResult {
    const id = `ask-${options.topic}`;
    return html`<div class="ask-tool" part="ask">
      <p class="ask-question" id="${id}-question">
        <strong><q>${options.question}</q></strong>
      </p>
      <button
        class="ask-button no-print needs-script"
        type="button"
        id=${id}
        aria-labelledby="${id} ${id}-question"
        @click=${() => this.#ask(options)}
      >
        ${options.common.askTool.button}
      </button>
      <p class="ask-note no-print" role="status">${this.#message(options)}</p>
    </div>`;
  }
}

export const askToolStyles = css`
  .ask-tool {
    margin-block: 0.75em;
  }

  .ask-tool .ask-question {
    margin-block-end: 0.5em;
  }

  .ask-button {
    min-height: 44px;
    padding: 0.4em 0.9em;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: var(--_background);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }

  .ask-button:hover {
    background: var(--_surface);
  }

  .ask-tool .ask-note {
    margin-block: 0.5em 0;
  }

  .ask-tool .ask-note:empty {
    margin: 0;
  }

  @media (forced-colors: active) {
    .ask-button {
      border-color: ButtonText;
    }
  }
`;
