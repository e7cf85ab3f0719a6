// Spanish text of <il2-self-check>: a module of its own, so a page loads only the text it shows.
import type { SelfCheckText } from "../en/self-check.js";

export const selfCheck: SelfCheckText = {
  title: "Compruebe lo que sabe sobre la IL-2",
  lede: "Conteste siete preguntas cortas para ver lo que recuerda. No hay puntos ni límite de tiempo. ¿Tiene dudas? Agregue una pregunta para su equipo médico.",
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
      // L12
      question:
        "Usted está en el hospital recibiendo IL-2. De pronto, le cuesta respirar. ¿Qué debe hacer?",
      choices: [
        "Esperar a ver si se le pasa",
        "Avisar de inmediato al personal de enfermería",
        "Comentarlo en su próxima cita médica",
      ],
      fact: "Avise de inmediato al personal de enfermería. La dificultad para respirar puede ser señal de un efecto secundario grave. No espere.",
      ask: "¿De qué efectos secundarios debo avisar de inmediato al personal de enfermería?",
    },
    "at-home": {
      // L12
      question:
        "Ya está en casa después de la IL-2 y le da fiebre. ¿Qué debe hacer?",
      choices: [
        "Esperar unos días a ver si se le quita",
        "No decir nada hasta su próxima cita",
        "Llamar de inmediato al número de su equipo de atención médica",
      ],
      fact: "Llame de inmediato al número de su equipo de atención médica. La fiebre después de volver a casa es una señal para llamar. Si le cuesta respirar o tiene dolor en el pecho, llame a su número local de emergencias (911 en EE. UU.).",
      ask: "¿A qué número debo llamar si me da fiebre después de volver a casa?",
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
  readMoreIn: 'Puede leer más en "{title}".',
  askAdded: 'Se agregó a sus preguntas para su equipo médico: "{question}"',
  askListed: "Esta pregunta ya está en su lista para su equipo médico.",
  askFull:
    "Su lista de preguntas está llena. Quite una allí para agregar esta.",
  askNoList:
    'No hay una lista de preguntas en esta página. Anote esta pregunta para su cita: "{question}"',
  print: "Imprimir como hoja de práctica",
  worksheetNote:
    "Marque una casilla en cada pregunta. Las respuestas están en la última página.",
  answersHeading: "Respuestas",
};
