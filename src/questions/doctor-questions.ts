// <il2-doctor-questions>: questions to ask the doctor about IL-2 (fact F23, Q1–Q10) as a checklist
// the reader marks, with room for answers and their own questions; print, copy, download; saved
// in this browser only when the host asks for it.
import {
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from "lit";
import { live } from "lit/directives/live.js";
import { repeat } from "lit/directives/repeat.js";
import { Il2Card } from "../shared/card.js";
import { heading } from "../shared/heading.js";
import { disclosureStyles } from "../shared/disclosure-styles.js";
import { printOnly } from "../shared/print.js";
import { lightChildren } from "../shared/light-children.js";
import { saveTextFile } from "../shared/download.js";
import { fire } from "../shared/events.js";
import { quote } from "../shared/warn.js";
import {
  propertyOnlyAttributeWarning,
  type PropertyOnly,
} from "../shared/property-only.js";
import { common } from "../locales/en/common.js";
import {
  questions as englishQuestions,
  type BuiltInQuestionId,
  type QuestionsText,
} from "../locales/en/questions.js";
import {
  LIMITS,
  askedQuestionId,
  cleanQuestionText,
  newOwnId,
  parseHostQuestions,
  type QuestionItem,
} from "./question-items.js";
import {
  emptyState,
  isAsked,
  noteFor,
  parseSavedState,
  serializeState,
  withAsked,
  withNote,
  withOwnAdded,
  withOwnRemoved,
  type QuestionsState,
} from "./saved-state.js";
import {
  DEFAULT_STORAGE_KEY,
  QuestionStore,
  parseStorageKey,
  type StoreListener,
  type StoreProblem,
} from "./question-store.js";
import { listAsPlainText } from "./plain-text.js";
import { nearestList } from "./ask-target.js";
import type { Il2AskDetail, Il2AskResult } from "../shared/ask-event.js";
import { questionsStyles } from "./doctor-questions.styles.js";

/** A host's default question: its text, or its text with a stable id of its own. */
export type Il2HostQuestion = string | { id?: string; text: string };

/** Where a question comes from. */
export type Il2QuestionSource = "built-in" | "host" | "own";

export interface Il2QuestionState {
  /** `q1`–`q10` (built-in), `h-…` (host) or `o-…` (the reader's own). */
  id: string;
  text: string;
  source: Il2QuestionSource;
  asked: boolean;
  /** The reader's notes; '' when none. */
  note: string;
}

/** What the reader did. */
export type Il2QuestionsAction =
  "mark" | "unmark" | "note" | "add" | "remove" | "clear";

export interface Il2QuestionsChangeDetail {
  action: Il2QuestionsAction;
  /** The question acted on; absent for `clear`. */
  id?: string;
  /** Every shown question, in order, with its mark and notes. */
  questions: Il2QuestionState[];
  /** How many shown questions are marked asked. */
  asked: number;
  /** How many questions are shown. */
  total: number;
}

/** The built-in questions (Q1–Q10) in their order; saved marks and notes use these ids. */
const BUILT_IN_QUESTION_IDS: readonly BuiltInQuestionId[] = [
  "q1",
  "q2",
  "q3",
  "q4",
  "q5",
  "q6",
  "q7",
  "q8",
  "q9",
  "q10",
];

/**
 * `questions` is a property only. Text in a `questions` attribute (a framework's
 * `"[object Object]"`) is lost, so the attribute is observed only to say so.
 */
const QUESTIONS_PROPERTY: PropertyOnly = {
  name: "questions",
  takes: "an array of questions",
  defineModule: "il2-widgets/doctor-questions",
};

/** Every connected list, in the order they connected: the candidates for an asked question. */
const connectedLists = new Set<Il2DoctorQuestions>();

const isAskDetail = (detail: unknown): detail is Il2AskDetail =>
  detail !== null &&
  typeof detail === "object" &&
  typeof (detail as { question?: unknown }).question === "string";

/** Blank lines to write answers on, shown only in print. */
const ANSWER_LINES = html`<div class="answer-lines" aria-hidden="true">
  <span></span><span></span><span></span>
</div>`;

/**
 * @tagname il2-doctor-questions
 * @summary Questions to ask the doctor about IL-2, as a checklist to take to the visit: the reader
 * marks each question asked, writes down answers, adds their own questions, and prints, copies or
 * downloads the list. Nothing leaves the browser; nothing is stored unless `persist` is set.
 * Readers can add up to 200 questions of their own (300 characters each); each note holds up to
 * 100,000 characters. A question asked from an `<il2-self-check>` (its `il2-ask` event) joins the
 * reader's own questions, once: when several lists are on the page, the one in the same shadow
 * root as the asking card (such as the same `<il2-guide>`) takes it, else the nearest above, else
 * the first on the page. It is kept like any own question (saved with `persist`), with the id
 * `o-ask-<topic>`, so asking again, also after a reload or in another language, adds nothing.
 *
 * @attr {boolean} persist - Keeps check marks, notes and the reader's own questions in this
 *   browser's localStorage under `storage-key`, so they are there on the next visit and shared by
 *   every list with the same key (on the page and in other tabs). Without it, nothing is stored:
 *   the list lasts until the page closes. When the browser refuses storage (private mode,
 *   sandboxed frame, storage full), the list keeps working in memory and tells the reader plainly
 *   that it will not be saved. Default false.
 * @attr {string} storage-key - The one localStorage key the list reads and writes (only with
 *   `persist`). Default `il2-doctor-questions`. 1–100 characters; anything else uses the default
 *   with a console warning. Saved as JSON `{"v":1,"asked":{id:true},"notes":{id:text},"own":[{"id","text"}]}`;
 *   ids are `q1`–`q10` (built-in), `h-…` (host), `o-…` (own). Saved data that is unreadable or of
 *   another version is ignored (the list starts empty, with a note to the reader) and replaced on
 *   the reader's next change. "Clear all" removes the key.
 *
 * @prop {Il2HostQuestion[]} questions - The host's own default questions, shown after the ten
 *   built-in ones: strings, or `{ id, text }` objects whose `id` keeps marks and notes attached when
 *   the text changes (otherwise the id comes from the text). Plain text only, never HTML. At most 50
 *   (together with the slotted ones), each at most 300 characters; repeats, empty and non-text
 *   entries are skipped with a console warning. Property only (no attribute). Default `[]`.
 *
 * @slot question - The host's default questions as markup, e.g. `<li slot="question">…</li>` as
 *   direct children: each element's text (`textContent`, never HTML) becomes a question after those
 *   of the `questions` property. Optional `data-question-id` keeps marks attached when the text
 *   changes. The elements themselves are not displayed.
 *
 * @fires {CustomEvent<Il2QuestionsChangeDetail>} il2-questions-change - The reader marked or unmarked
 *   a question, changed a note (fired when the notes field loses focus), added or removed a
 *   question of their own (`add` also when a question asked from `<il2-self-check>` joins the
 *   list), or cleared the list. Not fired for changes from other lists or tabs.
 *   `detail`: `{ action: 'mark' | 'unmark' | 'note' | 'add' | 'remove' | 'clear', id?, questions:
 *   [{ id, text, source: 'built-in' | 'host' | 'own', asked, note }], asked, total }`.
 *
 * @csspart body - The card's main area.
 * @csspart save-note - The line saying where the reader's writing is kept.
 * @csspart progress - The "You have asked 3 of 10 questions" line.
 * @csspart section-title - Each section heading.
 * @csspart list - The list of suggested questions.
 * @csspart own-list - The list of the reader's own questions.
 * @csspart question - Each question tile.
 * @csspart question-text - The text of each question.
 * @csspart notes - Each notes field.
 * @csspart add-form - The form for adding a question.
 * @csspart actions - The Print, Copy, Download and Clear all buttons.
 * @csspart message - Short status messages (copied, cleared…).
 */
export class Il2DoctorQuestions extends Il2Card {
  static override textParts = ["questions"];
  static {
    this.registerEnglish({ common, questions: englishQuestions });
  }
  static override styles = [
    ...Il2Card.styles,
    disclosureStyles,
    questionsStyles,
  ];

  static override properties: PropertyDeclarations = {
    persist: { type: Boolean, reflect: true },
    storageKey: { attribute: "storage-key" },
    questions: { attribute: false },
    list: { state: true, attribute: false },
    openNotes: { state: true, attribute: false },
    confirming: { state: true, attribute: false },
    message: { state: true, attribute: false },
    problem: { state: true, attribute: false },
    unreadable: { state: true, attribute: false },
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, QUESTIONS_PROPERTY.name];
  }

  override attributeChangedCallback(
    name: string,
    old: string | null,
    value: string | null,
  ): void {
    super.attributeChangedCallback(name, old, value);
    if (IL2_DEV && name === QUESTIONS_PROPERTY.name && value !== null)
      this.warn(
        `${QUESTIONS_PROPERTY.name}=${quote(value)}`,
        propertyOnlyAttributeWarning(QUESTIONS_PROPERTY, value),
      );
  }

  // Documented in the class header (@attr, @prop), which the manifest and docs/api.md are built from.
  persist = false;
  // The default is DEFAULT_STORAGE_KEY, spelled out so the manifest shows the value.
  storageKey = "il2-doctor-questions";
  questions: Il2HostQuestion[] = [];

  private list: QuestionsState = emptyState();
  private openNotes: ReadonlySet<string> = new Set();
  private confirming = false;
  /**
   * The status message, kept as a function of the text so it follows a change of language;
   * `again` adds a no-break space so the same message twice is announced twice.
   */
  private message: {
    text: (text: QuestionsText) => string;
    again: boolean;
  } | null = null;
  private problem: StoreProblem | undefined;
  private unreadable = false;

  // Both are read in the first update (`questions` counts as changed, `slottedDirty` is set on connect);
  // empty until then.
  #hostItems: QuestionItem[] = [];
  #slottedItems: QuestionItem[] = [];
  #slottedDirty = true;
  #store: QuestionStore | undefined;
  #unsubscribe: (() => void) | undefined;
  #observer: MutationObserver | undefined;

  /** Another list with the same key (this page or another tab) saved: show its list. */
  readonly #onSaved: StoreListener = (text) => {
    this.list = parseSavedState(text).state;
    this.unreadable = false;
  };

  /**
   * A card asked to add a question for the care team (`il2-ask`, heard on the document): the
   * nearest list adds it to the reader's own questions unless it is there already, and answers
   * through `detail.result`, which also tells the other lists it is taken.
   */
  readonly #onAsk = (event: Event): void => {
    const detail: unknown = (event as CustomEvent<unknown>).detail;
    if (!isAskDetail(detail) || detail.result) return;
    const source = event.composedPath()[0];
    if (
      !(source instanceof Node) ||
      nearestList(source, [...connectedLists]) !== this
    )
      return;
    const { text } = cleanQuestionText(detail.question);
    if (!text) return;
    const id = askedQuestionId(detail.topic, text);
    const sameText = text.toLowerCase();
    let result: Il2AskResult = "added";
    if (
      this.#shown().all.some(
        (question) =>
          question.id === id || question.text.toLowerCase() === sameText,
      )
    )
      result = "listed";
    else if (this.list.own.length >= LIMITS.ownQuestions) result = "full";
    else {
      this.#save(withOwnAdded(this.list, { id, text }));
      this.#fireChange("add", id);
    }
    try {
      detail.result = result;
    } catch {
      // A frozen detail from a host's own event: the question is still handled.
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    connectedLists.add(this);
    this.ownerDocument.addEventListener("il2-ask", this.#onAsk);
    const reread = () => {
      this.#slottedDirty = true;
      this.requestUpdate();
    };
    // An attribute filter implies `attributes: true`.
    (this.#observer ??= new MutationObserver(reread)).observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ["slot", "data-question-id"],
    });
    reread();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connectedLists.delete(this);
    this.ownerDocument.removeEventListener("il2-ask", this.#onAsk);
    this.#observer?.disconnect();
    this.#closeStore();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has("questions")) {
      const value: unknown = this.questions;
      const list = Array.isArray(value);
      if (IL2_DEV && value != null && !list)
        this.warn(
          `questions=${quote(value)}`,
          "is not an array of questions; ignoring it.",
        );
      // Set by script, so not in pre-rendered HTML: shown once the server's HTML is adopted.
      this.#hostItems = this.serverView
        ? []
        : this.#hostQuestions(list ? value : [], "questions item", "questions");
    }
    if (this.#slottedDirty) {
      this.#slottedDirty = false;
      const entries = lightChildren(this)
        .filter((element) => element.slot === "question")
        .map((element) => ({
          id: element.getAttribute("data-question-id"),
          text: element.textContent,
        }));
      this.#slottedItems = this.#hostQuestions(
        entries,
        "slotted question",
        'slot="question"',
      );
    }
    this.#openStore();
  }

  protected override hydrated(): void {
    // Re-reads what only the browser has: the host's `questions` property and saved answers.
    this.requestUpdate("questions");
  }

  get #text(): QuestionsText {
    return this.text<QuestionsText>("questions");
  }

  #hostQuestions(
    entries: readonly unknown[],
    label: string,
    source: string,
  ): QuestionItem[] {
    const { items, problems } = parseHostQuestions(entries, label);
    const more = problems.length > 3 ? `; and ${problems.length - 3} more` : "";
    if (IL2_DEV && problems.length)
      this.warn(
        `${source}: ${problems.slice(0, 3).join("; ")}${more}.`,
        "Those entries are skipped or cut.",
      );
    return items;
  }

  /**
   * Every shown question with its mark and notes: built-in, then the host's (property, then
   * slotted; repeats once), then the reader's. Also the suggested and own ones apart, and how many are asked.
   */
  #shown() {
    const { list } = this;
    const text = this.#text;
    const entry = (
      id: string,
      text: string,
      source: Il2QuestionSource,
    ): Il2QuestionState => ({
      id,
      text,
      source,
      asked: isAsked(list, id),
      note: noteFor(list, id),
    });
    const seen = new Set<string>();
    // A question the property and the slot both give is shown once.
    const host = [...this.#hostItems, ...this.#slottedItems].filter(
      ({ id }) => !seen.has(id) && seen.add(id),
    );
    const suggested = [
      ...BUILT_IN_QUESTION_IDS.map((id) =>
        entry(
          id,
          text.questions[id] ?? englishQuestions.questions[id],
          "built-in",
        ),
      ),
      ...host
        .slice(0, LIMITS.hostQuestions)
        .map((item) => entry(item.id, item.text, "host")),
    ];
    const own = list.own.map((item) => entry(item.id, item.text, "own"));
    const all = [...suggested, ...own];
    return {
      all,
      suggested,
      own,
      asked: all.filter((question) => question.asked).length,
    };
  }

  // ── Storage ──────────────────────────────────────────────────────────────────────────────

  /** Opens the store for the current key when `persist` is on (and loads it), or closes it. */
  #openStore(): void {
    let key: string | undefined;
    if (this.persist) {
      const parsed = parseStorageKey(this.storageKey);
      if (IL2_DEV && !parsed.valid)
        this.warn(
          `storage-key=${quote(this.storageKey)}`,
          `is not 1–100 characters of text; using "${DEFAULT_STORAGE_KEY}".`,
        );
      key = parsed.value;
    }
    // Saved answers are the reader's own: never on the server, and shown right after a
    // pre-rendered card has adopted the server's HTML.
    if (!this.isConnected || this.serverView) key = undefined;
    if (key === this.#store?.key) return;
    this.#closeStore();
    if (key === undefined) return;

    const store = (this.#store = new QuestionStore(key));
    this.#unsubscribe = store.subscribe(this.#onSaved);
    const { text, problem } = store.read();
    const { state, status, repaired } = parseSavedState(text);
    this.list = state;
    this.problem = problem;
    const unreadable = status === "unreadable" || status === "other-version";
    if (unreadable) this.unreadable = true;
    if (IL2_DEV) {
      const where = `saved under storage-key=${quote(key)}`;
      if (unreadable)
        this.warn(
          `the list ${where} ${status === "unreadable" ? "could not be read" : "is from another version of the saved format"};`,
          "starting empty. The reader's next change replaces it.",
        );
      else if (repaired)
        this.warn(
          `some entries ${where}`,
          "could not be used and were left out.",
        );
    }
  }

  #closeStore(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = this.#store = this.problem = undefined;
    this.unreadable = false;
  }

  /** Shows `next` and, with `persist`, saves it (`clear`: removes the key) and tells other lists with the same key. */
  #save(next: QuestionsState, clear?: boolean): void {
    this.list = next;
    const store = this.#store;
    if (!store) return;
    const text = clear ? null : serializeState(next);
    this.problem = store.write(text).problem;
    if (!this.problem) this.unreadable = false;
    store.publish(text, this.#onSaved);
  }

  // ── Reader actions ───────────────────────────────────────────────────────────────────────

  #fireChange(action: Il2QuestionsAction, id?: string): void {
    const { all, asked } = this.#shown();
    const detail: Il2QuestionsChangeDetail = {
      action,
      ...(id ? { id } : {}),
      questions: all,
      asked,
      total: all.length,
    };
    fire(this, "il2-questions-change", detail);
  }

  /** Shows a short message in the polite status line; the same message twice is announced twice. */
  #say(message: (text: QuestionsText) => string): void {
    const current = this.message;
    const text = this.#text;
    this.message = {
      text: message,
      again:
        !!current && !current.again && current.text(text) === message(text),
    };
  }

  #byId(id: string): HTMLElement | null {
    return (this.renderRoot as ShadowRoot).getElementById(id);
  }

  /** Moves focus to the element `id` once the card has updated. */
  async #focusLater(id: string): Promise<void> {
    await this.updateComplete;
    this.#byId(id)?.focus();
  }

  /** Opens or closes a question's notes field; without `open`, toggles it. */
  #showNotes(id: string, open = !this.openNotes.has(id)): void {
    const next = new Set(this.openNotes);
    if (open) next.add(id);
    else next.delete(id);
    this.openNotes = next;
  }

  #onAdd(event: Event): void {
    event.preventDefault();
    const input = this.#byId("new-question") as HTMLInputElement;
    const question = cleanQuestionText(input.value).text;
    const { own } = this.list;
    if (!question) {
      this.#say((t) => t.emptyQuestion);
    } else if (own.length >= LIMITS.ownQuestions) {
      this.#say((t) => this.say(t.ownLimit, { max: LIMITS.ownQuestions }));
    } else {
      const id = newOwnId(new Set(own.map((item) => item.id)));
      this.#save(withOwnAdded(this.list, { id, text: question }));
      input.value = "";
      this.#say((t) => t.added);
      this.#fireChange("add", id);
    }
    input.focus();
  }

  #removeOwn(id: string): void {
    const { own } = this.list;
    const index = own.findIndex((question) => question.id === id);
    if (index < 0) return;
    const focusNext = own[index + 1]?.id ?? own[index - 1]?.id;
    this.#save(withOwnRemoved(this.list, id));
    this.#showNotes(id, false);
    this.#say((t) => t.removed);
    this.#fireChange("remove", id);
    void this.#focusLater(focusNext ? `remove-${focusNext}` : "new-question");
  }

  #closeConfirm(clear: boolean): void {
    if (clear) {
      this.#save(emptyState(), true);
      this.openNotes = new Set();
      this.#say((t) => t.cleared);
      this.#fireChange("clear");
    }
    this.confirming = false;
    void this.#focusLater("clear");
  }

  #onConfirmKeydown(event: KeyboardEvent): void {
    if (event.key !== "Escape") return;
    event.preventDefault();
    event.stopPropagation();
    this.#closeConfirm(false);
  }

  /** The list as plain text, as copied and downloaded. */
  #plainText(): string {
    const text = this.#text;
    const common = this.commonText;
    const { all, suggested, own, asked } = this.#shown();
    return listAsPlainText({
      title: text.title,
      progress: this.sayCount(text.progress, all.length, { asked }),
      questions: suggested,
      ownHeading: text.ownHeading,
      own,
      notesLabel: text.textNotesLabel,
      noNotes: text.textNoNotes,
      footer: [common.careTeamNote, this.reviewRecord()],
    });
  }

  async #copy(): Promise<void> {
    const listText = this.#plainText();
    let copied = true;
    try {
      await navigator.clipboard.writeText(listText);
    } catch {
      // Older browsers and pages that block the Clipboard API: copy from a hidden, selected field.
      const buffer = document.createElement("textarea");
      buffer.value = listText;
      buffer.readOnly = true;
      buffer.tabIndex = -1;
      buffer.className = "copy-buffer";
      buffer.setAttribute("aria-hidden", "true");
      this.renderRoot.appendChild(buffer);
      buffer.select();
      try {
        copied = document.execCommand("copy");
      } catch {
        copied = false;
      }
      buffer.remove();
      this.#byId("copy")?.focus();
    }
    this.#say((t) => (copied ? t.copied : t.copyFailed));
  }

  #download(): void {
    const { fileName } = this.#text;
    // The byte-order mark lets older Windows editors show "®" and accents correctly.
    saveTextFile(
      this.renderRoot,
      fileName,
      ["\uFEFF", this.#plainText()],
      "text/plain;charset=utf-8",
    );
    this.#say((t) => this.say(t.downloaded, { fileName }));
  }

  // ── Rendering ────────────────────────────────────────────────────────────────────────────

  #renderQuestion(
    { id, text: question, source, asked, note }: Il2QuestionState,
    text: QuestionsText,
  ): TemplateResult {
    const hasNote = note.trim() !== "";
    // The space before "(written)" stays outside its template: the build's minifier drops a template's leading space.
    return html`<li class="question ${asked ? "asked" : ""}" part="question">
      <div class="row">
        <label class="check-label">
          <input
            class="check needs-script"
            type="checkbox"
            id="asked-${id}"
            .checked=${live(asked)}
            @change=${(event: Event) => {
              const checked = (event.target as HTMLInputElement).checked;
              this.#save(withAsked(this.list, id, checked));
              this.#fireChange(checked ? "mark" : "unmark", id);
            }}
          />
          <span class="print-box" aria-hidden="true">${asked ? "✓" : ""}</span>
          <span class="question-text" id="text-${id}" part="question-text"
            >${question}</span
          >
        </label>
        ${
          source === "own"
            ? html`<button
                class="remove no-print needs-script"
                type="button"
                id="remove-${id}"
                aria-labelledby="remove-${id} text-${id}"
                @click=${() => this.#removeOwn(id)}
              >
                ${text.removeButton}
              </button>`
            : nothing
        }
      </div>
      ${this.#notesField(id, note, text)}
      <div class="print-only">
        ${hasNote ? html`<p class="print-note">${note}</p>` : nothing}${ANSWER_LINES}
      </div>
    </li>`;
  }

  /** A question's notes: the button that opens them (it says when there are some) and the field. */
  #notesField(id: string, note: string, text: QuestionsText): TemplateResult {
    const open = this.openNotes.has(id);
    return html`<button
        class="toggle notes-toggle no-print needs-script"
        type="button"
        id="toggle-${id}"
        aria-expanded=${open ? "true" : "false"}
        aria-controls="notes-${id}"
        aria-labelledby="toggle-${id} text-${id}"
        @click=${() => this.#showNotes(id)}
      >
        <span
          >${text.notesToggle}
          ${note.trim() !== "" ? html`<span class="has-notes">${text.hasNotes}</span>` : nothing}</span
        >
      </button>
      <div class="notes" id="notes-${id}" ?hidden=${!open}>
        <label for="note-${id}" id="note-label-${id}">${text.notesLabel}</label>
        <textarea
          id="note-${id}"
          part="notes"
          rows="4"
          maxlength=${LIMITS.noteLength}
          autocomplete="off"
          aria-labelledby="note-label-${id} text-${id}"
          .value=${live(note)}
          @input=${(event: Event) => this.#save(withNote(this.list, id, (event.target as HTMLTextAreaElement).value))}
          @change=${() => this.#fireChange("note", id)}
        ></textarea>
      </div>`;
  }

  override render() {
    const text = this.#text;
    const shown = this.#shown();
    return this.renderCard({
      title: text.title,
      lede: text.lede,
      body: html`
        ${this.#statusLines(text, shown.asked, shown.all.length)}
        <section class="group" aria-labelledby="list-title">
          ${this.#subheading("list", text.listHeading)}
          <ol class="questions" part="list">
            ${this.#items(shown.suggested, text)}
          </ol>
        </section>
        ${this.#ownSection(text, shown.own)} ${this.#actionsSection(text)}
      `,
    });
  }

  #subheading(id: string, title: string): TemplateResult {
    return heading(this.sectionLevel, title, {
      id: `${id}-title`,
      part: "section-title",
      className: "subheading",
    });
  }

  #items(questions: Il2QuestionState[], text: QuestionsText) {
    return repeat(
      questions,
      (question) => question.id,
      (question) => this.#renderQuestion(question, text),
    );
  }

  #button(
    id: string,
    label: string,
    onClick: () => unknown,
    className = "text-button",
  ): TemplateResult {
    return html`<button
      class=${className}
      type="button"
      id=${id}
      @click=${onClick}
    >
      ${label}
    </button>`;
  }

  /** Where the reader's writing is kept (or why it cannot be), and how many questions are asked. */
  #statusLines(
    text: QuestionsText,
    asked: number,
    total: number,
  ): TemplateResult {
    const { persist, problem, unreadable } = this;
    const saveNote = !persist
      ? text.keptInPage
      : problem
        ? text.cannotSave
        : text.keptOnDevice;
    return html`<p
        class="save-note ${persist && (problem || unreadable) ? "problem" : ""}"
        role="status"
        part="save-note"
      >
        ${unreadable ? `${text.unreadable} ${saveNote}` : saveNote}
      </p>
      <p class="progress" role="status" part="progress">
        ${this.sayCount(text.progress, total, { asked })}
      </p>`;
  }

  /** The reader's own questions, and the form to add one. */
  #ownSection(text: QuestionsText, own: Il2QuestionState[]): TemplateResult {
    return html`<section class="group" aria-labelledby="own-title">
      ${this.#subheading("own", text.ownHeading)}
      ${
        own.length
          ? html`<ol class="questions" part="own-list">
              ${this.#items(own, text)}
            </ol>`
          : html`<p class="own-empty">${text.ownEmpty}</p>`
      }
      <form
        class="add-form no-print needs-script"
        part="add-form"
        @submit=${this.#onAdd}
      >
        <label for="new-question">${text.addLabel}</label>
        <div class="add-row">
          <input
            id="new-question"
            type="text"
            maxlength=${LIMITS.questionLength}
            autocomplete="off"
          />
          <button class="text-button" type="submit">${text.addButton}</button>
        </div>
      </form>
      <div class="print-only">${ANSWER_LINES}</div>
    </section>`;
  }

  /** Print, copy, download and clear (with its confirmation), and the status message. */
  #actionsSection(text: QuestionsText): TemplateResult {
    const { message } = this;
    return html`<section
      class="group no-print needs-script"
      aria-labelledby="actions-title"
    >
      ${this.#subheading("actions", text.actionsHeading)}
      <div class="actions" part="actions">
        ${this.#button("print", text.print, () => printOnly(this))}
        ${this.#button("copy", text.copy, () => this.#copy())}
        ${this.#button("download", text.download, () => this.#download())}
        ${this.#button("clear", text.clear, () => {
          this.confirming = true;
          this.message = null;
          // The safe answer takes focus, so a repeated Enter or a stray tap cannot clear the list.
          void this.#focusLater("confirm-no");
        })}
      </div>
      ${this.confirming ? this.#confirmClear(text) : nothing}
      <p class="message" role="status" part="message">
        ${message ? message.text(text) + (message.again ? "\u00a0" : "") : ""}
      </p>
    </section>`;
  }

  #confirmClear(text: QuestionsText): TemplateResult {
    return html`<div
      class="confirm"
      role="group"
      aria-labelledby="confirm-text"
      @keydown=${this.#onConfirmKeydown}
    >
      <p id="confirm-text">${text.confirmClear}</p>
      <div class="confirm-buttons">
        ${this.#button("confirm-yes", text.confirmYes, () => this.#closeConfirm(true), "text-button danger")}
        ${this.#button("confirm-no", text.confirmNo, () => this.#closeConfirm(false))}
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "il2-doctor-questions": Il2DoctorQuestions;
  }
  interface GlobalEventHandlersEventMap {
    "il2-questions-change": CustomEvent<Il2QuestionsChangeDetail>;
  }
}
