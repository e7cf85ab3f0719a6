// English text of <il2-overview>, and the shape of its text in every language: a module of its
// own, so a page loads only the text it shows.
import type { ContentBlock } from "../../shared/blocks.js";
import { cardTitles } from "./card-titles.js";

export interface OverviewSectionText {
  heading: string;
  blocks: ContentBlock[];
}

export interface OverviewText {
  title: string;
  lede: string;
  /** The sections, by the names the `sections` attribute takes. */
  sections: {
    what: OverviewSectionText;
    how: OverviewSectionText;
    who: OverviewSectionText;
    goals: OverviewSectionText;
  };
  /** Accessible name of the expand/collapse-all toolbar when sections are collapsible. */
  expandAll: string;
  collapseAll: string;
}

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
