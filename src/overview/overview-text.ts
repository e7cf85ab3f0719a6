// The shape of the overview card's text, shared by every locale.
import type { ContentBlock } from "../shared/blocks.js";

/** The overview's sections, in their default order. */
export const OVERVIEW_SECTIONS = ["what", "how", "who", "goals"] as const;
export type OverviewSectionId = (typeof OVERVIEW_SECTIONS)[number];

export interface OverviewSectionText {
  heading: string;
  blocks: ContentBlock[];
}

export interface OverviewText {
  title: string;
  lede: string;
  sections: Record<OverviewSectionId, OverviewSectionText>;
  /** Accessible name of the expand/collapse-all toolbar when sections are collapsible. */
  expandAll: string;
  collapseAll: string;
}
