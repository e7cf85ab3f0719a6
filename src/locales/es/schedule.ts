// Spanish text of <il2-schedule>: a module of its own, so a page loads only the text it shows.
import type { ScheduleText } from "../en/schedule.js";

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
  courseSummary:
    "Un curso de tratamiento tiene dos ciclos. En cada ciclo, usted recibe la IL-2 {timesADay} durante 5 días. Entre un ciclo y otro, descansa {rest}.",
  timesADay: { one: "una vez al día", other: "{count} veces al día" },
  restLength: { one: "{count} día", other: "{count} días" },
  restRange: "de {min} a {max} días",
  cycleTitle: "Ciclo {cycle}",
  // L2: the picture shows the most doses a cycle can have, never more than 14.
  cycleDetail: { other: "{days} días en el hospital, hasta {count} dosis" },
  dayLabel: "Día {day}",
  dayDoses: { "=0": "sin dosis", other: "hasta {count} dosis" },
  restTitle: "Descanso",
  restDetail: { one: "{count} día sin IL-2", other: "{count} días sin IL-2" },
  restDetailRange: "De {min} a {max} días sin IL-2",
  // The times may end with "p.m.": that period ends the sentence too.
  doseTimes: "Horas previstas de las dosis, cada día: {times}.",
  doseTimesShortDay: {
    "=0": "El día {day} no tiene dosis.",
    one: "El día {day} solo tiene dosis a la primera hora.",
    other: "El día {day} solo tiene dosis a las primeras {count} horas.",
  },
  todayBadge: "Hoy",

  datedIntro:
    "Su primer día de IL-2 es el {start}. Las fechas de abajo se cuentan desde ese día.",
  // L2 (the care team may change the plan), in plain words; no new facts.
  datedCaution:
    "Esta es una guía para ayudarle a planear. Su equipo médico fija su calendario real, y este puede cambiar.",
  restDay: "Descansa el {first}.",
  restDates: "Descansa del {first} al {last}.",
  restDatesRange:
    "Su descanso empieza el {first} y dura {rest}. Su último día de descanso será entre el {lastEarliest} y el {lastLatest}.",
  cycle2Window:
    "El ciclo 2 puede empezar desde el {earliest} hasta el {latest}. Su equipo médico le dirá el día.",
  todayInCycle: "Hoy, {today}, es el día {day} del ciclo {cycle}.",
  todayInRest: "Hoy, {today}, es el día {day} de descanso.",
  todayInWindow:
    "Hoy, {today}, es uno de los días en que podría darse el ciclo 2.",

  formHeading: "Vea sus propias fechas",
  formHint:
    "¿Sabe qué día es su primera infusión? Escríbalo para ver las fechas de su curso de tratamiento.",
  dateLabel: "Fecha de su primera infusión",
  showDates: "Ver mis fechas",
  clearDates: "Borrar mis fechas",
  errorEmpty: "Por favor, escriba el día de su primera infusión.",
  errorInvalid: "Esa fecha no existe. Revise el mes, el día y el año.",
  statusShown: "Estas son sus fechas a partir del {start}.",
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
    fileName: "calendario-il2-{start}.ics",
    infusionDay: "IL-2 en el hospital: ciclo {cycle}, día {day} de {days}",
    dose: "IL-2, dosis {dose} de {doses} (ciclo {cycle}, día {day})",
    rest: "Descanso de la IL-2",
    cycle2Window: "El ciclo 2 de IL-2 puede empezar uno de estos días",
    cycle2WindowNote:
      "Su equipo médico le dirá el día. Mientras tanto, usted descansa.",
    note: "Un plan hecho a partir del día de su primera infusión. Su equipo médico fija su calendario real, y este puede cambiar.",
  },
};
