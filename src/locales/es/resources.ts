// Spanish text of <il2-resources>: a module of its own, so a page loads only the text it shows.
import type { ResourcesText } from "../../resources/resources-text.js";

export const resources: ResourcesText = {
  title: "Otros tratamientos e investigación sobre el melanoma",
  // F25, F22
  lede: "La IL-2 no es el único tratamiento para el melanoma. Estos son otros temas sobre los que puede informarse.",
  treatments: {
    heading: "Tratamientos más nuevos para el melanoma avanzado",
    blocks: [
      // F25
      "Algunos tratamientos más nuevos funcionan muy bien. Vale la pena conocerlos. Pregunte por ellos a su equipo médico.",
    ],
    linkText: "Conozca los tratamientos más nuevos para el melanoma avanzado",
  },
  adjuvant: {
    heading: "Tratamiento después de la cirugía",
    blocks: [
      // F26
      "La terapia adyuvante es un tratamiento que se da después de la cirugía. Es para personas con melanoma de alto riesgo. Aquí, alto riesgo quiere decir melanoma en etapa IIB, IIC, III o IV.",
    ],
    linkText: "Conozca la terapia adyuvante después de la cirugía del melanoma",
  },
  research: {
    heading: "Investigación sobre el melanoma",
    // F27
    funding: { since: 2007, grantsMillions: 131, leveragedMillions: 415 },
    blocks: ({ since, grantsMillions, leveragedMillions }) => [
      // F27
      "La Melanoma Research Alliance (Alianza para la Investigación del Melanoma) es un grupo sin fines de lucro. En todo el mundo, ningún otro grupo sin fines de lucro financia más investigación sobre el melanoma.",
      `Desde ${since}, ha dado más de $${grantsMillions} millones en subvenciones. También ha ayudado a conseguir $${leveragedMillions} millones más de otras fuentes.`,
      "La meta es encontrar mejores formas de prevenir, detectar y tratar el melanoma.",
    ],
    linkText:
      "Conozca la investigación que financia la Melanoma Research Alliance",
  },
  site: (host) => `(${host})`,
};
