// All English text. Each widget's text is a module of its own (src/locales/en/<key>.ts) and each
// widget imports only its own, so a bundle or a page with one widget carries only that widget's
// English. Fact IDs (FACTS.md) are noted beside the text for review and tests.
import type { LocaleText } from "../i18n/locale-text.js";
import { common } from "./en/common.js";
import { overview } from "./en/overview.js";
import { guide } from "./en/guide.js";
import { assistance } from "./en/assistance.js";
import { resources } from "./en/resources.js";
import { schedule } from "./en/schedule.js";
import { questions } from "./en/questions.js";
import { selfCheck } from "./en/self-check.js";
import { cardTitles } from "./en/card-titles.js";

export {
  common,
  overview,
  guide,
  assistance,
  resources,
  schedule,
  questions,
  selfCheck,
  cardTitles,
};

/** All English text. Listing every section here makes the compiler check English is complete. */
export const en: LocaleText = {
  common,
  overview,
  guide,
  assistance,
  resources,
  schedule,
  questions,
  selfCheck,
};
