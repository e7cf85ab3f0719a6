// Spanish text of <il2-doctor-questions>: a module of its own, so a page loads only the text it shows.
import type { QuestionsText } from "../en/questions.js";

export const questions: QuestionsText = {
  title: "Preguntas sobre la IL-2 para su médico",
  // F23
  lede: "No todos los tratamientos funcionan para todas las personas. Estas preguntas le pueden ayudar a saber si la IL-2 es adecuada para usted. Llévelas a su próxima cita. Marque cada pregunta que haga y anote lo que le digan.",
  listHeading: "Preguntas para hacer",
  questions: {
    q1: "¿Puedo recibir tratamiento con IL-2?", // Q1
    q2: "¿Cuánta experiencia tiene usted en el tratamiento con IL-2?", // Q2
    q3: "¿Sería la IL-2 una buena opción para el melanoma que tengo?", // Q3
    q4: "¿Hay otro tratamiento que yo pueda recibir en lugar de la IL-2?", // Q4
    q5: "¿Qué tan bien le ha funcionado la IL-2 a personas como yo?", // Q5
    q6: "¿Qué efectos secundarios puede causar la IL-2?", // Q6
    q7: "¿Hay ensayos clínicos (estudios de investigación) de la IL-2 que yo deba tener en cuenta?", // Q7
    q8: "¿Qué otros tratamientos ha aprobado la FDA para el melanoma avanzado?", // Q8
    q9: "¿Cuáles son los riesgos y los beneficios de cada opción que tengo?", // Q9
    q10: "¿Qué esperamos lograr con mi tratamiento?", // Q10
  },
  progress: {
    one: "Ha hecho {asked} de {count} pregunta.",
    other: "Ha hecho {asked} de {count} preguntas.",
  },
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
  ownLimit: "Puede agregar hasta {max} preguntas. Quite una para agregar otra.",
  actionsHeading: "Para conservar su lista",
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
    'Lo sentimos, no se pudo copiar la lista. Mejor use "Descargar como archivo".',
  downloaded: "Su lista se está descargando en un archivo llamado {fileName}.",
  fileName: "preguntas-para-mi-medico.txt",
  keptInPage:
    "Lo que escriba se queda en este navegador y no se envía a ningún lugar. Se borrará cuando cierre esta página.",
  keptOnDevice:
    'Lo que escriba se queda en este navegador, en este dispositivo, y no se envía a ningún lugar. Se conserva para la próxima vez, hasta que elija "Borrar todo".',
  cannotSave:
    "Este navegador no nos deja guardar su lista. Se borrará cuando cierre esta página. Para conservarla, imprímala, cópiela o descárguela. No se envía nada a ningún lugar.",
  unreadable:
    "No se pudo leer una lista guardada antes en este dispositivo. Por eso, esta lista empieza vacía.",
  textNotesLabel: "Respuesta y notas:",
  textNoNotes: "(nada todavía)",
};
