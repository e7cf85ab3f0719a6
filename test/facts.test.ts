// Traces every fact of the project's fact register (content/facts.ts) to the text a reader sees on
// each card the register names, in every shipped language, so a fact dropped or reworded away in
// English or in Spanish fails the suite. Data-driven: each register entry's cards are checked
// against the patterns below; a card the register names that is in the registry but has no
// patterns here fails ("add its patterns"), so a new card is covered as soon as it is registered.
// A card the register names that this build does not register yet is skipped, and says so.
// Also: no reader-facing sentence says or implies 15 doses.
import { expect } from "@open-wc/testing";
import "../src/il2-widgets.js";
import type { LocaleText } from "../src/generated/locale-text.js";
import { en } from "../src/locales/en.js";
import { es } from "../src/locales/es.js";
import { FACTS, type FactCard } from "../content/facts.js";
import { ANSWER_KEY, SELF_CHECK_TOPICS } from "../src/self-check/answer-key.js";
import { $, ALL_TAGS, skipTest, visibleText } from "./helpers.js";
import { SIDE_EFFECTS_FACTS } from "./side-effects-facts.js";

type Lang = "en" | "es";
const LOCALES: Record<Lang, LocaleText> = { en, es };
const LANGS = Object.keys(LOCALES) as Lang[];
type Patterns = Record<Lang, RegExp[]>;

/**
 * What the reader must see, per fact and card, in each language (every pattern must match the
 * card's visible text, on one line). Only the cards the register names for the fact.
 */
