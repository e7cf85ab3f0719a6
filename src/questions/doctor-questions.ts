// <il2-doctor-questions>: questions to ask the doctor about IL-2 (fact F23, Q1–Q10) as a checklist
// the reader marks, with room for answers and their own questions; print, copy, download; saved
// in this browser only when the host asks for it.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { Il2Card } from '../shared/card.js';
import { heading } from '../shared/heading.js';
import { disclosureStyles } from '../shared/disclosure-styles.js';
import { printOnly } from '../shared/print.js';
import { quote } from '../shared/warn.js';
import { questions as englishQuestions } from '../locales/en.js';
import { BUILT_IN_QUESTION_IDS, type QuestionsText } from './doctor-questions-text.js';
import { LIMITS, cleanQuestionText, newOwnId, parseHostQuestions, type QuestionItem } from './question-items.js';
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
} from './saved-state.js';
import { DEFAULT_STORAGE_KEY, QuestionStore, parseStorageKey, type StoreListener, type StoreProblem } from './question-store.js';
import { listAsPlainText, type PlainTextQuestion } from './plain-text.js';
import { questionsStyles } from './doctor-questions.styles.js';

/** A host's default question: its text, or its text with a stable id of its own. */
export type Il2HostQuestion = string | { id?: string; text: string };

/** Where a question comes from. */
export type Il2QuestionSource = 'built-in' | 'host' | 'own';

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
export type Il2QuestionsAction = 'mark' | 'unmark' | 'note' | 'add' | 'remove' | 'clear';

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

interface ShownQuestion extends QuestionItem {
  source: Il2QuestionSource;
}

/** How long a download's object URL is kept: long enough for any browser to start saving the file. */
const REVOKE_AFTER_MS = 30_000;

/**
 * @tagname il2-doctor-questions
 * @summary Questions to ask the doctor about IL-2, as a checklist to take to the visit: the reader
 * marks each question asked, writes down answers, adds their own questions, and prints, copies or
 * downloads the list. Nothing leaves the browser; nothing is stored unless `persist` is set.
 * Readers can add up to 200 questions of their own (300 characters each); each note holds up to
 * 100,000 characters.
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
 * @attr {'light' | 'dark' | 'auto'} theme - Colour theme; `auto` follows the reader's system. Default `light`.
 * @attr {1 | 2 | 3 | 4 | 5 | 6} heading-level - Level of the card title; section headings use the next level. Default 2.
 * @attr {string} lang - Language of the card; inherited from ancestors or the page when not set.
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
 *   question of their own, or cleared the list. Not fired for changes from other lists or tabs.
 *   `detail`: `{ action: 'mark' | 'unmark' | 'note' | 'add' | 'remove' | 'clear', id?, questions:
 *   [{ id, text, source: 'built-in' | 'host' | 'own', asked, note }], asked, total }`.
 *
 * @csspart card - The card's outer box.
 * @csspart title - The card title.
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
 * @csspart footer - The footer with the care-team note and source.
 * @csspart care-note - The note to talk with the care team.
 * @csspart source - The source and its date.
 *
 * @cssprop [--il2-font-family=system-ui, sans-serif] - Font family.
 * @cssprop [--il2-font-size=medium] - Base font size (the reader's default size).
 * @cssprop [--il2-line-height=1.55] - Line height of body text.
 * @cssprop [--il2-color-text=#1b2330] - Text colour (dark theme: #eef1f6).
 * @cssprop [--il2-color-muted=#4a5567] - Secondary text colour (dark theme: #bcc6d3).
 * @cssprop [--il2-color-background=#ffffff] - Card background (dark theme: #161b22).
 * @cssprop [--il2-color-surface=#f3f6fa] - Background of sections (dark theme: #1f2631).
 * @cssprop [--il2-color-accent=#1d5c8c] - Accent for links, buttons and section edges (dark theme: #8ec5f5).
 * @cssprop [--il2-color-on-accent=#ffffff] - Text on accent-coloured buttons (dark theme: #0d1117).
 * @cssprop [--il2-color-border=#c6d0dc] - Border colour (dark theme: #435062).
 * @cssprop [--il2-color-focus=#1d5c8c] - Keyboard focus ring (dark theme: #ffd166).
 * @cssprop [--il2-color-error=#a4262c] - Error text (dark theme: #ffaba3).
 * @cssprop [--il2-radius=12px] - Corner radius.
 * @cssprop [--il2-space=16px] - Base spacing unit.
 */
