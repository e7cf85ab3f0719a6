// <il2-resources>: related care and research — newer treatments (F25, L16), adjuvant therapy (F26)
// and the research funder (F27), each with an optional link the host supplies, and the named
// questions to ask (Q8, Q7) with a button that adds them to the list of questions.
import { html, type PropertyValues, type PropertyDeclarations } from "lit";
import { Il2Card } from "../shared/card.js";
import { heading } from "../shared/heading.js";
import { renderBlocks } from "../shared/blocks.js";
import { parseHttpUrl } from "../shared/safe-url.js";
import { linkStyles, renderLink } from "../shared/link.js";
import { quote } from "../shared/warn.js";
import { AskTool, askToolStyles } from "../shared/ask-tool.js";
import type { Il2AskDetail } from "../shared/ask-event.js";
import { common } from "../locales/en/common.js";
import { resources, type ResourcesText } from "../locales/en/resources.js";
import { resourcesStyles } from "./resources.styles.js";

/** The card's topics, in the order shown. */
const RESOURCE_TOPICS = ["treatments", "adjuvant", "research"] as const;
type ResourceTopic = (typeof RESOURCE_TOPICS)[number];

/** The topics that end with a question to ask, and its topic for the list of questions. */
const ASK_TOPICS: Partial<Record<ResourceTopic, string>> = {
  treatments: "other-treatments",
  research: "clinical-trials",
};

/** Each topic's link property and the attribute that sets it. */
const LINK_ATTRIBUTES = {
  treatments: ["treatmentsHref", "treatments-href"],
  adjuvant: ["adjuvantHref", "adjuvant-href"],
  research: ["researchHref", "research-href"],
} as const satisfies Record<ResourceTopic, readonly [string, string]>;

/**
 * Links: only an absolute `http://` or `https://` address becomes a link. Anything else (other
 * schemes such as `javascript:` or `data:`, relative URLs, spaces inside, `user@` addresses, over
 * 2048 characters) is refused with a console warning, and the topic's text stays without a link.
 * An empty value counts as not set. Links open in the same tab, send no referrer, show their site
 * name, and print their address.
 *
 * @tagname il2-resources
 * @summary Related care and research: newer treatments for advanced melanoma and where IL-2 fits
 * today, treatment after surgery (adjuvant therapy), and the Melanoma Research Alliance's research
 * funding, with the questions to ask the care team, which a button adds to the list of questions.
 *
 * @attr {string} treatments-href - Full http(s) address of a page about newer treatments for
 *   advanced melanoma. No default: without a usable address the topic has no link.
 * @attr {string} adjuvant-href - Full http(s) address of a page about adjuvant therapy (treatment
 *   after surgery). No default: without a usable address the topic has no link.
 * @attr {string} research-href - Full http(s) address of a page about the research the Melanoma
 *   Research Alliance funds. No default: without a usable address the topic has no link.
 * @attr {1 | 2 | 3 | 4 | 5 | 6} heading-level - Level of the card title; topic headings use the next level. Default 2.
 *
 * @fires {CustomEvent<Il2AskDetail>} il2-ask - The reader pressed "Add this to my questions" under
 *   a topic. `detail`: `{ topic, question, lang, result: "" }` with the topic `other-treatments`
 *   or `clinical-trials`, taken by an `<il2-doctor-questions>` on the page as the self-check's (see
 *   there); the card then says what became of it, or, with no list on the page, shows the question
 *   to write down.
 *
 * @csspart body - The area holding the topics.
 * @csspart ask - Each question for the care team, its button and what became of it.
 * @csspart section - Each topic tile.
 * @csspart section-title - Each topic heading.
 * @csspart link - Each topic's link (only with a usable address).
 */
export class Il2Resources extends Il2Card {
  static override textParts = ["resources"];
  static {
    this.registerEnglish({ common, resources });
  }
  static override styles = [
    ...Il2Card.styles,
    linkStyles,
    askToolStyles,
    resourcesStyles,
  ];

  static override properties: PropertyDeclarations = {
    treatmentsHref: { attribute: "treatments-href" },
    adjuvantHref: { attribute: "adjuvant-href" },
    researchHref: { attribute: "research-href" },
  };

  treatmentsHref?: string;

  adjuvantHref?: string;

  researchHref?: string;

  readonly #askTool = new AskTool(this);

  /** Checked addresses per topic; a topic is missing when it has no usable link. */
  #links: Partial<Record<ResourceTopic, string>> = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    for (const topic of RESOURCE_TOPICS) {
      const [name, attribute] = LINK_ATTRIBUTES[topic];
      if (!changed.has(name)) continue;
      const value: unknown = this[name];
      const parsed = parseHttpUrl(value);
      if (!parsed.valid) {
        if (IL2_DEV)
          this.warn(
            `${attribute}=${quote(value)}`,
            `${parsed.problem ?? "is not usable"}; showing the text without a link.`,
          );
      }
      this.#links = { ...this.#links, [topic]: parsed.value };
    }
  }

  #renderTopic(topic: ResourceTopic, text: ResourcesText) {
    const href = this.#links[topic];
    const { heading: title, blocks, linkText } = text[topic];
    const site = (host: string) => this.say(text.site, { host });
    const { since, grantsMillions, leveragedMillions } = text.research.funding;
    // The year as it is written (a number would be grouped: "2,007").
    const values = {
      since: String(since),
      grants: grantsMillions,
      leveraged: leveragedMillions,
    };
    const askTopic = ASK_TOPICS[topic];
    const topicText = text[topic];
    return html`<section class="topic tile" part="section">
      ${heading(this.sectionLevel, title, { part: "section-title", className: "subheading" })}
      ${renderBlocks(blocks, (message) => this.say(message, values))}
      ${
        askTopic && "ask" in topicText
          ? this.#askTool.render({
              topic: askTopic,
              question: topicText.ask,
              lang: this.language,
              common: this.commonText,
            })
          : null
      }
      ${href ? renderLink(href, linkText, site) : null}
    </section>`;
  }

  override render() {
    const text = this.text<ResourcesText>("resources");
    return this.renderCard({
      title: text.title,
      lede: text.lede,
      body: html`<div class="topics">
        ${RESOURCE_TOPICS.map((topic) => this.#renderTopic(topic, text))}
      </div>`,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "il2-resources": Il2Resources;
  }
  interface GlobalEventHandlersEventMap {
    "il2-ask": CustomEvent<Il2AskDetail>;
  }
}
