// The project's own fact register (issue 23 §6): every fact ID the reader-facing text carries, the
// fact in the project's own words (never the source's sentence), where it comes from, and the
// cards that carry it. The content checks (test/facts.test.ts, scripts/facts-register.test.mjs) and
// the review pack (`npm run content:review`) read this module, so a fresh clone runs every content
// check on its own; where ../shared/content/FACTS.md sits beside the repository, a test also checks
// that both list the same IDs. Data only: nothing here is shipped to readers.
//
// `source` names the section of the source page (its heading, as published, in English) or of the
// PROLEUKIN prescribing information, or the study. `cards` names the elements whose own text
// carries the fact ("common": the footer every card shows). `verify` marks a location (a section
// number) not yet confirmed against the document itself: a reviewer should check it once.
// The sources' dates live with the review dates, in src/shared/review-record.ts.

/** An element that carries a fact in its own text, or "common": every card's footer. */
export type FactCard = `il2-${string}` | "common";

export interface FactEntry {
  /** The ID of ../shared/content/FACTS.md: F (source page), Q (its questions), L (label and study). */
  id: string;
  /** The fact in the project's own words. */
  fact: string;
  /** Where it comes from: a source-page heading, a prescribing-information section, or the study. */
  source: string;
  cards: FactCard[];
  verify?: true;
}

/** The documents the facts come from (their dates: SOURCE_DATES in src/shared/review-record.ts). */
export const SOURCES = {
  page: {
    name: 'Melanoma Research Alliance, patient page "Interleukin-2 (IL-2, Aldesleukin, PROLEUKIN®)"',
    language: "English",
  },
  label: {
    name: "PROLEUKIN (aldesleukin) prescribing information, Iovance Biotherapeutics (boxed warning; sections 1, 2, 5, 6, 8, 11, 14)",
    language: "English",
  },
  study: {
    name: "Atkins MB et al., J Clin Oncol 1999;17:2105–2116 (270 people with metastatic melanoma: the data behind the 1998 approval)",
    language: "English",
  },
} as const;

const PAGE = "Source page";
const PI = "Prescribing information";
/** The page's questions section, named by the start of its heading. */
const QUESTIONS = `${PAGE}: the questions section ("What Should I Ask My Doctor…")`;

