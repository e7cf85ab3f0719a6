// English text of <il2-side-effects>, and the shape of its text in every language: a module of its
// own, so a page loads only the text it shows. The hospital stay, the three serious risks, the
// common side effects, and when to get help, in the hospital and after going home (issue 23 §1).
//
// Facts from the prescribing information (L5–L11) are marked as the label's: the four sections
// that carry them open with `common.labelTag`, which `common.labelNote` explains in the footer.
// Phone numbers are never text: `{emergency}` is the emergency number (911 unless the host sets
// another) and `{phone}` a number the host gave; without one, the card names no number (L12).
import type { ContentBlock } from "../../shared/blocks.js";
import { cardTitles } from "./card-titles.js";

/** A section of facts: its heading, then paragraphs and lists; its first block opens with `common.labelTag`. */
export interface SideEffectsSectionText {
  heading: string;
  blocks: ContentBlock[];
}

export interface SideEffectsText {
  /** Also the self-check's name for this card (card-titles.ts). */
  title: string;
  lede: string;
  keyPointsHeading: string;
  /** Three to five key points, first on the card (`{emergency}`: the emergency number). */
  keyPoints: string[];
  /** The tests before the first dose (L8, L9). */
  before: SideEffectsSectionText;
  /** The hospital stay: the intensive care unit and blood-pressure medicine (L5, F14, F17). */
  hospital: SideEffectsSectionText;
  /** The boxed warning's three risks (L6–L8), each a bold name and plain words; then the study's number (L14). */
  risks: {
    heading: string;
    intro: string;
    items: { name: string; text: string }[];
    study: string;
  };
  /** Side effects in 30 or more of every 100 people (L10), and that most go away (L11). */
  commonEffects: SideEffectsSectionText;
  /** The highlighted box: what to tell the nurse at once in the hospital (L12). */
  tellNurse: {
    heading: string;
    items: string[];
    /** Paragraphs inside the box, after the list. */
    after: string[];
  };
  /** After going home (L12). */
  atHome: {
    heading: string;
    /** First, in bold: `{emergency}`. */
    emergency: string;
    /** Before the list when the host gave no number: names no number. */
    callCareTeam: string;
    /** Before the list with the host's number, `{phone}`. */
    callCareTeamAt: string;
    items: string[];
    /** Only with the host's hours, `{hours}` as the host wrote them. */
    hours: string;
    /** Only with the host's after-hours number, `{phone}`. */
    afterHours: string;
    /** Only when the host gave no number: how the reader gets one. */
    askForNumber: string;
  };
  /** Heading over the host's own contact details (the `contact` slot); shown only when filled. */
  contactHeading: string;
  print: {
    /** Prints the whole card. */
    card: string;
    /** Prints only the two "when to get help" lists, on one page. */
    sheet: string;
    /** The one-page sheet's heading and first line (on paper only). */
    sheetHeading: string;
    sheetIntro: string;
    /** On the sheet when the host gave no number, before a line to write it on. */
    writeNumber: string;
  };
}

