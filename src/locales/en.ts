// English text for every widget. Each widget imports only its own section, so a bundle with one
// widget carries only that widget's English. Fact IDs (FACTS.md) are noted for review and tests.
import type { CommonText, LocaleText } from "../i18n/locale-text.js";
import type { OverviewText } from "../overview/overview-text.js";
import type { GuideText } from "../guide/guide-text.js";
import type { QuestionsText } from "../questions/doctor-questions-text.js";
import type { AssistanceText } from "../assistance/assistance-text.js";
import type { ResourcesText } from "../resources/resources-text.js";
import type { ScheduleText } from "../schedule/schedule-text.js";
import type { SelfCheckText } from "../self-check/self-check-text.js";
import type { ExplainingCard } from "../self-check/answer-key.js";
import type { RestRange } from "../schedule/course.js";

export const common: CommonText = {
  intlLocale: "en-US",
  careTeamNote:
    "This card shares general facts, not advice for you. Talk with your care team about your own treatment.",
  // F28
  sourceLine:
    'Source: Melanoma Research Alliance, patient page "Interleukin-2 (IL-2, Aldesleukin, PROLEUKIN®)". Last updated August 2021.',
  labelNote:
    'Facts marked "FDA label" come from the U.S. prescribing information for PROLEUKIN (2024).',
};

/**
 * Titles of the cards the self-check names as the place a fact is explained. Kept apart so the
 * self-check carries these two strings, not the whole text of both cards.
 */
export const cardTitles: Record<ExplainingCard, string> = {
  overview: "IL-2 for advanced melanoma",
  schedule: "How and when IL-2 is given",
};

export const overview: OverviewText = {
  title: cardTitles.overview,
  // F1
  lede: "Interleukin-2, or IL-2, is a cancer medicine. Its drug name is aldesleukin. Its brand name is PROLEUKIN®.",
  sections: {
    what: {
      heading: "What is IL-2?",
      blocks: [
        // F2
        "IL-2 is a kind of immunotherapy. That means it helps your own immune system fight cancer, such as melanoma.",
        // F6, F7
        "Your body makes some IL-2 on its own. It is a protein made by one kind of white blood cell, the T cell (also called a T lymphocyte). Its everyday job is to help other white blood cells, called T cells and B cells, grow and get more active.",
        // F8
        "The medicine is a form of IL-2 made to be a drug, called aldesleukin. It gives your immune system a boost so it can fight cancer cells.",
        // F3, F4
        "IL-2 is a systemic treatment. It moves through your blood and reaches every part of your body. Doctors use this kind of treatment for cancer that is advanced or metastatic. Metastatic means the cancer has spread to other parts of the body.",
      ],
    },
    how: {
      heading: "How does IL-2 work?",
      blocks: [
        {
          lead: "IL-2 fights cancer in three ways:",
          items: [
            // F9
            "It stops cancer cells from making new cancer cells and from spreading.",
            // F10
            "It helps your body make more white blood cells that attack cancer.",
            // F11
            "It makes cancer cells send out chemical signals. These signals call in immune cells that kill cancer.",
          ],
        },
        // F5
        "This way, IL-2 helps your immune system kill melanoma cells and shrink tumors, in any part of the body.",
      ],
    },
    who: {
      heading: "Who is IL-2 for?",
      blocks: [
        // F5
        "IL-2 is used to treat people with melanoma that is advanced or metastatic.",
        // F12
        "In 1998, the FDA approved IL-2 to treat stage IV melanoma. The FDA is the U.S. Food and Drug Administration. Stage IV is also called metastatic melanoma.",
        // F13
        "Stage IV means the cancer has moved to organs or to other places in the body.",
      ],
    },
    goals: {
      heading: "Goals and what to expect",
      blocks: [
        // F19
        {
          lead: "IL-2 has two main goals:",
          items: ["To shrink melanoma tumors.", "To kill melanoma cells."],
        },
        // F20
        'Your immune system has a kind of "memory." It can learn to know cancer cells. So IL-2 may help your body keep fighting melanoma even after treatment is over.',
        // F21
        "Doctors have used IL-2 for many years, not only in research studies (clinical trials). In some people, IL-2 shrinks tumors. In a small number of people, all signs of the cancer go away, and this can last 7 years or more.",
        // F22
        "Side effects can sometimes be serious. Ask your doctor about IL-2's side effects and about your other treatment choices.",
      ],
    },
  },
  expandAll: "Open all sections",
  collapseAll: "Close all sections",
};

