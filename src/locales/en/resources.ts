// English text of <il2-resources>, and the shape of its text in every language: a module of its
// own, so a page loads only the text it shows.
import type { ContentBlock } from "../../shared/blocks.js";

export interface ResourceTopicText {
  heading: string;
  blocks: ContentBlock[];
  /** Text of the topic's link; must make sense out of context. */
  linkText: string;
}

export interface ResourcesText {
  title: string;
  lede: string;
  /** Newer treatments for advanced melanoma (F25). */
  treatments: ResourceTopicText;
  /** Adjuvant therapy (F26). */
  adjuvant: ResourceTopicText;
  /** The research funder (F27). */
  research: ResourceTopicText;
  /** The destination shown inside a link: `{host}` is the site, e.g. `(example.org)`, so readers know where it goes. */
  site: string;
}

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
    blocks: [
      // F27
      "The Melanoma Research Alliance is a nonprofit group. No other nonprofit in the world pays for more of this research.",
      // F27
      "Since 2007, it has given over $131 million in grants. It has also helped bring in $415 million more from other sources.",
      // F27
      "The goal is better ways to prevent, find and treat melanoma.",
    ],
    linkText: "Learn about research paid for by the Melanoma Research Alliance",
  },
  site: "({host})",
};