export const sideEffects: SideEffectsText = {
  title: cardTitles.sideEffects,
  // F14, F17, L12
  lede: "IL-2 can cause serious side effects. Your care team watches you closely in the hospital. This card tells you what to watch for and whom to tell.",
  keyPointsHeading: "Key points",
  keyPoints: [
    // L5
    "You get IL-2 in a hospital with an intensive care unit (ICU). The ICU is where very sick people get extra care.",
    // L6, L7, L8
    "The most serious risks are fluid leaking from blood vessels, changes in how you think, and infections.",
    // L11
    "Most side effects go away soon after the doses stop.",
    // L12
    "In the hospital, tell your nurse right away about any warning sign on this card.",
    // L12
    "After you go home, call your care team about a fever. For trouble breathing or chest pain, call {emergency}.",
  ],
  // The prescribing information's mark (the schedule's "FDA label" becomes this; see REVIEW-NOTES).
  before: {
    heading: "Before your first dose",
    blocks: [
      // L9
      "Not everyone can safely have IL-2. So your care team checks your health first.",
      {
        // L9
        lead: "You will have tests such as:",
        items: [
          "Heart tests",
          "Breathing tests, to check your lungs",
          "Tests of your kidneys, liver and brain",
          "Blood tests",
          "A pregnancy test, for anyone who could be pregnant",
        ],
      },
      // L8
      "If you have an infection, it is treated before IL-2 starts.",
    ],
  },
  hospital: {
    heading: "In the hospital",
    blocks: [
      // L5
      "The hospital has an intensive care unit (ICU) close by. Some people need care there during treatment. Some need medicine to keep their blood pressure up.",
      // F14, F17
      "A team that knows IL-2 well takes care of you. They check you often for side effects.",
    ],
  },
  risks: {
    heading: "Three serious risks",
    // L6–L8 are the boxed warning: the label's strongest kind of warning
    intro: "It gives its strongest warning about these three risks:",
    items: [
      {
        // L6
        name: "Leaking blood vessels (capillary leak).",
        text: "Fluid leaks out of your smallest blood vessels. This can cause low blood pressure, swelling, weight gain and trouble breathing. It can be life-threatening.",
      },
      {
        // L7
        name: "Changes in the brain and nerves.",
        text: "You may feel confused, upset or restless, or very sleepy. Rarely, a person goes into a coma, a deep sleep they cannot wake from. Doses stop as long as the confusion lasts.",
      },
      {
        // L8
        name: "Serious infections.",
        text: "Infections can be in the blood or in the valves of the heart.",
      },
    ],
    // L14, its source named in words
    study:
      "In the melanoma studies, about 2 in 100 people died of side effects, most often from an infection.",
  },
  commonEffects: {
    heading: "Common side effects",
    blocks: [
      {
        // L10: "30 or more in 100", said as a plain share
        lead: "At least 30 in every 100 people who get IL-2 have these:",
        items: [
          "Low blood pressure",
          "Chills",
          "Nausea (feeling sick to your stomach)",
          "Vomiting (throwing up)",
          "Diarrhea (loose, watery stool)",
          "Passing little urine (peeing less than usual)",
          "Shortness of breath",
          "Rash",
          "Confusion",
        ],
      },
      // L10
      "Chills and fever often start within a few hours of a dose.",
      // L11
      "Most side effects go away soon after the doses stop.",
    ],
  },
  tellNurse: {
    // L12: in the hospital
    heading: "Tell your nurse right away if you have:",
    items: [
      "Trouble breathing", // L6, L12
      "Chest pain", // L12
      "A heartbeat that is racing or uneven", // L12
      "A feeling that you might faint", // L6, L12
      "New confusion, or you feel very sleepy", // L7, L12
      "Much less urine than usual", // L6, L12
      "Black or bloody stool (poop)", // L12
    ],
    after: [
      // L12
      "Do not wait to see if it passes.",
      // L7: confusion may keep a person from telling anyone
      "If you are too confused or sleepy to tell anyone, a family member can tell the nurse for you.",
    ],
  },
  atHome: {
    heading: "After you go home",
    // L12: the emergency line
    emergency:
      "For trouble breathing or chest pain, call {emergency} right away.",
    // L12: no number from the host, so no number at all
    callCareTeam: "Call your care team's number right away if you have:",
    // L12: the host's number
    callCareTeamAt: "Call your care team at {phone} right away if you have:",
    items: [
      "A fever", // L8, L12
      "A heartbeat that is racing or uneven", // L12
      "A feeling that you might faint", // L12
      "New confusion, or you feel very sleepy", // L7, L12
      "Much less urine than usual", // L12
      "Black or bloody stool (poop)", // L12
    ],
    hours: "Your care team answers this number: {hours}.",
    afterHours: "When that office is closed, call {phone}.",
    // L12: the card invents no number; it tells the reader how to get one
    askForNumber:
      "Before you leave the hospital, ask your care team which number to call. Write it down and keep it by your phone.",
  },
  contactHeading: "How to reach your care team",
  print: {
    card: "Print this card",
    sheet: "Print a one-page sheet for your fridge",
    sheetHeading: "IL-2: when to get help",
    sheetIntro:
      "Put this page where you and your family can see it, such as on the fridge.",
    writeNumber: "Your care team's number:",
  },
};
