// Spanish text for every widget, written for Spanish-speaking patients in the U.S. (usted, plain
// words, short sentences); not a word-for-word copy of the English. Same facts as en.ts (fact IDs
// from FACTS.md noted beside each sentence), nothing added. Importing this file is what makes
// Spanish available: it registers itself. Per-element modules never import it, so English-only
// bundles stay free of it; the all-in-one bundle does. A clinical translation review is
// recommended before use with patients.
import type { LocaleText } from "../i18n/locale-text.js";
import type { RestRange } from "../schedule/course.js";
import { registerLocale } from "../i18n/locale.js";

/** "7 días", "1 día"; with a range, "7 a 10 días" (callers add "de" where Spanish needs it). */
const days = (count: number) => `${count} ${count === 1 ? "día" : "días"}`;
const restLength = ({ min, max }: RestRange) =>
  min === max ? days(min) : `de ${min} a ${max} días`;
const timesADay = (count: number) =>
  count === 1 ? "una vez al día" : `${count} veces al día`;

export const es: LocaleText = {
  common: {
    intlLocale: "es-US",
    careTeamNote:
      "Esta tarjeta da datos generales, no consejos para su caso. Hable con su equipo médico sobre su tratamiento.",
    // F28 (the page's title is quoted as published, in English)
    sourceLine:
      'Fuente: Melanoma Research Alliance, página para pacientes en inglés "Interleukin-2 (IL-2, Aldesleukin, PROLEUKIN®)". Última actualización: agosto de 2021.',
    labelNote:
      'Los datos marcados "Etiqueta de la FDA" vienen de la información de prescripción de PROLEUKIN en EE. UU. (2024).',
  },

  overview: {
    title: "La IL-2 para el melanoma avanzado",
    // F1
    lede: "La interleucina 2, o IL-2, es un medicamento contra el cáncer. Su nombre genérico es aldesleukina. Su nombre de marca es PROLEUKIN®.",
    sections: {
      what: {
        heading: "¿Qué es la IL-2?",
        blocks: [
          // F2
          "La IL-2 es un tipo de inmunoterapia. Es decir, ayuda a su propio sistema inmunitario a combatir el cáncer, como el melanoma.",
          // F6, F7
          "Su cuerpo produce algo de IL-2 por sí solo. Es una proteína producida por un tipo de glóbulo blanco: el linfocito T (o célula T). Su función normal es ayudar a otros glóbulos blancos, los linfocitos T y B, a crecer y a ser más activos.",
          // F8
          "El medicamento es una forma de IL-2 que se fabrica para tratar el cáncer. Se llama aldesleukina. Le da más fuerza a su sistema inmunitario para que pueda atacar las células cancerosas.",
          // F3, F4
          "La IL-2 es un tratamiento sistémico. Viaja por la sangre y llega a todas las partes del cuerpo. Los médicos usan este tipo de tratamiento para el cáncer avanzado o metastásico. Metastásico quiere decir que el cáncer se ha extendido a otras partes del cuerpo.",
        ],
      },
      how: {
        heading: "¿Cómo funciona la IL-2?",
        blocks: [
          {
            lead: "La IL-2 combate el cáncer de tres maneras:",
            items: [
              // F9
              "Impide que las células cancerosas se multipliquen y se extiendan.",
              // F10
              "Ayuda a su cuerpo a formar más glóbulos blancos que atacan el cáncer.",
              // F11
              "Hace que las células cancerosas liberen sustancias químicas. Esas sustancias atraen a células del sistema inmunitario que destruyen las células cancerosas.",
            ],
          },
          // F5
          "Así, la IL-2 ayuda a su sistema inmunitario a destruir las células del melanoma y a reducir los tumores, en cualquier parte del cuerpo.",
        ],
      },
      who: {
        heading: "¿Para quién es la IL-2?",
        blocks: [
          // F5
          "La IL-2 se usa para tratar a personas con melanoma avanzado o metastásico.",
          // F12
          "En 1998, la FDA aprobó la IL-2 para tratar el melanoma en etapa IV. La FDA es la Administración de Alimentos y Medicamentos de EE. UU. La etapa IV también se llama melanoma metastásico.",
          // F13
          "Etapa IV quiere decir que el cáncer llegó a órganos o a otros lugares del cuerpo.",
        ],
      },
      goals: {
        heading: "Metas y qué puede esperar",
        blocks: [
          // F19
          {
            lead: "La IL-2 tiene dos metas principales:",
            items: [
              "Reducir el tamaño de los tumores de melanoma.",
              "Destruir las células del melanoma.",
            ],
          },
          // F20
          'Su sistema inmunitario tiene una especie de "memoria". Puede aprender a reconocer las células cancerosas. Por eso, la IL-2 podría ayudar a su cuerpo a seguir combatiendo el melanoma aun después de terminar el tratamiento.',
          // F21
          "Los médicos tienen muchos años de experiencia con la IL-2, no solo en estudios de investigación (ensayos clínicos). En algunas personas, la IL-2 reduce el tamaño de los tumores. En unas pocas personas, desaparecen todos los signos del cáncer, y esto puede durar 7 años o más.",
          // F22
          "A veces, los efectos secundarios pueden ser graves. Pregúntele a su médico por los efectos secundarios de la IL-2 y por sus otras opciones de tratamiento.",
        ],
      },
    },
    expandAll: "Abrir todas las secciones",
    collapseAll: "Cerrar todas las secciones",
  },

  guide: {
    title: "Su guía sobre la IL-2 para el melanoma",
    lede: "Léala completa o use la lista de abajo para ir a una parte.",
    contents: "En esta guía",
  },

  schedule: {
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
      min === max
        ? `${days(min)} sin IL-2`
        : `De ${min} a ${max} días sin IL-2`,
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
  },

  questions: {
    title: "Preguntas sobre la IL-2 para su médico",
    // F23
    lede: "No todos los tratamientos funcionan para todas las personas. Para saber más sobre la IL-2, lleve estas preguntas a su próxima cita. Marque cada pregunta que haga y anote lo que le digan.",
    listHeading: "Preguntas para hacer",
    questions: {
      q1: "¿Puedo recibir tratamiento con IL-2?", // Q1
      q2: "¿Cuánta experiencia tiene usted en tratar a personas con IL-2?", // Q2
      q3: "¿Sería la IL-2 una buena opción para el melanoma que tengo?", // Q3
      q4: "¿Hay otro tratamiento que yo pueda recibir en lugar de la IL-2?", // Q4
      q5: "¿Qué tan bien le ha funcionado la IL-2 a personas como yo?", // Q5
      q6: "¿Qué efectos secundarios puede causar la IL-2?", // Q6
      q7: "¿Hay ensayos clínicos (estudios de investigación) con IL-2 que yo deba tener en cuenta?", // Q7
      q8: "¿Qué otros tratamientos ha aprobado la FDA para el melanoma avanzado?", // Q8
      q9: "¿Cuáles son los riesgos y los beneficios de cada opción que tengo?", // Q9
      q10: "¿Qué esperamos lograr con mi tratamiento?", // Q10
    },
    progress: (asked, total) =>
      `Ha hecho ${asked} de ${total} ${total === 1 ? "pregunta" : "preguntas"}.`,
    notesToggle: "Respuesta y notas",
    hasNotes: "(tiene notas)",
    notesLabel: "Escriba la respuesta o sus notas",
    ownHeading: "Sus propias preguntas",
    ownEmpty: "Agregue otras preguntas que quiera hacer.",
    addLabel: "Escriba una pregunta",
    addButton: "Agregar pregunta",
    removeButton: "Quitar",
    added: "Su pregunta se agregó a la lista.",
    removed: "Se quitó su pregunta.",
    emptyQuestion: "Primero escriba su pregunta.",
    ownLimit: (max) =>
      `Puede agregar hasta ${max} preguntas. Quite una para agregar otra.`,
    actionsHeading: "Guarde su lista",
    print: "Imprimir",
    copy: "Copiar como texto",
    download: "Descargar como archivo",
    clear: "Borrar todo",
    confirmClear:
      "¿Quiere borrar todas las marcas, las notas y sus propias preguntas? Esto no se puede deshacer.",
    confirmYes: "Sí, borrar todo",
    confirmNo: "No, conservar mi lista",
    cleared: "Se borró su lista.",
    copied:
      "Su lista se copió. Puede pegarla en una nota o en un correo electrónico.",
    copyFailed:
      'Lo sentimos, no se pudo copiar la lista. Pruebe con "Descargar como archivo".',
    downloaded: (fileName) =>
      `Su lista se está descargando en un archivo llamado ${fileName}.`,
    fileName: "preguntas-para-mi-medico.txt",
    keptInPage:
      "Lo que escriba se queda en este navegador y no se envía a ningún lugar. Se borrará cuando cierre esta página.",
    keptOnDevice:
      'Lo que escriba se queda en este navegador, en este dispositivo, y no se envía a ningún lugar. Se guarda para la próxima vez, hasta que elija "Borrar todo".',
    cannotSave:
      "Este navegador no nos deja guardar su lista. Se borrará cuando cierre esta página. Para conservarla, imprímala, cópiela o descárguela. No se envía nada a ningún lugar.",
    unreadable:
      "No se pudo leer una lista guardada antes en este dispositivo. Por eso, esta lista empieza vacía.",
    textNotesLabel: "Respuesta y notas:",
    textNoNotes: "(nada todavía)",
  },

  assistance: {
    title: "Ayuda para pagar la IL-2",
    // F24
    lede: "Hay programas de asistencia al paciente (PAP, por sus siglas en inglés). Sirven para que usted reciba el tratamiento que necesita, sin importar cuánto dinero tenga.",
    // F24
    options:
      "La compañía que fabrica la IL-2 tiene un programa así. También hay otros tipos de ayuda.",
    programLink: "Lea sobre el programa de la compañía que fabrica la IL-2",
    askAboutOthers:
      "¿Quiere saber de otros tipos de ayuda? Pregunte a su equipo médico o al consejero financiero de su hospital.",
    askWithoutLink:
      "¿Quiere saber más de ese programa o de otros tipos de ayuda? Pregunte a su equipo médico o al consejero financiero de su hospital.",
    contactHeading: "Dónde pedir ayuda con los costos",
    site: (host) => `(${host})`,
  },

  resources: {
    title: "Otros tratamientos y estudios sobre el melanoma",
    // F25, F22
    lede: "La IL-2 no es el único tratamiento para el melanoma. Aquí hay más temas para leer.",
    treatments: {
      heading: "Nuevos tratamientos para el melanoma avanzado",
      blocks: [
        // F25
        "Algunos tratamientos más nuevos funcionan muy bien. Vale la pena conocerlos. Pregunte por ellos a su equipo médico.",
      ],
      linkText: "Lea sobre los nuevos tratamientos",
    },
    adjuvant: {
      heading: "Tratamiento después de la cirugía",
      blocks: [
        // F26
        "La terapia adyuvante es un tratamiento que se da después de la cirugía. Es para personas con melanoma de alto riesgo. Alto riesgo aquí quiere decir etapa IIB, IIC, III o IV.",
      ],
      linkText: "Lea sobre la terapia adyuvante",
    },
    research: {
      heading: "Estudios sobre el melanoma",
      // F27
      funding: { since: 2007, grantsMillions: 131, leveragedMillions: 415 },
      blocks: ({ since, grantsMillions, leveragedMillions }) => [
        // F27
        "La Melanoma Research Alliance es un grupo sin fines de lucro. En español, su nombre es Alianza para la Investigación del Melanoma. Ningún otro grupo así en el mundo paga más estudios sobre el melanoma.",
        // F27
        `Desde ${since}, ha dado más de $${grantsMillions} millones en subvenciones. También ha ayudado a conseguir $${leveragedMillions} millones más de otras fuentes.`,
        // F27
        "La meta es hallar mejores formas de prevenir, detectar y tratar el melanoma.",
      ],
      linkText: "Lea sobre los estudios que paga la Melanoma Research Alliance",
    },
    site: (host) => `(${host})`,
  },

  selfCheck: {
    title: "Compruebe lo que sabe sobre la IL-2",
    lede: "Conteste seis preguntas cortas para ver lo que recuerda. No hay puntos ni límite de tiempo. ¿Tiene dudas? Agregue una pregunta para su equipo médico.",
    keptInPage: "Sus respuestas no se guardan ni se envían a ningún lugar.",
    // Same order of choices as the English (the answer key is shared).
    questions: {
      where: {
        // F14
        question: "¿Dónde se recibe la IL-2?",
        choices: ["En casa", "En un hospital", "En una farmacia"],
        fact: "La IL-2 solo se da en un hospital, a cargo de un médico que la conoce bien.",
        ask: "¿Dónde voy a recibir la IL-2, y quién me va a cuidar allí?",
      },
      how: {
        // F15
        question: "¿Cómo entra la IL-2 al cuerpo?",
        choices: [
          "Por una vena, con una infusión",
          "En una pastilla que se traga",
          "En una crema sobre la piel",
        ],
        fact: "La IL-2 entra por una vena, y esto se llama infusión.",
        ask: "¿Cómo me van a dar la infusión de IL-2?",
      },
      course: {
        // F16
        question: "¿Cómo es un curso de IL-2?",
        choices: [
          "Una sola dosis, una vez",
          "Una dosis al día por un año",
          "Dos ciclos de 5 días, con un descanso entre ellos",
        ],
        fact: "Un curso tiene dos ciclos de 5 días, con IL-2 3 veces al día, y un descanso de 7 a 10 días entre ellos.",
        ask: "¿Cómo será mi curso de IL-2, día a día?",
      },
      watch: {
        // F17
        question: "¿Por qué su equipo médico le vigila de cerca?",
        choices: [
          "Para ver si tiene efectos secundarios y si la IL-2 le funciona",
          "Para enseñarle a ponerse la IL-2 en casa",
          "Solo para llenar papeles",
        ],
        fact: "Sus médicos le vigilan de cerca para ver si tiene efectos secundarios y qué tan bien le funciona la IL-2.",
        ask: "¿Qué van a vigilar mientras recibo la IL-2?",
      },
      immune: {
        // F2
        question: "¿Qué hace la IL-2?",
        choices: [
          "Quita el tumor, como una cirugía",
          "Apaga su sistema inmunitario",
          "Ayuda a su propio sistema inmunitario a combatir el cáncer",
        ],
        fact: "La IL-2 es una inmunoterapia: ayuda a su propio sistema inmunitario a combatir el cáncer, como el melanoma.",
        ask: "¿Cómo va a ayudar la IL-2 a mi sistema inmunitario contra el melanoma?",
      },
      "side-effects": {
        // F22
        question: "¿Qué debe hacer si tiene efectos secundarios?",
        choices: [
          "No decírselo a nadie",
          "Hablar de ellos con su médico",
          "Esperar a que acabe el tratamiento para decirlo",
        ],
        fact: "A veces los efectos secundarios pueden ser graves. Por eso, pregúntele a su médico por ellos y por sus otras opciones de tratamiento.",
        ask: "¿Qué debo hacer si tengo efectos secundarios?",
      },
    },
    check: "Comprobar",
    tryAgain: "Intentar otra vez",
    askButton: "Preguntar a mi equipo médico",
    right: "Así es.",
    missed: "No exactamente.",
    pickFirst:
      "Primero elija una respuesta. ¿Tiene dudas? Puede preguntar a su equipo médico.",
    readMore: "Lea más:",
    readMoreIn: (cardTitle) => `Puede leer más en "${cardTitle}".`,
    askAdded: (question) =>
      `Se agregó a sus preguntas para su equipo médico: "${question}"`,
    askListed: "Esta pregunta ya está en su lista para su equipo médico.",
    askFull:
      "Su lista de preguntas está llena. Quite una allí para agregar esta.",
    askNoList: (question) =>
      `No hay una lista de preguntas en esta página. Anote esta pregunta para su cita: "${question}"`,
    print: "Imprimir como hoja de práctica",
    worksheetNote:
      "Marque una casilla en cada pregunta. Las respuestas están en la última página.",
    answersHeading: "Respuestas",
  },
};

registerLocale("es", es);