export class Il2DoctorQuestions extends Il2Card {
  static override styles = [...Il2Card.styles, disclosureStyles, questionsStyles];

  // Documented in the class header (@attr, @prop), which the manifest and README are built from.
  @property({ type: Boolean, reflect: true }) persist = false;
  // The default is DEFAULT_STORAGE_KEY, spelled out so the manifest shows the value.
  @property({ attribute: 'storage-key' }) storageKey = 'il2-doctor-questions';
  @property({ attribute: false }) questions: Il2HostQuestion[] = [];

  @state() private list: QuestionsState = emptyState();
  @state() private openNotes: ReadonlySet<string> = new Set();
  @state() private confirming = false;
  /**
   * The status message, kept as a function of the text so it follows a change of language;
   * `again` adds a no-break space so the same message twice is announced twice.
   */
  @state() private message: { text: (text: QuestionsText) => string; again: boolean } | null = null;
  @state() private problem: StoreProblem | undefined;
  @state() private unreadable = false;

  private hostItems: QuestionItem[] = [];
  private slottedItems: QuestionItem[] = [];
  private shown: ShownQuestion[] = [];
  private slottedDirty = true;
  private storeDirty = true;
  private store: QuestionStore | undefined;
  private unsubscribe: (() => void) | undefined;
  private observer: MutationObserver | undefined;