const PATTERNS: Record<string, Partial<Record<FactCard, Patterns>>> = {
  F1: {
    "il2-overview": {
      en: [
        /Interleukin-2, or IL-2/,
        /drug name is aldesleukin/,
        /brand name is PROLEUKIN®/,
      ],
      es: [
        /interleucina 2, o IL-2/,
        /nombre genérico es aldesleukina/,
        /nombre de marca es PROLEUKIN®/,
      ],
    },
  },
  F2: {
    "il2-overview": {
      en: [
        /IL-2 is a kind of immunotherapy/,
        /helps your immune system, your body's own defense, fight cancer/,
      ],
      es: [
        /La IL-2 es un tipo de inmunoterapia/,
        /ayuda a su sistema inmunitario, la defensa natural de su cuerpo, a combatir el cáncer/,
      ],
    },
    "il2-self-check": {
      en: [
        /IL-2 is a kind of immunotherapy\. It helps your own immune system fight cancer/,
      ],
      es: [
        /La IL-2 es un tipo de inmunoterapia\. Ayuda a su propio sistema inmunitario a combatir el cáncer/,
      ],
    },
    "il2-guide": {
      en: [/It helps your immune system fight the cancer/],
      es: [/Ayuda a su sistema inmunitario a combatir el cáncer/],
    },
  },
  F3: {
    "il2-overview": {
      en: [
        /IL-2 is a systemic treatment/,
        /moves through your blood to every part of your body/,
      ],
      es: [
        /La IL-2 es un tratamiento sistémico/,
        /viaja por la sangre y llega a todas las partes del cuerpo/,
      ],
    },
  },
  F4: {
    "il2-overview": {
      en: [
        /melanoma that is advanced or metastatic\. Both words mean the cancer has spread to other parts of the body/,
        /Treatments that reach the whole body, like IL-2, are used for this kind of cancer/,
      ],
      es: [
        /melanoma avanzado o metastásico\. Las dos palabras quieren decir que el cáncer se ha extendido a otras partes del cuerpo/,
        /se usan tratamientos que llegan a todo el cuerpo, como la IL-2/,
      ],
    },
  },
  F5: {
    "il2-overview": {
      en: [
        /Doctors use IL-2 for melanoma that is advanced or metastatic/,
        /in some people, it can shrink tumors and kill melanoma cells, in any part of the body/,
      ],
      es: [
        /Los médicos usan la IL-2 para el melanoma avanzado o metastásico/,
        /en algunas personas puede destruir células del melanoma y reducir el tamaño de los tumores, estén donde estén/,
      ],
    },
    "il2-guide": {
      en: [/IL-2 is a hospital treatment for melanoma that has spread/],
      es: [
        /La IL-2 es un tratamiento que se da en el hospital para el melanoma que se ha extendido/,
      ],
    },
  },
  F6: {
    "il2-overview": {
      en: [
        /Your body makes a little IL-2 on its own\. It is a protein/,
        /Some white blood cells, called T cells \(T lymphocytes\), send it out/,
      ],
      es: [
        /Su cuerpo produce un poco de IL-2 por sí solo\. Es una proteína/,
        /La envían unos glóbulos blancos llamados células T \(linfocitos T\)/,
      ],
    },
  },
  F7: {
    "il2-overview": {
      en: [
        /It tells other white blood cells to grow and get more active\. These are more T cells, and also B cells/,
      ],
      es: [
        /La IL-2 les indica a otros glóbulos blancos que crezcan y se activen\. Son otras células T y también las células B/,
      ],
    },
  },
  F8: {
    "il2-overview": {
      en: [
        /The medicine is IL-2 made in a lab, called aldesleukin/,
        /made to boost your immune system against cancer cells/,
      ],
      es: [
        /El medicamento es IL-2 hecha en un laboratorio\. Se llama aldesleukina/,
        /darle más fuerza a su sistema inmunitario contra las células cancerosas/,
      ],
    },
  },
  F9: {
    "il2-overview": {
      en: [
        /Experts think IL-2 fights cancer in three ways/,
        /keeps cancer cells from making more cancer cells and from spreading/,
      ],
      es: [
        /Los expertos creen que la IL-2 combate el cáncer de tres maneras/,
        /Impide que las células cancerosas se multipliquen y se extiendan/,
      ],
    },
  },
  F10: {
    "il2-overview": {
      en: [/helps your body make more white blood cells that attack cancer/],
      es: [
        /Ayuda a su cuerpo a formar más glóbulos blancos que atacan el cáncer/,
      ],
    },
  },
  F11: {
    "il2-overview": {
      en: [
        /makes cancer cells send out chemical signals\. These signals call in immune cells that kill cancer/,
      ],
      es: [
        /Hace que las células cancerosas envíen señales químicas\. Estas señales atraen a células del sistema inmunitario que destruyen el cáncer/,
      ],
    },
  },
  F12: {
    "il2-overview": {
      en: [
        /The FDA approved IL-2 for stage IV \(stage 4\) melanoma in 1998/,
        /The FDA is the U\.S\. government agency that approves medicines/,
      ],
      es: [
        /En 1998, la FDA aprobó la IL-2 para el melanoma en etapa IV \(etapa 4\)/,
        /La FDA es la agencia del gobierno de EE\. UU\. que aprueba los medicamentos/,
      ],
    },
  },
  F13: {
    "il2-overview": {
      en: [
        /Stage IV means the cancer has spread to organs or to other places in the body/,
        /Melanoma in stage IV is also called metastatic melanoma/,
      ],
      es: [
        /Etapa IV quiere decir que el cáncer se ha extendido a órganos o a otros lugares del cuerpo/,
        /El melanoma en etapa IV también se llama melanoma metastásico/,
      ],
    },
  },
  F14: {
    "il2-schedule": {
      en: [
        /You get IL-2 only in a hospital, because its side effects can be serious/,
        /A doctor with a lot of experience with IL-2 is in charge of your care/,
      ],
      es: [
        /La IL-2 solo se da en un hospital, porque sus efectos secundarios pueden ser graves/,
        /Un médico con mucha experiencia en el tratamiento con IL-2 está a cargo de su atención/,
      ],
    },
    "il2-overview": {
      en: [
        /You get it only in a hospital, because its side effects can be serious/,
      ],
      es: [
        /Solo se da en un hospital, porque sus efectos secundarios pueden ser graves/,
      ],
    },
    "il2-self-check": {
      en: [
        /only in a hospital, where a doctor with a lot of experience with IL-2 is in charge/,
      ],
      es: [
        /solo se da en un hospital, a cargo de un médico con mucha experiencia en el tratamiento con IL-2/,
      ],
    },
    "il2-guide": {
      en: [/IL-2 is a hospital treatment/],
      es: [/un tratamiento que se da en el hospital/],
    },
  },
  F15: {
    "il2-schedule": {
      en: [/The medicine drips into a vein\. This is called an infusion/],
      es: [
        /El medicamento entra gota a gota por una vena\. Esto se llama infusión/,
      ],
    },
    "il2-self-check": {
      en: [/IL-2 drips into a vein\. This is called an infusion/],
      es: [/La IL-2 entra gota a gota por una vena\. Esto se llama infusión/],
    },
  },
  F16: {
    "il2-schedule": {
      en: [
        /One full round of treatment is called a course/,
        /Each 5-day stretch of doses is called a cycle\. So a course has two cycles, with a rest in between/,
        /you rest for 7 to 10 days/,
      ],
      es: [
        /A una ronda completa de tratamiento se le llama tanda/,
        /Cada período de 5 días con dosis se llama ciclo\. Así, una tanda tiene dos ciclos, con un descanso entre ellos/,
        /usted descansa de 7 a 10 días/,
      ],
    },
    "il2-self-check": {
      en: [
        /A course has two cycles, with about 9 days of rest in between\. A cycle is 5 days of doses in the hospital/,
      ],
      es: [
        /Una tanda tiene dos ciclos, con unos 9 días de descanso entre ellos\. Un ciclo son 5 días con dosis en el hospital/,
      ],
    },
  },
  F17: {
    "il2-schedule": {
      en: [
        /Your care team checks you often\. They look for side effects and see how well IL-2 is working/,
      ],
      es: [
        /Su equipo de atención médica le hace un seguimiento frecuente\. Revisa si tiene efectos secundarios y qué tan bien funciona la IL-2/,
      ],
    },
    "il2-self-check": {
      en: [
        /checks you often to look for side effects and to see how well IL-2 is working/,
      ],
      es: [
        /le hace un seguimiento de cerca para ver si tiene efectos secundarios y qué tan bien funciona la IL-2/,
      ],
    },
  },
  F18: {
    "il2-schedule": {
      en: [
        /If they shrank and the side effects were not serious, people usually get another course\. It is given only if it is safe for you/,
      ],
      es: [
        /Si se hicieron más pequeños y los efectos secundarios no fueron graves, por lo general se da otra tanda\. Solo se da si es segura para usted/,
      ],
    },
  },
  F19: {
    "il2-overview": {
      en: [
        /IL-2 has two main goals/,
        /To shrink melanoma tumors/,
        /To kill melanoma cells/,
      ],
      es: [
        /La IL-2 tiene dos metas principales/,
        /Reducir el tamaño de los tumores de melanoma/,
        /Destruir las células del melanoma/,
      ],
    },
  },
  F20: {
    "il2-overview": {
      en: [/"memory\."/, /keep fighting melanoma even after treatment ends/],
      es: [
        /"memoria"/,
        /seguir combatiendo el melanoma aun después de terminar el tratamiento/,
      ],
    },
  },
  F21: {
    "il2-overview": {
      en: [
        /also outside research studies \(clinical trials\)/,
        /The patient page says IL-2 shrinks tumors in some people/,
        /In a small number, all signs of cancer go away, and this can last 7 years or more/,
      ],
      es: [
        /también fuera de los estudios de investigación \(ensayos clínicos\)/,
        /Según la página para pacientes, la IL-2 reduce el tamaño de los tumores en algunas personas/,
        /En unas pocas, desaparecen todos los signos del cáncer, y esto puede durar 7 años o más/,
      ],
    },
  },
  F22: {
    "il2-overview": {
      en: [
        /Side effects can be serious/,
        /Ask your care team what side effects IL-2 can cause\. Ask about your other treatment choices, too/,
      ],
      es: [
        /Los efectos secundarios pueden ser graves/,
        /Pregunte a su equipo de atención médica por los efectos secundarios de la IL-2 y por sus otras opciones de tratamiento/,
      ],
    },
  },
  F23: {
    "il2-doctor-questions": {
      en: [/Not every treatment works for every person/],
      es: [/No todos los tratamientos funcionan para todas las personas/],
    },
    "il2-overview": {
      en: [
        /Not every treatment works for every person\. No one can promise how IL-2 will work for you/,
      ],
      es: [
        /No todos los tratamientos funcionan para todas las personas\. Nadie puede prometerle cómo le irá con la IL-2/,
      ],
    },
  },
  F24: {
    "il2-assistance": {
      en: [
        /Worried about the cost of IL-2\? There is help/,
        /Patient assistance programs are meant to help you get the treatment you need, however much money you have/,
        /The company that makes IL-2 has a program like this\. There are other kinds of help, too/,
      ],
      es: [
        /¿Le preocupa el costo de la IL-2\? Hay ayuda/,
        /Hay programas de asistencia al paciente\. Su fin es ayudarle a recibir el tratamiento que necesita, tenga el dinero que tenga/,
        /La compañía que fabrica la IL-2 tiene un programa así\. También hay otros tipos de ayuda/,
      ],
    },
  },
  F25: {
    "il2-resources": {
      en: [
        /Some newer treatments work very well\. They are worth learning about/,
      ],
      es: [
        /Algunos tratamientos más recientes funcionan muy bien\. Vale la pena conocerlos/,
      ],
    },
  },
  F26: {
    "il2-resources": {
      en: [
        /Adjuvant therapy is treatment you get after surgery\. It is for people whose melanoma is high risk/,
        /stage IIB, IIC, III or IV \(2B, 2C, 3 or 4\)/,
      ],
      es: [
        /La terapia adyuvante es un tratamiento que se da después de la cirugía\. Es para personas con melanoma de alto riesgo/,
        /etapa IIB, IIC, III o IV \(2B, 2C, 3 o 4\)/,
      ],
    },
  },
  F27: {
    "il2-resources": {
      en: [
        /The Melanoma Research Alliance is a nonprofit group\. It is the largest group of its kind in the world that pays for this research/,
        /Since 2007, it has given more than 131 million U\.S\. dollars in grants/,
        /It has helped bring in 415 million more from others/,
        /better ways to prevent, find and treat melanoma/,
      ],
      es: [
        /La Melanoma Research Alliance es un grupo sin fines de lucro/,
        /Es el grupo de su tipo que más dinero da para esta investigación en el mundo/,
        /Desde 2007, ha dado más de 131 millones de dólares/,
        /ha ayudado a conseguir 415 millones de dólares más de otras fuentes/,
        /mejores formas de prevenir, detectar y tratar el melanoma/,
      ],
    },
  },
  Q1: {
    "il2-doctor-questions": {
      en: [/Can I get IL-2 treatment\?/],
      es: [/¿Puedo recibir tratamiento con IL-2\?/],
    },
  },
  Q2: {
    "il2-doctor-questions": {
      en: [/How much have you used IL-2 to treat people\?/],
      es: [/¿Cuánta experiencia tiene usted en el tratamiento con IL-2\?/],
    },
  },
  Q3: {
    "il2-doctor-questions": {
      en: [/Would IL-2 be a good choice for the melanoma I have\?/],
      es: [/¿Sería la IL-2 una buena opción para el melanoma que tengo\?/],
    },
    "il2-overview": {
      en: [
        /ask your care team this question: Would IL-2 be a good choice for the melanoma I have\?/,
        /Ask your care team if IL-2 is a good choice for you/,
      ],
      es: [
        /haga esta pregunta a su equipo de atención médica: ¿Sería la IL-2 una buena opción para el melanoma que tengo\?/,
        /Pregunte a su equipo de atención médica si la IL-2 es una buena opción para usted/,
      ],
    },
  },
  Q4: {
    "il2-doctor-questions": {
      en: [/Is there another treatment I could have instead of IL-2\?/],
      es: [/¿Hay otro tratamiento que yo pueda recibir en lugar de la IL-2\?/],
    },
    "il2-overview": {
      en: [/Ask about your other treatment choices, too/],
      es: [/por sus otras opciones de tratamiento/],
    },
  },
  Q5: {
    "il2-doctor-questions": {
      en: [/How well has IL-2 worked for people like me\?/],
      es: [/¿Qué tan bien le ha funcionado la IL-2 a personas como yo\?/],
    },
  },
  Q6: {
    "il2-doctor-questions": {
      en: [/What side effects can IL-2 cause\?/],
      es: [/¿Qué efectos secundarios puede causar la IL-2\?/],
    },
  },
  Q7: {
    "il2-doctor-questions": {
      en: [
        /Are there clinical trials \(research studies\) of IL-2 I should think about\?/,
      ],
      es: [
        /¿Hay ensayos clínicos \(estudios de investigación\) de la IL-2 que yo deba tener en cuenta\?/,
      ],
    },
    "il2-resources": {
      en: [
        /Clinical trials are research studies that test treatments in people/,
        /ask your care team this question: Are there clinical trials \(research studies\) of IL-2 I should think about\?/,
      ],
      es: [
        /Los ensayos clínicos son estudios de investigación que prueban tratamientos en personas/,
        /pregunte esto a su equipo de atención médica: ¿Hay ensayos clínicos \(estudios de investigación\) de la IL-2 que yo deba tener en cuenta\?/,
      ],
    },
  },
  Q8: {
    "il2-doctor-questions": {
      en: [
        /What other treatments has the FDA approved for advanced melanoma\?/,
      ],
      es: [
        /¿Qué otros tratamientos ha aprobado la FDA para el melanoma avanzado\?/,
      ],
    },
    "il2-resources": {
      en: [
        /ask your care team this question: What other treatments has the FDA approved for advanced melanoma\?/,
      ],
      es: [
        /haga esta pregunta a su equipo de atención médica: ¿Qué otros tratamientos ha aprobado la FDA para el melanoma avanzado\?/,
      ],
    },
    "il2-overview": {
      en: [/Ask about your other treatment choices, too/],
      es: [/por sus otras opciones de tratamiento/],
    },
  },
  Q9: {
    "il2-doctor-questions": {
      en: [/What are the risks and the benefits of each choice I have\?/],
      es: [
        /¿Cuáles son los riesgos y los beneficios de cada opción que tengo\?/,
      ],
    },
  },
  Q10: {
    "il2-doctor-questions": {
      en: [/What do we hope my treatment will do for me\?/],
      es: [/¿Qué esperamos lograr con mi tratamiento\?/],
    },
  },
  F28: {
    common: {
      en: [
        /Sources: Melanoma Research Alliance, patient page on IL-2, last updated August 2021/,
        /Talk with your care team/,
      ],
      es: [
        /Fuentes \(en inglés\): Melanoma Research Alliance, página para pacientes sobre la IL-2, actualizada en agosto de 2021/,
        /Hable con su equipo de atención médica/,
      ],
    },
  },
  L1: {
    "il2-schedule": {
      en: [
        /Official FDA information: A dose comes about every 8 hours, so up to 3 a day\. Each one drips in over about a quarter of an hour/,
      ],
      es: [
        /Información oficial de la FDA: Se da una dosis más o menos cada 8 horas, o sea, hasta 3 al día\. Cada una entra gota a gota en un cuarto de hora/,
      ],
    },
  },
  L2: {
    "il2-schedule": {
      en: [
        /Official FDA information: A cycle has at most 14 doses\. Many people get fewer, because the care team holds or skips doses/,
        /The rest between the two cycles is about 9 days/,
        /up to 14 doses/,
      ],
      es: [
        /Información oficial de la FDA: Un ciclo tiene 14 dosis como máximo\. Muchas personas reciben menos, porque el equipo de atención médica suspende u omite dosis/,
        /El descanso entre los dos ciclos es de unos 9 días/,
        /hasta 14 dosis/,
      ],
    },
  },
  L3: {
    "il2-overview": {
      en: [
        /The FDA first approved IL-2 in 1992, for kidney cancer that has spread/,
      ],
      es: [
        /La FDA aprobó la IL-2 por primera vez en 1992, para el cáncer de riñón que se ha extendido/,
      ],
    },
  },
  L4: {
    "il2-overview": {
      en: [
        /The official FDA information says it is a little different from the IL-2 your body makes/,
      ],
      es: [
        /Según la información oficial de la FDA, es un poco diferente de la IL-2 de su cuerpo/,
      ],
    },
  },
  L5: {
    "il2-schedule": {
      en: [
        /The hospital has an intensive care unit \(ICU\) close by, in case you need extra care/,
      ],
      es: [
        /El hospital tiene cerca una unidad de cuidados intensivos \(UCI\), por si usted necesita atención especial/,
      ],
    },
    "il2-overview": {
      en: [
        /You get it only in a hospital, because its side effects can be serious/,
      ],
      es: [
        /Solo se da en un hospital, porque sus efectos secundarios pueden ser graves/,
      ],
    },
  },
  L6: {
    "il2-overview": {
      en: [/fluid leaking from blood vessels/],
      es: [/la salida de líquido de los vasos sanguíneos/],
    },
  },
  L7: {
    "il2-overview": {
      en: [/changes in how you think/],
      es: [/los cambios en la forma de pensar/],
    },
  },
  L8: {
    "il2-overview": {
      en: [/The most serious are .*and infections/],
      es: [/Los más graves son .*y las infecciones/],
    },
  },
  L9: {
    "il2-schedule": {
      en: [
        /Before your first dose, you will have tests to see if IL-2 is safe for you/,
      ],
      es: [
        /Antes de su primera dosis, le harán pruebas para ver si la IL-2 es segura para usted/,
      ],
    },
    "il2-overview": {
      en: [
        /Not everyone can safely get IL-2\. Tests before treatment show if it is safe for you/,
      ],
      es: [
        /No todas las personas pueden recibir la IL-2 sin peligro\. Antes del tratamiento, le harán pruebas/,
      ],
    },
  },
  L11: {
    "il2-overview": {
      en: [/Most side effects go away soon after the doses stop/],
      es: [
        /La mayoría de los efectos secundarios se quitan poco después de suspender las dosis/,
      ],
    },
  },
  L13: {
    "il2-schedule": {
      en: [
        /About 4 weeks after the course, your care team checks whether the tumors have shrunk/,
        /Another course starts at least 7 weeks after you leave the hospital/,
      ],
      es: [
        /Unas 4 semanas después de la tanda, su equipo de atención médica revisa si los tumores se hicieron más pequeños/,
        /La nueva tanda empieza al menos 7 semanas después de salir del hospital/,
      ],
    },
  },
  L14: {
    "il2-overview": {
      en: [
        /about 16 in 100 people had their tumors shrink\. About 2 in 100 died of side effects/,
        /for about 6 of those 16, all signs of cancer went away, often for years/,
        /about 2 died of side effects, most often from an infection/,
      ],
      es: [
        /los tumores se hicieron más pequeños en unas 16 de cada 100 personas\. Unas 2 de cada 100 murieron por efectos secundarios/,
        /en unas 6 de esas 16, desaparecieron todos los signos del cáncer, muchas veces por años/,
        /unas 2 murieron por efectos secundarios, sobre todo por infecciones/,
      ],
    },
  },
  L15: {
    "il2-overview": {
      en: [
        /IL-2 is for adults whose melanoma has spread/,
        /IL-2 is for adults with either of these cancers/,
      ],
      es: [
        /La IL-2 es para adultos con melanoma que se ha extendido/,
        /la IL-2 es para adultos con cualquiera de estos dos cánceres/,
      ],
    },
  },
  L16: {
    "il2-overview": {
      en: [
        /Today, IL-2 is most often offered after other immunotherapy drugs have been tried/,
      ],
      es: [
        /Hoy en día, la IL-2 se suele ofrecer después de probar otros medicamentos de inmunoterapia/,
      ],
    },
    "il2-resources": {
      en: [
        /Today, IL-2 is most often given after other immunotherapy drugs have been tried/,
        /for a few doses after a newer cell treatment, lifileucel \(Amtagvi®\)\. The FDA approved lifileucel in 2024/,
      ],
      es: [
        /Hoy en día, la IL-2 se suele dar después de probar otros medicamentos de inmunoterapia/,
        /unas pocas veces después de un tratamiento celular más reciente, el lifileucel \(Amtagvi®\)\. La FDA lo aprobó en 2024/,
      ],
    },
    "il2-schedule": {
      en: [
        /This plan shows IL-2 given on its own/,
        /After a newer cell treatment called lifileucel \(Amtagvi®\), IL-2 is given for only a few doses, on a shorter plan/,
      ],
      es: [
        /Este plan muestra la IL-2 sola/,
        /Después de un tratamiento celular más reciente llamado lifileucel \(Amtagvi®\), la IL-2 se da solo por unas pocas dosis, con un plan más corto/,
      ],
    },
  },
  L17: {
    "il2-assistance": {
      en: [
        /Official FDA information: Since 2023, a company called Iovance Biotherapeutics has made and sold PROLEUKIN/,
      ],
      es: [
        /Información oficial de la FDA: La compañía Iovance Biotherapeutics fabrica y vende PROLEUKIN desde 2023/,
      ],
    },
  },
};

