// <il2-schedule>: how IL-2 is given and the treatment course as a timeline, or as the reader's own
// dates once a first infusion day is known (facts F14–F18, L1–L2 marked as from the FDA label).
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { Il2Card } from '../shared/card.js';
import { attributeText, subheadingLevel } from '../shared/attributes.js';
import { heading } from '../shared/heading.js';
import { renderBlocks } from '../shared/blocks.js';
import { printOnly } from '../shared/print.js';
import { quote } from '../shared/warn.js';
import { schedule as englishSchedule } from '../locales/en.js';
import { isoDate, localDateOf, parseIsoDate, utcNoon, MAX_YEAR, MIN_YEAR, type PlainDate } from './dates.js';
import { CYCLE_DAYS, courseDates, placeInCourse, planCourse, type Course, type CoursePlace, type RestRange, type ScheduleDates } from './course.js';
import {
  DEFAULT_DOSES_PER_DAY,
  parseDosesPerDay,
  parseDoseTimes,
  parseRestDays,
  parseStartDate,
  DEFAULT_REST,
  type ClockTime,
} from './settings.js';
import { buildCalendar } from './icalendar.js';
import { PRODUCT_ID, scheduleEvents } from './schedule-calendar.js';
import { saveTextFile } from './download.js';
import { scheduleStyles } from './schedule.styles.js';

export type { ScheduleDates } from './course.js';

export interface Il2ScheduleChangeDetail {
  /** The first infusion day the reader entered (`YYYY-MM-DD`), or null when they cleared it. */
  startDate: string | null;
  /** The course's dates, or null when cleared. */
  dates: ScheduleDates | null;
}

export interface Il2CalendarDownloadDetail {
  /** First infusion day of the downloaded plan (`YYYY-MM-DD`). */
  startDate: string;
  fileName: string;
  /** Number of events in the file. */
  events: number;
}

type FormError = 'empty' | 'invalid' | null;
type Status = 'shown' | 'cleared' | null;

/** Intl formatters for one render, all in UTC so a plain date never moves to the next day. */
interface Formats {
  long: (date: PlainDate) => string;
  weekday: (date: PlainDate) => string;
  monthDay: (date: PlainDate) => string;
  monthDayYear: (date: PlainDate) => string;
  times: (times: readonly ClockTime[]) => string;
}

