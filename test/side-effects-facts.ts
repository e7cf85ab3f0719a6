// What a reader must see of each fact <il2-side-effects> carries, in each language: shared by its
// own tests and the fact map (test/facts.test.ts), which the fact register drives.
/** Facts of the register (F14, F17, L5–L12, L14) and what a reader must see of each, in each language. */
export const SIDE_EFFECTS_FACTS: Record<
  string,
  Record<"en" | "es", RegExp[]>
> = {
  F14: {
    en: [/A team that knows IL-2 well takes care of you/],
    es: [
      /Un equipo con experiencia en el tratamiento con IL-2 se encarga de su atención/,
    ],
  },
  F17: {
    en: [/They check you often for side effects/],
    es: [/Revisa con frecuencia si usted tiene efectos secundarios/],
  },
  L5: {
    en: [
      /hospital with an intensive care unit \(ICU\)/,
      /Some people need care there during treatment/,
      /Some need medicine to keep their blood pressure up/,
    ],
    es: [
      /hospital con unidad de cuidados intensivos \(UCI\)/,
      /Algunas personas necesitan atención allí durante el tratamiento/,
      /Otras necesitan medicinas para que la presión arterial no les baje demasiado/,
    ],
  },
  L6: {
    en: [
      /Leaking blood vessels \(capillary leak\)/,
      /Fluid leaks out of your smallest blood vessels/,
      /low blood pressure, swelling, weight gain and trouble breathing/,
      /It can be life-threatening/,
    ],
    es: [
      /Salida de líquido de los vasos sanguíneos \(fuga capilar\)/,
      /presión arterial baja, hinchazón, aumento de peso y dificultad para respirar/,
      /Puede poner la vida en peligro/,
    ],
  },
  L7: {
    en: [
      /Changes in the brain and nerves/,
      /confused, upset or restless, or very sleepy/,
      /Rarely, a person goes into a coma/,
      /Doses stop as long as the confusion lasts/,
    ],
    es: [
      /Cambios en el cerebro y los nervios/,
      /confusión, inquietud o mucho sueño/,
      /En raras ocasiones, la persona entra en coma/,
      /Las dosis se suspenden mientras dure la confusión/,
    ],
  },
  L8: {
    en: [
      /Serious infections\. Infections can be in the blood or in the valves of the heart/,
      /If you have an infection, it is treated before IL-2 starts/,
    ],
    es: [
      /Infecciones graves\. Pueden afectar la sangre o las válvulas del corazón/,
      /Si tiene una infección, se la tratarán antes de empezar la IL-2/,
    ],
  },
  L9: {
    en: [
      /Not everyone can safely have IL-2/,
      /Heart tests/,
      /Breathing tests, to check your lungs/,
      /Tests of your kidneys, liver and brain/,
      /Blood tests/,
      /A pregnancy test, for anyone who could be pregnant/,
    ],
    es: [
      /No todas las personas pueden recibir la IL-2 sin peligro/,
      /Pruebas del corazón/,
      /Pruebas de respiración, para revisar los pulmones/,
      /Pruebas de los riñones, el hígado y el cerebro/,
      /Análisis de sangre/,
      /Una prueba de embarazo, para quien pueda estar embarazada/,
    ],
  },
  L10: {
    en: [
      /At least 30 in every 100 people who get IL-2 have these/,
      /Low blood pressure Chills Nausea .*Vomiting .*Diarrhea .*Passing little urine .*Shortness of breath Rash Confusion/,
      /Chills and fever often start within a few hours of a dose/,
    ],
    es: [
      /Al menos 30 de cada 100 personas que reciben IL-2 tienen estos efectos/,
      /Presión arterial baja Escalofríos Náuseas .*Vómitos Diarrea .*Orinar poco .*Falta de aire Sarpullido .*Confusión/,
      /Los escalofríos y la fiebre suelen empezar pocas horas después de una dosis/,
    ],
  },
  L11: {
    en: [/Most side effects go away soon after the doses stop/],
    es: [
      /La mayoría de los efectos secundarios se quitan poco después de suspender las dosis/,
    ],
  },
  L12: {
    en: [
      /Tell your nurse right away if you have: Trouble breathing Chest pain A heartbeat that is racing or uneven A feeling that you might faint New confusion, or you feel very sleepy Much less urine than usual Black or bloody stool \(poop\)/,
      /After you go home For trouble breathing or chest pain, call 911 right away\./,
      /Call your care team's number right away if you have: A fever/,
    ],
    es: [
      /Avise de inmediato al personal de enfermería si tiene: Dificultad para respirar Dolor en el pecho Latidos del corazón muy rápidos o irregulares Sensación de que se va a desmayar Confusión nueva, o mucho sueño Mucha menos orina de lo normal Heces \(popó\) negras o con sangre/,
      /Después de volver a casa Si le cuesta respirar o tiene dolor en el pecho, llame al 911 de inmediato\./,
      /Llame de inmediato al número de su equipo de atención médica si tiene: Fiebre/,
    ],
  },
  L14: {
    en: [
      /In the melanoma studies, about 2 in 100 people died of side effects, most often from an infection/,
    ],
    es: [
      /unas 2 de cada 100 personas murieron por efectos secundarios, sobre todo por infecciones/,
    ],
  },
};