  /** Another list with the same key (this page or another tab) saved: show its list. */
  private readonly onSaved: StoreListener = (text) => {
    this.list = parseSavedState(text).state;
    this.unreadable = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer ??= new MutationObserver(() => {
      this.slottedDirty = true;
      this.requestUpdate();
    });
    this.observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['slot', 'data-question-id'],
    });
    this.slottedDirty = true;
    this.storeDirty = true;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.closeStore();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('questions')) this.hostItems = this.readHostProperty();
    if (this.slottedDirty) {
      this.slottedDirty = false;
      this.slottedItems = this.readSlotted();
    }
    if (this.storeDirty || changed.has('persist') || changed.has('storageKey')) this.openStore();
    this.shown = this.shownQuestions();
  }

  private get text(): QuestionsText {
    return this.localized('questions', englishQuestions);
  }

  private readHostProperty(): QuestionItem[] {
    const value: unknown = this.questions;
    if (value == null) return [];
    if (!Array.isArray(value)) {
      this.warn(`questions=${quote(value)} is not an array of questions; ignoring it.`);
      return [];
    }
    const { items, problems } = parseHostQuestions(value, 'questions item');
    this.warnProblems('questions', problems);
    return items;
  }

  private readSlotted(): QuestionItem[] {
    const elements = [...this.children].filter((element) => element.slot === 'question');
    const entries = elements.map((element) => ({
      id: element.getAttribute('data-question-id') ?? undefined,
      text: element.textContent ?? '',
    }));
    const { items, problems } = parseHostQuestions(entries, 'slotted question');
    this.warnProblems('slot="question"', problems);
    return items;
  }

  private warnProblems(source: string, problems: string[]): void {
    if (!problems.length) return;
    const more = problems.length > 3 ? `; and ${problems.length - 3} more` : '';
    this.warn(`${source}: ${problems.slice(0, 3).join('; ')}${more}. Those entries are skipped or cut.`);
  }

  /** Built-in questions, then the host's (property, then slotted; repeats once), then the reader's. */
  private shownQuestions(): ShownQuestion[] {
    const text = this.text;
    const builtIn = BUILT_IN_QUESTION_IDS.map((id) => ({
      id,
      text: text.questions[id] ?? englishQuestions.questions[id],
      source: 'built-in' as const,
    }));
    const host: ShownQuestion[] = [];
    const seen = new Set<string>();
    for (const item of [...this.hostItems, ...this.slottedItems]) {
      if (seen.has(item.id) || host.length >= LIMITS.hostQuestions) continue;
      seen.add(item.id);
      host.push({ ...item, source: 'host' });
    }
    const own = this.list.own.map((item) => ({ ...item, source: 'own' as const }));
    return [...builtIn, ...host, ...own];
  }

  // ── Storage ──────────────────────────────────────────────────────────────────────────────

  /** Opens the store for the current key when `persist` is on (and loads it), or closes it. */
  private openStore(): void {
    this.storeDirty = false;
    let key: string | undefined;
    if (this.persist) {
      const parsed = parseStorageKey(this.storageKey);
      if (!parsed.valid) this.warn(`storage-key=${quote(this.storageKey)} is not 1–100 characters of text; using "${DEFAULT_STORAGE_KEY}".`);
      key = parsed.value;
    }
    if (!this.isConnected) key = undefined;
    if (key === this.store?.key) return;
    this.closeStore();
    if (key === undefined) return;

    const store = new QuestionStore(key);
    this.store = store;
    this.unsubscribe = store.subscribe(this.onSaved);
    const { text, problem } = store.read();
    const loaded = parseSavedState(text);
    this.list = loaded.state;
    this.problem = problem;
    if (loaded.status === 'unreadable' || loaded.status === 'other-version') {
      this.unreadable = true;
      const why = loaded.status === 'other-version' ? 'is from another version of the saved format' : 'could not be read';
      this.warn(`the list saved under storage-key=${quote(key)} ${why}; starting empty. The reader's next change replaces it.`);
    } else if (loaded.repaired) {
      this.warn(`some entries saved under storage-key=${quote(key)} could not be used and were left out.`);
    }
  }

  private closeStore(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store = undefined;
    this.problem = undefined;
    this.unreadable = false;
  }

  /** Shows `next` and, with `persist`, saves it and tells other lists with the same key. */
  private save(next: QuestionsState, { clear = false } = {}): void {
    this.list = next;
    if (!this.store) return;
    const text = clear ? null : serializeState(next);
    this.problem = this.store.write(text).problem;
    if (!this.problem) this.unreadable = false;
    this.store.publish(text, this.onSaved);
  }

  // ── Reader actions ───────────────────────────────────────────────────────────────────────

  private snapshot(): Il2QuestionState[] {
    return this.shown.map(({ id, text, source }) => ({
      id,
      text,
      source,
      asked: isAsked(this.list, id),
      note: noteFor(this.list, id),
    }));
  }

  private fireChange(action: Il2QuestionsAction, id?: string): void {
    const questions = this.snapshot();
    const detail: Il2QuestionsChangeDetail = {
      action,
      ...(id ? { id } : {}),
      questions,
      asked: questions.filter((question) => question.asked).length,
      total: questions.length,
    };
    this.dispatchEvent(new CustomEvent('il2-questions-change', { detail, bubbles: true, composed: true }));
  }

  /** Shows a short message in the polite status line; the same message twice is announced twice. */
  private say(message: (text: QuestionsText) => string): void {
    const current = this.message;
    const same = !!current && !current.again && current.text(this.text) === message(this.text);
    this.message = { text: message, again: same };
  }

  private messageText(text: QuestionsText): string {
    if (!this.message) return '';
    const message = this.message.text(text);
    return this.message.again ? `${message}\u00a0` : message;
  }

  private byId<T extends HTMLElement>(id: string): T | null {
    return (this.renderRoot as ShadowRoot).getElementById(id) as T | null;
  }

  private onAskedChange(id: string, event: Event): void {
    const asked = (event.target as HTMLInputElement).checked;
    this.save(withAsked(this.list, id, asked));
    this.fireChange(asked ? 'mark' : 'unmark', id);
  }

  private onNoteInput(id: string, event: Event): void {
    this.save(withNote(this.list, id, (event.target as HTMLTextAreaElement).value));
  }

  private toggleNotes(id: string): void {
    const next = new Set(this.openNotes);
    if (!next.delete(id)) next.add(id);
    this.openNotes = next;
  }

  private onAdd(event: Event): void {
    event.preventDefault();
    const input = this.byId<HTMLInputElement>('new-question');
    if (!input) return;
    const question = cleanQuestionText(input.value).text;
    if (!question) {
      this.say((t) => t.emptyQuestion);
    } else if (this.list.own.length >= LIMITS.ownQuestions) {
      this.say((t) => t.ownLimit(LIMITS.ownQuestions));
    } else {
      const id = newOwnId(new Set(this.list.own.map((own) => own.id)));
      this.save(withOwnAdded(this.list, { id, text: question }));
      input.value = '';
      this.say((t) => t.added);
      this.shown = this.shownQuestions();
      this.fireChange('add', id);
    }
    input.focus();
  }

  private async removeOwn(id: string): Promise<void> {
    const own = this.list.own;
    const index = own.findIndex((question) => question.id === id);
    if (index < 0) return;
    const focusNext = own[index + 1]?.id ?? own[index - 1]?.id;
    this.save(withOwnRemoved(this.list, id));
    const open = new Set(this.openNotes);
    open.delete(id);
    this.openNotes = open;
    this.say((t) => t.removed);
    this.shown = this.shownQuestions();
    this.fireChange('remove', id);
    await this.updateComplete;
    (focusNext ? this.byId(`remove-${focusNext}`) : this.byId('new-question'))?.focus();
  }

  private async askToClear(): Promise<void> {
    this.confirming = true;
    this.message = null;
    await this.updateComplete;
    // The safe answer takes focus, so a repeated Enter or a stray tap cannot clear the list.
    this.byId('confirm-no')?.focus();
  }

  private async closeConfirm(clear: boolean): Promise<void> {
    if (clear) {
      this.save(emptyState(), { clear: true });
      this.openNotes = new Set();
      this.say((t) => t.cleared);
      this.shown = this.shownQuestions();
      this.fireChange('clear');
    }
    this.confirming = false;
    await this.updateComplete;
    this.byId('clear')?.focus();
  }

  private onConfirmKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    void this.closeConfirm(false);
  }

  /** The list as plain text, as copied and downloaded. */
  private plainText(): string {
    const text = this.text;
    const common = this.commonText;
    const item = (question: ShownQuestion): PlainTextQuestion => ({
      text: question.text,
      asked: isAsked(this.list, question.id),
      note: noteFor(this.list, question.id),
    });
    const asked = this.shown.filter((question) => isAsked(this.list, question.id)).length;
    return listAsPlainText({
      title: text.title,
      progress: text.progress(asked, this.shown.length),
      questions: this.shown.filter((question) => question.source !== 'own').map(item),
      ownHeading: text.ownHeading,
      own: this.shown.filter((question) => question.source === 'own').map(item),
      notesLabel: text.textNotesLabel,
      noNotes: text.textNoNotes,
      footer: [common.careTeamNote, common.sourceLine],
    });
  }

  private async copy(): Promise<void> {
    const listText = this.plainText();
    let copied: boolean;
    try {
      await navigator.clipboard.writeText(listText);
      copied = true;
    } catch {
      copied = this.copyBySelection(listText);
    }
    this.say(copied ? (t) => t.copied : (t) => t.copyFailed);
  }

  /** Older browsers and pages that block the Clipboard API: copy from a hidden, selected field. */
  private copyBySelection(listText: string): boolean {
    const buffer = document.createElement('textarea');
    buffer.value = listText;
    buffer.readOnly = true;
    buffer.tabIndex = -1;
    buffer.className = 'copy-buffer';
    buffer.setAttribute('aria-hidden', 'true');
    this.renderRoot.appendChild(buffer);
    buffer.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    buffer.remove();
    this.byId('copy')?.focus();
    return copied;
  }

  private download(): void {
    const text = this.text;
    // The byte-order mark lets older Windows editors show "®" and accents correctly.
    const blob = new Blob(['\uFEFF', this.plainText()], { type: 'text/plain;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = text.fileName;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
    this.say((t) => t.downloaded(text.fileName));
  }

  // ── Rendering ────────────────────────────────────────────────────────────────────────────

  private saveNote(text: QuestionsText): string {
    const parts: string[] = [];
    if (this.unreadable) parts.push(text.unreadable);
    if (!this.persist) parts.push(text.keptInPage);
    else if (this.problem) parts.push(text.cannotSave);
    else parts.push(text.keptOnDevice);
    return parts.join(' ');
  }

  private renderQuestion(question: ShownQuestion, text: QuestionsText): TemplateResult {
    const { id } = question;
    const asked = isAsked(this.list, id);
    const note = noteFor(this.list, id);
    const hasNote = note.trim() !== '';
    const open = this.openNotes.has(id);
    return html`<li class="question ${asked ? 'asked' : ''}" part="question">
      <div class="row">
        <label class="check-label">
          <input
            class="check"
            type="checkbox"
            id="asked-${id}"
            .checked=${live(asked)}
            @change=${(event: Event) => this.onAskedChange(id, event)}
          />
          <span class="print-box" aria-hidden="true">${asked ? '✓' : ''}</span>
          <span class="question-text" id="text-${id}" part="question-text">${question.text}</span>
        </label>
        ${question.source === 'own'
          ? html`<button
              class="remove no-print"
              type="button"
              id="remove-${id}"
              aria-labelledby="remove-${id} text-${id}"
              @click=${() => void this.removeOwn(id)}
            >
              ${text.removeButton}
            </button>`
          : nothing}
      </div>
      <button
        class="toggle notes-toggle no-print"
        type="button"
        id="toggle-${id}"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="notes-${id}"
        aria-labelledby="toggle-${id} text-${id}"
        @click=${() => this.toggleNotes(id)}
      >
        <span>${text.notesToggle}${hasNote ? html` <span class="has-notes">${text.hasNotes}</span>` : nothing}</span>
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
          @input=${(event: Event) => this.onNoteInput(id, event)}
          @change=${() => this.fireChange('note', id)}
        ></textarea>
      </div>
      <div class="print-only">
        ${hasNote ? html`<p class="print-note">${note}</p>` : nothing}
        <div class="answer-lines" aria-hidden="true"><span></span><span></span><span></span></div>
      </div>
    </li>`;
  }

  override render() {
    const text = this.text;
    const suggested = this.shown.filter((question) => question.source !== 'own');
    const own = this.shown.filter((question) => question.source === 'own');
    const asked = this.shown.filter((question) => isAsked(this.list, question.id)).length;
    const level = this.sectionLevel;
    const problem = this.persist && (this.problem || this.unreadable);
    return this.renderCard({
      title: text.title,
      lede: text.lede,
      body: html`
        <p class="save-note ${problem ? 'problem' : ''}" role="status" part="save-note">${this.saveNote(text)}</p>
        <p class="progress" role="status" part="progress">${text.progress(asked, this.shown.length)}</p>

        <section class="group" aria-labelledby="list-title">
          ${heading(level, text.listHeading, { id: 'list-title', part: 'section-title', className: 'subheading' })}
          <ol class="questions" part="list">
            ${repeat(suggested, (question) => question.id, (question) => this.renderQuestion(question, text))}
          </ol>
        </section>

        <section class="group" aria-labelledby="own-title">
          ${heading(level, text.ownHeading, { id: 'own-title', part: 'section-title', className: 'subheading' })}
          ${own.length
            ? html`<ol class="questions" part="own-list">
                ${repeat(own, (question) => question.id, (question) => this.renderQuestion(question, text))}
              </ol>`
            : html`<p class="muted own-empty">${text.ownEmpty}</p>`}
          <form class="add-form no-print" part="add-form" @submit=${this.onAdd}>
            <label for="new-question">${text.addLabel}</label>
            <div class="add-row">
              <input id="new-question" type="text" maxlength=${LIMITS.questionLength} autocomplete="off" />
              <button class="text-button" type="submit">${text.addButton}</button>
            </div>
          </form>
          <div class="print-only answer-lines" aria-hidden="true"><span></span><span></span><span></span></div>
        </section>

        <section class="group no-print" aria-labelledby="actions-title">
          ${heading(level, text.actionsHeading, { id: 'actions-title', part: 'section-title', className: 'subheading' })}
          <div class="actions" part="actions">
            <button class="text-button" type="button" id="print" @click=${() => printOnly(this)}>${text.print}</button>
            <button class="text-button" type="button" id="copy" @click=${() => void this.copy()}>${text.copy}</button>
            <button class="text-button" type="button" id="download" @click=${this.download}>${text.download}</button>
            <button class="text-button" type="button" id="clear" @click=${() => void this.askToClear()}>${text.clear}</button>
          </div>
          ${this.confirming
            ? html`<div class="confirm" role="group" aria-labelledby="confirm-text" @keydown=${this.onConfirmKeydown}>
                <p id="confirm-text">${text.confirmClear}</p>
                <div class="confirm-buttons">
                  <button class="text-button danger" type="button" id="confirm-yes" @click=${() => void this.closeConfirm(true)}>
                    ${text.confirmYes}
                  </button>
                  <button class="text-button" type="button" id="confirm-no" @click=${() => void this.closeConfirm(false)}>
                    ${text.confirmNo}
                  </button>
                </div>
              </div>`
            : nothing}
          <p class="message" role="status" part="message">${this.messageText(text)}</p>
        </section>
      `,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'il2-doctor-questions': Il2DoctorQuestions;
  }
  interface GlobalEventHandlersEventMap {
    'il2-questions-change': CustomEvent<Il2QuestionsChangeDetail>;
  }
}
