// Spanish text for every widget, written for Spanish-speaking patients in the U.S. (usted, plain
// words, short sentences); not a word-for-word copy of the English. Same facts as the English
// (fact IDs from FACTS.md noted beside each sentence), nothing added. Each widget's text is a
// module of its own (src/locales/es/<key>.ts), which the autoloader fetches only for a card shown
// in Spanish. Importing this file is what makes all of Spanish available at once: it registers
// itself. Per-element modules never import it, so English-only bundles stay free of it; the
// all-in-one bundle does. A clinical translation review is recommended before use with patients.
import type { LocaleText } from "../i18n/locale-text.js";
import { registerLocale } from "../i18n/locale.js";
import { common } from "./es/common.js";
import { overview } from "./es/overview.js";
import { guide } from "./es/guide.js";
import { schedule } from "./es/schedule.js";
import { questions } from "./es/questions.js";
import { assistance } from "./es/assistance.js";
import { resources } from "./es/resources.js";
import { selfCheck } from "./es/self-check.js";

export const es: LocaleText = {
  common,
  overview,
  guide,
  schedule,
  questions,
  assistance,
  resources,
  selfCheck,
};

registerLocale("es", es);