/**
 * @tagname il2-schedule
 * @summary How IL-2 (aldesleukin) is given, and one treatment course (cycle 1, rest, cycle 2) as
 * a timeline; with a first infusion day, the reader's own dates, to print or add to a calendar.
 *
 * @attr {string} start-date - First infusion day, `YYYY-MM-DD` (a local calendar date). Shows the
 *   reader's own dates. An impossible or malformed date shows the timeline without dates, with a warning.
 * @attr {boolean} no-date-input - Hides the date field, for hosts that set `start-date` themselves.
 * @attr {string} rest-days - Days of rest between the cycles: `N` or `N-M`, each 1–30. Default `7-10`.
 * @attr {number} doses-per-day - Doses on each infusion day, 1–6. Default 3.
 * @attr {string} dose-times - Planned clock times of the doses, comma-separated 24-hour `HH:MM`
 *   (e.g. `06:00,14:00,22:00`); as many as `doses-per-day`. Adds one calendar event per dose. Default: none.
 * @attr {'light' | 'dark' | 'auto'} theme - Colour theme; `auto` follows the reader's system. Default `light`.
 * @attr {1 | 2 | 3 | 4 | 5 | 6} heading-level - Level of the card title; section headings use the next level. Default 2.
 * @attr {string} lang - Language of the card; inherited from ancestors or the page when not set.
 *
 * @prop {string | undefined} today - For demos and tests only: the date treated as today
 *   (`YYYY-MM-DD`). Default: the reader's own local date.
 *
 * @fires {CustomEvent<Il2ScheduleChangeDetail>} il2-schedule-change - The reader showed or cleared
 *   their own dates with the date field. `detail`: `{ startDate, dates }`; `dates` holds
 *   `YYYY-MM-DD` strings: `{ cycle1, restFirst, restLast, cycle2Start, cycle2, lastDay }`
 *   (`restLast`, `cycle2Start`, `lastDay` are `{ earliest, latest }`; `cycle2` is null when the rest is a range).
 * @fires {CustomEvent<Il2CalendarDownloadDetail>} il2-calendar-download - The reader downloaded
 *   the calendar file. `detail`: `{ startDate, fileName, events }`.
 *
 * @csspart card - The card's outer box.
 * @csspart title - The card title.
 * @csspart body - The area holding the sections.
 * @csspart section - Each section.
 * @csspart section-title - Each section heading.
 * @csspart date-form - The date field and its buttons.
 * @csspart timeline - The list of the course's phases.
 * @csspart phase - Each phase: cycle 1, rest, cycle 2.
 * @csspart day - Each infusion day.
 * @csspart today - The day or phase that is today.
 * @csspart actions - The calendar and print buttons.
 * @csspart button - Each button.
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
export class Il2Schedule extends Il2Card {
  static override styles = [...Il2Card.styles, scheduleStyles];

  /** The host's start date after validation. */
  private hostStart: PlainDate | null = null;
  private rest: RestRange = DEFAULT_REST;
  private doses = DEFAULT_DOSES_PER_DAY;
  private times: ClockTime[] = [];
  private fixedToday: PlainDate | null = null;

  /** The reader's own date: undefined until they use the field, null once they clear it. */
  @state() private entered: PlainDate | null | undefined = undefined;
  @state() private formError: FormError = null;
  @state() private status: Status = null;

  /** First infusion day, `YYYY-MM-DD`. */
  @property({ attribute: 'start-date' }) startDate = '';

  /** Hides the date field. */
  @property({ type: Boolean, attribute: 'no-date-input', reflect: true }) noDateInput = false;

  /** Rest between the cycles: `N` or `N-M` days, 1–30 (a whole number is read as `N`). */
  @property({ attribute: 'rest-days' }) restDays = '7-10';

  /** Doses on each infusion day, 1–6 (a numeric string is read too, as attributes give). */
  @property({ attribute: 'doses-per-day', converter: attributeText }) dosesPerDay = 3;

  /** Planned dose times, `HH:MM,HH:MM,…`, as many as `dosesPerDay`. */
  @property({ attribute: 'dose-times' }) doseTimes = '';

  /** For demos and tests: the date treated as today (`YYYY-MM-DD`); default the reader's local date. */
  @property({ attribute: false }) today: string | undefined = undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('startDate')) {
      const start = parseStartDate(this.startDate);
      if (!start.valid) {
        this.warn(`start-date=${quote(this.startDate)} is not a real YYYY-MM-DD date (${MIN_YEAR}–${MAX_YEAR}); showing the course without dates.`);
      }
      this.hostStart = start.value;
      // The host's newest date replaces what the reader typed before.
      this.entered = undefined;
    }
    if (changed.has('restDays')) {
      const rest = parseRestDays(this.restDays);
      if (!rest.valid) this.warn(`rest-days=${quote(this.restDays)} is not N or N-M days within 1–30; using 7-10.`);
      this.rest = rest.value;
    }
    if (changed.has('dosesPerDay')) {
      const doses = parseDosesPerDay(this.dosesPerDay);
      if (!doses.valid) this.warn(`doses-per-day=${quote(this.dosesPerDay)} is not a whole number 1–6; using 3.`);
      this.doses = doses.value;
    }
    if (changed.has('doseTimes') || changed.has('dosesPerDay')) {
      const times = parseDoseTimes(this.doseTimes, this.doses);
      if (!times.valid) {
        this.warn(`dose-times=${quote(this.doseTimes)} needs ${this.doses} different HH:MM times, comma-separated; showing no dose times.`);
      }
      this.times = times.value;
    }
    if (changed.has('today')) {
      const today = typeof this.today === 'string' ? parseIsoDate(this.today) : null;
      if (this.today != null && !today) this.warn(`today=${quote(this.today)} is not a YYYY-MM-DD date; using the real date.`);
      this.fixedToday = today;
    }
  }

  /** The date shown: the reader's own, else the host's. */
  private get start(): PlainDate | null {
    return this.entered === undefined ? this.hostStart : this.entered;
  }

  private get text() {
    return this.localized('schedule', englishSchedule);
  }

  private formats(): Formats {
    const locale = this.commonText.intlLocale;
    const format = (options: Intl.DateTimeFormatOptions) => {
      const formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
      return (date: PlainDate) => formatter.format(utcNoon(date));
    };
    const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
    const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    return {
      long: format({ weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }),
      weekday: format({ weekday: 'long' }),
      monthDay: format({ month: 'long', day: 'numeric' }),
      monthDayYear: format({ year: 'numeric', month: 'long', day: 'numeric' }),
      times: (times) => list.format(times.map(({ hour, minute }) => time.format(new Date(Date.UTC(2000, 0, 1, hour, minute))))),
    };
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#start-date');
    if (!input) return;
    const value = input.value;
    // Browsers without a date picker give the typed text; those with one give '' for a partial date.
    const date = parseIsoDate(value);
    if (!date) {
      this.formError = value === '' && !input.validity.badInput ? 'empty' : 'invalid';
      this.status = null;
      input.focus();
      return;
    }
    this.formError = null;
    this.entered = date;
    this.status = 'shown';
    this.fireChange(date);
  }

  private async onClear(): Promise<void> {
    this.entered = null;
    this.formError = null;
    this.status = 'cleared';
    this.fireChange(null);
    await this.updateComplete;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#start-date');
    if (input) {
      input.value = '';
      input.focus();
    }
  }

  private fireChange(start: PlainDate | null): void {
    const detail: Il2ScheduleChangeDetail = {
      startDate: start ? isoDate(start) : null,
      dates: start ? courseDates(planCourse(start, this.rest)) : null,
    };
    this.dispatchEvent(new CustomEvent('il2-schedule-change', { detail, bubbles: true, composed: true }));
  }

  private onDownload(): void {
    const start = this.start;
    if (!start) return;
    const text = this.text.calendar;
    const events = scheduleEvents({ course: planCourse(start, this.rest), dosesPerDay: this.doses, doseTimes: this.times, text });
    const fileName = text.fileName(isoDate(start));
    saveTextFile(this.renderRoot, fileName, buildCalendar({ productId: PRODUCT_ID, events, now: new Date() }), 'text/calendar;charset=utf-8');
    const detail: Il2CalendarDownloadDetail = { startDate: isoDate(start), fileName, events: events.length };
    this.dispatchEvent(new CustomEvent('il2-calendar-download', { detail, bubbles: true, composed: true }));
  }

  private onPrint(): void {
    printOnly(this);
  }

  private renderForm(f: Formats): TemplateResult {
    const text = this.text;
    const start = this.start;
    const error = this.formError === 'empty' ? text.errorEmpty : this.formError === 'invalid' ? text.errorInvalid : '';
    const status =
      this.status === 'shown' && start ? text.statusShown(f.long(start)) : this.status === 'cleared' ? text.statusCleared : '';
    return html`<section class="section date-entry no-print" part="section">
      ${heading(this.sectionLevel, text.formHeading, { part: 'section-title', className: 'subheading' })}
      <p id="date-hint">${text.formHint}</p>
      <form class="date-form" part="date-form" novalidate @submit=${this.onSubmit}>
        <div class="field">
          <label for="start-date">${text.dateLabel}</label>
          <input
            id="start-date"
            type="date"
            min="${MIN_YEAR}-01-01"
            max="${MAX_YEAR}-12-31"
            .value=${start ? isoDate(start) : ''}
            aria-invalid=${this.formError ? 'true' : 'false'}
            aria-describedby="date-hint date-error"
          />
        </div>
        <div class="buttons">
          <button class="button primary" part="button" type="submit">${text.showDates}</button>
          ${start && this.entered !== undefined
            ? html`<button class="button" part="button" type="button" @click=${this.onClear}>${text.clearDates}</button>`
            : nothing}
        </div>
      </form>
      <p id="date-error" class="error" role="alert">${error}</p>
      <p class="status" role="status">${status}</p>
    </section>`;
  }

  private renderDays(days: readonly (PlainDate | null)[], today: PlainDate | null, f: Formats, withYear: boolean) {
    const text = this.text;
    // role="list" is not redundant here: Safari drops list semantics when list-style is none.
    // eslint-disable-next-line lit-a11y/no-redundant-role
    return html`<ol class="days" role="list">
      ${days.map((date, index) => {
        const isToday = date !== null && today !== null && isoDate(date) === isoDate(today);
        return html`<li class="day ${isToday ? 'is-today' : ''}" part="day${isToday ? ' today' : ''}" aria-current=${ifDefined(isToday ? 'date' : undefined)}>
          <span class="day-label">${text.dayLabel(index + 1)}</span>
          ${date
            ? html`<span class="day-weekday">${f.weekday(date)}</span>
                <span class="day-date">${withYear ? f.monthDayYear(date) : f.monthDay(date)}</span>`
            : nothing}
          <span class="doses" aria-hidden="true">${Array.from({ length: this.doses }, () => html`<span class="dose"></span>`)}</span>
          ${isToday ? html`<span class="badge">${text.todayBadge}</span>` : nothing}
        </li>`;
      })}
    </ol>`;
  }

  private renderTimeline(course: Course | null, place: CoursePlace, today: PlainDate | null, f: Formats): TemplateResult {
    const text = this.text;
    const level = subheadingLevel(this.sectionLevel);
    const phaseTitle = (title: string) => heading(level, title, { className: 'phase-title' });
    const withYear = !!course && course.cycle1[0]?.year !== course.lastDay.latest.year;
    const generic = Array<null>(CYCLE_DAYS).fill(null);
    const restDay = place?.phase === 'rest' ? place.day : 0;
    const restToday = restDay > 0;
    const windowToday = place?.phase === 'cycle2-window';
    const badge = html`<span class="badge">${text.todayBadge}</span>`;
    const cells = Array.from(
      { length: this.rest.max },
      (_, index) => html`<span class="rest-cell ${index < this.rest.min ? '' : 'maybe'} ${index + 1 === restDay ? 'is-today' : ''}"></span>`,
    );

    let restDates: unknown = nothing;
    let cycle2: unknown = this.renderDays(generic, null, f, false);
    if (course) {
      restDates = html`<p>
        ${this.rest.min === this.rest.max
          ? text.restDates(f.long(course.restFirst), f.long(course.restLast.earliest))
          : text.restDatesRange(f.long(course.restFirst), this.rest, f.long(course.restLast.earliest), f.long(course.restLast.latest))}
      </p>`;
      cycle2 = course.cycle2
        ? this.renderDays(course.cycle2, today, f, withYear)
        : html`<p>${text.cycle2Window(f.long(course.cycle2Start.earliest), f.long(course.cycle2Start.latest))}</p>
            ${this.renderDays(generic, null, f, false)}`;
    }

    // eslint-disable-next-line lit-a11y/no-redundant-role -- Safari: see renderDays
    return html`<ol class="timeline" part="timeline" role="list">
      <li class="phase cycle" part="phase">
        ${phaseTitle(text.cycleTitle(1))}
        <p class="phase-detail">${text.cycleDetail(CYCLE_DAYS, this.doses)}</p>
        ${this.renderDays(course ? course.cycle1 : generic, today, f, withYear)}
      </li>
      <li class="phase rest ${restToday ? 'is-today' : ''}" part="phase${restToday ? ' today' : ''}" aria-current=${ifDefined(restToday ? 'date' : undefined)}>
        ${phaseTitle(text.restTitle)}
        <p class="phase-detail">${text.restDetail(this.rest)}</p>
        <div class="rest-cells" aria-hidden="true">${cells}</div>
        ${restDates} ${restToday ? badge : nothing}
      </li>
      <li class="phase cycle ${windowToday ? 'is-today' : ''}" part="phase${windowToday ? ' today' : ''}" aria-current=${ifDefined(windowToday ? 'date' : undefined)}>
        ${phaseTitle(text.cycleTitle(2))}
        <p class="phase-detail">${text.cycleDetail(CYCLE_DAYS, this.doses)}</p>
        ${cycle2} ${windowToday ? badge : nothing}
      </li>
    </ol>`;
  }

  private todayNote(place: CoursePlace, today: PlainDate, f: Formats): string {
    const text = this.text;
    const date = f.long(today);
    switch (place?.phase) {
      case 'cycle1':
        return text.todayInCycle(date, 1, place.day);
      case 'cycle2':
        return text.todayInCycle(date, 2, place.day);
      case 'rest':
        return text.todayInRest(date, place.day);
      case 'cycle2-window':
        return text.todayInWindow(date);
      default:
        return '';
    }
  }

  override render() {
    const text = this.text;
    const f = this.formats();
    const start = this.start;
    const course = start ? planCourse(start, this.rest) : null;
    const today = course ? (this.fixedToday ?? localDateOf(new Date())) : null;
    const place = course && today ? placeInCourse(course, today) : null;
    const note = place && today ? this.todayNote(place, today, f) : '';

    const body = html`
      <section class="section" part="section">
        ${heading(this.sectionLevel, text.aboutHeading, { part: 'section-title', className: 'subheading' })}
        ${renderBlocks(text.about)}
      </section>
      ${this.noDateInput ? nothing : this.renderForm(f)}
      <section class="section course" part="section">
        ${heading(this.sectionLevel, start ? text.datesHeading : text.courseHeading, { part: 'section-title', className: 'subheading' })}
        ${start
          ? html`<p>${text.datedIntro(f.long(start))}</p>
              <p class="caution">${text.datedCaution}</p>
              ${note ? html`<p class="today-note">${note}</p>` : nothing}`
          : nothing}
        <p>${text.courseSummary(this.doses, this.rest)}</p>
        ${this.renderTimeline(course, place, today, f)}
        ${this.times.length ? html`<p class="dose-times">${text.doseTimes(f.times(this.times))}</p>` : nothing}
        <ul class="label-facts">
          ${text.labelFacts.map((fact) => html`<li><strong class="label-tag">${text.labelTag}</strong> ${fact}</li>`)}
        </ul>
        <div class="actions no-print" part="actions">
          ${start
            ? html`<button class="button primary" part="button" type="button" @click=${this.onDownload}>${text.addToCalendar}</button>`
            : nothing}
          <button class="button" part="button" type="button" @click=${this.onPrint}>${text.print}</button>
        </div>
      </section>
    `;
    return this.renderCard({
      title: text.title,
      lede: text.lede,
      body,
      footer: html`<p class="label-note">${this.commonText.labelNote}</p>`,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'il2-schedule': Il2Schedule;
  }
  interface GlobalEventHandlersEventMap {
    'il2-schedule-change': CustomEvent<Il2ScheduleChangeDetail>;
    'il2-calendar-download': CustomEvent<Il2CalendarDownloadDetail>;
  }
}
