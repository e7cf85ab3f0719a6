// English text of <il2-overview>, and the shape of its text in every language: a module of its
// own, so a page loads only the text it shows. What IL-2 is, how it is thought to work, who it is
// for, and what it can do beside its risks, opening with the key points.
import type { ContentBlock } from "../../shared/blocks.js";
import { cardTitles } from "./card-titles.js";

export interface OverviewSectionText {
  heading: string;
  blocks: ContentBlock[];
}

export interface OverviewText {
  title: string;
  /** The main message, first (PEMAT 1; CDC index 1–2). */
  lede: string;
  /** A highlighted box under the lede, never collapsed, printed (PEMAT 11; CDC index 3, 10). */
  keyPointsHeading: string;
  keyPoints: string[];
  /** The sections, by the names the `sections` attribute takes. */
  sections: {
    what: OverviewSectionText;
    how: OverviewSectionText;
    who: OverviewSectionText;
    goals: OverviewSectionText;
  };
  /**
   * The study's outcomes as a picture of 100 people (in the goals section): its caption (after
   * `common.studyTag`), the key's three lines beside a sample square each, and the picture's
   * accessible name.
   */
  outcomes: {
    caption: string;
    gone: string;
    shrank: string;
    rest: string;
    alt: string;
  };
  /** After the sections: a lead-in, the question (Q3) in bold, and the add-to-my-questions button. */
  askLead: string;
  ask: string;
  /** Accessible name of the expand/collapse-all toolbar when sections are collapsible. */
  expandAll: string;
  collapseAll: string;
}

export const overview: OverviewText = {
  title: cardTitles.overview,
  // F1, F2
  lede: "Interleukin-2, or IL-2, is a medicine that helps your own immune system fight melanoma. Its drug name is aldesleukin. Its brand name is PROLEUKIN®.",
  keyPointsHeading: "Key points",
  keyPoints: [
    // F5, F13, L15
    "IL-2 is for adults whose melanoma has spread to other parts of the body.",
    // F14, L5
    "You get it only in a hospital, because its side effects can be serious.",
    // L14, F21: benefit and risk side by side, in the same words
    "In the studies, about 16 in 100 people had their tumors shrink. About 2 in 100 died of side effects.",
    // L16
    "Today, doctors most often offer IL-2 after other immunotherapy drugs have been tried.",
    // F22, Q3
    "Ask your care team if IL-2 is a good choice for you.",
  ],
  sections: {
    what: {
      heading: "What is IL-2?",
      blocks: [
        // F2
        "IL-2 is a kind of immunotherapy. That means it helps your immune system, your body's own defense, fight cancer.",
        // F6, F7: IL-2 as a messenger, so the T-cell sentence does not read as circular
        "Your body makes a little IL-2 on its own. It is a protein that works like a messenger. Some white blood cells, called T cells (T lymphocytes), send it out. It tells other white blood cells to grow and get more active. These are more T cells, and also B cells. Both kinds help your body fight sickness.",
        // F8, L4 (the prescribing information)
        "The medicine is IL-2 made in a lab, called aldesleukin. The official FDA information says it is a little different from the IL-2 your body makes. It is made to boost your immune system against cancer cells.",
      ],
    },
    how: {
      heading: "How does IL-2 work?",
      blocks: [
        {
          // Finding 8: the three ways come from the source, told as what experts think
          lead: "Experts think IL-2 fights cancer in three ways:",
          items: [
            // F9
            "It keeps cancer cells from making more cancer cells and from spreading.",
            // F10
            "It helps your body make more white blood cells that attack cancer.",
            // F11
            "It makes cancer cells send out chemical signals. These signals call in immune cells that kill cancer.",
          ],
        },
        // F3
        "IL-2 is a systemic treatment. That means it moves through your blood to every part of your body.",
        // F5 (finding 8: "in some people")
        "So in some people, it can shrink tumors and kill melanoma cells, in any part of the body.",
      ],
    },
    who: {
      heading: "Who is IL-2 for?",
      blocks: [
        // F4, F5: "advanced" and "metastatic" defined once, in the source's own sense
        "Doctors use IL-2 for melanoma that is advanced or metastatic. Both words mean the cancer has spread to other parts of the body. Treatments that reach the whole body, like IL-2, are used for this kind of cancer.",
        // F12, F13
        "The FDA approved IL-2 for stage IV (stage 4) melanoma in 1998. The FDA is the U.S. government agency that approves medicines. Stage IV means the cancer has spread to organs or to other places in the body. Melanoma in stage IV is also called metastatic melanoma.",
        // L3, L15 (the prescribing information)
        "The FDA first approved IL-2 in 1992, for kidney cancer that has spread. The official FDA information says IL-2 is for adults with either of these cancers.",
        // L16
        "Today, IL-2 is most often offered after other immunotherapy drugs have been tried.",
        // L9, with the way to the side-effects card
        'Not everyone can safely get IL-2. Tests before treatment show if it is safe for you. "Side effects and when to get help" tells you more.',
      ],
    },
    goals: {
      // Benefits and risks side by side, in the same plain style (issue §3)
      heading: "What IL-2 can do, and its risks",
      blocks: [
        // F19
        {
          lead: "IL-2 has two main goals:",
          items: ["To shrink melanoma tumors.", "To kill melanoma cells."],
        },
        // F20
        'Your immune system has a kind of "memory." It can learn to know cancer cells. So IL-2 may help your body keep fighting melanoma even after treatment ends.',
        // F21 (the source's words)
        "Doctors have used IL-2 for many years, also outside research studies (clinical trials). The patient page says IL-2 shrinks tumors in some people. In a small number, all signs of cancer go away, and this can last 7 years or more.",
        // L14 with the study mark, beside F21: the same outcomes as plain numbers
        {
          lead: "In the melanoma studies, out of every 100 people who got IL-2:",
          items: [
            // L14
            "about 16 had their tumors shrink.",
            // L14
            "for about 6 of those 16, all signs of cancer went away, often for years.",
            // L14 (risk, in the same list and style as the benefits)
            "about 2 died of side effects, most often from an infection. This is not common, but it is serious.",
          ],
        },
        // F23
        "Not every treatment works for every person. No one can promise how IL-2 will work for you.",
        // F22, L6–L8, L11, with the way to the side-effects card
        'Side effects can be serious. The most serious are fluid leaking from blood vessels, changes in how you think, and infections. Most side effects go away soon after the doses stop. "Side effects and when to get help" lists the signs to watch for.',
        // F22, Q4, Q8: a named action instead of "ask your doctor"
        'Ask your care team what side effects IL-2 can cause. Ask about your other treatment choices, too. You can use the list "Questions to ask your doctor about IL-2."',
      ],
    },
  },
  outcomes: {
    // L14
    caption: "What happened to 100 people who got IL-2 in the melanoma studies",
    gone: "About 6 people: all signs of cancer went away.",
    shrank: "About 10 more people: tumors shrank. That makes about 16 in all.",
    rest: "About 84 people: tumors did not shrink.",
    alt: "A grid of 100 squares, one for each person. 6 squares show that all signs of cancer went away. 10 more show that tumors shrank. 84 show that tumors did not shrink.",
  },
  // Q3 (the same words as the questions card, so a second add says "already on your list")
  askLead:
    "To find out if IL-2 could fit you, ask your care team this question:",
  ask: "Would IL-2 be a good choice for the melanoma I have?",
  expandAll: "Open all sections",
  collapseAll: "Close all sections",
};
