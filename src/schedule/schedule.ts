// <il2-schedule>: how IL-2 is given and the treatment course as a timeline, or as the reader's own
// dates once a first infusion day is known, and what comes after a course (facts F14–F18, L5, L9,
// L13, L16; L1–L2 marked as from the prescribing information). The numbers never go past the
// label's: at most 3 doses a day and 14 a cycle, whatever a host sets.
import {
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { Il2Card } from "../shared/card.js";
import { attributeText, subheadingLevel } from "../shared/attributes.js";
import { heading } from "../shared/heading.js";
import { renderBlocks } from "../shared/blocks.js";
import { printOnly } from "../shared/print.js";
import { dateFormat, listFormat } from "../shared/intl.js";
import { fire } from "../shared/events.js";
import { quote } from "../shared/warn.js";
import { common } from "../locales/en/common.js";
import { schedule, type ScheduleText } from "../locales/en/schedule.js";
import {
  isoDate,
  localDateOf,
  parseIsoDate,
  utcNoon,
  MAX_YEAR,
  MIN_YEAR,
  type PlainDate,
} from "./dates.js";
import {
  CYCLE_DAYS,
  courseDates,
  doseSlots,
  placeInCourse,
  planCourse,
  type Course,
  type CoursePlace,
  type RestRange,
  type ScheduleDates,
} from "./course.js";
import {
  DEFAULT_DOSES_PER_DAY,
  MAX_DOSES_PER_DAY,
  parseDosesPerDay,
  parseDoseTimes,
  parseRestDays,
  parseStartDate,
  DEFAULT_REST,
  type ClockTime,
} from "./settings.js";
import { buildCalendar } from "./icalendar.js";
import { PRODUCT_ID, scheduleEvents } from "./schedule-calendar.js";
import { saveTextFile } from "../shared/download.js";
import { scheduleStyles } from "./schedule.styles.js";

export type { ScheduleDates } from "./course.js";

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

/**
 * @tagname il2-schedule
 * @summary How IL-2 (aldesleukin) is given, and one treatment course (cycle 1, rest, cycle 2, then
 * the check and what may follow) as a timeline with a key; with a first infusion day, the reader's
 * own dates, to print or add to a calendar. Its numbers are the prescribing information's: a dose
 * about every 8 hours, up to 3 a day, at most 14 in a cycle; many people get fewer.
 *
 * @attr {string} start-date - First infusion day, `YYYY-MM-DD` (a local calendar date). Shows the
 *   reader's own dates. An impossible or malformed date shows the timeline without dates, with a warning.
 * @attr {boolean} no-date-input - Hides the date field, for hosts that set `start-date` themselves.
 * @attr {string} rest-days - Days of rest between the cycles: `N` or `N-M`, each 1–30. Default `7-10`.
 * @attr {number} doses-per-day - The most doses on each infusion day, 1–3. Default 3, the
 *   prescribing information's most (a dose about every 8 hours). More than 3 is refused with a
 *   warning and 3 is shown; fewer is allowed, and the card still says "up to". A cycle never shows
 *   more than 14 doses: with 3 a day, days 1–4 show 3 and day 5 shows 2.
 * @attr {string} dose-times - Planned clock times of the doses, comma-separated 24-hour `HH:MM`
 *   (e.g. `06:00,14:00,22:00`); as many as `doses-per-day`, so at most 3: more than 3 times is
 *   refused with a warning, and no times are shown. Adds one calendar event per dose on every day
 *   whose date is known (cycle 2's doses only when the rest has one length), at most 14 a cycle: a
 *   day with fewer doses keeps the first times. Default: none.
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
 * @csspart body - The area holding the sections.
 * @csspart section - Each section.
 * @csspart section-title - Each section heading.
 * @csspart date-form - The date field and its buttons.
 * @csspart timeline - The list of the course's phases.
 * @csspart phase - Each phase: cycle 1, rest, cycle 2, and what comes after the course.
 * @csspart key - The key under the timeline: what a dose dot and a rest square mean.
 * @csspart day - Each infusion day.
 * @csspart today - The day or phase that is today.
 * @csspart actions - The calendar and print buttons.
 * @csspart button - Each button.
 */
export class Il2Schedule extends Il2Card {
  static override textParts = ["schedule"];
  static {
    this.registerEnglish({ common, schedule });
  }
  static override styles = [...Il2Card.styles, scheduleStyles];

  static override properties: PropertyDeclarations = {
    entered: { state: true, attribute: false },
    formError: { state: true, attribute: false },
    formErrorAgain: { state: true, attribute: false },
    status: { state: true, attribute: false },
    startDate: { attribute: "start-date" },
    noDateInput: { type: Boolean, attribute: "no-date-input", reflect: true },
    restDays: { attribute: "rest-days" },
    dosesPerDay: { attribute: "doses-per-day", converter: attributeText },
    doseTimes: { attribute: "dose-times" },
    today: { attribute: false },
  };

  /** The host's start date after validation. */
  #hostStart: PlainDate | null = null;
  #rest: RestRange = DEFAULT_REST;
  #doses = DEFAULT_DOSES_PER_DAY;
  #times: ClockTime[] = [];
  #fixedToday: PlainDate | null = null;

  /** The reader's own date: undefined until they use the field, null once they clear it. */
  private entered: PlainDate | null | undefined = undefined;
  /** The key of the form's error message in the text, if any. */
  private formError: "errorEmpty" | "errorInvalid" | null = null;
  /** Flips when the same error is shown again, so screen readers hear it again. */
  private formErrorAgain = false;
  private status: "shown" | "cleared" | null = null;

  /** First infusion day, `YYYY-MM-DD`. */
  startDate = "";

  /** Hides the date field. */
  noDateInput = false;

  /** Rest between the cycles: `N` or `N-M` days, 1–30 (a whole number is read as `N`). */
  restDays = "7-10";

  /** The most doses on each infusion day, 1–3 (a numeric string is read too, as attributes give). */
  dosesPerDay = 3;

  /** Planned dose times, `HH:MM,HH:MM,…`, as many as `dosesPerDay` (at most 3). */
  doseTimes = "";

  /** For demos and tests: the date treated as today (`YYYY-MM-DD`); default the reader's local date. */
  today: string | undefined = undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has("startDate")) {
      const start = parseStartDate(this.startDate);
      if (!start.valid) {
        if (IL2_DEV)
          this.warn(
            `start-date=${quote(this.startDate)}`,
            `is not a real YYYY-MM-DD date (${MIN_YEAR}–${MAX_YEAR}); showing the course without dates.`,
          );
      }
      this.#hostStart = start.value;
      // The host's newest date replaces what the reader typed before.
      this.entered = undefined;
    }
    if (changed.has("restDays")) {
      const rest = parseRestDays(this.restDays);
      if (IL2_DEV && !rest.valid)
        this.warn(
          `rest-days=${quote(this.restDays)}`,
          "is not N or N-M days within 1–30; using 7-10.",
        );
      this.#rest = rest.value;
    }
    if (changed.has("dosesPerDay")) {
      const doses = parseDosesPerDay(this.dosesPerDay);
      if (IL2_DEV && !doses.valid)
        this.warn(
          `doses-per-day=${quote(this.dosesPerDay)}`,
          doses.pastLabel
            ? `is more than the prescribing information allows (a dose about every 8 hours, so at most ${MAX_DOSES_PER_DAY} a day); showing ${DEFAULT_DOSES_PER_DAY}.`
            : `is not a whole number 1–${MAX_DOSES_PER_DAY}; using ${DEFAULT_DOSES_PER_DAY}.`,
        );
      this.#doses = doses.value;
    }
    if (changed.has("doseTimes") || changed.has("dosesPerDay")) {
      const times = parseDoseTimes(this.doseTimes, this.#doses);
      if (!times.valid) {
        if (IL2_DEV)
          this.warn(
            `dose-times=${quote(this.doseTimes)}`,
            times.pastLabel
              ? `gives more than ${MAX_DOSES_PER_DAY} doses a day, more than the prescribing information allows (a dose about every 8 hours); showing no dose times.`
              : `needs ${this.#doses} different HH:MM times, comma-separated; showing no dose times.`,
          );
      }
      this.#times = times.value;
    }
    if (changed.has("today")) {
      const today =
        typeof this.today === "string" ? parseIsoDate(this.today) : null;
      if (IL2_DEV && this.today != null && !today)
        this.warn(
          `today=${quote(this.today)}`,
          "is not a YYYY-MM-DD date; using the real date.",
        );
      this.#fixedToday = today;
    }
  }

  /** The date shown: the reader's own, else the host's. */
  get #start(): PlainDate | null {
    return this.entered === undefined ? this.#hostStart : this.entered;
  }

  get #text(): ScheduleText {
    return this.text<ScheduleText>("schedule");
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const input =
      this.renderRoot.querySelector<HTMLInputElement>("#start-date");
    if (!input) return;
    const value = input.value;
    // Browsers without a date picker give the typed text; those with one give '' for a partial date.
    const date = parseIsoDate(value);
    if (!date) {
      const error =
        value === "" && !input.validity.badInput
          ? "errorEmpty"
          : "errorInvalid";
      this.formErrorAgain = error === this.formError && !this.formErrorAgain;
      this.formError = error;
      this.status = null;
      input.focus();
      return;
    }
    this.formError = null;
    this.entered = date;
    this.status = "shown";
    this.#fireChange(date);
  }

  async #onClear(): Promise<void> {
    this.entered = null;
    this.formError = null;
    this.status = "cleared";
    this.#fireChange(null);
    await this.updateComplete;
    const input =
      this.renderRoot.querySelector<HTMLInputElement>("#start-date");
    if (input) {
      input.value = "";
      input.focus();
    }
  }

  #fireChange(start: PlainDate | null): void {
    const detail: Il2ScheduleChangeDetail = {
      startDate: start ? isoDate(start) : null,
      dates: start ? courseDates(planCourse(start, this.#rest)) : null,
    };
    fire(this, "il2-schedule-change", detail);
  }

  #onDownload(): void {
    const start = this.#start;
    if (!start) return;
    const text = this.#text.calendar;
    const events = scheduleEvents({
      course: planCourse(start, this.#rest),
      dosesPerDay: this.#doses,
      doseTimes: this.#times,
      text,
      locale: this.commonText.intlLocale,
    });
    const fileName = this.say(text.fileName, { start: isoDate(start) });
    saveTextFile(
      this.renderRoot,
      fileName,
      [buildCalendar({ productId: PRODUCT_ID, events, now: new Date() })],
      "text/calendar;charset=utf-8",
    );
    const detail: Il2CalendarDownloadDetail = {
      startDate: isoDate(start),
      fileName,
      events: events.length,
    };
    fire(this, "il2-calendar-download", detail);
  }

  #onPrint(): void {
    printOnly(this);
  }

  /** Everything this render shows that depends on the dates: the course, today, the formats. */
  #view(text: ScheduleText): ScheduleView {
    const start = this.#start;
    const course = start && planCourse(start, this.#rest);
    // Today is the reader's own clock: never on the server, nor in the render that adopts the server's HTML.
    const today = this.serverView
      ? null
      : course && (this.#fixedToday ?? localDateOf(new Date()));
    const place = (course && today && placeInCourse(course, today)) || null;
    // Days name their year when the course crosses into a new one.
    const withYear =
      !!course && course.cycle1[0]?.year !== course.lastDay.latest.year;
    // Intl formatters, all in UTC so a plain date never moves to the next day.
    const locale = this.commonText.intlLocale;
    const format = (options: Intl.DateTimeFormatOptions) => {
      const formatter = dateFormat(locale, { ...options, timeZone: "UTC" });
      return (date: PlainDate) => formatter.format(utcNoon(date));
    };
    return {
      text,
      start,
      course,
      today,
      place,
      /** Today's day number in its cycle or in the rest, else 0. */
      placeDay: place && "day" in place ? place.day : 0,
      // The most doses each day can have: never more than 14 a cycle (L2), so day 5 has 2 of 3.
      slots: doseSlots(this.#doses),
      long: format({
        weekday: "long",
        year: "numeric",
        month: "long",
        day: "numeric",
      }),
      weekday: format({ weekday: "long" }),
      dayDate: format({
        month: "long",
        day: "numeric",
        year: withYear ? "numeric" : undefined,
      }),
    };
  }

  /** The rest's length in words: `7 days`, or `7 to 10 days`. */
  #restLength(rest: RestRange): string {
    const { restLength } = this.#text;
    return rest.min === rest.max
      ? this.sayCount(restLength.days, rest.min)
      : this.say(restLength.range, { ...rest });
  }

  override render(): TemplateResult {
    const text = this.#text;
    const view = this.#view(text);
    return this.renderCard({
      title: text.title,
      lede: text.lede,
      body: html`
        <section class="section" part="section">
          ${this.#subheading(text.aboutHeading)} ${renderBlocks(text.about)}
        </section>
        ${this.noDateInput ? nothing : this.#dateForm(view)}
        ${this.#courseSection(view)}
      `,
      // The prescribing information's facts are marked: the footer explains the mark.
      label: true,
    });
  }

  #subheading(title: string): TemplateResult {
    return heading(this.sectionLevel, title, {
      part: "section-title",
      className: "subheading",
    });
  }

  /** The field for the first infusion day, its buttons, and what it says back. */
  #dateForm({ text, start, long }: ScheduleView): TemplateResult {
    const error = this.formError;
    const status =
      this.status === "shown" && start
        ? this.say(text.statusShown, { start: long(start) })
        : this.status === "cleared"
          ? text.statusCleared
          : "";
    return html`<section
      class="section date-entry no-print needs-script"
      part="section"
    >
      ${this.#subheading(text.formHeading)}
      <p id="date-hint">${text.formHint}</p>
      <form
        class="date-form"
        part="date-form"
        novalidate
        @submit=${this.#onSubmit}
      >
        <div class="field">
          <label for="start-date">${text.dateLabel}</label>
          <input
            id="start-date"
            type="date"
            min="${MIN_YEAR}-01-01"
            max="${MAX_YEAR}-12-31"
            .value=${start ? isoDate(start) : ""}
            aria-invalid=${error ? "true" : "false"}
            aria-describedby="date-hint date-error"
          />
        </div>
        <div class="buttons">
          <button class="button primary" part="button" type="submit">
            ${text.showDates}
          </button>
          ${
            start && this.entered !== undefined
              ? html`<button
                  class="button"
                  part="button"
                  type="button"
                  @click=${this.#onClear}
                >
                  ${text.clearDates}
                </button>`
              : nothing
          }
        </div>
      </form>
      <p id="date-error" class="error" role="alert">
        ${error ? text[error] + (this.formErrorAgain ? "\u00a0" : "") : ""}
      </p>
      <p class="status" role="status">${status}</p>
    </section>`;
  }

  /** The course: a summary, the timeline, the dose times, the label's facts, and the buttons. */
  #courseSection(view: ScheduleView): TemplateResult {
    const { text, start, long } = view;
    const note = this.#todayNote(view);
    const doseTimes = this.#doseTimesLine(view);
    return html`<section class="section course" part="section">
      ${this.#subheading(start ? text.datesHeading : text.courseHeading)}
      ${
        start
          ? html`<p>${this.say(text.datedIntro, { start: long(start) })}</p>
              <p class="caution">${text.datedCaution}</p>
              ${note ? html`<p class="today-note">${note}</p>` : nothing}`
          : nothing
      }
      <p>
        ${this.say(text.courseSummary, {
          doses: this.sayCount(text.cycleDoses, this.#doses),
          rest: this.#restLength(this.#rest),
        })}
      </p>
      ${this.#timeline(view)} ${this.#key(view)}
      <p class="alone-note">${text.aloneNote}</p>
      ${doseTimes ? html`<p class="dose-times">${doseTimes}</p>` : nothing}
      <ul class="label-facts">
        ${text.labelFacts.map((fact) => html`<li><strong>${this.commonText.labelTag}</strong> ${fact}</li>`)}
      </ul>
      <div class="actions no-print needs-script" part="actions">
        ${
          start
            ? html`<button
                class="button primary"
                part="button"
                type="button"
                @click=${this.#onDownload}
              >
                ${text.addToCalendar}
              </button>`
            : nothing
        }
        <button
          class="button"
          part="button"
          type="button"
          @click=${this.#onPrint}
        >
          ${text.print}
        </button>
      </div>
    </section>`;
  }

  /** Where today falls in the course, in one sentence; '' when it does not or is unknown. */
  #todayNote({ text, place, today, placeDay, long }: ScheduleView): string {
    if (!place || !today) return "";
    const date = long(today);
    if (place.phase === "rest")
      return this.say(text.todayInRest, { today: date, day: placeDay });
    if (place.phase === "cycle2-window")
      return this.say(text.todayInWindow, { today: date });
    const cycle = place.phase === "cycle1" ? 1 : 2;
    return this.say(text.todayInCycle, { today: date, cycle, day: placeDay });
  }

  /** The host's dose times in the locale's words; '' without them. */
  #doseTimesLine({ text, slots }: ScheduleView): string {
    const times = this.#times;
    if (!times.length) return "";
    const locale = this.commonText.intlLocale;
    const time = dateFormat(locale, {
      hour: "numeric",
      minute: "2-digit",
      timeZone: "UTC",
    });
    /** The dose times as a list in the locale's words, e.g. `6:00 AM, 2:00 PM, and 10:00 PM`. */
    const list = listFormat(locale).format(
      times.map(({ hour, minute }) =>
        time.format(Date.UTC(2000, 0, 1, hour, minute)),
      ),
    );
    return [
      this.say(text.doseTimes, { times: list }),
      // A day with fewer slots than times (day 5 with 3 a day) keeps the earliest ones.
      ...slots.flatMap((count, index) =>
        count < times.length
          ? [this.sayCount(text.doseTimesShortDay, count, { day: index + 1 })]
          : [],
      ),
    ].join(" ");
  }

  /** The picture's key: a dose dot, a rest square (and a dashed one when the rest is a range). */
  #key({ text }: ScheduleView): TemplateResult {
    const range = this.#rest.min !== this.#rest.max;
    return html`<ul class="key" part="key">
      <li>
        <span class="doses" aria-hidden="true"><span class="dose"></span></span>
        ${text.doseKey}
      </li>
      <li>
        <span class="key-cells" aria-hidden="true"
          ><span class="rest-cell"></span
          >${range ? html`<span class="rest-cell maybe"></span>` : nothing}</span
        >
        ${range ? text.restKey.range : text.restKey.fixed}
      </li>
    </ul>`;
  }

  /** The course as a list of phases: cycle 1, the rest, cycle 2, then what comes after. */
  #timeline(view: ScheduleView): TemplateResult {
    const { text, course, place, placeDay, slots } = view;
    const phase = place?.phase;
    const cycleDetail = this.sayCount(
      text.cycleDetail,
      slots.reduce((sum, count) => sum + count, 0),
      { days: CYCLE_DAYS },
    );
    const cycle2 = course?.cycle2
      ? this.#days(view, course.cycle2, phase === "cycle2" ? placeDay : 0)
      : html`${course ? html`<p>${this.say(text.cycle2Window, { earliest: view.long(course.cycle2Start.earliest), latest: view.long(course.cycle2Start.latest) })}</p>` : nothing}${this.#days(view, null, 0)}`;
    // role="list" is not redundant here: Safari drops list semantics when list-style is none.
    // eslint-disable-next-line lit-a11y/no-redundant-role
    return html`<ol class="timeline" part="timeline" role="list">
      ${this.#phase(view, "cycle", false, this.say(text.cycleTitle, { cycle: 1 }), cycleDetail, this.#days(view, course?.cycle1, phase === "cycle1" ? placeDay : 0))}
      ${this.#restPhase(view)}
      ${this.#phase(view, "cycle", phase === "cycle2-window", this.say(text.cycleTitle, { cycle: 2 }), cycleDetail, cycle2)}
      ${this.#phase(
        view,
        "after",
        false,
        text.after.title,
        text.after.detail,
        html`<ul class="after-steps">
          ${text.after.steps.map((step) => html`<li>${step}</li>`)}
        </ul>`,
      )}
    </ol>`;
  }

  /** One phase of the timeline: cycle 1, the rest or cycle 2. */
  #phase(
    { text }: ScheduleView,
    kind: string,
    isToday: boolean,
    title: string,
    detail: string,
    content: unknown,
  ): TemplateResult {
    return html`<li
      class="phase ${kind} ${isToday ? "is-today" : ""}"
      part="phase${isToday ? " today" : ""}"
      aria-current=${ifDefined(isToday ? "date" : undefined)}
    >
      ${heading(subheadingLevel(this.sectionLevel), title, { className: "phase-title" })}
      <p class="phase-detail">${detail}</p>
      ${content}
      ${isToday ? html`<span class="badge">${text.todayBadge}</span>` : nothing}
    </li>`;
  }

  /** The rest: its length, its squares (dashed for days it may or may not last), its dates. */
  #restPhase(view: ScheduleView): TemplateResult {
    const { text, course, place, placeDay, long } = view;
    const rest = this.#rest;
    const restDay = place?.phase === "rest" ? placeDay : 0;
    const cells = Array.from(
      { length: rest.max },
      (_, index) =>
        html`<span
          class="rest-cell ${index < rest.min ? "" : "maybe"} ${index + 1 === restDay ? "is-today" : ""}"
        ></span>`,
    );
    let dates = "";
    if (course) {
      const first = long(course.restFirst);
      const last = long(course.restLast.earliest);
      dates =
        rest.min !== rest.max
          ? this.say(text.restDatesRange, {
              first,
              rest: this.#restLength(rest),
              lastEarliest: last,
              lastLatest: long(course.restLast.latest),
            })
          : first === last
            ? this.say(text.restDay, { first })
            : this.say(text.restDates, { first, last });
    }
    const detail = this.say(text.restDetail, {
      rest: this.#restLength(rest),
    });
    return this.#phase(
      view,
      "rest",
      restDay > 0,
      text.restTitle,
      detail,
      html`<div class="rest-cells" aria-hidden="true">${cells}</div>
        ${dates ? html`<p>${dates}</p>` : nothing}`,
    );
  }

  /** A cycle's infusion days, dated or not; `current` is today's day number in it, else 0. */
  #days(
    { text, slots, weekday, dayDate }: ScheduleView,
    dates: readonly PlainDate[] | null | undefined,
    current: number,
  ): TemplateResult {
    // role="list": see #timeline.
    // eslint-disable-next-line lit-a11y/no-redundant-role
    return html`<ol class="days" role="list">
      ${Array.from({ length: CYCLE_DAYS }, (_, index) => {
        const date = dates?.[index];
        const isToday = current === index + 1;
        const daySlots = slots[index] ?? 0;
        return html`<li
          class="day ${isToday ? "is-today" : ""}"
          part="day${isToday ? " today" : ""}"
          aria-current=${ifDefined(isToday ? "date" : undefined)}
        >
          <span class="day-label"
            >${this.say(text.dayLabel, { day: index + 1 })}</span
          >
          ${date ? html`<span class="day-weekday">${weekday(date)}</span> <span class="day-date">${dayDate(date)}</span>` : nothing}
          <span class="day-doses"
            >${daySlots ? html`<span class="doses" aria-hidden="true">${Array.from({ length: daySlots }, () => html`<span class="dose"></span>`)}</span> ` : nothing}<span
              class="dose-count"
              >${this.sayCount(text.dayDoses, daySlots)}</span
            ></span
          >
          ${isToday ? html`<span class="badge">${text.todayBadge}</span>` : nothing}
        </li>`;
      })}
    </ol>`;
  }
}

/** What one render of the schedule shows, worked out once by #view(). */
interface ScheduleView {
  text: ScheduleText;
  start: PlainDate | null;
  course: Course | null;
  today: PlainDate | null;
  place: CoursePlace;
  placeDay: number;
  slots: number[];
  long: (date: PlainDate) => string;
  weekday: (date: PlainDate) => string;
  dayDate: (date: PlainDate) => string;
}

declare global {
  interface HTMLElementTagNameMap {
    "il2-schedule": Il2Schedule;
  }
  interface GlobalEventHandlersEventMap {
    "il2-schedule-change": CustomEvent<Il2ScheduleChangeDetail>;
    "il2-calendar-download": CustomEvent<Il2CalendarDownloadDetail>;
  }
}
