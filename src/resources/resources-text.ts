// The shape of the related-care-and-research card's text (facts F25–F27), shared by every locale.
import type { ContentBlock } from '../shared/blocks.js';

/** The card's topics, in the order shown. */
export const RESOURCE_TOPICS = ['treatments', 'adjuvant', 'research'] as const;
export type ResourceTopic = (typeof RESOURCE_TOPICS)[number];

/** Research funding figures (F27) as plain numbers; the card formats them for the locale. */
export interface ResearchFunding {
  /** Year the funding count starts. */
  since: number;
  /** Grants funded directly, in US dollars (the text says "over" this amount). */
  grantsUsd: number;
  /** Further outside money brought in, in US dollars. */
  leveragedUsd: number;
}

/** The same figures formatted with the locale's `intlLocale`, e.g. `131 million`, `2007`. */
export interface FormattedFunding {
  since: string;
  /** The number of dollars in words and digits without a currency sign (`131 million`). */
  grants: string;
  leveraged: string;
}

export interface ResourceTopicText {
  heading: string;
  blocks: ContentBlock[];
  /** Text of the topic's link; must make sense out of context. */
  linkText: string;
}

export interface ResearchTopicText extends Omit<ResourceTopicText, 'blocks'> {
  funding: ResearchFunding;
  blocks: (funding: FormattedFunding) => ContentBlock[];
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