export const assistance: AssistanceText = {
  title: "Help paying for IL-2",
  // F24
  lede: "Patient assistance programs, or PAPs, are meant to help you get the treatment you need, no matter how much money you have.",
  // F24
  options:
    "The company that makes IL-2 has a program like this. There are other kinds of help, too.",
  programLink:
    "Learn about the patient assistance program from the maker of IL-2",
  askAboutOthers:
    "To learn about other kinds of help, ask your care team or your hospital's financial counselor.",
  askWithoutLink:
    "To learn about the maker's program and other kinds of help, ask your care team or your hospital's financial counselor.",
  contactHeading: "Where to get help with costs",
  site: (host) => `(${host})`,
};

export const resources: ResourcesText = {
  title: "Other treatments and melanoma research",
  // F25, F22
  lede: "IL-2 is not the only treatment for melanoma. Here are more things to learn about.",
  treatments: {
    heading: "Newer treatments for advanced melanoma",
    blocks: [
      // F25
      "Some newer treatments work very well. They are worth learning about. Ask your care team about them.",
    ],
    linkText: "Learn about newer treatments for advanced melanoma",
  },
  adjuvant: {
    heading: "Treatment after surgery",
    blocks: [
      // F26
      "Adjuvant therapy is treatment given after surgery. It is for people whose melanoma is high risk. High risk here means stage IIB, IIC, III or IV.",
    ],
    linkText: "Learn about adjuvant therapy after melanoma surgery",
  },
  research: {
    heading: "Melanoma research",
    // F27
    funding: { since: 2007, grantsMillions: 131, leveragedMillions: 415 },
    blocks: ({ since, grantsMillions, leveragedMillions }) => [
      // F27
      "The Melanoma Research Alliance is a nonprofit group. No other nonprofit in the world pays for more of this research.",
      // F27
      `Since ${since}, it has given over $${grantsMillions} million in grants. It has also helped bring in $${leveragedMillions} million more from other sources.`,
      // F27
      "The goal is better ways to prevent, find and treat melanoma.",
    ],
    linkText: "Learn about research paid for by the Melanoma Research Alliance",
  },
  site: (host) => `(${host})`,
};

const restLength = ({ min, max }: RestRange) =>
  min === max
    ? `${min} ${min === 1 ? "day" : "days"}`
    : `${min} to ${max} days`;
const timesADay = (count: number) =>
  count === 1 ? "once a day" : `${count} times a day`;
const doseCount = (count: number) =>
  count === 1 ? "1 dose" : `${count} doses`;

