// Spanish text of <il2-resources>: a module of its own, so a page loads only the text it shows.
import type { ResourcesText } from "../en/resources.js";

export const resources: ResourcesText = {
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
    blocks: [
      // F27
      "La Melanoma Research Alliance es un grupo sin fines de lucro. En español, su nombre es Alianza para la Investigación del Melanoma. Ningún otro grupo así en el mundo paga más estudios sobre el melanoma.",
      // F27
      "Desde 2007, ha dado más de $131 millones en subvenciones. También ha ayudado a conseguir $415 millones más de otras fuentes.",
      // F27
      "La meta es hallar mejores formas de prevenir, detectar y tratar el melanoma.",
    ],
    linkText: "Lea sobre los estudios que paga la Melanoma Research Alliance",
  },
  site: "({host})",
};
