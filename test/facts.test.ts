// Traces every fact in FACTS.md to the widget text that carries it, so a dropped or reworded-away
// fact fails the suite. Patterns match the English wording in src/locales/en.ts.
import { expect } from "@open-wc/testing";
import "../src/il2-widgets.js";
import { visibleText } from "./helpers.js";

type Tag =
  | "il2-overview"
  | "il2-schedule"
  | "il2-doctor-questions"
  | "il2-assistance"
  | "il2-resources";

/** Fact ID → the widget that carries it and what its reader must see (all patterns must match). */
const FACTS: Record<string, [Tag, ...RegExp[]]> = {
  F1: [
    "il2-overview",
    /Interleukin-2, or IL-2/,
    /drug name is aldesleukin/,
    /brand name is PROLEUKIN®/,
  ],
  F2: [
    "il2-overview",
    /immunotherapy/,
    /helps your own immune system fight cancer, such as melanoma/,
  ],
  F3: [
    "il2-overview",
    /systemic treatment/,
    /through your blood and reaches every part of your body/,
  ],
  F4: [
    "il2-overview",
    /this kind of treatment for cancer that is advanced or metastatic/,
    /spread to other parts of the body/,
  ],
  F5: [
    "il2-overview",
    /people with melanoma that is advanced or metastatic/,
    /kill melanoma cells and shrink tumors, in any part of the body/,
  ],
  F6: [
    "il2-overview",
    /Your body makes some IL-2 on its own/,
    /protein made by one kind of white blood cell/,
    /T lymphocyte/,
  ],
  F7: [
    "il2-overview",
    /help other white blood cells, called T cells and B cells, grow and get more active/,
  ],
  F8: [
    "il2-overview",
    /form of IL-2 made to be a drug, called aldesleukin/,
    /boost so it can fight cancer cells/,
  ],
  F9: [
    "il2-overview",
    /stops cancer cells from making new cancer cells and from spreading/,
  ],
  F10: ["il2-overview", /make more white blood cells that attack cancer/],
  F11: [
    "il2-overview",
    /cancer cells send out chemical signals/,
    /call in immune cells that kill cancer/,
  ],
  F12: [
    "il2-overview",
    /In 1998, the FDA approved IL-2 to treat stage IV melanoma/,
  ],
  F13: [
    "il2-overview",
    /Stage IV means the cancer has moved to organs or to other places in the body/,
  ],
  F14: [
    "il2-schedule",
    /only in a hospital/,
    /side effects can be severe/,
    /doctor who knows IL-2 well/,
  ],
  F15: ["il2-schedule", /goes into a vein/, /infusion/],
  F16: [
    "il2-schedule",
    /two cycles/,
    /3 times a day for 5 days/,
    /rest for 7 to 10 days/,
  ],
  F17: [
    "il2-schedule",
    /watch you closely/,
    /check for side effects and see how well the drug works/,
  ],
  F18: [
    "il2-schedule",
    /After the first course, people usually get more courses if IL-2 is working and they have no serious side effects/,
  ],
  F19: ["il2-overview", /To shrink melanoma tumors/, /To kill melanoma cells/],
  F20: [
    "il2-overview",
    /"memory\."/,
    /keep fighting melanoma even after treatment is over/,
  ],
  F21: [
    "il2-overview",
    /not only in research studies \(clinical trials\)/,
    /In some people, IL-2 shrinks tumors/,
    /small number of people, all signs of the cancer go away/,
    /7 years or more/,
  ],
  F22: [
    "il2-overview",
    /Side effects can sometimes be serious/,
    /side effects and about your other treatment choices/,
  ],
  F23: ["il2-doctor-questions", /Not every treatment works for every person/],
  F24: [
    "il2-assistance",
    /Patient assistance programs, or PAPs/,
    /no matter how much money you have/,
    /company that makes IL-2 has a program/,
    /other kinds of help/,
  ],
  F25: [
    "il2-resources",
    /newer treatments work very well/,
    /worth learning about/,
  ],
  F26: [
    "il2-resources",
    /Adjuvant therapy is treatment given after surgery/,
    /high risk/,
    /stage IIB, IIC, III or IV/,
  ],
  F27: [
    "il2-resources",
    /Melanoma Research Alliance is a nonprofit/,
    /No other nonprofit in the world pays for more/,
    /Since 2007/,
    /\$131 million in grants/,
    /\$415 million more/,
    /prevent, find and treat melanoma/,
  ],
  Q1: ["il2-doctor-questions", /Can I get IL-2 treatment\?/],
  Q2: ["il2-doctor-questions", /How much have you used IL-2 to treat people\?/],
  Q3: [
    "il2-doctor-questions",
    /Would IL-2 be a good choice for the melanoma I have\?/,
  ],
  Q4: [
    "il2-doctor-questions",
    /another treatment I could have instead of IL-2\?/,
  ],
  Q5: ["il2-doctor-questions", /How well has IL-2 worked for people like me\?/],
  Q6: ["il2-doctor-questions", /What side effects can IL-2 cause\?/],
  Q7: ["il2-doctor-questions", /clinical trials \(research studies\) of IL-2/],
  Q8: [
    "il2-doctor-questions",
    /What other treatments has the FDA approved for advanced melanoma\?/,
  ],
  Q9: ["il2-doctor-questions", /risks and the benefits of each choice/],
  Q10: [
    "il2-doctor-questions",
    /What do we hope my treatment will do for me\?/,
  ],
};

const CARDS: Tag[] = [
  "il2-overview",
  "il2-schedule",
  "il2-doctor-questions",
  "il2-assistance",
  "il2-resources",
];

describe("facts in FACTS.md", () => {
  const texts = new Map<Tag, string>();

  after(() => CARDS.forEach((tag) => document.querySelector(tag)?.remove()));

  before(async () => {
    for (const tag of CARDS) {
      const el = document.createElement(tag) as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      document.body.append(el);
      await el.updateComplete;
      // One line, so a fact that wraps across lines in the layout still matches.
      texts.set(tag, visibleText(el).replace(/\s+/g, " "));
    }
  });

  it("lists every fact ID F1–F27 and Q1–Q10 (F28 is checked on every card)", () => {
    const ids = [
      ...Array.from({ length: 27 }, (_, i) => `F${i + 1}`),
      ...Array.from({ length: 10 }, (_, i) => `Q${i + 1}`),
    ];
    expect(Object.keys(FACTS)).to.have.members(ids);
  });

  for (const [id, [tag, ...patterns]] of Object.entries(FACTS)) {
    it(`${id} reaches the reader in <${tag}>`, () => {
      const text = texts.get(tag) ?? "";
      for (const pattern of patterns)
        expect(text, `${id}: ${pattern}`).to.match(pattern);
    });
  }

  it("F28: every card names its source and its date, and sends the reader to the care team", () => {
    for (const tag of CARDS) {
      const text = texts.get(tag) ?? "";
      expect(text, tag).to.match(
        /Source: Melanoma Research Alliance, patient page .*Last updated August 2021\./,
      );
      expect(text, tag).to.match(/Talk with your care team/);
    }
  });
});
