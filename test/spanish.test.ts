// Every widget in Spanish: through each way of setting the language, with Spanish dates, calendar
// file, copied, downloaded and printed text, in every state a reader can reach; no English patient text
// from the English content may show up; and axe finds nothing to fix in Spanish either.
import { expect, fixtureSync, html } from "@open-wc/testing";
import sinon from "sinon";
import ICAL from "ical.js";
import "../src/locales/es.js";
import "../src/overview/define.js";
import "../src/schedule/define.js";
import "../src/side-effects/define.js";
import "../src/self-check/define.js";
import "../src/questions/define.js";
import "../src/assistance/define.js";
import "../src/resources/define.js";
import "../src/guide/define.js";
import type { Il2Card } from "../src/shared/card.js";
import type { LocaleText } from "../src/generated/locale-text.js";
import { en } from "../src/locales/en.js";
import { es } from "../src/locales/es.js";
import { forgetMemoryStore } from "../src/questions/question-store.js";
import {
  expectWarning,
  shadow,
  visibleText,
  $,
  $$,
  emulateMedia,
  say,
  sayCount,
} from "./helpers.js";

type Card = Il2Card & HTMLElement;

const WIDGETS = {
  "il2-overview": "overview",
  "il2-schedule": "schedule",
  "il2-side-effects": "sideEffects",
  "il2-self-check": "selfCheck",
  "il2-doctor-questions": "questions",
  "il2-assistance": "assistance",
  "il2-resources": "resources",
  "il2-guide": "guide",
} as const satisfies Record<string, keyof LocaleText>;
type Tag = keyof typeof WIDGETS;
const TAGS = Object.keys(WIDGETS) as Tag[];

const titleOf = (el: Element) =>
  $(el, '[part="title"], [part="guide-title"]')
    ?.textContent?.replace(/\s+/g, " ")
    .trim();
const cardLang = (el: Element) => $(el, ".card")?.getAttribute("lang");
const guideCards = (el: Element) =>
  el.localName === "il2-guide" ? $$<Card>(el, ".item > *") : [];
const button = (el: Element, name: string) => {
  const found = $$<HTMLButtonElement>(el, "button").find(
    (b) => b.textContent?.replace(/\s+/g, " ").trim() === name,
  );
  if (!found)
    throw new Error(
      `no button named ${JSON.stringify(name)} in <${el.localName}>`,
    );
  return found;
};

async function settle(el: Element) {
  for (let round = 0; round < 2; round += 1) {
    await new Promise((resolve) => setTimeout(resolve));
    await Promise.all(
      [el, ...guideCards(el)].map((card) => (card as Card).updateComplete),
    );
  }
}

// ── The ways a page sets the language ──────────────────────────────────────────────────────

const page = document.documentElement;
let pageLang: string | null;
beforeEach(() => {
  pageLang = page.getAttribute("lang");
});
afterEach(() => {
  if (pageLang === null) page.removeAttribute("lang");
  else page.setAttribute("lang", pageLang);
  sinon.restore();
  forgetMemoryStore();
});

// fixtureSync, then `settle`: open-wc's `fixture` waits for an animation frame for plain elements,
// which a test page in a background tab may never get.
const WAYS = {
  "its own lang attribute": (el: Card) => {
    el.setAttribute("lang", "es");
    fixtureSync(html`${el}`);
  },
  "an ancestor's lang (es-MX)": (el: Card) => {
    const outer = document.createElement("div");
    outer.lang = "es-MX";
    outer.append(document.createElement("section"));
    outer.firstElementChild!.append(el);
    fixtureSync(html`${outer}`);
  },
  "the page's <html lang> (es-US)": (el: Card) => {
    page.setAttribute("lang", "es-US");
    fixtureSync(html`${el}`);
  },
  "setting el.lang at run time": async (el: Card) => {
    page.setAttribute("lang", "en");
    fixtureSync(html`${el}`);
    await settle(el);
    expect(titleOf(el)).to.equal(en[WIDGETS[el.localName as Tag]].title);
    el.lang = "es";
  },
} satisfies Record<string, (el: Card) => void | Promise<void>>;

/** Creates `tag`, sets it up, puts it in the page in Spanish by `way`, and waits for it to render. */
async function spanish(
  tag: Tag,
  setup: (el: Card) => void = () => {},
  way: keyof typeof WAYS = "its own lang attribute",
) {
  const el = document.createElement(tag) as Card;
  setup(el);
  await WAYS[way](el);
  await settle(el);
  return el;
}

// ── English patient text, to look for in the Spanish cards ─────────────────────────────────

/** Marks a value the widget fills in (a date, a file name, a host): English text is split there. */
const SLOT = "\u0001";
/** Placeholders that stand for a number; the others stand for a date, a time, a name or a file. */
const NUMBER_PLACEHOLDER =
  /\{(count|min|max|day|days|cycle|dose|doses|asked)\}/g;

