// Spanish text of <il2-resources>: a module of its own, so a page loads only the text it shows.
// Link texts make sense on their own and say "(en inglés)": the Melanoma Research Alliance's pages
// are in English. "investigación", never "estudios" alone, for research; "más recientes" for
// newer; amounts in "dólares" ("$" is also the peso sign).
import type { ResourcesText } from "../en/resources.js";

export const resources: ResourcesText = {
  title: "Otros tratamientos e investigación sobre el melanoma",
  // F25, L16
  lede: "La IL-2 es uno de varios tratamientos para el melanoma avanzado. Algunos de los más recientes funcionan muy bien. Lea sobre ellos. Pregunte a su equipo de atención médica cuáles le podrían servir.",
  treatments: {
    heading: "Tratamientos más recientes",
    blocks: [
      // F25
      "Algunos tratamientos más recientes funcionan muy bien. Vale la pena conocerlos.",
      // L16
      "Hoy en día, la IL-2 se suele dar después de probar otros medicamentos de inmunoterapia. También se da unas pocas veces después de un tratamiento celular más reciente, el lifileucel (Amtagvi®). La FDA lo aprobó en 2024.",
      // Q8
      "Para saber cuáles le podrían servir, haga esta pregunta a su equipo de atención médica:",
    ],
    // Q8 (the same words as the questions card)
    ask: "¿Qué otros tratamientos ha aprobado la FDA para el melanoma avanzado?",
    linkText:
      "Lea sobre los tratamientos más recientes para el melanoma (en inglés)",
  },
  adjuvant: {
    heading: "Tratamiento después de la cirugía",
    blocks: [
      // F26
      "La terapia adyuvante es un tratamiento que se da después de la cirugía. Es para personas con melanoma de alto riesgo.",
      // F26
      "Alto riesgo aquí quiere decir etapa IIB, IIC, III o IV (2B, 2C, 3 o 4). La etapa indica cuánto ha crecido o se ha extendido el melanoma. Pregunte a su equipo de atención médica en qué etapa está su melanoma.",
    ],
    linkText:
      "Lea sobre el tratamiento después de la cirugía del melanoma (en inglés)",
  },
  research: {
    heading: "Investigación sobre el melanoma",
    // F27
    funding: { since: 2007, grantsMillions: 131, leveragedMillions: 415 },
    blocks: [
      // F27
      "La investigación busca mejores formas de prevenir, detectar y tratar el melanoma.",
      // F27 (the group's name explained once; no "subvenciones", Spain-leaning)
      "La Melanoma Research Alliance es un grupo sin fines de lucro. En español, su nombre es Alianza para la Investigación del Melanoma. Es el grupo de su tipo que más dinero da para esta investigación en el mundo. Desde {since}, ha dado más de {grants} millones de dólares. También ha ayudado a conseguir {leveraged} millones de dólares más de otras fuentes.",
      // Q7
      "Los ensayos clínicos son estudios de investigación que prueban tratamientos en personas. Para saber si hay ensayos de la IL-2, pregunte esto a su equipo de atención médica:",
    ],
    // Q7 (the same words as the questions card)
    ask: "¿Hay ensayos clínicos (estudios de investigación) de la IL-2 que yo deba tener en cuenta?",
    linkText:
      "Lea sobre la investigación que paga la Melanoma Research Alliance (en inglés)",
  },
  site: "({host})",
};