// The self-check restates L2 (in its answer on the course) and L12.
(PATTERNS.L2 ??= {})["il2-self-check"] = {
  en: [/a dose comes about every 8 hours, but never more than 14 in all/],
  es: [
    /se da una dosis más o menos cada 8 horas, pero nunca más de 14 en total/,
  ],
};
// The self-check restates L12: in the hospital, tell the nurse; at home, call.
(PATTERNS.L12 ??= {})["il2-self-check"] = {
  en: [
    /Tell your nurse right away\. Trouble breathing can be a sign of a serious side effect, so do not wait/,
    /Call your care team's number right away\. A fever after you go home is a sign to call/,
  ],
  es: [
    /Avise de inmediato al personal de enfermería\. La dificultad para respirar puede ser señal de un efecto secundario grave/,
    /Llame de inmediato al número de su equipo de atención médica\. La fiebre después de volver a casa es una señal para llamar/,
  ],
};

// <il2-side-effects>'s facts, which its own tests check too (test/side-effects-facts.ts).
for (const [id, patterns] of Object.entries(SIDE_EFFECTS_FACTS))
  (PATTERNS[id] ??= {})["il2-side-effects"] = patterns;

/** Every place where the two locales' arrays differ in length, or their numbers differ. */
function shapeDifferences(
  a: unknown,
  b: unknown,
  path: string,
  out: string[] = [],
): string[] {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length)
      out.push(
        `${path}: ${Array.isArray(a) ? a.length : "not an array"} vs ${Array.isArray(b) ? b.length : "not an array"}`,
      );
    else
      a.forEach((item, index) =>
        shapeDifferences(item, b[index], `${path}[${index}]`, out),
      );
  } else if (typeof a === "number" || typeof b === "number") {
    if (a !== b) out.push(`${path}: ${String(a)} vs ${String(b)}`);
  } else if (a && b && typeof a === "object" && typeof b === "object") {
    for (const key of Object.keys(a))
      shapeDifferences(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}.${key}`,
        out,
      );
  }
  return out;
}

/** Each registered card's visible text in `lang`, on one line (the self-check with every answer checked). */
async function cardTexts(lang: Lang): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const tag of ALL_TAGS) {
    const el = document.createElement(tag) as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    el.lang = lang;
    document.body.append(el);
    await el.updateComplete;
    for (const inner of el.shadowRoot?.querySelectorAll("*") ?? [])
      await (inner as Partial<typeof el>).updateComplete;
    // The self-check shows its facts once each answer is checked: check every one.
    if (tag === "il2-self-check") {
      for (const topic of SELF_CHECK_TOPICS) {
        $<HTMLInputElement>(
          el,
          `#${topic}-${ANSWER_KEY[topic].right}`,
        )!.click();
        $<HTMLButtonElement>(el, `#${topic}-check`)!.click();
      }
      await el.updateComplete;
    }
    texts.set(tag, visibleText(el).replace(/\s+/g, " "));
    el.remove();
  }
  return texts;
}