/** Every string in `value` (count messages: each form), with the path it came from; placeholders become SLOT. */
function englishStrings(
  value: unknown,
  path: string,
  out: { path: string; text: string }[] = [],
) {
  if (typeof value === "string")
    out.push({ path, text: value.replace(/\{\w+\}/g, SLOT) });
  else if (Array.isArray(value))
    value.forEach((item) => englishStrings(item, path, out));
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value))
      englishStrings(item, path ? `${path}.${key}` : key, out);
  }
  return out;
}

const normalize = (text: string) =>
  text.replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();
const wordCount = (text: string) => (text.match(/[a-z']+/gi) ?? []).length;

/**
 * Runs of English patient text: each English string cut at sentence marks, brackets, quotes,
 * digits and filled-in values, keeping runs of 3+ words. Shared names (IL-2, PROLEUKIN®, FDA,
 * numbers) are shorter than that, so they never count as English.
 */
const ENGLISH_RUNS = [
  ...new Set(
    englishStrings(en, "")
      .flatMap(({ text }) => text.split(/[\u0001\d.?!:;()"“”]+/))
      .map((run) => normalize(run).replace(/^[\s,$-]+|[\s,$-]+$/g, ""))
      .filter((run) => wordCount(run) >= 3),
  ),
];

/** English strings of one or two words (button names, badges, labels): must not be a whole text in Spanish. */
const ENGLISH_SHORT = new Set(
  englishStrings(en, "")
    .map(({ text }) => text)
    .filter(
      (text) =>
        !text.includes(SLOT) && wordCount(text) > 0 && wordCount(text) <= 2,
    )
    .map(normalize),
);

const NAMED_ATTRIBUTES = [
  "aria-label",
  "title",
  "placeholder",
  "alt",
  "aria-description",
  "aria-roledescription",
  "aria-valuetext",
];

/** Every text node and accessible-name attribute in the card's shadow root, nested cards included, hidden parts too. */
function readerTexts(el: Element): string[] {
  const texts: string[] = [];
  const walk = (root: Node) => {
    for (const node of root.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) texts.push(node.textContent ?? "");
      else if (node instanceof Element && node.localName !== "style") {
        for (const name of NAMED_ATTRIBUTES)
          if (node.hasAttribute(name)) texts.push(node.getAttribute(name)!);
        if (node.shadowRoot) walk(node.shadowRoot);
        walk(node);
      }
    }
  };
  walk(shadow(el));
  return texts.filter((text) => text.trim());
}

/** The English found in some Spanish text: whole runs of English sentences, and English button-sized strings. */
function englishIn(texts: string[]): string[] {
  const all = normalize(texts.join("\n"));
  const runs = ENGLISH_RUNS.filter((run) => all.includes(run));
  const short = texts.map(normalize).filter((text) => ENGLISH_SHORT.has(text));
  return [...runs, ...short];
}

const englishInCard = (el: Element) => englishIn(readerTexts(el));

// ── Ready-made states of each widget ───────────────────────────────────────────────────────

async function clickAndSettle(el: Element, name: string) {
  button(el, name).click();
  await settle(el);
}

/** What reaches the paper: the card's visible text under print media, one line per block (a guide's cards too). */
async function printedText(el: Element): Promise<string> {
  await emulateMedia({ media: "print" });
  try {
    return [el, ...guideCards(el)].map(visibleText).join("\n");
  } finally {
    await emulateMedia({ media: "screen" });
  }
}

async function filledQuestions(
  way: keyof typeof WAYS = "its own lang attribute",
) {
  const el = await spanish(
    "il2-doctor-questions",
    (card) => {
      (card as Card & { questions: string[] }).questions = [
        "¿Dónde me estaciono?",
      ];
    },
    way,
  );
  $$<HTMLInputElement>(el, 'input[type="checkbox"]')[0]!.click();
  await settle(el);
  $$<HTMLButtonElement>(el, "button.notes-toggle")[0]!.click();
  await settle(el);
  const note = $<HTMLTextAreaElement>(el, "#note-q1")!;
  note.value = "Sí, después de unas pruebas.\nEmpezar en mayo.";
  note.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
  note.dispatchEvent(new Event("change", { bubbles: true }));
  $<HTMLInputElement>(el, "#new-question")!.value = "¿Puedo seguir trabajando?";
  await clickAndSettle(el, es.questions.addButton);
  return el;
}

/** The review record in Spanish: it says its sources are in English. */
const SPANISH_RECORD =
  /Comparado con sus fuentes: \d+ de \w+ de \d{4}\. Próxima revisión: \d+ de \w+ de \d{4}\. Fuentes \(en inglés\): Melanoma Research Alliance, página para pacientes sobre la IL-2, actualizada en agosto de 2021; información para recetar PROLEUKIN, revisada en febrero de 2024/;

const q = es.questions;
const s = es.schedule;

describe("Spanish", () => {
  describe("every widget, through every way of setting the language", () => {
    for (const tag of TAGS) {
      for (const way of Object.keys(WAYS) as (keyof typeof WAYS)[]) {
        it(`<${tag}> through ${way}`, async () => {
          const el = await spanish(tag, undefined, way);
          const key = WIDGETS[tag];
          expect(titleOf(el)).to.equal(es[key].title);
          expect(cardLang(el)).to.equal("es");
          expect(visibleText(el)).to.contain(es[key].lede);
          if (tag === "il2-guide") {
            for (const card of guideCards(el)) {
              expect(titleOf(card), card.localName).to.equal(
                es[WIDGETS[card.localName as Tag]].title,
              );
              expect(cardLang(card), card.localName).to.equal("es");
            }
          }
          // Every card ends with its care-team note and review record; the guide shows them once.
          expect(visibleText(el))
            .to.contain(es.common.careTeamNote)
            .and.match(SPANISH_RECORD);
          expect(englishInCard(el)).to.deep.equal([]);
        });
      }
    }
  });

  describe("carries the same facts and numbers as the English", () => {
    it("overview: names, approval year, lasting results (F1, F12, F21)", async () => {
      const text = visibleText(await spanish("il2-overview"));
      expect(text)
        .to.match(/interleucina 2, o IL-2/)
        .and.match(/aldesleukina/)
        .and.match(/PROLEUKIN®/);
      expect(text)
        .to.match(/inmunoterapia/)
        .and.match(/metastásico/)
        .and.match(/linfocitos T/)
        .and.match(/ensayos clínicos/);
      expect(text)
        .to.match(/En 1998, la FDA aprobó la IL-2/)
        .and.match(/etapa IV/)
        .and.match(/7 años o más/);
    });

    it("schedule: a course (tanda) and a cycle defined, up to three doses a day, never more than 14, 7 to 10 days of rest, into a vein (F15, F16, L1, L2)", async () => {
      const text = visibleText(await spanish("il2-schedule"));
      expect(text).to.contain("Esto se llama infusión.");
      expect(text).not.to.contain("intravenosa");
      // "Curso" reads as a class: "tanda", defined where first used; "ciclo" too.
      expect(text).to.contain(
        "A una ronda completa de tratamiento se le llama tanda.",
      );
      expect(text).to.contain(
        "Cada período de 5 días con dosis se llama ciclo.",
      );
      expect(text).not.to.match(/\bcursos?\b/);
      expect(text).to.contain(
        "usted recibe hasta tres dosis al día, pero nunca más de 14 en total",
      );
      expect(text).not.to.match(/3 veces al día durante 5 días|IL-2 \d/);
      expect(text).to.contain("usted descansa de 7 a 10 días");
      expect(text).to.contain("Sin IL-2: de 7 a 10 días");
      expect(text).to.contain("5 días en el hospital, hasta 14 dosis");
      expect(text).to.contain("Un ciclo tiene 14 dosis como máximo.");
      // The label means a dose not given: "suspende u omite", never "posponer".
      expect(text).to.contain("suspende u omite dosis");
      expect(text).not.to.match(/posponer|pospone/);
      // The prescribing information is never "etiqueta" (the sticker on the vial).
      expect(text).to.contain("Información oficial de la FDA:");
      expect(text).not.to.match(/[Ee]tiqueta/);
      // "Equipo de atención médica", not "equipo médico"; "seguimiento", not "vigilar".
      expect(text).not.to.match(/equipo médico|vigila/);
    });

    it("resources: stages and funding in Spanish number words (F26, F27)", async () => {
      const text = visibleText(await spanish("il2-resources"));
      expect(text).to.contain("etapa IIB, IIC, III o IV (2B, 2C, 3 o 4)");
      // Dollars in words ("$" is also the peso sign), no Spain-leaning "subvenciones".
      expect(text).to.contain(
        "Desde 2007, ha dado más de 131 millones de dólares",
      );
      expect(text).to.contain("415 millones de dólares más");
      expect(text).not.to.match(/\$|subvenciones|estudios sobre/);
      // Each link says it leads to English.
      for (const topic of ["treatments", "adjuvant", "research"] as const)
        expect(es.resources[topic].linkText).to.match(/\(en inglés\)$/);
    });

    it("doctor questions: the progress line reads naturally, in the singular too", async () => {
      const el = await filledQuestions();
      expect($(el, '[part="progress"]')!.textContent?.trim()).to.equal(
        "Ha hecho 1 de 12 preguntas.",
      );
      expect(sayCount(q.progress, 1, { asked: 0 }, "es-US")).to.equal(
        "Ha hecho 0 de 1 pregunta.",
      );
    });
  });

  describe("dates", () => {
    const dayTexts = (el: Element, phase: number) =>
      [
        ...$$(el, ".timeline > li")[phase]!.querySelectorAll<HTMLElement>(
          ".day",
        ),
      ].map((day) => day.innerText.replace(/\s+/g, " ").trim());

    it("shows Spanish weekdays and months, counted from the first infusion day", async () => {
      const el = await spanish("il2-schedule", (card) => {
        card.setAttribute("start-date", "2027-03-08");
        card.setAttribute("rest-days", "7");
        card.setAttribute("dose-times", "06:00,14:00,22:00");
        (card as Card & { today: string }).today = "2027-03-10";
      });
      expect(dayTexts(el, 0)[0]).to.equal(
        "Día 1 lunes 8 de marzo hasta 3 dosis",
      );
      expect(dayTexts(el, 0)[2]).to.equal(
        `Día 3 miércoles 10 de marzo hasta 3 dosis ${s.todayBadge}`,
      );
      expect(dayTexts(el, 0)[4]).to.equal(
        "Día 5 viernes 12 de marzo hasta 2 dosis",
      );
      expect(dayTexts(el, 2)[0]).to.equal(
        "Día 1 sábado 20 de marzo hasta 3 dosis",
      );
      const text = visibleText(el);
      expect(text).to.contain(
        "Su primer día de IL-2 es el lunes, 8 de marzo de 2027.",
      );
      expect(text).to.contain(
        "Hoy, miércoles, 10 de marzo de 2027, es el día 3 del ciclo 1.",
      );
      // "Usted" written out (a bare "Descansa" reads as tú), a comma after the year.
      expect(text).to.contain(
        "Usted descansa desde el sábado, 13 de marzo de 2027, hasta el viernes, 19 de marzo de 2027.",
      );
      // "Los primeros 2 horarios de la lista", not "las primeras 2 horas" (of the day).
      expect($(el, ".dose-times")!.textContent).to.match(
        /^Horas previstas para las dosis de cada día: 6:00\s?a\.\s?m\., 2:00\s?p\.\s?m\. y 10:00\s?p\.\s?m\. El día 5 solo tiene 2 dosis, en los primeros 2 horarios de la lista\.$/,
      );
      expect(text).to.not.match(
        /Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday/,
      );
      expect(text).to.not.match(
        /January|February|March|April|May|June|July|August|September|October|November|December/,
      );
      expect(englishInCard(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it("says when the rest and cycle 2 may fall when the rest is a range, and where today is", async () => {
      const el = await spanish("il2-schedule", (card) => {
        card.setAttribute("start-date", "2027-03-08");
        (card as Card & { today: string }).today = "2027-03-21";
      });
      const text = visibleText(el);
      expect(text).to.contain(
        "Su descanso empieza el sábado, 13 de marzo de 2027, y dura de 7 a 10 días.",
      );
      expect(text).to.contain(
        "Su último día de descanso será entre el viernes, 19 de marzo de 2027, y el lunes, 22 de marzo de 2027.",
      );
      // "Cualquier día entre… y…" (not "desde… hasta…", read as lasting), and the team decides.
      expect(text).to.contain(
        "El ciclo 2 puede empezar cualquier día entre el sábado, 20 de marzo de 2027, y el martes, 23 de marzo de 2027. Su equipo de atención médica decide el día.",
      );
      expect(text).to.contain(
        "Hoy, domingo, 21 de marzo de 2027, es uno de los días en que podría empezar el ciclo 2.",
      );
      expect(englishInCard(el)).to.deep.equal([]);
    });

    it("adds the year to each day when the course runs into the next year", async () => {
      const el = await spanish("il2-schedule", (card) =>
        card.setAttribute("start-date", "2027-12-28"),
      );
      expect(dayTexts(el, 0)[0]).to.equal(
        "Día 1 martes 28 de diciembre de 2027 hasta 3 dosis",
      );
      expect(dayTexts(el, 0)[4]).to.equal(
        "Día 5 sábado 1 de enero de 2028 hasta 2 dosis",
      );
    });

    it("answers the date form in Spanish, and follows a change of language", async () => {
      const el = await spanish("il2-schedule");
      await clickAndSettle(el, s.showDates);
      expect($(el, "#date-error")!.textContent?.trim()).to.equal(s.errorEmpty);
      const input = $<HTMLInputElement>(el, "#start-date")!;
      input.value = "2027-03-08";
      await clickAndSettle(el, s.showDates);
      expect($(el, ".status")!.textContent?.trim()).to.equal(
        "Estas son sus fechas a partir del lunes, 8 de marzo de 2027.",
      );
      expect(englishInCard(el)).to.deep.equal([]);
      el.lang = "en";
      await settle(el);
      expect($(el, ".status")!.textContent?.trim()).to.equal(
        "Showing your dates from Monday, March 8, 2027.",
      );
      el.lang = "es";
      await settle(el);
      await clickAndSettle(el, s.clearDates);
      expect($(el, ".status")!.textContent?.trim()).to.equal(s.statusCleared);
    });

    it("writes the calendar file in Spanish", async () => {
      const el = await spanish("il2-schedule", (card) => {
        card.setAttribute("start-date", "2027-03-08");
        card.setAttribute("dose-times", "06:00,14:00,22:00");
      });
      const blobs: Blob[] = [];
      sinon.stub(URL, "createObjectURL").callsFake((blob) => {
        blobs.push(blob as Blob);
        return "blob:il2-test";
      });
      sinon.stub(URL, "revokeObjectURL");
      const click = sinon.stub(HTMLAnchorElement.prototype, "click");
      button(el, s.addToCalendar).click();
      expect(
        (click.firstCall.thisValue as HTMLAnchorElement).download,
      ).to.equal("calendario-il2-2027-03-08.ics");
      const ics = await blobs[0]!.text();
      const events = ICAL.Component.fromString(ics)
        .getAllSubcomponents("vevent")
        .map((vevent) => new ICAL.Event(vevent));
      const summaries = events.map((event) => event.summary);
      expect(summaries[0]).to.equal("IL-2 en el hospital: ciclo 1, día 1 de 5");
      expect(summaries[1]).to.equal(
        "IL-2: dosis 1 de 3 de hoy (ciclo 1, día 1)",
      );
      // No more than 14 doses a cycle: day 5 has the first two times only.
      expect(summaries)
        .to.include("IL-2: dosis 2 de 2 de hoy (ciclo 1, día 5)")
        .and.not.include("IL-2: dosis 3 de 3 de hoy (ciclo 1, día 5)");
      expect(
        summaries.filter((summary) => /^IL-2: dosis/.test(summary)),
      ).to.have.length(14);
      // "Cualquiera de estos días", not "uno de estos días" (some day soon).
      expect(summaries)
        .to.include("Descanso de la IL-2")
        .and.include(
          "El ciclo 2 de IL-2 puede empezar cualquiera de estos días",
        );
      expect(s.calendar.note).to.contain("Un ciclo tiene 14 dosis como máximo");
      expect(events[0]!.description).to.equal(s.calendar.note);
      const maybeCycle2 = events.find(
        (event) => event.summary === s.calendar.cycle2Window,
      )!;
      expect(maybeCycle2.description).to.equal(
        `${s.calendar.cycle2WindowNote}\n${s.calendar.note}`,
      );
      expect(
        englishIn(
          events.flatMap((event) => [event.summary, event.description]),
        ),
      ).to.deep.equal([]);
    });
  });

  describe("doctor questions: copied, downloaded and printed text", () => {
    const EXPECTED_START = [
      q.title,
      "=".repeat(q.title.length),
      "",
      "Ha hecho 1 de 12 preguntas.",
      "",
      `[x] 1. ${q.questions.q1}`,
      "    Respuesta y notas:",
      "    Sí, después de unas pruebas.",
      "    Empezar en mayo.",
      "",
      `[ ] 2. ${q.questions.q2}`,
      "    Respuesta y notas: (nada todavía)",
    ].join("\n");

    it("copies the list in Spanish and says so in Spanish", async () => {
      const el = await filledQuestions();
      const writeText = sinon.stub(navigator.clipboard, "writeText").resolves();
      button(el, q.copy).click();
      await writeText.returnValues[0];
      await settle(el);
      const text = writeText.firstCall.args[0];
      expect(text.startsWith(EXPECTED_START)).to.equal(true);
      expect(text).to.contain("[ ] 11. ¿Dónde me estaciono?");
      expect(text).to.contain(
        `${q.ownHeading}\n${"-".repeat(q.ownHeading.length)}\n\n[ ] 1. ¿Puedo seguir trabajando?`,
      );
      // The file ends with the care-team note and the review record, dates and sources included.
      expect(text).to.match(
        new RegExp(`${es.common.careTeamNote}\n${SPANISH_RECORD.source}\\.\n$`),
      );
      expect(englishIn(text.split("\n"))).to.deep.equal([]);
      expect($(el, '[part="message"]')!.textContent?.trim()).to.equal(q.copied);
    });

    it("downloads the same Spanish text under a Spanish file name", async () => {
      const el = await filledQuestions("an ancestor's lang (es-MX)");
      const create = sinon
        .stub(URL, "createObjectURL")
        .returns("blob:il2-test");
      sinon.stub(URL, "revokeObjectURL");
      const click = sinon.stub(HTMLAnchorElement.prototype, "click");
      button(el, q.download).click();
      await settle(el);
      expect(
        (click.firstCall.thisValue as HTMLAnchorElement).download,
      ).to.equal("preguntas-para-mi-medico.txt");
      const text = (await (create.firstCall.args[0] as Blob).text()).replace(
        /^\uFEFF/,
        "",
      );
      expect(text.startsWith(EXPECTED_START)).to.equal(true);
      expect(englishIn(text.split("\n"))).to.deep.equal([]);
      expect($(el, '[part="message"]')!.textContent?.trim()).to.equal(
        "Su lista se está descargando en un archivo llamado preguntas-para-mi-medico.txt.",
      );
    });

    it("says in Spanish when copying is not possible, and switches the message with the language", async () => {
      const el = await filledQuestions();
      sinon
        .stub(navigator.clipboard, "writeText")
        .rejects(new Error("blocked"));
      sinon.stub(document, "execCommand").returns(false);
      button(el, q.copy).click();
      await new Promise((resolve) => setTimeout(resolve));
      await settle(el);
      expect($(el, '[part="message"]')!.textContent?.trim()).to.equal(
        q.copyFailed,
      );
      el.lang = "en";
      await settle(el);
      expect($(el, '[part="message"]')!.textContent?.trim()).to.equal(
        en.questions.copyFailed,
      );
    });

    it("prints the Spanish card: the questions, the reader's notes and own questions, no buttons, no English", async () => {
      const el = await filledQuestions();
      const print = sinon.stub(window, "print");
      button(el, q.print).click();
      expect(print.calledOnce).to.equal(true);
      const paper = await printedText(el);
      window.dispatchEvent(new Event("afterprint"));
      for (const line of [
        q.title,
        "Ha hecho 1 de 12 preguntas.",
        ...Object.values(q.questions),
        "¿Dónde me estaciono?",
        q.ownHeading,
        "¿Puedo seguir trabajando?",
        // The note prints in place of its (closed) text box, which only print media shows.
        "Sí, después de unas pruebas.",
        es.common.careTeamNote,
      ])
        expect(paper).to.contain(line);
      expect(paper).to.match(SPANISH_RECORD);
      expect(paper).to.not.contain(q.copy).and.not.contain(q.addButton);
      expect(englishIn(paper.split("\n"))).to.deep.equal([]);
    });
  });

  describe("on paper", () => {
    it("prints the schedule with the reader's dates in Spanish, without the form or buttons", async () => {
      const el = await spanish("il2-schedule", (card) => {
        card.setAttribute("start-date", "2027-03-08");
        card.setAttribute("dose-times", "06:00,14:00,22:00");
      });
      const paper = await printedText(el);
      for (const line of [
        s.title,
        s.datesHeading,
        "Su primer día de IL-2 es el lunes, 8 de marzo de 2027.",
        s.datedCaution,
        "Cada período de 5 días con dosis se llama ciclo. Así, una tanda tiene dos ciclos, con un descanso entre ellos. En cada ciclo, usted recibe hasta tres dosis al día, pero nunca más de 14 en total. Entre un ciclo y otro, usted descansa de 7 a 10 días.",
        "5 días en el hospital, hasta 14 dosis",
        "Sin IL-2: de 7 a 10 días",
        ...s.after.steps,
        s.aloneNote,
        ...s.labelFacts,
      ])
        expect(paper).to.contain(line);
      expect(paper).to.match(SPANISH_RECORD);
      expect(paper).to.match(/Día 1\s+lunes\s+8 de marzo/);
      expect(paper)
        .to.not.contain(s.formHeading)
        .and.not.contain(s.addToCalendar)
        .and.not.contain(s.print);
      expect(paper).to.not.match(
        /Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|March/,
      );
      expect(englishIn(paper.split("\n"))).to.deep.equal([]);
    });

    it("prints the whole guide in Spanish, card after card, without the contents list", async () => {
      const el = await spanish("il2-guide");
      const paper = await printedText(el);
      for (const line of [
        es.guide.title,
        es.overview.title,
        ...Object.values(es.overview.sections).map(
          (section) => section.heading,
        ),
        es.schedule.title,
        es.schedule.about[0]!,
        es.selfCheck.title,
        es.selfCheck.questions.where.question,
        es.selfCheck.answersHeading,
        es.questions.title,
        es.questions.questions.q10,
        es.assistance.title,
        es.assistance.options,
        es.resources.title,
        es.resources.research.heading,
      ])
        expect(paper).to.contain(line);
      expect(paper).to.not.contain(es.guide.contents);
      expect(englishIn(paper.split("\n"))).to.deep.equal([]);
    });
  });

  describe("no English patient text in any state", () => {
    it("fills every English sample with values the text uses (no undefined or NaN)", () => {
      const broken = englishStrings(en, "").filter(({ text }) =>
        /undefined|NaN/.test(text),
      );
      expect(broken).to.deep.equal([]);
    });

    it("has English runs to look for (the check itself works)", () => {
      expect(ENGLISH_RUNS.length).to.be.greaterThan(150);
      expect(ENGLISH_RUNS).to.include("what is il");
      expect(ENGLISH_RUNS).to.include("you have asked");
      expect(ENGLISH_SHORT).to.include("print").and.include("today");
      expect(
        englishIn(["Hola. You have asked 3 of 10 questions."]),
      ).to.deep.equal(["you have asked"]);
      expect(englishIn(["Print"])).to.deep.equal(["print"]);
      expect(
        englishIn([
          "Fuentes (en inglés): Melanoma Research Alliance, página para pacientes sobre la IL-2",
          "PROLEUKIN® IL-2 FDA 1998",
        ]),
      ).to.deep.equal([]);
    });

    it("<il2-overview>, plain and collapsible, open and closed", async () => {
      const plain = await spanish("il2-overview");
      expect(englishInCard(plain)).to.deep.equal([]);
      const el = await spanish("il2-overview", (card) =>
        card.setAttribute("collapsible", ""),
      );
      expect(englishInCard(el)).to.deep.equal([]);
      await clickAndSettle(el, es.overview.expandAll);
      expect(button(el, es.overview.collapseAll)).to.exist;
      expect(englishInCard(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it("<il2-schedule> without dates, with an error, and with a fixed rest", async () => {
      const el = await spanish("il2-schedule");
      expect(englishInCard(el)).to.deep.equal([]);
      await clickAndSettle(el, s.showDates);
      expect(englishInCard(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
      const resting = await spanish("il2-schedule", (card) => {
        card.setAttribute("start-date", "2027-03-08");
        card.setAttribute("rest-days", "1");
        card.setAttribute("doses-per-day", "1");
        (card as Card & { today: string }).today = "2027-03-13";
      });
      expect(visibleText(resting)).to.contain(
        "Hoy, sábado, 13 de marzo de 2027, es el día 1 de descanso.",
      );
      expect(visibleText(resting))
        .to.contain("usted recibe hasta una dosis al día")
        .and.contain("Sin IL-2: 1 día");
      expect(englishInCard(resting)).to.deep.equal([]);
    });

    it("<il2-doctor-questions> with a question of its own, notes open, a message and the clear question", async () => {
      const el = await filledQuestions();
      expect($(el, ".has-notes")!.textContent?.trim()).to.equal(q.hasNotes);
      expect(englishInCard(el)).to.deep.equal([]);
      await clickAndSettle(el, q.clear);
      expect($(el, "#confirm-text")!.textContent?.trim()).to.equal(
        q.confirmClear,
      );
      expect(englishInCard(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
      await clickAndSettle(el, q.confirmYes);
      expect($(el, '[part="message"]')!.textContent?.trim()).to.equal(
        q.cleared,
      );
      expect(englishInCard(el)).to.deep.equal([]);
    });

    it("<il2-doctor-questions> saved in this browser, and when a saved list cannot be read", async () => {
      const key = `il2-test-spanish-${Date.now()}`;
      try {
        const kept = await spanish("il2-doctor-questions", (card) => {
          card.setAttribute("persist", "");
          card.setAttribute("storage-key", key);
        });
        expect($(kept, '[part="save-note"]')!.textContent?.trim()).to.equal(
          q.keptOnDevice,
        );
        expect(englishInCard(kept)).to.deep.equal([]);
        kept.remove();
        localStorage.setItem(key, "{not json");
        expectWarning(/could not be read/);
        const unreadable = await spanish("il2-doctor-questions", (card) => {
          card.setAttribute("persist", "");
          card.setAttribute("storage-key", key);
        });
        expect(
          $(unreadable, '[part="save-note"]')!.textContent?.trim(),
        ).to.equal(`${q.unreadable} ${q.keptOnDevice}`);
        expect(englishInCard(unreadable)).to.deep.equal([]);
      } finally {
        localStorage.removeItem(key);
      }
    });

    it('<il2-self-check> with feedback, a link into the guide, and every answer to "Ask my care team"', async () => {
      const c = es.selfCheck;
      const el = await spanish("il2-self-check");
      expect(englishInCard(el)).to.deep.equal([]);
      $<HTMLButtonElement>(el, "#course-check")!.click();
      $<HTMLInputElement>(el, "#where-0")!.click();
      $<HTMLButtonElement>(el, "#where-check")!.click();
      $<HTMLInputElement>(el, "#how-0")!.click();
      $<HTMLButtonElement>(el, "#how-check")!.click();
      $<HTMLButtonElement>(el, "#watch-ask")!.click();
      await settle(el);
      const text = visibleText(el);
      expect(text)
        .to.contain(c.pickFirst)
        .and.contain(`${c.missed} ${c.questions.where.fact}`)
        .and.contain(`${c.right} ${c.questions.how.fact}`)
        .and.contain(say(c.readMoreIn, { title: es.schedule.title }, "es-US"))
        .and.contain(
          say(c.askNoList, { question: c.questions.watch.ask }, "es-US"),
        )
        .and.contain(c.tryAgain);
      expect(englishInCard(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();

      // In a Spanish guide: the link names the card, and the guide's list answers in Spanish.
      const guide = await spanish("il2-guide");
      const inGuide = guideCards(guide).find(
        (card) => card.localName === "il2-self-check",
      )!;
      $<HTMLInputElement>(inGuide, "#immune-0")!.click();
      $<HTMLButtonElement>(inGuide, "#immune-check")!.click();
      $<HTMLButtonElement>(inGuide, "#immune-ask")!.click();
      $<HTMLButtonElement>(inGuide, "#immune-ask")!.click();
      $<HTMLButtonElement>(inGuide, "#where-ask")!.click();
      await settle(guide);
      expect($(inGuide, "#immune-feedback a")!.textContent?.trim()).to.equal(
        es.overview.title,
      );
      expect(visibleText(inGuide))
        .to.contain(c.askListed)
        .and.contain(
          say(c.askAdded, { question: c.questions.where.ask }, "es-US"),
        );
      expect(englishInCard(guide)).to.deep.equal([]);
    });

    it("<il2-assistance> with and without a link, with the host’s contact details", async () => {
      const withLink = await spanish("il2-assistance", (card) => {
        card.setAttribute("program-href", "https://example.org/ayuda");
        card.append(
          Object.assign(document.createElement("p"), {
            slot: "contact",
            textContent: "Asesora financiera: sala 210.",
          }),
        );
      });
      expect(
        $(withLink, '[part="link"]')!.textContent?.replace(/\s+/g, " ").trim(),
      ).to.equal(`${es.assistance.programLink} (example.org)`);
      expect(englishInCard(withLink)).to.deep.equal([]);
      await expect(withLink).to.be.accessible();
      const without = await spanish("il2-assistance");
      expect(visibleText(without))
        .to.contain(es.assistance.steps.counselor)
        .and.not.contain(es.assistance.steps.programLink);
      // No "PAP" (read as the Pap test), no "consejero", no promise ("Sirven para").
      expect(visibleText(without)).not.to.match(/PAP|consejer|Sirven para/);
      expect(englishInCard(without)).to.deep.equal([]);
    });

    it("<il2-resources> with every link", async () => {
      const el = await spanish("il2-resources", (card) => {
        for (const name of [
          "treatments-href",
          "adjuvant-href",
          "research-href",
        ])
          card.setAttribute(name, "https://example.org/");
      });
      expect($$(el, '[part="link"]')).to.have.length(3);
      expect(englishInCard(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it("<il2-guide> with every card", async () => {
      const el = await spanish("il2-guide");
      expect(guideCards(el)).to.have.length(TAGS.length - 1);
      expect(englishInCard(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });

  describe("the Spanish text itself", () => {
    /** Every Spanish string, placeholders filled with Spanish-looking values. */
    const spanishStrings = () => {
      const out: string[] = [];
      const walk = (value: unknown) => {
        if (typeof value === "string")
          out.push(
            value
              .replace(NUMBER_PLACEHOLDER, "3")
              .replace(/\{\w+\}/g, "lunes, 8 de marzo de 2027"),
          );
        else if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value === "object")
          Object.values(value).forEach(walk);
      };
      walk(es);
      return out;
    };

    it("uses only the placeholders its English uses (a card fills no other)", () => {
      const names = (locale: unknown) => {
        const found: string[] = [];
        const walk = (value: unknown, path: string) => {
          if (typeof value === "string")
            for (const [, name] of value.matchAll(/\{(\w+)\}/g))
              found.push(`${path}: ${name}`);
          else if (value && typeof value === "object")
            for (const [key, item] of Object.entries(value))
              walk(item, Array.isArray(value) ? path : `${path}.${key}`);
        };
        walk(locale, "");
        return new Set(found);
      };
      const english = names(en);
      expect([...names(es)].filter((name) => !english.has(name))).to.deep.equal(
        [],
      );
    });

    it("keeps sentences short: none over 25 words, 12 or fewer on average", () => {
      const sentences = spanishStrings().flatMap((text) =>
        text.split(/(?<=[.?!])\s+/),
      );
      const lengths = sentences.map((sentence) => sentence.split(/\s+/).length);
      const long = sentences.filter((_, index) => lengths[index]! > 25);
      expect(long).to.deep.equal([]);
      expect(
        lengths.reduce((sum, length) => sum + length, 0) / lengths.length,
      ).to.be.at.most(12);
    });

    it("speaks to the reader as usted, never tú", () => {
      const text = spanishStrings().join(" ");
      expect(text).to.not.match(
        /\b(tú|tu|tus|puedes|tienes|quieres|pregunta a tu|habla|escribe)\b/i,
      );
    });
  });
});
