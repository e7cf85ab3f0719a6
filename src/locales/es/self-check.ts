// Spanish text of <il2-self-check>: a module of its own, so a page loads only the text it shows.
import type { SelfCheckText } from "../en/self-check.js";

export const selfCheck: SelfCheckText = {
  // "Repase", not "Compruebe" (Spain-leaning)
  title: "Repase lo que sabe sobre la IL-2",
  lede: 'Conteste siete preguntas cortas para ver lo que recuerda. No hay puntaje ni límite de tiempo. ¿Tiene dudas sobre una? Use el botón "Preguntar a mi equipo de atención médica" para agregarla a sus preguntas.',
  keptInPage: "Sus respuestas no se guardan ni se envían a ningún lugar.",
  questions: {
    where: {
      // F14
      question: "¿Dónde se da la IL-2?",
      choices: ["En casa", "En un hospital", "En una farmacia"],
      fact: "La IL-2 solo se da en un hospital, a cargo de un médico con mucha experiencia en el tratamiento con IL-2.",
      ask: "¿Dónde voy a recibir la IL-2, y quién me va a atender allí?",
    },
    how: {
      // F15
      question: "¿Cómo entra la IL-2 al cuerpo?",
      choices: [
        "Por una vena, con una infusión",
        "En una pastilla que se traga",
        "En una crema sobre la piel",
      ],
      fact: "La IL-2 entra gota a gota por una vena. Esto se llama infusión.",
      ask: "¿Cómo me van a dar la infusión de IL-2?",
    },
    course: {
      // F16, L2
      question:
        "Una tanda es una ronda completa de tratamiento con IL-2. ¿Cómo es una tanda?",
      choices: [
        "Una sola dosis, una vez",
        "Una dosis al día durante un año",
        "Dos ciclos de 5 días, con un descanso entre ellos",
      ],
      fact: "Una tanda tiene dos ciclos, con unos 9 días de descanso entre ellos. Un ciclo son 5 días con dosis en el hospital. En cada ciclo, se da una dosis más o menos cada 8 horas, pero nunca más de 14 en total.",
      ask: "¿Cómo será mi tanda de IL-2, día por día?",
    },
    watch: {
      // F17 ("le hace un seguimiento": no leísmo, no "vigilar")
      question:
        "¿Por qué su equipo de atención médica le hace un seguimiento tan de cerca?",
      choices: [
        "Para ver si tiene efectos secundarios y si la IL-2 está funcionando",
        "Para enseñarle a ponerse la IL-2 en casa",
        "Solo para llenar papeles",
      ],
      fact: "Su equipo de atención médica le hace un seguimiento de cerca para ver si tiene efectos secundarios y qué tan bien funciona la IL-2.",
      ask: "¿Qué van a revisar mientras recibo la IL-2?",
    },
    immune: {
      // F2
      question: "¿Qué hace la IL-2?",
      choices: [
        "Quita el tumor, como una cirugía",
        "Apaga su sistema inmunitario",
        "Ayuda a su propio sistema inmunitario a combatir el cáncer",
      ],
      fact: "La IL-2 es un tipo de inmunoterapia. Ayuda a su propio sistema inmunitario a combatir el cáncer, como el melanoma.",
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
      // L12 (NEW)
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
  check: "Revisar",
  tryAgain: "Intentar otra vez",
  askButton: "Preguntar a mi equipo de atención médica",
  right: "Así es.",
  missed: "No exactamente.",
  pickFirst:
    "Primero elija una respuesta. ¿Tiene dudas? Puede preguntar a su equipo de atención médica.",
  readMore: "Lea más:",
  readMoreIn: 'Puede leer más en "{title}".',
  askAdded:
    'Se agregó a sus preguntas para su equipo de atención médica: "{question}"',
  askListed:
    "Esta pregunta ya está en su lista para su equipo de atención médica.",
  askFull:
    "Su lista de preguntas está llena. Quite una de esa lista para agregar esta.",
  askNoList:
    'No hay una lista de preguntas en esta página. Anote esta pregunta para su cita: "{question}"',
  print: "Imprimir como hoja de práctica",
  worksheetNote:
    "Marque una casilla en cada pregunta. Las respuestas están en la última página.",
  answersHeading: "Respuestas: lo que debe recordar",
  answersToggle: {
    show: "Ver todas las respuestas",
    hide: "Ocultar las respuestas",
  },
};
