// Spanish text of <il2-schedule>: a module of its own, so a page loads only the text it shows.
// "tanda" for a treatment course (defined in the lede), "ciclo" for a cycle (defined where the
// course summary first uses it); "usted" written out where a bare verb would read as tú.
// Dates inside a sentence are es-US long dates ("lunes, 2 de marzo de 2026"): the weekday makes
// the rest an apposition, so a comma follows the year when the sentence goes on.
// Rule for the formatter (as today): when {times} ends with "." ("p. m."), no second "." follows.
import type { ScheduleText } from "../en/schedule.js";

export const schedule: ScheduleText = {
  title: "Cómo y cuándo se da la IL-2",
  // F14, F15, F16: "tanda" defined where it is first used
  lede: "Usted recibe la IL-2 en el hospital, por una vena. A una ronda completa de tratamiento se le llama tanda. En una tanda, usted recibe dosis durante 5 días, descansa y luego recibe dosis durante 5 días más.",
  aboutHeading: "Dónde y cómo",
  about: [
    // F14
    "La IL-2 solo se da en un hospital, porque sus efectos secundarios pueden ser graves. Un médico con mucha experiencia en el tratamiento con IL-2 está a cargo de su atención.",
    // L5
    "El hospital tiene cerca una unidad de cuidados intensivos (UCI), por si usted necesita atención especial.",
    // F15 ("infusión" everywhere, never "infusión intravenosa" once)
    "El medicamento entra gota a gota por una vena. Esto se llama infusión.",
    // F17 ("seguimiento", not "vigilar")
    "Su equipo de atención médica le hace un seguimiento frecuente. Revisa si tiene efectos secundarios y qué tan bien funciona la IL-2.",
    // L9
    'Antes de su primera dosis, le harán pruebas para ver si la IL-2 es segura para usted. Lea más en "Efectos secundarios y cuándo pedir ayuda".',
  ],
  courseHeading: "Una tanda, paso a paso",
  datesHeading: "Sus fechas",
  // F16: "ciclo" defined where it is first used
  courseSummary:
    "Cada período de 5 días con dosis se llama ciclo. Así, una tanda tiene dos ciclos, con un descanso entre ellos. {doses} Entre un ciclo y otro, usted descansa {rest}.",
  // F16 with L2; the number in words, so "IL-2" is never followed by a digit ("IL-2 3" read as "IL-23")
  cycleDoses: {
    "=1": "En cada ciclo, usted recibe hasta una dosis al día.",
    "=2": "En cada ciclo, usted recibe hasta dos dosis al día.",
    "=3": "En cada ciclo, usted recibe hasta tres dosis al día, pero nunca más de 14 en total.",
    one: "En cada ciclo, usted recibe hasta {count} dosis al día.",
    other:
      "En cada ciclo, usted recibe hasta {count} dosis al día, pero nunca más de 14 en total.",
  },
  restLength: {
    days: { one: "{count} día", other: "{count} días" },
    range: "de {min} a {max} días",
  },
  cycleTitle: "Ciclo {cycle}",
  // L2
  cycleDetail: {
    other: "{days} días en el hospital, hasta {count} dosis",
  },
  dayLabel: "Día {day}",
  dayDoses: {
    "=0": "sin dosis",
    other: "hasta {count} dosis",
  },
  restTitle: "Descanso",
  restDetail: "Sin IL-2: {rest}",
  doseKey:
    "Cada punto es una dosis que usted podría recibir. Su equipo de atención médica podría omitir algunas.",
  restKey: {
    fixed: "Cada cuadro es un día de descanso.",
    range:
      "Cada cuadro es un día de descanso. Un cuadro con línea punteada es un día en que tal vez siga descansando, si su descanso es más largo.",
  },
  after: {
    title: "Después de la tanda",
    // L13
    detail: "Un control y luego una decisión sobre más tratamiento",
    steps: [
      // L13
      "Unas 4 semanas después de la tanda, su equipo de atención médica revisa si los tumores se hicieron más pequeños.",
      // F18, L13
      "Si se hicieron más pequeños y los efectos secundarios no fueron graves, por lo general se da otra tanda. Solo se da si es segura para usted.",
      // L13
      "La nueva tanda empieza al menos 7 semanas después de salir del hospital.",
    ],
  },
  // L16
  aloneNote:
    "Este plan muestra la IL-2 sola. Después de un tratamiento celular más reciente llamado lifileucel (Amtagvi®), la IL-2 se da solo por unas pocas dosis, con un plan más corto.",
  doseTimes: "Horas previstas para las dosis de cada día: {times}.",
  // "horario de la lista", not "las primeras 2 horas" (read as the first two hours of the day)
  doseTimesShortDay: {
    "=0": "El día {day} no tiene dosis.",
    one: "El día {day} solo tiene 1 dosis, en el primer horario de la lista.",
    other:
      "El día {day} solo tiene {count} dosis, en los primeros {count} horarios de la lista.",
  },
  todayBadge: "Hoy",

  datedIntro:
    "Su primer día de IL-2 es el {start}. Las fechas de abajo se cuentan desde ese día.",
  // L2; says the dates can change (no "fija su calendario real")
  datedCaution:
    "Este plan le ayuda a prepararse. Su equipo de atención médica decide sus fechas reales, y estas pueden cambiar.",
  restDates: "Usted descansa desde el {first}, hasta el {last}.",
  restDay: "Usted descansa el {first}.",
  restDatesRange:
    "Su descanso empieza el {first}, y dura {rest}. Su último día de descanso será entre el {lastEarliest}, y el {lastLatest}.",
  // "cualquier día entre… y…", and the team decides
  cycle2Window:
    "El ciclo 2 puede empezar cualquier día entre el {earliest}, y el {latest}. Su equipo de atención médica decide el día.",
  todayInCycle: "Hoy, {today}, es el día {day} del ciclo {cycle}.",
  todayInRest: "Hoy, {today}, es el día {day} de descanso.",
  todayInWindow:
    "Hoy, {today}, es uno de los días en que podría empezar el ciclo 2.",

  formHeading: "Vea sus propias fechas",
  formHint:
    "¿Sabe qué día es su primera infusión? Escriba la fecha para ver las fechas de su tanda.",
  dateLabel: "Fecha de su primera infusión",
  showDates: "Ver mis fechas",
  clearDates: "Borrar mis fechas",
  errorEmpty: "Por favor, escriba la fecha de su primera infusión.",
  errorInvalid: "Esa fecha no existe. Revise el mes, el día y el año.",
  statusShown: "Estas son sus fechas a partir del {start}.",
  statusCleared: "Se borraron sus fechas.",

  addToCalendar: "Agregar a mi calendario",
  print: "Imprimir",

  labelFacts: [
    // L1
    "Se da una dosis más o menos cada 8 horas, o sea, hasta 3 al día. Cada una entra gota a gota en un cuarto de hora, más o menos.",
    // L2 ("suspender u omitir": the dose is not given; never "posponer")
    "Un ciclo tiene 14 dosis como máximo. Muchas personas reciben menos, porque el equipo de atención médica suspende u omite dosis cuando los efectos secundarios lo piden.",
    // L2 (the source says 7 to 10)
    "El descanso entre los dos ciclos es de unos 9 días. La página para pacientes dice de 7 a 10 días.",
  ],

  calendar: {
    fileName: "calendario-il2-{start}.ics",
    infusionDay: "IL-2 en el hospital: ciclo {cycle}, día {day} de {days}",
    dose: "IL-2: dosis {dose} de {doses} de hoy (ciclo {cycle}, día {day})",
    rest: "Descanso de la IL-2",
    // "cualquiera de estos días", not "uno de estos días" ("some day soon")
    cycle2Window: "El ciclo 2 de IL-2 puede empezar cualquiera de estos días",
    cycle2WindowNote:
      "Su equipo de atención médica decide el día. Mientras tanto, usted descansa.",
    // L2
    note: "Un plan hecho a partir del día de su primera infusión. Un ciclo tiene 14 dosis como máximo, y muchas personas reciben menos. Su equipo de atención médica decide sus fechas reales, y estas pueden cambiar.",
  },
};
