// Spanish text of <il2-schedule>: a module of its own, so a page loads only the text it shows.
import type { ScheduleText } from "../../schedule/schedule-text.js";
import type { RestRange } from "../../schedule/course.js";

/** "7 días", "1 día"; with a range, "7 a 10 días" (callers add "de" where Spanish needs it). */
const days = (count: number) => `${count} ${count === 1 ? "día" : "días"}`;
const restLength = ({ min, max }: RestRange) =>
  min === max ? days(min) : `de ${min} a ${max} días`;
const timesADay = (count: number) =>
  count === 1 ? "una vez al día" : `${count} veces al día`;

export const schedule: ScheduleText = {
  title: "Cómo y cuándo se recibe la IL-2",
  // F14, F16
  lede: "La IL-2 se da en el hospital, en dos ciclos, con un descanso entre ellos.",
  aboutHeading: "Dónde y cómo",
  about: [
    // F14
    "La IL-2 solo se da en un hospital. Sus efectos secundarios pueden ser graves. Por eso, su atención está a cargo de un médico con experiencia en la IL-2.",
    // F15
    "El medicamento entra por una vena. Esto se llama infusión intravenosa.",
    // F17
    "Sus médicos le hacen un seguimiento muy de cerca. Revisan si tiene efectos secundarios y ven qué tan bien funciona el medicamento.",
    // F18
    "Después del primer curso, por lo general las personas reciben más cursos si la IL-2 les funciona y no tienen efectos secundarios graves.",
  ],
  courseHeading: "Un curso de tratamiento, paso a paso",
  datesHeading: "Sus fechas",
  // F16
  courseSummary: (dosesPerDay, rest) =>
    `Un curso de tratamiento tiene dos ciclos. En cada ciclo, usted recibe la IL-2 ${timesADay(dosesPerDay)} durante 5 días. ` +
    `Entre un ciclo y otro, descansa ${restLength(rest)}.`,
  cycleTitle: (cycle) => `Ciclo ${cycle}`,
  // L2: the picture shows the most doses a cycle can have, never more than 14.
  cycleDetail: (dayCount, dosesPerCycle) =>
    `${dayCount} días en el hospital, hasta ${dosesPerCycle} dosis`,
  dayLabel: (day) => `Día ${day}`,
  dayDoses: (doses) => (doses ? `hasta ${doses} dosis` : "sin dosis"),
  restTitle: "Descanso",
  restDetail: ({ min, max }) =>
    min === max ? `${days(min)} sin IL-2` : `De ${min} a ${max} días sin IL-2`,
  // The times may end with "p.m.": no second period then.
  doseTimes: (times) =>
    `Horas previstas de las dosis, cada día: ${times}${times.endsWith(".") ? "" : "."}`,
  doseTimesShortDay: (day, doses) =>
    doses === 0
      ? `El día ${day} no tiene dosis.`
      : doses === 1
        ? `El día ${day} solo tiene dosis a la primera hora.`
        : `El día ${day} solo tiene dosis a las primeras ${doses} horas.`,
  todayBadge: "Hoy",

  datedIntro: (start) =>
    `Su primer día de IL-2 es el ${start}. Las fechas de abajo se cuentan desde ese día.`,
  // L2 (the care team may change the plan), in plain words; no new facts.
  datedCaution:
    "Esta es una guía para ayudarle a planear. Su equipo médico fija su calendario real, y este puede cambiar.",
  restDates: (first, last) =>
    first === last
      ? `Descansa el ${first}.`
      : `Descansa del ${first} al ${last}.`,
  restDatesRange: (first, rest, lastEarliest, lastLatest) =>
    `Su descanso empieza el ${first} y dura ${restLength(rest)}. ` +
    `Su último día de descanso será entre el ${lastEarliest} y el ${lastLatest}.`,
  cycle2Window: (earliest, latest) =>
    `El ciclo 2 puede empezar desde el ${earliest} hasta el ${latest}. Su equipo médico le dirá el día.`,
  todayInCycle: (today, cycle, day) =>
    `Hoy, ${today}, es el día ${day} del ciclo ${cycle}.`,
  todayInRest: (today, day) => `Hoy, ${today}, es el día ${day} de descanso.`,
  todayInWindow: (today) =>
    `Hoy, ${today}, es uno de los días en que podría darse el ciclo 2.`,

  formHeading: "Vea sus propias fechas",
  formHint:
    "¿Sabe qué día es su primera infusión? Escríbalo para ver las fechas de su curso de tratamiento.",
  dateLabel: "Fecha de su primera infusión",
  showDates: "Ver mis fechas",
  clearDates: "Borrar mis fechas",
  errorEmpty: "Por favor, escriba el día de su primera infusión.",
  errorInvalid: "Esa fecha no existe. Revise el mes, el día y el año.",
  statusShown: (start) => `Estas son sus fechas a partir del ${start}.`,
  statusCleared: "Se borraron sus fechas.",

  addToCalendar: "Agregar a mi calendario",
  print: "Imprimir",

  labelTag: "Etiqueta de la FDA:",
  labelFacts: [
    // L1
    "Las dosis se dan más o menos cada 8 horas.",
    // L2
    "Un ciclo tiene 14 dosis como máximo. Su equipo médico puede posponer u omitir una dosis debido a efectos secundarios.",
  ],

  calendar: {
    fileName: (start) => `calendario-il2-${start}.ics`,
    infusionDay: (cycle, day, dayCount) =>
      `IL-2 en el hospital: ciclo ${cycle}, día ${day} de ${dayCount}`,
    dose: (cycle, day, dose, doses) =>
      `IL-2, dosis ${dose} de ${doses} (ciclo ${cycle}, día ${day})`,
    rest: "Descanso de la IL-2",
    cycle2Window: "El ciclo 2 de IL-2 puede empezar uno de estos días",
    cycle2WindowNote:
      "Su equipo médico le dirá el día. Mientras tanto, usted descansa.",
    note: "Un plan hecho a partir del día de su primera infusión. Su equipo médico fija su calendario real, y este puede cambiar.",
  },
};
