// Spanish text of <il2-overview>: a module of its own, so a page loads only the text it shows.
import type { OverviewText } from "../en/overview.js";

export const overview: OverviewText = {
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
};