/** A 15 that is not part of a larger number or an amount ("415", "$15"). */
const FIFTEEN = /(?<![$\d,.])\b15\b/;
/** "3 times a day for 5 days" (and its Spanish), unless qualified by "up to". */
const THREE_A_DAY: Record<Lang, RegExp> = {
  en: /(?<!up to )\b(3|three) (times|doses) a day for 5 days/i,
  es: /(?<!hasta )\b(3|tres) (veces|dosis) al día durante 5 días/i,
};

/** A written date in English or Spanish ("March 15, 2027", "15 de marzo de 2027"). */
const DATES =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}|\b\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}/g;

const registered = (card: FactCard) =>
  card === "common" || (ALL_TAGS as readonly string[]).includes(card);

describe("the fact register, traced to what readers see", () => {
  it("lists F1–F28, Q1–Q10 and L1–L17 once each, every one with its own words, source and cards", () => {
    const ids = FACTS.map(({ id }) => id);
    const expected = [
      ...Array.from({ length: 28 }, (_, i) => `F${i + 1}`),
      ...Array.from({ length: 10 }, (_, i) => `Q${i + 1}`),
      ...Array.from({ length: 17 }, (_, i) => `L${i + 1}`),
    ];
    expect(new Set(ids).size, "each ID once").to.equal(ids.length);
    expect([...ids].sort()).to.deep.equal([...expected].sort());
    for (const fact of FACTS) {
      expect(fact.fact.length, fact.id).to.be.above(10);
      expect(fact.source, fact.id).to.match(/\w/);
      expect(fact.cards, fact.id).to.not.be.empty;
    }
    // The side-effects facts belong to the side-effects card.
    for (const id of ["L6", "L7", "L8", "L10", "L11", "L12"])
      expect(FACTS.find((fact) => fact.id === id)!.cards, id).to.include(
        "il2-side-effects",
      );
  });

  it("has patterns for each card it names, and none for a card it does not name", () => {
    const missing: string[] = [];
    const extra: string[] = [];
    for (const { id, cards } of FACTS)
      for (const card of cards)
        if (registered(card) && !PATTERNS[id]?.[card])
          missing.push(`${id} ${card}`);
    for (const [id, byCard] of Object.entries(PATTERNS))
      for (const card of Object.keys(byCard))
        if (
          !FACTS.find((fact) => fact.id === id)?.cards.includes(
            card as FactCard,
          )
        )
          extra.push(`${id} ${card}`);
    expect(
      missing,
      "register entries without patterns here: add them",
    ).to.deep.equal([]);
    expect(
      extra,
      "patterns for a card the register does not name",
    ).to.deep.equal([]);
  });

  it("gives every array in the Spanish text as many items as the English, and the same numbers", () => {
    for (const key of Object.keys(en) as (keyof LocaleText)[])
      expect(shapeDifferences(en[key], es[key], key), key).to.deep.equal([]);
  });

  for (const lang of LANGS) {
    describe(`in ${lang === "en" ? "English" : "Spanish"} (lang="${lang}")`, () => {
      let texts = new Map<string, string>();
      before(async function () {
        this.timeout(30_000);
        texts = await cardTexts(lang);
      });

      for (const { id, cards } of FACTS) {
        for (const card of cards) {
          it(`${id} reaches the reader in ${card === "common" ? "every card" : `<${card}>`}`, async () => {
            if (!registered(card))
              return skipTest(`<${card}> is not registered in this build yet`);
            const patterns = PATTERNS[id]?.[card]?.[lang] ?? [];
            expect(patterns, `${id} ${card}: no ${lang} patterns`).to.not.be
              .empty;
            const tags = card === "common" ? [...texts.keys()] : [card];
            for (const tag of tags)
              for (const pattern of patterns)
                expect(
                  texts.get(tag) ?? "",
                  `${id} in <${tag}>: ${pattern}`,
                ).to.match(pattern);
          });
        }
      }

      it('no card says or implies 15 doses: no 15, and no unqualified "3 times a day for 5 days"', () => {
        const threeADay = THREE_A_DAY[lang];
        // The checks themselves catch what they must, and only that.
        expect("up to 15 doses").to.match(FIFTEEN);
        expect("Since 2007, 415 million, $415").not.to.match(FIFTEEN);
        expect(
          "Checked: March 15, 2027. 15 de marzo de 2027.".replace(DATES, ""),
        ).not.to.match(FIFTEEN);
        expect(
          lang === "en"
            ? "you get IL-2 3 times a day for 5 days"
            : "recibe IL-2 3 veces al día durante 5 días",
        ).to.match(threeADay);
        expect(
          lang === "en"
            ? "up to 3 times a day for 5 days"
            : "hasta 3 veces al día durante 5 días",
        ).not.to.match(threeADay);
        for (const [tag, text] of texts) {
          // Dates (the review record's, a reader's own) and "$415 million" are not doses; a 15
          // anywhere else is.
          expect(text.replace(DATES, ""), `<${tag}>`).not.to.match(FIFTEEN);
          expect(text, `<${tag}>`).not.to.match(threeADay);
        }
      });
    });
  }
});
