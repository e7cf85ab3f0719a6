// The shape of the related-care-and-research card's text (facts F25–F27), shared by every locale.
import type { ContentBlock } from "../shared/blocks.js";

/** The card's topics, in the order shown. */
export const RESOURCE_TOPICS = ["treatments", "adjuvant", "research"] as const;
export type ResourceTopic = (typeof RESOURCE_TOPICS)[number];

/**
 * Research funding figures (F27), kept as numbers in one place per locale so the text cannot
 * drift from them. Small whole numbers need no locale formatting; each locale writes the word
 * for "million" itself (no Intl compact notation, which costs milliseconds to set up).
 */
export interface ResearchFunding {
  /** Year the funding count starts. */
  since: number;
  /** Grants funded directly, in millions of US dollars (the text says "over" this amount). */
  grantsMillions: number;
  /** Further outside money brought in, in millions of US dollars. */
  leveragedMillions: number;
}

export interface ResourceTopicText {
  heading: string;
  blocks: ContentBlock[];
  /** Text of the topic's link; must make sense out of context. */
  linkText: string;
}

export interface ResearchTopicText extends Omit<ResourceTopicText, "blocks"> {
  funding: ResearchFunding;
  blocks: (funding: ResearchFunding) => ContentBlock[];
}

export interface ResourcesText {
  title: string;
  lede: string;
  /** Newer treatments for advanced melanoma (F25). */
  treatments: ResourceTopicText;
  /** Adjuvant therapy (F26). */
  adjuvant: ResourceTopicText;
  /** The research funder (F27). */
  research: ResearchTopicText;
  /** The destination shown inside a link, e.g. `(example.org)`, so readers know where it goes. */
  site: (host: string) => string;
}
