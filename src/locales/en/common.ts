// English text of every card: a module of its own, so a page loads only the text it shows.
import type { CommonText } from "../../i18n/common-text.js";

export const common: CommonText = {
  intlLocale: "en-US",
  careTeamNote:
    "This card shares general facts, not advice for you. Talk with your care team about your own treatment.",
  // F28
  sourceLine:
    'Source: Melanoma Research Alliance, patient page "Interleukin-2 (IL-2, Aldesleukin, PROLEUKIN®)". Last updated August 2021.',
  labelNote:
    'Facts marked "FDA label" come from the U.S. prescribing information for PROLEUKIN (2024).',
};
