// A translation pack: the file `il2-widgets locale build` writes and a host serves beside the
// widgets (il2-locale-vi.js). Pure data and what a person needs to trust it: the language, its
// direction, the review record, and the hash of the English it translates. It imports nothing
// (it is served standalone, beside whatever copy of il2-widgets the page uses): it pushes itself
// onto a queue on the page, which the widgets take whenever they load (src/i18n/locale.ts).
// Pure (no Node, no DOM): the browser tests use it too.
import type { LocaleText } from "../../generated/locale-text.js";
import type { ReviewRecord } from "./xliff.js";

/** The symbol of the page's pack queue (LOCALE_PACKS in src/i18n/locale.ts). */
export const PACK_QUEUE = "il2-widgets.locale-packs";

export interface PackData {
  /** The format of this object, for tools that read packs. */
  format: 1;
  /** The language the cards match (the primary subtag of `tag`): a page's `lang` of `vi-VN` shows `vi`. */
  language: string;
  /** The language tag the translation was made for; Intl formats dates and numbers with it. */
  tag: string;
  dir: "ltr" | "rtl";
  /** The package and version whose English it translates. */
  package: string;
  /** SHA-256 of the English it translates (every reader-facing string). */
  source: string;
  /** Who translated and reviewed it; null for a draft. */
  review: ReviewRecord | null;
  text: LocaleText;
}

/** Right-to-left scripts, for a runtime whose Intl.Locale cannot say (Node 20 can). */
const RTL_SCRIPTS = new Set([
  "Arab",
  "Hebr",
  "Syrc",
  "Thaa",
  "Nkoo",
  "Adlm",
  "Rohg",
  "Mand",
  "Samr",
  "Mend",
]);

/** The direction of a language's text, from Intl (`ar`, `fa`, `ur`, `he` are right to left). */
export function textDirection(tag: string): "ltr" | "rtl" {
  const locale = new Intl.Locale(tag) as Intl.Locale & {
    getTextInfo?: () => { direction?: string };
    textInfo?: { direction?: string };
  };
  const direction = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
  if (direction === "rtl" || direction === "ltr") return direction;
  return RTL_SCRIPTS.has(locale.maximize().script ?? "") ? "rtl" : "ltr";
}

/** The pack module's source: a comment for people, then one statement. */
export function packModule(pack: PackData, about: string[] = []): string {
  const review = pack.review
    ? `Reviewed ${pack.review.reviewed} by ${pack.review.reviewer}; translated by ${pack.review.translator}.`
    : 'DRAFT: not reviewed. Its cards say "This translation has not been reviewed yet".';
  const comment = [
    `il2-widgets translation pack: ${pack.tag} (${pack.dir === "rtl" ? "right to left" : "left to right"}), for ${pack.package}.`,
    review,
    `English content hash ${pack.source}.`,
    ...about,
    "Data only: it imports nothing and registers itself with il2-widgets on the page, loaded before",
    "or after the widgets. Serve it beside them; do not edit it: change the translation and build",
    "it again (il2-widgets locale build).",
  ];
  // A name with a line break must not end the comment (and start code).
  const safe = (line: string) => line.replace(/[\r\n\u2028\u2029]+/g, " ");
  return `${comment.map((line) => `// ${safe(line)}`.trimEnd()).join("\n")}
(globalThis[Symbol.for(${JSON.stringify(PACK_QUEUE)})] ||= []).push(${JSON.stringify(pack)});
`;
}
