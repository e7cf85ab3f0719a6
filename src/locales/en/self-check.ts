// English text of <il2-self-check>: a module of its own, so a page loads only the text it shows.
import type { SelfCheckText } from "../../self-check/self-check-text.js";

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