export const FACTS: FactEntry[] = [
  // ── Names and kind ──
  {
    id: "F1",
    fact: "IL-2 is short for interleukin-2; as a medicine it is aldesleukin, sold as PROLEUKIN®.",
    source: `${PAGE}: page title; "What Is Interleukin-2?"`,
    cards: ["il2-overview"],
  },
  {
    id: "F2",
    fact: "IL-2 is an immunotherapy: it helps a person's own immune system fight cancers such as melanoma.",
    source: `${PAGE}: opening paragraphs (before the first heading)`,
    cards: ["il2-overview", "il2-self-check", "il2-guide"],
  },
  {
    id: "F3",
    fact: "IL-2 is systemic: carried in the blood, it reaches the whole body.",
    source: `${PAGE}: opening paragraphs`,
    cards: ["il2-overview"],
  },
  {
    id: "F4",
    fact: "Whole-body treatments are the ones used when a cancer is advanced or metastatic, meaning it has spread beyond where it began.",
    source: `${PAGE}: opening paragraphs`,
    cards: ["il2-overview"],
  },
  {
    id: "F5",
    fact: "IL-2 is used for advanced and metastatic melanoma and can act on melanoma cells and tumors anywhere in the body.",
    source: `${PAGE}: opening paragraphs; "What Is Interleukin-2?"`,
    cards: ["il2-overview", "il2-guide"],
  },
  {
    id: "F6",
    fact: "The body makes its own IL-2, a protein that T cells (T lymphocytes), a kind of white blood cell, release.",
    source: `${PAGE}: "What Is Interleukin-2?"`,
    cards: ["il2-overview"],
  },
  {
    id: "F7",
    fact: "In the body, IL-2 signals other white blood cells, T cells and B cells, to multiply and become more active.",
    source: `${PAGE}: "What Is Interleukin-2?"`,
    cards: ["il2-overview"],
  },
  {
    id: "F8",
    fact: "The drug aldesleukin is IL-2 produced as a medicine to strengthen the immune response to cancer cells.",
    source: `${PAGE}: "What Is Interleukin-2?"`,
    cards: ["il2-overview"],
  },
  // ── How it works ──
  {
    id: "F9",
    fact: "It is thought to keep cancer cells from multiplying and spreading.",
    source: `${PAGE}: "How Does Interleukin-2 Work?"`,
    cards: ["il2-overview"],
  },
  {
    id: "F10",
    fact: "It is thought to help the body build more of the white blood cells that attack cancer.",
    source: `${PAGE}: "How Does Interleukin-2 Work?"`,
    cards: ["il2-overview"],
  },
  {
    id: "F11",
    fact: "It is thought to make cancer cells send chemical signals that draw in cancer-killing immune cells.",
    source: `${PAGE}: "How Does Interleukin-2 Work?"`,
    cards: ["il2-overview"],
  },
  // ── Who it is for ──
  {
    id: "F12",
    fact: "The FDA approved IL-2 for stage IV (metastatic) melanoma in 1998.",
    source: `${PAGE}: "Which Patients Benefit from Interleukin-2?"`,
    cards: ["il2-overview"],
  },
  {
    id: "F13",
    fact: "Stage IV means the cancer has reached organs or other distant parts of the body.",
    source: `${PAGE}: "Which Patients Benefit from Interleukin-2?"`,
    cards: ["il2-overview"],
  },
  // ── How it is given ──
  {
    id: "F14",
    fact: "Because side effects can be severe, IL-2 is given only in a hospital, with a doctor experienced in IL-2 in charge.",
    source: `${PAGE}: "How Is Interleukin-2 Given?"`,
    cards: [
      "il2-schedule",
      "il2-side-effects",
      "il2-overview",
      "il2-self-check",
      "il2-guide",
    ],
  },
  {
    id: "F15",
    fact: "IL-2 goes into a vein as an infusion.",
    source: `${PAGE}: "How Is Interleukin-2 Given?"`,
    cards: ["il2-schedule", "il2-self-check"],
  },
  {
    id: "F16",
    fact: "A course is two cycles of 5 days of doses with a rest of 7 to 10 days between them (the page's simpler wording; the numbers follow L1, L2).",
    source: `${PAGE}: "How Is Interleukin-2 Given?"`,
    cards: ["il2-schedule", "il2-self-check"],
  },
  {
    id: "F17",
    fact: "The care team checks closely for side effects and for how the treatment is working.",
    source: `${PAGE}: "How Is Interleukin-2 Given?"`,
    cards: ["il2-schedule", "il2-side-effects", "il2-self-check"],
  },
  {
    id: "F18",
    fact: "People whose cancer responds, without serious side effects, usually go on to more courses; always told with L13's conditions.",
    source: `${PAGE}: "How Is Interleukin-2 Given?"`,
    cards: ["il2-schedule"],
  },
  // ── Goals and outcomes ──
  {
    id: "F19",
    fact: "IL-2 aims to make melanoma tumors smaller and to kill melanoma cells.",
    source: `${PAGE}: "What Are the Goals of Interleukin-2?"`,
    cards: ["il2-overview"],
  },
  {
    id: "F20",
    fact: "Because the immune system can remember, IL-2 may help it keep attacking melanoma after treatment stops.",
    source: `${PAGE}: "What Are the Goals of Interleukin-2?"`,
    cards: ["il2-overview"],
  },
  {
    id: "F21",
    fact: "Doctors have long used IL-2 beyond clinical trials; tumors shrink in some people, and in a few all signs of cancer go away for 7 years or longer.",
    source: `${PAGE}: "What Are the Goals of Interleukin-2?"`,
    cards: ["il2-overview"],
  },
  {
    id: "F22",
    fact: "Side effects can be serious; people should discuss them, and their other treatment choices, with their doctor.",
    source: `${PAGE}: "What Are the Goals of Interleukin-2?"`,
    cards: ["il2-overview"],
  },
  // ── Questions for the doctor ──
  {
    id: "F23",
    fact: "No treatment works for everyone.",
    source: QUESTIONS,
    cards: ["il2-doctor-questions", "il2-overview"],
  },
  {
    id: "Q1",
    fact: "Question: can I get IL-2?",
    source: QUESTIONS,
    cards: ["il2-doctor-questions"],
  },
  {
    id: "Q2",
    fact: "Question: how much has this doctor treated people with IL-2?",
    source: QUESTIONS,
    cards: ["il2-doctor-questions"],
  },
  {
    id: "Q3",
    fact: "Question: would IL-2 suit my melanoma?",
    source: QUESTIONS,
    cards: ["il2-doctor-questions", "il2-overview"],
  },
  {
    id: "Q4",
    fact: "Question: is there something I could have instead of IL-2?",
    source: QUESTIONS,
    cards: ["il2-doctor-questions", "il2-overview"],
  },
  {
    id: "Q5",
    fact: "Question: how has IL-2 done for people like me?",
    source: QUESTIONS,
    cards: ["il2-doctor-questions"],
  },
  {
    id: "Q6",
    fact: "Question: which side effects can IL-2 cause?",
    source: QUESTIONS,
    cards: ["il2-doctor-questions"],
  },
  {
    id: "Q7",
    fact: "Question: are there IL-2 clinical trials worth considering?",
    source: QUESTIONS,
    cards: ["il2-doctor-questions", "il2-resources"],
  },
  {
    id: "Q8",
    fact: "Question: which other FDA-approved treatments exist for advanced melanoma?",
    source: QUESTIONS,
    cards: ["il2-doctor-questions", "il2-resources", "il2-overview"],
  },
  {
    id: "Q9",
    fact: "Question: what are the risks and benefits of each of my options?",
    source: QUESTIONS,
    cards: ["il2-doctor-questions"],
  },
  {
    id: "Q10",
    fact: "Question: what is my treatment meant to achieve?",
    source: QUESTIONS,
    cards: ["il2-doctor-questions"],
  },
  // ── Paying ──
  {
    id: "F24",
    fact: "Patient assistance programs aim to let people get needed treatment whatever their money situation; the maker runs one, and other help exists.",
    source: `${PAGE}: "Need Help Paying for Interleukin-2?"`,
    cards: ["il2-assistance"],
  },
  // ── Related care and research ──
  {
    id: "F25",
    fact: "Newer treatments for advanced melanoma work very well and are worth learning about.",
    source: `${PAGE}: "Latest Treatments for Advanced Melanoma"`,
    cards: ["il2-resources"],
  },
  {
    id: "F26",
    fact: "Adjuvant therapy means treatment after surgery, for people whose melanoma is high risk (stage IIB, IIC, III or IV).",
    source: `${PAGE}: "Latest Treatments for Advanced Melanoma"`,
    cards: ["il2-resources"],
  },
  {
    id: "F27",
    fact: "The Melanoma Research Alliance is the biggest nonprofit funder of melanoma research in the world: over $131 million in grants since 2007, plus $415 million more brought in, for prevention, detection and treatment.",
    source: `${PAGE}: "Melanoma Research"`,
    cards: ["il2-resources"],
  },
  // ── Source ──
  {
    id: "F28",
    fact: "The source is the Melanoma Research Alliance's patient page on IL-2, last updated August 2021.",
    source: `${PAGE}: title and "Last updated" line`,
    cards: ["common"],
  },
  // ── Prescribing information and study ──
  {
    id: "L1",
    fact: "Doses come about every 8 hours; each runs in over about a quarter of an hour.",
    source: `${PI}: 2 (Dosage and Administration)`,
    cards: ["il2-schedule"],
  },
  {
    id: "L2",
    fact: "A cycle has at most 14 doses over 5 days; a course is two cycles about 9 days apart (at most 28 doses); many people get fewer, as the team holds or skips doses for side effects.",
    source: `${PI}: 2 (Dosage and Administration; dose changes for side effects)`,
    cards: ["il2-schedule", "il2-self-check"],
  },
  {
    id: "L3",
    fact: "The FDA first approved aldesleukin in 1992, for kidney cancer that had spread; melanoma came in 1998.",
    source: `${PI}: Highlights ("Initial U.S. Approval: 1992"); 1 (Indications)`,
    cards: ["il2-overview"],
  },
  {
    id: "L4",
    fact: "Aldesleukin is IL-2 made in a lab and differs slightly from the body's own protein.",
    source: `${PI}: 11 (Description)`,
    cards: ["il2-overview"],
    verify: true,
  },
  {
    id: "L5",
    fact: "IL-2 is given only in a hospital that has an intensive care unit; some people need intensive care or blood-pressure medicines during treatment.",
    source: `${PI}: boxed warning; 5.1 (capillary leak syndrome)`,
    cards: ["il2-schedule", "il2-side-effects", "il2-overview"],
  },
  {
    id: "L6",
    fact: "Capillary leak: fluid escapes the small blood vessels, causing low blood pressure, swelling, weight gain and trouble breathing; it can kill.",
    source: `${PI}: boxed warning; 5.1`,
    cards: ["il2-side-effects", "il2-overview"],
  },
  {
    id: "L7",
    fact: "Brain and nerve effects: confusion, agitation, heavy sleepiness, rarely coma; doses are held while confusion lasts.",
    source: `${PI}: boxed warning; 5.2; 2 (dose changes)`,
    cards: ["il2-side-effects", "il2-overview"],
  },
  {
    id: "L8",
    fact: "Serious infections can occur, including in the blood and the heart valves; any infection is treated before IL-2 begins.",
    source: `${PI}: boxed warning; 5 (infections)`,
    cards: ["il2-side-effects", "il2-overview"],
    verify: true,
  },
  {
    id: "L9",
    fact: "Before the first dose, the heart, lungs (breathing tests), kidneys, liver and brain are checked, with blood tests, and a pregnancy test where pregnancy is possible; some people cannot safely have IL-2.",
    source: `${PI}: boxed warning; 5 (patient selection and tests); pregnancy test: 8 (Use in Specific Populations)`,
    cards: ["il2-side-effects", "il2-schedule", "il2-overview"],
    verify: true,
  },
  {
    id: "L10",
    fact: "Side effects seen in 30 or more of every 100 people: low blood pressure, diarrhea, little urine, chills, vomiting, shortness of breath, rash, nausea, confusion; chills and fever often follow a dose within hours.",
    source: `${PI}: 6 (Adverse Reactions)`,
    cards: ["il2-side-effects"],
  },
  {
    id: "L11",
    fact: "Most side effects clear up soon after the doses stop.",
    source: `${PI}: 6 (Adverse Reactions)`,
    cards: ["il2-side-effects", "il2-overview"],
  },
  {
    id: "L12",
    fact: "Warning signs to report at once in hospital, and to call about at home (trouble breathing, chest pain, racing or uneven heartbeat, feeling faint, new confusion or heavy sleepiness, much less urine, black or bloody stool, fever at home); an emergency means the local emergency number (911 in the U.S.); the host supplies other numbers.",
    source: `Project's own guidance drawn from ${PI}: boxed warning; 5.1; 5.2; 5 (infections)`,
    cards: ["il2-side-effects", "il2-self-check"],
  },
  {
    id: "L13",
    fact: "About 4 weeks after a course the team checks for tumor shrinkage; another course only if the tumors shrank and it is safe, at least 7 weeks after leaving hospital.",
    source: `${PI}: 2 (Dosage and Administration: retreatment)`,
    cards: ["il2-schedule"],
  },
  {
    id: "L14",
    fact: "In the melanoma studies, about 16 in 100 had tumors shrink, about 6 in 100 had all signs of cancer go away (often for years), and about 2 in 100 died of side effects, mostly infection.",
    source:
      "Atkins 1999 (the pivotal melanoma studies); PI 14 (Clinical Studies)",
    cards: ["il2-overview", "il2-side-effects"],
  },
  {
    id: "L15",
    fact: "The prescribing information is for adults with metastatic melanoma or metastatic kidney cancer.",
    source: `${PI}: 1 (Indications and Usage)`,
    cards: ["il2-overview"],
  },
  {
    id: "L16",
    fact: "IL-2 is now mostly offered after other immunotherapies; after lifileucel (Amtagvi®, approved 2024) it is given for a few doses on a shorter plan, so the schedule card shows IL-2 alone.",
    source:
      "Current use, and lifileucel's own U.S. approval (2024); not a section of the PROLEUKIN prescribing information",
    cards: ["il2-overview", "il2-resources", "il2-schedule"],
    verify: true,
  },
  {
    id: "L17",
    fact: "Iovance Biotherapeutics has made and sold PROLEUKIN since 2023.",
    source: `${PI}: maker named on the prescribing information (revised 2/2024)`,
    cards: ["il2-assistance"],
  },
];
