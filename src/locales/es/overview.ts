// Spanish text of <il2-overview>: a module of its own, so a page loads only the text it shows.
import type { OverviewText } from "../en/overview.js";

export const overview: OverviewText = {
  title: "La IL-2 para el melanoma avanzado",
  // F1, F2
  lede: "La interleucina 2, o IL-2, es un medicamento que ayuda a su propio sistema inmunitario a combatir el melanoma. Su nombre genérico es aldesleukina. Su nombre de marca es PROLEUKIN®.",
  keyPointsHeading: "Puntos clave",
  keyPoints: [
    // F5, F13, L15
    "La IL-2 es para adultos con melanoma que se ha extendido a otras partes del cuerpo.",
    // F14, L5
    "Solo se da en un hospital, porque sus efectos secundarios pueden ser graves.",
    // L14, F21
    "En los estudios de investigación, los tumores se hicieron más pequeños en unas 16 de cada 100 personas. Unas 2 de cada 100 murieron por efectos secundarios.",
    // L16
    "Hoy en día, los médicos suelen ofrecer la IL-2 después de probar otros medicamentos de inmunoterapia.",
    // F22, Q3
    "Pregunte a su equipo de atención médica si la IL-2 es una buena opción para usted.",
  ],
  sections: {
    what: {
      heading: "¿Qué es la IL-2?",
      blocks: [
        // F2
        "La IL-2 es un tipo de inmunoterapia. Es decir, ayuda a su sistema inmunitario, la defensa natural de su cuerpo, a combatir el cáncer.",
        // F6, F7 (the subject is always the IL-2: no "Su función" that reads as "your function")
        "Su cuerpo produce un poco de IL-2 por sí solo. Es una proteína que funciona como un mensajero. La envían unos glóbulos blancos llamados células T (linfocitos T). La IL-2 les indica a otros glóbulos blancos que crezcan y se activen. Son otras células T y también las células B. Los dos tipos ayudan al cuerpo a combatir las enfermedades.",
        // F8, L4
        "El medicamento es IL-2 hecha en un laboratorio. Se llama aldesleukina. Según la información oficial de la FDA, es un poco diferente de la IL-2 de su cuerpo. Se fabrica para darle más fuerza a su sistema inmunitario contra las células cancerosas.",
      ],
    },
    how: {
      heading: "¿Cómo funciona la IL-2?",
      blocks: [
        {
          lead: "Los expertos creen que la IL-2 combate el cáncer de tres maneras:",
          items: [
            // F9
            "Impide que las células cancerosas se multipliquen y se extiendan.",
            // F10
            "Ayuda a su cuerpo a formar más glóbulos blancos que atacan el cáncer.",
            // F11 ("señales", as in the English)
            "Hace que las células cancerosas envíen señales químicas. Estas señales atraen a células del sistema inmunitario que destruyen el cáncer.",
          ],
        },
        // F3
        "La IL-2 es un tratamiento sistémico. Es decir, viaja por la sangre y llega a todas las partes del cuerpo.",
        // F5 ("en algunas personas"; "reducir el tamaño de los tumores")
        "Por eso, en algunas personas puede destruir células del melanoma y reducir el tamaño de los tumores, estén donde estén.",
      ],
    },
    who: {
      heading: "¿Para quién es la IL-2?",
      blocks: [
        // F4, F5
        "Los médicos usan la IL-2 para el melanoma avanzado o metastásico. Las dos palabras quieren decir que el cáncer se ha extendido a otras partes del cuerpo. Para este tipo de cáncer se usan tratamientos que llegan a todo el cuerpo, como la IL-2.",
        // F12, F13 (a stage is not a melanoma: "El melanoma en etapa IV…")
        "En 1998, la FDA aprobó la IL-2 para el melanoma en etapa IV (etapa 4). La FDA es la agencia del gobierno de EE. UU. que aprueba los medicamentos. Etapa IV quiere decir que el cáncer se ha extendido a órganos o a otros lugares del cuerpo. El melanoma en etapa IV también se llama melanoma metastásico.",
        // L3, L15
        "La FDA aprobó la IL-2 por primera vez en 1992, para el cáncer de riñón que se ha extendido. Según la información oficial de la FDA, la IL-2 es para adultos con cualquiera de estos dos cánceres.",
        // L16
        "Hoy en día, la IL-2 se suele ofrecer después de probar otros medicamentos de inmunoterapia.",
        // L9
        'No todas las personas pueden recibir la IL-2 sin peligro. Antes del tratamiento, le harán pruebas para ver si es segura para usted. Lea más en "Efectos secundarios y cuándo pedir ayuda".',
      ],
    },
    goals: {
      heading: "Lo que la IL-2 puede lograr, y sus riesgos",
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
        // F21 (the source's words)
        "Los médicos tienen muchos años de experiencia en el tratamiento con IL-2, también fuera de los estudios de investigación (ensayos clínicos). Según la página para pacientes, la IL-2 reduce el tamaño de los tumores en algunas personas. En unas pocas, desaparecen todos los signos del cáncer, y esto puede durar 7 años o más.",
        // L14
        {
          lead: "En los estudios de investigación sobre el melanoma, de cada 100 personas que recibieron IL-2:",
          items: [
            // L14
            "en unas 16, los tumores se hicieron más pequeños.",
            // L14
            "en unas 6 de esas 16, desaparecieron todos los signos del cáncer, muchas veces por años.",
            // L14
            "unas 2 murieron por efectos secundarios, sobre todo por infecciones. Esto no es común, pero es grave.",
          ],
        },
        // F23
        "No todos los tratamientos funcionan para todas las personas. Nadie puede prometerle cómo le irá con la IL-2.",
        // F22, L6–L8, L11
        'Los efectos secundarios pueden ser graves. Los más graves son la salida de líquido de los vasos sanguíneos, los cambios en la forma de pensar y las infecciones. La mayoría de los efectos secundarios se quitan poco después de suspender las dosis. Las señales de alerta están en "Efectos secundarios y cuándo pedir ayuda".',
        // F22, Q4, Q8
        'Pregunte a su equipo de atención médica por los efectos secundarios de la IL-2 y por sus otras opciones de tratamiento. Puede usar la lista "Preguntas sobre la IL-2 para su médico".',
      ],
    },
  },
  outcomes: {
    // L14
    caption:
      "Lo que les pasó a 100 personas que recibieron IL-2 en los estudios de investigación",
    gone: "Unas 6 personas: desaparecieron todos los signos del cáncer.",
    shrank:
      "Unas 10 personas más: los tumores se hicieron más pequeños. En total, son unas 16.",
    rest: "Unas 84 personas: los tumores no se hicieron más pequeños.",
    alt: "Una cuadrícula de 100 cuadros, uno por persona. 6 cuadros: desaparecieron todos los signos del cáncer. 10 cuadros más: los tumores se hicieron más pequeños. 84 cuadros: los tumores no se hicieron más pequeños.",
  },
  // Q3
  askLead:
    "Para saber si la IL-2 le podría servir, haga esta pregunta a su equipo de atención médica:",
  ask: "¿Sería la IL-2 una buena opción para el melanoma que tengo?",
  expandAll: "Abrir todas las secciones",
  collapseAll: "Cerrar todas las secciones",
};