export const schedule: ScheduleText = {
  title: cardTitles.schedule,
  // F14, F16
  lede: "IL-2 is given in the hospital in two cycles, with a rest in between.",
  aboutHeading: "Where and how",
  about: [
    // F14
    "You get IL-2 only in a hospital. Its side effects can be severe. So a doctor who knows IL-2 well is in charge of your care.",
    // F15
    "The drug goes into a vein. This is called an infusion.",
    // F17
    "Your doctors watch you closely. They check for side effects and see how well the drug works.",
    // F18
    "After the first course, people usually get more courses if IL-2 is working and they have no serious side effects.",
  ],
  courseHeading: "One course, step by step",
  datesHeading: "Your dates",
  // F16
  courseSummary: (dosesPerDay, rest) =>
    `One course has two cycles. In each cycle, you get IL-2 ${timesADay(dosesPerDay)} for 5 days. ` +
    `Between the cycles, you rest for ${restLength(rest)}.`,
  cycleTitle: (cycle) => `Cycle ${cycle}`,
  // L2: the picture shows the most doses a cycle can have, never more than 14.
  cycleDetail: (days, dosesPerCycle) =>
    `${days} days in the hospital, up to ${doseCount(dosesPerCycle)}`,
  dayLabel: (day) => `Day ${day}`,
  dayDoses: (doses) => (doses ? `up to ${doseCount(doses)}` : "no doses"),
  restTitle: "Rest",
  restDetail: (rest) => `${restLength(rest)} with no IL-2`,
  doseTimes: (times) => `Planned dose times each day: ${times}.`,
  doseTimesShortDay: (day, doses) =>
    doses === 0
      ? `Day ${day} has no doses.`
      : doses === 1
        ? `Day ${day} has a dose at the first time only.`
        : `Day ${day} has doses at the first ${doses} times only.`,
  todayBadge: "Today",

  datedIntro: (start) =>
    `Your first day of IL-2 is ${start}. The dates below count from that day.`,
  // L2 (the care team may change the plan), in plain words; no new facts.
  datedCaution:
    "This is a guide to help you plan. Your care team sets your real schedule, and it may change.",
  restDates: (first, last) =>
    first === last
      ? `You rest on ${first}.`
      : `You rest from ${first} to ${last}.`,
  restDatesRange: (first, rest, lastEarliest, lastLatest) =>
    `Your rest starts on ${first} and lasts ${restLength(rest)}. ` +
    `Your last rest day will be between ${lastEarliest} and ${lastLatest}.`,
  cycle2Window: (earliest, latest) =>
    `Cycle 2 may start as early as ${earliest} or as late as ${latest}. Your care team will set the day.`,
  todayInCycle: (today, cycle, day) =>
    `Today, ${today}, is day ${day} of cycle ${cycle}.`,
  todayInRest: (today, day) => `Today, ${today}, is rest day ${day}.`,
  todayInWindow: (today) =>
    `Today, ${today}, is in the days when cycle 2 may take place.`,

  formHeading: "See your own dates",
  formHint:
    "Do you know the day of your first infusion? Enter it to see the dates of your course.",
  dateLabel: "Day of your first infusion",
  showDates: "Show my dates",
  clearDates: "Clear my dates",
  errorEmpty: "Please enter the day of your first infusion.",
  errorInvalid:
    "That is not a real date. Please check the month, day and year.",
  statusShown: (start) => `Showing your dates from ${start}.`,
  statusCleared: "Your dates are cleared.",

  addToCalendar: "Add to my calendar",
  print: "Print",

  labelTag: "FDA label:",
  labelFacts: [
    // L1
    "The doses are given about every 8 hours.",
    // L2
    "A cycle has no more than 14 doses. Your care team may hold or skip a dose because of side effects.",
  ],

  calendar: {
    fileName: (start) => `il2-schedule-${start}.ics`,
    infusionDay: (cycle, day, days) =>
      `IL-2 in the hospital: cycle ${cycle}, day ${day} of ${days}`,
    dose: (cycle, day, dose, doses) =>
      `IL-2 dose ${dose} of ${doses} (cycle ${cycle}, day ${day})`,
    rest: "Rest from IL-2",
    cycle2Window: "IL-2 cycle 2 may start on one of these days",
    cycle2WindowNote: "Your care team will set the day. Until then, you rest.",
    note: "A plan made from the day of your first infusion. Your care team sets your real schedule, and it may change.",
  },
};

export const questions: QuestionsText = {
  title: "Questions to ask your doctor about IL-2",
  // F23
  lede: "Not every treatment works for every person. To learn more about IL-2, take these questions to your next visit. Check the box by each one you ask, and write down what you hear.",
  listHeading: "Questions to ask",
  questions: {
    q1: "Can I get IL-2 treatment?", // Q1
    q2: "How much have you used IL-2 to treat people?", // Q2
    q3: "Would IL-2 be a good choice for the melanoma I have?", // Q3
    q4: "Is there another treatment I could have instead of IL-2?", // Q4
    q5: "How well has IL-2 worked for people like me?", // Q5
    q6: "What side effects can IL-2 cause?", // Q6
    q7: "Are there clinical trials (research studies) of IL-2 I should think about?", // Q7
    q8: "What other treatments has the FDA approved for advanced melanoma?", // Q8
    q9: "What are the risks and the benefits of each choice I have?", // Q9
    q10: "What do we hope my treatment will do for me?", // Q10
  },
  progress: (asked, total) =>
    `You have asked ${asked} of ${total} ${total === 1 ? "question" : "questions"}.`,
  notesToggle: "Answer and notes",
  hasNotes: "(written)",
  notesLabel: "Write the answer or any notes",
  ownHeading: "Your own questions",
  ownEmpty: "Add any other questions you want to ask.",
  addLabel: "Type a question",
  addButton: "Add question",
  removeButton: "Remove",
  added: "Your question is added to the list.",
  removed: "Your question is removed.",
  emptyQuestion: "Type your question first.",
  ownLimit: (max) =>
    `You can add up to ${max} questions. Remove one to add another.`,
  actionsHeading: "Keep your list",
  print: "Print",
  copy: "Copy as text",
  download: "Download as a file",
  clear: "Clear all",
  confirmClear:
    "Clear all check marks, notes and your own questions? You cannot undo this.",
  confirmYes: "Yes, clear all",
  confirmNo: "No, keep my list",
  cleared: "Your list is cleared.",
  copied: "Your list is copied. You can paste it into a note or an email.",
  copyFailed:
    'Sorry, the list could not be copied. Try "Download as a file" instead.',
  downloaded: (fileName) =>
    `Your list is downloading as a file named ${fileName}.`,
  fileName: "questions-for-my-doctor.txt",
  keptInPage:
    "What you write stays in this browser and is not sent anywhere. It will be gone when you close this page.",
  keptOnDevice:
    'What you write stays in this browser on this device and is not sent anywhere. It is kept for next time, until you choose "Clear all".',
  cannotSave:
    "This browser will not let us save your list, so it will be gone when you close this page. To keep it, print, copy or download it. Nothing is sent anywhere.",
  unreadable:
    "A list saved before on this device could not be read, so this list starts empty.",
  textNotesLabel: "Answer and notes:",
  textNoNotes: "(none yet)",
};

