// Spanish text of <il2-side-effects>: a module of its own, so a page loads only the text it shows.
// Nouns instead of gendered adjectives ("tener confusión", not "estar confundido"); "personal de
// enfermería" for the nurse, so no gender is assumed; "equipo de atención médica" for the care team.
import type { SideEffectsText } from "../en/side-effects.js";

export const sideEffects: SideEffectsText = {
  title: "Efectos secundarios de la IL-2 y cuándo pedir ayuda",
  // F14, F17, L12
  lede: "La IL-2 puede causar efectos secundarios graves. En el hospital, su equipo de atención médica le hace un seguimiento de cerca. Aquí verá qué señales observar y a quién avisar.",
  keyPointsHeading: "Puntos clave",
  keyPoints: [
    // L5
    "Usted recibe la IL-2 en un hospital con unidad de cuidados intensivos (UCI). Allí, las personas muy enfermas reciben atención especial.",
    // L6, L7, L8
    "Los riesgos más graves son la salida de líquido de los vasos sanguíneos, los cambios en la forma de pensar y las infecciones.",
    // L11
    "La mayoría de los efectos secundarios se quitan poco después de suspender las dosis.",
    // L12
    "En el hospital, avise de inmediato al personal de enfermería si nota alguna de las señales de alerta de esta página.",
    // L12
    "Ya en casa, llame a su equipo de atención médica si tiene fiebre. Si le cuesta respirar o tiene dolor en el pecho, llame al {emergency}.",
  ],
  // Never "etiqueta" (read as the sticker on the vial)
  before: {
    heading: "Antes de su primera dosis",
    blocks: [
      // L9
      "No todas las personas pueden recibir la IL-2 sin peligro. Por eso, su equipo de atención médica revisa primero su salud.",
      {
        // L9
        lead: "Le harán pruebas como estas:",
        items: [
          "Pruebas del corazón",
          "Pruebas de respiración, para revisar los pulmones",
          "Pruebas de los riñones, el hígado y el cerebro",
          "Análisis de sangre",
          "Una prueba de embarazo, para quien pueda estar embarazada",
        ],
      },
      // L8
      "Si tiene una infección, se la tratarán antes de empezar la IL-2.",
    ],
  },
  hospital: {
    heading: "En el hospital",
    blocks: [
      // L5
      "El hospital tiene cerca una unidad de cuidados intensivos (UCI). Algunas personas necesitan atención allí durante el tratamiento. Otras necesitan medicinas para que la presión arterial no les baje demasiado.",
      // F14, F17
      "Un equipo con experiencia en el tratamiento con IL-2 se encarga de su atención. Revisa con frecuencia si usted tiene efectos secundarios.",
    ],
  },
  risks: {
    heading: "Tres riesgos graves",
    // L6–L8 (boxed warning)
    intro: "Da su advertencia más seria sobre estos tres riesgos:",
    items: [
      {
        // L6
        name: "Salida de líquido de los vasos sanguíneos (fuga capilar).",
        text: "El líquido se sale de los vasos sanguíneos más pequeños. Esto puede causar presión arterial baja, hinchazón, aumento de peso y dificultad para respirar. Puede poner la vida en peligro.",
      },
      {
        // L7
        name: "Cambios en el cerebro y los nervios.",
        text: "Puede tener confusión, inquietud o mucho sueño. En raras ocasiones, la persona entra en coma, un sueño profundo del que no puede despertar. Las dosis se suspenden mientras dure la confusión.",
      },
      {
        // L8
        name: "Infecciones graves.",
        text: "Pueden afectar la sangre o las válvulas del corazón.",
      },
    ],
    // L14 ("estudios" alone reads as medical tests: "estudios de investigación")
    study:
      "En los estudios de investigación sobre el melanoma, unas 2 de cada 100 personas murieron por efectos secundarios, sobre todo por infecciones.",
  },
  commonEffects: {
    heading: "Efectos secundarios comunes",
    blocks: [
      {
        // L10
        lead: "Al menos 30 de cada 100 personas que reciben IL-2 tienen estos efectos:",
        items: [
          "Presión arterial baja",
          "Escalofríos",
          "Náuseas (ganas de vomitar)",
          "Vómitos",
          "Diarrea (evacuaciones aguadas)",
          "Orinar poco (menos de lo normal)",
          "Falta de aire",
          "Sarpullido (erupción en la piel)",
          "Confusión",
        ],
      },
      // L10
      "Los escalofríos y la fiebre suelen empezar pocas horas después de una dosis.",
      // L11
      "La mayoría de los efectos secundarios se quitan poco después de suspender las dosis.",
    ],
  },
  tellNurse: {
    // L12
    heading: "Avise de inmediato al personal de enfermería si tiene:",
    items: [
      "Dificultad para respirar", // L6, L12
      "Dolor en el pecho", // L12
      "Latidos del corazón muy rápidos o irregulares", // L12
      "Sensación de que se va a desmayar", // L6, L12
      "Confusión nueva, o mucho sueño", // L7, L12
      "Mucha menos orina de lo normal", // L6, L12
      "Heces (popó) negras o con sangre", // L12
    ],
    after: [
      // L12
      "No espere a ver si se le pasa.",
      // L7
      "Si tiene tanta confusión o sueño que no puede avisar, un familiar puede avisar por usted.",
    ],
  },
  atHome: {
    heading: "Después de volver a casa",
    // L12
    emergency:
      "Si le cuesta respirar o tiene dolor en el pecho, llame al {emergency} de inmediato.",
    // L12
    callCareTeam:
      "Llame de inmediato al número de su equipo de atención médica si tiene:",
    callCareTeamAt:
      "Llame de inmediato a su equipo de atención médica al {phone} si tiene:",
    items: [
      "Fiebre", // L8, L12
      "Latidos del corazón muy rápidos o irregulares", // L12
      "Sensación de que se va a desmayar", // L12
      "Confusión nueva, o mucho sueño", // L7, L12
      "Mucha menos orina de lo normal", // L12
      "Heces (popó) negras o con sangre", // L12
    ],
    hours: "Horario de este número: {hours}.",
    afterHours: "Cuando esa oficina esté cerrada, llame al {phone}.",
    // L12
    askForNumber:
      "Antes de salir del hospital, pregunte a su equipo de atención médica a qué número debe llamar. Anótelo y téngalo cerca del teléfono.",
  },
  contactHeading: "Cómo comunicarse con su equipo de atención médica",
  print: {
    card: "Imprimir toda esta información",
    sheet: "Imprimir una hoja para el refrigerador",
    sheetHeading: "IL-2: cuándo pedir ayuda",
    sheetIntro:
      "Ponga esta hoja donde usted y su familia la puedan ver, por ejemplo, en el refrigerador.",
    writeNumber: "Número de su equipo de atención médica:",
  },
};
