// Traces every fact in FACTS.md to the widget text that carries it, in every shipped language, so
// a fact dropped or reworded away in English or in Spanish fails the suite. Patterns match the
// wording in src/locales/en.ts and src/locales/es.ts; the fact IDs are read from FACTS.md itself.
import { expect } from "@open-wc/testing";
import { readFile } from "@web/test-runner-commands";
import "../src/il2-widgets.js";
import type { LocaleText } from "../src/generated/locale-text.js";
import { en } from "../src/locales/en.js";
import { es } from "../src/locales/es.js";
import { ANSWER_KEY, SELF_CHECK_TOPICS } from "../src/self-check/answer-key.js";
import { $, skipTest, visibleText } from "./helpers.js";

type Tag =
  | "il2-overview"
  | "il2-schedule"
  | "il2-self-check"
  | "il2-doctor-questions"
  | "il2-assistance"
  | "il2-resources"
  | "il2-side-effects";

type Lang = "en" | "es";
const LOCALES: Record<Lang, LocaleText> = { en, es };
const LANGS = Object.keys(LOCALES) as Lang[];

/** Fact ID → the widget that carries it and what its reader must see in each language (all patterns must match). */
const FACTS: Record<string, { tag: Tag } & Record<Lang, RegExp[]>> = {
  F1: {
    tag: "il2-overview",
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
  F2: {
    tag: "il2-overview",
    en: [
      /immunotherapy/,
      /helps your own immune system fight cancer, such as melanoma/,
    ],
    es: [
      /inmunoterapia/,
      /ayuda a su propio sistema inmunitario a combatir el cáncer, como el melanoma/,
    ],
  },
  F3: {
    tag: "il2-overview",
    en: [
      /systemic treatment/,
      /through your blood and reaches every part of your body/,
    ],
    es: [
      /tratamiento sistémico/,
      /por la sangre y llega a todas las partes del cuerpo/,
    ],
  },
  F4: {
    tag: "il2-overview",
    en: [
      /this kind of treatment for cancer that is advanced or metastatic/,
      /spread to other parts of the body/,
    ],
    es: [
      /este tipo de tratamiento para el cáncer avanzado o metastásico/,
      /se ha extendido a otras partes del cuerpo/,
    ],
  },
  F5: {
    tag: "il2-overview",
    en: [
      /people with melanoma that is advanced or metastatic/,
      /kill melanoma cells and shrink tumors, in any part of the body/,
    ],
    es: [
      /personas con melanoma avanzado o metastásico/,
      /destruir las células del melanoma y a reducir los tumores, en cualquier parte del cuerpo/,
    ],
  },
  F6: {
    tag: "il2-overview",
    en: [
      /Your body makes some IL-2 on its own/,
      /protein made by one kind of white blood cell/,
      /T lymphocyte/,
    ],
    es: [
      /Su cuerpo produce algo de IL-2 por sí solo/,
      /proteína producida por un tipo de glóbulo blanco/,
      /linfocito T/,
    ],
  },
  F7: {
    tag: "il2-overview",
    en: [
      /help other white blood cells, called T cells and B cells, grow and get more active/,
    ],
    es: [
      /ayudar a otros glóbulos blancos, los linfocitos T y B, a crecer y a ser más activos/,
    ],
  },
  F8: {
    tag: "il2-overview",
    en: [
      /form of IL-2 made to be a drug, called aldesleukin/,
      /boost so it can fight cancer cells/,
    ],
    es: [
      /forma de IL-2 que se fabrica para tratar el cáncer\. Se llama aldesleukina/,
      /más fuerza a su sistema inmunitario para que pueda atacar las células cancerosas/,
    ],
  },
  F9: {
    tag: "il2-overview",
    en: [/stops cancer cells from making new cancer cells and from spreading/],
    es: [/Impide que las células cancerosas se multipliquen y se extiendan/],
  },
  F10: {
    tag: "il2-overview",
    en: [/make more white blood cells that attack cancer/],
    es: [/formar más glóbulos blancos que atacan el cáncer/],
  },
  F11: {
    tag: "il2-overview",
    en: [
      /cancer cells send out chemical signals/,
      /call in immune cells that kill cancer/,
    ],
    es: [
      /células cancerosas liberen sustancias químicas/,
      /atraen a células del sistema inmunitario que destruyen las células cancerosas/,
    ],
  },
  F12: {
    tag: "il2-overview",
    en: [/In 1998, the FDA approved IL-2 to treat stage IV melanoma/],
    es: [/En 1998, la FDA aprobó la IL-2 para tratar el melanoma en etapa IV/],
  },
  F13: {
    tag: "il2-overview",
    en: [
      /Stage IV means the cancer has moved to organs or to other places in the body/,
    ],
    es: [
      /Etapa IV quiere decir que el cáncer llegó a órganos o a otros lugares del cuerpo/,
    ],
  },
  F14: {
    tag: "il2-schedule",
    en: [
      /only in a hospital/,
      /side effects can be severe/,
      /doctor who knows IL-2 well/,
    ],
    es: [
      /solo se da en un hospital/,
      /efectos secundarios pueden ser graves/,
      /médico con experiencia en la IL-2/,
    ],
  },
  F15: {
    tag: "il2-schedule",
    en: [/goes into a vein/, /infusion/],
    es: [/entra por una vena/, /infusión intravenosa/],
  },
  F16: {
    tag: "il2-schedule",
    en: [/two cycles/, /3 times a day for 5 days/, /rest for 7 to 10 days/],
    es: [
      /dos ciclos/,
      /3 veces al día durante 5 días/,
      /descansa de 7 a 10 días/,
    ],
  },
  F17: {
    tag: "il2-schedule",
    en: [
      /watch you closely/,
      /check for side effects and see how well the drug works/,
    ],
    es: [
      /seguimiento muy de cerca/,
      /Revisan si tiene efectos secundarios y ven qué tan bien funciona el medicamento/,
    ],
  },
  F18: {
    tag: "il2-schedule",
    en: [
      /After the first course, people usually get more courses if IL-2 is working and they have no serious side effects/,
    ],
    es: [
      /Después del primer curso, por lo general las personas reciben más cursos si la IL-2 les funciona y no tienen efectos secundarios graves/,
    ],
  },
  F19: {
    tag: "il2-overview",
    en: [/To shrink melanoma tumors/, /To kill melanoma cells/],
    es: [
      /Reducir el tamaño de los tumores de melanoma/,
      /Destruir las células del melanoma/,
    ],
  },
  F20: {
    tag: "il2-overview",
    en: [/"memory\."/, /keep fighting melanoma even after treatment is over/],
    es: [
      /"memoria"/,
      /seguir combatiendo el melanoma aun después de terminar el tratamiento/,
    ],
  },
  F21: {
    tag: "il2-overview",
    en: [
      /not only in research studies \(clinical trials\)/,
      /In some people, IL-2 shrinks tumors/,
      /small number of people, all signs of the cancer go away/,
      /7 years or more/,
    ],
    es: [
      /no solo en estudios de investigación \(ensayos clínicos\)/,
      /En algunas personas, la IL-2 reduce el tamaño de los tumores/,
      /En unas pocas personas, desaparecen todos los signos del cáncer/,
      /7 años o más/,
    ],
  },
  F22: {
    tag: "il2-overview",
    en: [
      /Side effects can sometimes be serious/,
      /side effects and about your other treatment choices/,
    ],
    es: [
      /A veces, los efectos secundarios pueden ser graves/,
      /efectos secundarios de la IL-2 y por sus otras opciones de tratamiento/,
    ],
  },
  F23: {
    tag: "il2-doctor-questions",
    en: [/Not every treatment works for every person/],
    es: [/No todos los tratamientos funcionan para todas las personas/],
  },
  F24: {
    tag: "il2-assistance",
    en: [
      /Patient assistance programs, or PAPs/,
      /no matter how much money you have/,
      /company that makes IL-2 has a program/,
      /other kinds of help/,
    ],
    es: [
      /programas de asistencia al paciente \(PAP/,
      /sin importar cuánto dinero tenga/,
      /compañía que fabrica la IL-2 tiene un programa/,
      /otros tipos de ayuda/,
    ],
  },
  F25: {
    tag: "il2-resources",
    en: [/newer treatments work very well/, /worth learning about/],
    es: [
      /tratamientos más nuevos funcionan muy bien/,
      /Vale la pena conocerlos/,
    ],
  },
  F26: {
    tag: "il2-resources",
    en: [
      /Adjuvant therapy is treatment given after surgery/,
      /high risk/,
      /stage IIB, IIC, III or IV/,
    ],
    es: [
      /La terapia adyuvante es un tratamiento que se da después de la cirugía/,
      /alto riesgo/,
      /etapa IIB, IIC, III o IV/,
    ],
  },
  F27: {
    tag: "il2-resources",
    en: [
      /Melanoma Research Alliance is a nonprofit/,
      /No other nonprofit in the world pays for more/,
      /Since 2007/,
      /\$131 million in grants/,
      /\$415 million more/,
      /prevent, find and treat melanoma/,
    ],
    es: [
      /Melanoma Research Alliance es un grupo sin fines de lucro/,
      /Ningún otro grupo así en el mundo paga más estudios sobre el melanoma/,
      /Desde 2007/,
      /\$131 millones en subvenciones/,
      /\$415 millones más/,
      /prevenir, detectar y tratar el melanoma/,
    ],
  },
  Q1: {
    tag: "il2-doctor-questions",
    en: [/Can I get IL-2 treatment\?/],
    es: [/¿Puedo recibir tratamiento con IL-2\?/],
  },
  Q2: {
    tag: "il2-doctor-questions",
    en: [/How much have you used IL-2 to treat people\?/],
    es: [/¿Cuánta experiencia tiene usted en tratar a personas con IL-2\?/],
  },
  Q3: {
    tag: "il2-doctor-questions",
    en: [/Would IL-2 be a good choice for the melanoma I have\?/],
    es: [/¿Sería la IL-2 una buena opción para el melanoma que tengo\?/],
  },
  Q4: {
    tag: "il2-doctor-questions",
    en: [/another treatment I could have instead of IL-2\?/],
    es: [/otro tratamiento que yo pueda recibir en lugar de la IL-2\?/],
  },
  Q5: {
    tag: "il2-doctor-questions",
    en: [/How well has IL-2 worked for people like me\?/],
    es: [/¿Qué tan bien le ha funcionado la IL-2 a personas como yo\?/],
  },
  Q6: {
    tag: "il2-doctor-questions",
    en: [/What side effects can IL-2 cause\?/],
    es: [/¿Qué efectos secundarios puede causar la IL-2\?/],
  },
  Q7: {
    tag: "il2-doctor-questions",
    en: [/clinical trials \(research studies\) of IL-2/],
    es: [/ensayos clínicos \(estudios de investigación\) con IL-2/],
  },
  Q8: {
    tag: "il2-doctor-questions",
    en: [/What other treatments has the FDA approved for advanced melanoma\?/],
    es: [
      /¿Qué otros tratamientos ha aprobado la FDA para el melanoma avanzado\?/,
    ],
  },
  Q9: {
    tag: "il2-doctor-questions",
    en: [/risks and the benefits of each choice/],
    es: [/riesgos y los beneficios de cada opción/],
  },
  Q10: {
    tag: "il2-doctor-questions",
    en: [/What do we hope my treatment will do for me\?/],
    es: [/¿Qué esperamos lograr con mi tratamiento\?/],
  },
  // FDA-label facts are optional in FACTS.md; the schedule shows these two, so both languages must.
  L1: {
    tag: "il2-schedule",
    en: [/FDA label: The doses are given about every 8 hours/],
    es: [/Etiqueta de la FDA: Las dosis se dan más o menos cada 8 horas/],
  },
  L2: {
    tag: "il2-schedule",
    en: [
      /no more than 14 doses/,
      /may hold or skip a dose because of side effects/,
    ],
    es: [
      /14 dosis como máximo/,
      /puede posponer u omitir una dosis debido a efectos secundarios/,
    ],
  },
};

/**
 * Facts the self-check restates once the reader has checked an answer (each is also mapped above to
 * the card that explains it): its answers must match those cards' facts, in every language.
 */
const SELF_CHECK_FACTS: Record<string, Record<Lang, RegExp[]>> = {
  F2: {
    en: [/immunotherapy: it helps your own immune system fight cancer/],
    es: [
      /inmunoterapia: ayuda a su propio sistema inmunitario a combatir el cáncer/,
    ],
  },
  F14: {
    en: [/only in a hospital, where a doctor who knows IL-2 well is in charge/],
    es: [/solo se da en un hospital, a cargo de un médico que la conoce bien/],
  },
  F15: {
    en: [/goes into a vein, and this is called an infusion/],
    es: [/entra por una vena, y esto se llama infusión/],
  },
  F16: {
    en: [
      /two cycles of 5 days, with IL-2 3 times a day, and 7 to 10 days of rest/,
    ],
    es: [
      /dos ciclos de 5 días, con IL-2 3 veces al día, y un descanso de 7 a 10 días/,
    ],
  },
  F17: {
    en: [
      /watch you closely to check for side effects and to see how well IL-2 works/,
    ],
    es: [
      /vigilan de cerca para ver si tiene efectos secundarios y qué tan bien le funciona la IL-2/,
    ],
  },
  // The side-effects card's L12, restated: in the hospital, tell the nurse; at home, call.
  L12: {
    en: [
      /Tell your nurse right away\. Trouble breathing can be a sign of a serious side effect, so do not wait/,
      /Call your care team's number right away\. A fever after you go home is a sign to call/,
    ],
    es: [
      /Avise de inmediato al personal de enfermería\. La dificultad para respirar puede ser señal de un efecto secundario grave/,
      /Llame de inmediato al número de su equipo de atención médica\. La fiebre después de volver a casa es una señal para llamar/,
    ],
  },
};

/** F28, checked on every card: the source with its date, and the pointer to the care team. */
const SOURCE: Record<Lang, RegExp[]> = {
  en: [
    /Source: Melanoma Research Alliance, patient page .*Last updated August 2021\./,
    /Talk with your care team/,
  ],
  es: [
    /Fuente: Melanoma Research Alliance, página para pacientes .*Última actualización: agosto de 2021\./,
    /Hable con su equipo médico/,
  ],
};

const CARDS: Tag[] = [
  "il2-overview",
  "il2-schedule",
  "il2-self-check",
  "il2-doctor-questions",
  "il2-assistance",
  "il2-resources",
  "il2-side-effects",
];

/** Where FACTS.md sits, relative to this file: beside the repository, in ../shared. */
const FACTS_MD = "../../shared/content/FACTS.md";

/** The IDs FACTS.md defines (F1, Q3, L2…): each list item opens with one, the Q line holds several. */
const idsIn = (markdown: string) => [
  ...new Set(
    [...markdown.matchAll(/(?:^\s*-\s+|^\s+|·\s*)([A-Z]\d+)\s/gm)].map(
      ([, id]) => id!,
    ),
  ),
];

/** Every place where the two locales' arrays differ in length, or their numbers differ. */
function shapeDifferences(
  a: unknown,
  b: unknown,
  path: string,
  locales: [LocaleText, LocaleText],
  out: string[] = [],
): string[] {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length)
      out.push(
        `${path}: ${Array.isArray(a) ? a.length : "not an array"} vs ${Array.isArray(b) ? b.length : "not an array"}`,
      );
    else
      a.forEach((item, index) =>
        shapeDifferences(item, b[index], `${path}[${index}]`, locales, out),
      );
  } else if (typeof a === "number" || typeof b === "number") {
    if (a !== b) out.push(`${path}: ${String(a)} vs ${String(b)}`);
  } else if (a && b && typeof a === "object" && typeof b === "object") {
    for (const key of Object.keys(a))
      shapeDifferences(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}.${key}`,
        locales,
        out,
      );
  }
  return out;
}

describe("facts in FACTS.md", () => {
  it("maps every fact ID in FACTS.md (skipped without ../shared; F28 is on every card; FDA-label facts are optional)", async () => {
    // The runner's file command fails ("Unknown command read-file") when the file is missing.
    const markdown = await readFile({ path: FACTS_MD }).catch(() => undefined);
    if (markdown === undefined) {
      // ../shared/README.md promises it to every developer and CI run; a bare clone lacks it.
      return skipTest(
        "the team's fact sheet (../shared/content/FACTS.md) is not beside this clone",
      );
    }
    const listed = idsIn(markdown);
    expect(listed, "IDs read from FACTS.md").to.include.members([
      "F1",
      "F28",
      "Q1",
      "Q10",
    ]);
    const mapped = Object.keys(FACTS);
    expect(
      [...mapped, ...Object.keys(SELF_CHECK_FACTS)].filter(
        (id) => !listed.includes(id),
      ),
      "IDs not in FACTS.md",
    ).to.deep.equal([]);
    expect(
      listed.filter(
        (id) => !id.startsWith("L") && id !== "F28" && !mapped.includes(id),
      ),
      "facts with no text to trace",
    ).to.deep.equal([]);
  });

  it("gives every array in the Spanish text as many items as the English, and the same numbers", () => {
    for (const key of Object.keys(en) as (keyof LocaleText)[])
      expect(
        shapeDifferences(en[key], es[key], key, [en, es]),
        key,
      ).to.deep.equal([]);
  });

  for (const lang of LANGS) {
    describe(`in ${lang === "en" ? "English" : "Spanish"} (lang="${lang}")`, () => {
      const texts = new Map<Tag, string>();

      before(async () => {
        for (const tag of CARDS) {
          const el = document.createElement(tag) as HTMLElement & {
            updateComplete: Promise<unknown>;
          };
          el.lang = lang;
          document.body.append(el);
          await el.updateComplete;
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
          // One line, so a fact that wraps across lines in the layout still matches.
          texts.set(tag, visibleText(el).replace(/\s+/g, " "));
          el.remove();
        }
      });

      it("renders each card in its language", () => {
        for (const tag of CARDS)
          expect(texts.get(tag), tag).to.contain(
            LOCALES[lang].common.careTeamNote,
          );
      });

      for (const [id, fact] of Object.entries(FACTS)) {
        it(`${id} reaches the reader in <${fact.tag}>`, () => {
          const text = texts.get(fact.tag) ?? "";
          expect(fact[lang], `${id}: no ${lang} patterns`).to.not.be.empty;
          for (const pattern of fact[lang])
            expect(text, `${id}: ${pattern}`).to.match(pattern);
        });
      }

      for (const [id, patterns] of Object.entries(SELF_CHECK_FACTS)) {
        it(`${id} is restated, the same, in <il2-self-check>'s feedback`, () => {
          const text = texts.get("il2-self-check") ?? "";
          for (const pattern of patterns[lang])
            expect(text, `${id}: ${pattern}`).to.match(pattern);
        });
      }

      it("F28: every card names its source and its date, and sends the reader to the care team", () => {
        for (const tag of CARDS) {
          const text = texts.get(tag) ?? "";
          for (const pattern of SOURCE[lang])
            expect(text, tag).to.match(pattern);
        }
      });
    });
  }
});
