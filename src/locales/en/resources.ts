// English text of <il2-resources>, and the shape of its text in every language: a module of its
// own, so a page loads only the text it shows. Newer treatments (F25, L16), treatment after surgery
// (F26) and melanoma research (F27), each with a named question to ask.
import type { ContentBlock } from "../../shared/blocks.js";

export interface ResourceTopicText {
  heading: string;
  blocks: ContentBlock[];
  /** Text of the topic's link (only with the host's address); must make sense out of context. */
  linkText: string;
}

export interface ResourcesText {
  title: string;
  /** The main message first. */
  lede: string;
  /** Newer treatments for advanced melanoma (F25, L16); `ask` (Q8) follows its blocks, with its button. */
  treatments: ResourceTopicText & { ask: string };
  /** Adjuvant therapy (F26). */
  adjuvant: ResourceTopicText;
  /**
   * The research funder (F27). Its blocks take `{since}`, `{grants}` and `{leveraged}` (millions)
   * from `funding`, written as numbers in the card's language. `ask` (Q7) follows, with its button.
   */
  research: ResourceTopicText & {
    funding: {
      since: number;
      grantsMillions: number;
      leveragedMillions: number;
    };
    ask: string;
  };
  /** The destination shown inside a link: `{host}` is the site, e.g. `(example.org)`, so readers know where it goes. */
  site: string;
}

export const resources: ResourcesText = {
  title: "Other treatments and melanoma research",
  // F25, L16 (the key message first)
  lede: "IL-2 is one of several treatments for advanced melanoma. Some newer ones work very well. Learn about them. Ask your care team which ones could fit you.",
  treatments: {
    heading: "Newer treatments",
    blocks: [
      // F25
      "Some newer treatments work very well. They are worth learning about.",
      // L16
      "Today, IL-2 is most often given after other immunotherapy drugs have been tried. It is also given for a few doses after a newer cell treatment, lifileucel (Amtagvi®). The FDA approved lifileucel in 2024.",
      // Q8
      "To learn which treatments could fit you, ask your care team this question:",
    ],
    // Q8 (the same words as the questions card)
    ask: "What other treatments has the FDA approved for advanced melanoma?",
    linkText: "Read about newer melanoma treatments",
  },
  adjuvant: {
    heading: "Treatment after surgery",
    blocks: [
      // F26
      "Adjuvant therapy is treatment you get after surgery. It is for people whose melanoma is high risk.",
      // F26: the stage codes given meaning
      "High risk here means stage IIB, IIC, III or IV (2B, 2C, 3 or 4). The stage tells how far the melanoma has grown or spread. Ask your care team what your stage is.",
    ],
    linkText: "Read about treatment after melanoma surgery",
  },
  research: {
    heading: "Melanoma research",
    // F27 (numbers kept in one place)
    funding: { since: 2007, grantsMillions: 131, leveragedMillions: 415 },
    blocks: [
      // F27
      "Research is how doctors find better ways to prevent, find and treat melanoma.",
      // F27
      "The Melanoma Research Alliance is a nonprofit group. It is the largest group of its kind in the world that pays for this research. Since {since}, it has given more than {grants} million U.S. dollars in grants. It has helped bring in {leveraged} million more from others.",
      // Q7: clinical trials defined, with the question to ask
      "Clinical trials are research studies that test treatments in people. To learn about trials of IL-2, ask your care team this question:",
    ],
    // Q7 (the same words as the questions card, so a second add says "already on your list")
    ask: "Are there clinical trials (research studies) of IL-2 I should think about?",
    linkText: "Read about research paid for by the Melanoma Research Alliance",
  },
  site: "({host})",
};
