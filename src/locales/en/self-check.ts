// English text of <il2-self-check>, and the shape of its text in every language: a module of its
// own, so a page loads only the text it shows. Which answer is right, and which card explains it,
// is not text: it lives in src/self-check/answer-key.ts, the same for every language.

export interface SelfCheckQuestionText {
  /** The question, short and plain. */
  question: string;
  /** Three plain answers, in the order of the answer key (`ANSWER_KEY[topic].right` is the right one). */
  choices: [string, string, string];
  /** The right answer as one plain sentence: the fact itself, from FACTS.md. */
  fact: string;
  /** A ready-made question on this topic for the care team (added to `<il2-doctor-questions>`). */
  ask: string;
}

export interface SelfCheckText {
  title: string;
  /** What the card is for, with how many questions (a test keeps the count true); no score, no time limit. */
  lede: string;
  /** The line saying nothing is saved or sent. */
  keptInPage: string;
  /** One per topic, by the topic's stable id (the self-check's answer key gives the order). */
  questions: {
    where: SelfCheckQuestionText;
    how: SelfCheckQuestionText;
    course: SelfCheckQuestionText;
    watch: SelfCheckQuestionText;
    immune: SelfCheckQuestionText;
    "side-effects": SelfCheckQuestionText;
    "at-home": SelfCheckQuestionText;
  };

  check: string;
  tryAgain: string;
  askButton: string;
  /** Opens the feedback for a right answer. */
  right: string;
  /** Opens the feedback for a missed answer: kind, never "wrong". */
  missed: string;
  /** The reader pressed Check before picking an answer. */
  pickFirst: string;
  /** Before the link to the card that explains the fact (when that card is on the page). */
  readMore: string;
  /** Names the card that explains the fact, `{title}`, as text (when that card is not on the page). */
  readMoreIn: string;

  /** The `{question}` was added to the list of questions for the care team. */
  askAdded: string;
  /** The question was on that list already. */
  askListed: string;
  /** That list is full (its own limit). */
  askFull: string;
  /** No list of questions on the page: the reader gets the `{question}` to write down. */
  askNoList: string;

  print: string;
  /** On paper only: how to use the worksheet. */
  worksheetNote: string;
  /** Heading of the answers (on screen behind `answersToggle`, and printed on their own page). */
  answersHeading: string;
  /** The button that shows the answers on screen (`show`) and hides them again (`hide`). */
  answersToggle: { show: string; hide: string };
}

export const selfCheck: SelfCheckText = {
  title: "Check what you know about IL-2",
  lede: 'Answer seven short questions to see what you remember. There is no score and no time limit. Not sure about one? Press "Ask my care team" to add it to your questions.',
  keptInPage: "Your answers are not saved or sent anywhere.",
  questions: {
    where: {
      // F14
      question: "Where do people get IL-2?",
      choices: ["At home", "In a hospital", "At a drugstore"],
      fact: "You get IL-2 only in a hospital, where a doctor with a lot of experience with IL-2 is in charge.",
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
      fact: "IL-2 drips into a vein. This is called an infusion.",
      ask: "How will the IL-2 infusion be given to me?",
    },
    course: {
      // F16, L2 (never "3 times a day for 5 days" alone)
      question:
        "A course is one full round of IL-2 treatment. What does one course look like?",
      choices: [
        "One dose, one time",
        "One dose a day for a year",
        "Two cycles of 5 days, with a rest in between",
      ],
      fact: "A course has two cycles, with about 9 days of rest in between. A cycle is 5 days of doses in the hospital. In each cycle, a dose comes about every 8 hours, but never more than 14 in all.",
      ask: "What will my IL-2 course look like, day by day?",
    },
    watch: {
      // F17
      question: "Why does your care team check you so often?",
      choices: [
        "To look for side effects and see how well IL-2 works",
        "To teach you to give IL-2 at home",
        "Only to fill out forms",
      ],
      fact: "Your care team checks you often to look for side effects and to see how well IL-2 is working.",
      ask: "What will you check for while I get IL-2?",
    },
    immune: {
      // F2
      question: "What does IL-2 do?",
      choices: [
        "It cuts out the tumor, like surgery",
        "It shuts down your immune system",
        "It helps your own immune system fight cancer",
      ],
      fact: "IL-2 is a kind of immunotherapy. It helps your own immune system fight cancer, such as melanoma.",
      ask: "How will IL-2 help my immune system fight the melanoma?",
    },
    "side-effects": {
      // L12 (finding 4: in the hospital, the right answer is to tell the nurse at once)
      question:
        "You are in the hospital getting IL-2. Suddenly it is hard to breathe. What should you do?",
      choices: [
        "Wait to see if it passes",
        "Tell your nurse right away",
        "Bring it up at your next doctor visit",
      ],
      fact: "Tell your nurse right away. Trouble breathing can be a sign of a serious side effect, so do not wait.",
      ask: "Which side effects should I tell the nurse about right away?",
    },
    "at-home": {
      // L12 (NEW: from the side-effects card)
      question:
        "You are home after IL-2 and you get a fever. What should you do?",
      choices: [
        "Wait a few days to see if it goes away",
        "Keep it to yourself until your next visit",
        "Call your care team's number right away",
      ],
      fact: "Call your care team's number right away. A fever after you go home is a sign to call. For trouble breathing or chest pain, call your local emergency number (911 in the U.S.).",
      ask: "Which number should I call if I get a fever after I go home?",
    },
  },
  check: "Check",
  tryAgain: "Try again",
  askButton: "Ask my care team",
  right: "That's right.",
  missed: "Not quite.",
  pickFirst: "Pick one answer first. Not sure? You can ask your care team.",
  readMore: "Read more:",
  readMoreIn: 'You can read more in "{title}."',
  askAdded: 'Added to your questions for your care team: "{question}"',
  askListed: "This question is already on your list for your care team.",
  askFull: "Your list of questions is full. Remove one there to add this one.",
  askNoList:
    'There is no list of questions on this page. Write this question down for your visit: "{question}"',
  print: "Print as a worksheet",
  worksheetNote:
    "Mark one box for each question. The answers are on the last page.",
  answersHeading: "Answers: what to remember",
  answersToggle: {
    show: "Show all the answers",
    hide: "Hide the answers",
  },
};