export const selfCheck: SelfCheckText = {
  title: "Check what you know about IL-2",
  lede: "Answer six short questions to see what you remember. There is no score and no time limit. Not sure about one? Add it to your questions for your care team.",
  keptInPage: "Your answers are not saved or sent anywhere.",
  // Each fact is the card's own wording cut to one sentence; the three choices follow the answer
  // key in ../self-check/answer-key.ts (which one is right, which card explains it).
  questions: {
    where: {
      // F14
      question: "Where do people get IL-2?",
      choices: ["At home", "In a hospital", "At a drugstore"],
      fact: "You get IL-2 only in a hospital, where a doctor who knows IL-2 well is in charge.",
      ask: "Where will I get IL-2, and who will care for me there?",
    },
    how: {
      // F15
      question: "How does IL-2 get into your body?",
      choices: [
        "Through a vein, as an infusion",
        "As a pill you swallow",
        "As a cream on your skin",
      ],
      fact: "IL-2 goes into a vein, and this is called an infusion.",
      ask: "How will the IL-2 infusion be given to me?",
    },
    course: {
      // F16
      question: "What does one course of IL-2 look like?",
      choices: [
        "One dose, one time",
        "One dose a day for a year",
        "Two cycles of 5 days, with a rest in between",
      ],
      fact: "One course has two cycles of 5 days, with IL-2 3 times a day, and 7 to 10 days of rest in between.",
      ask: "What will my IL-2 course look like, day by day?",
    },
    watch: {
      // F17
      question: "Why does your care team watch you closely?",
      choices: [
        "To check for side effects and see how well IL-2 works",
        "To teach you to give IL-2 at home",
        "Only to fill out forms",
      ],
      fact: "Your doctors watch you closely to check for side effects and to see how well IL-2 works.",
      ask: "What will you watch for while I get IL-2?",
    },
    immune: {
      // F2
      question: "What does IL-2 do?",
      choices: [
        "It cuts out the tumor, like surgery",
        "It shuts down your immune system",
        "It helps your own immune system fight cancer",
      ],
      fact: "IL-2 is a kind of immunotherapy: it helps your own immune system fight cancer, such as melanoma.",
      ask: "How will IL-2 help my immune system fight the melanoma?",
    },
    "side-effects": {
      // F22
      question: "What should you do about side effects?",
      choices: [
        "Keep them to yourself",
        "Talk with your doctor about them",
        "Wait until treatment ends to tell anyone",
      ],
      fact: "Side effects can sometimes be serious, so ask your doctor about them and about your other treatment choices.",
      ask: "What should I do if I have side effects?",
    },
  },
  check: "Check",
  tryAgain: "Try again",
  askButton: "Ask my care team",
  right: "That's right.",
  missed: "Not quite.",
  pickFirst: "Pick one answer first. Not sure? You can ask your care team.",
  readMore: "Read more:",
  readMoreIn: (cardTitle) => `You can read more in "${cardTitle}."`,
  askAdded: (question) =>
    `Added to your questions for your care team: "${question}"`,
  askListed: "This question is already on your list for your care team.",
  askFull: "Your list of questions is full. Remove one there to add this one.",
  askNoList: (question) =>
    `There is no list of questions on this page. Write this question down for your visit: "${question}"`,
  print: "Print as a worksheet",
  worksheetNote:
    "Mark one box for each question. The answers are on the last page.",
  answersHeading: "Answers",
};

export const guide: GuideText = {
  title: "Your guide to IL-2 for melanoma",
  lede: "Read it all, or use the list below to jump to a part.",
  contents: "In this guide",
};

/** All English text. Listing every section here makes the compiler check English is complete. */
export const en: LocaleText = {
  common,
  overview,
  guide,
  assistance,
  resources,
  schedule,
  questions,
  selfCheck,
};
