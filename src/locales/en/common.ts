// English text of every card: a module of its own, so a page loads only the text it shows.
import type { CommonText } from "../../i18n/common-text.js";

export const common: CommonText = {
  intlLocale: "en-US",
  careTeamNote:
    "This card shares general facts, not advice for you. Talk with your care team about your own treatment.",
  review: {
    // Says only what was done: the text was compared with its sources. A clinician is named only
    // when the host names one (reviewedBy).
    checked: "Checked against its sources: {date}.",
    reviewedBy: "Reviewed by {reviewer} on {date}.",
    next: "Next review: {date}.",
  },
  sources: {
    lead: "Sources:",
    // F28 (the page's full title is in the review pack; the reader gets a short, plain name)
    page: "Melanoma Research Alliance, patient page on IL-2, last updated {date}",
    // The prescribing information and its date (the L facts; its maker is in the review pack)
    label: "PROLEUKIN prescribing information, revised {date}",
    // The study behind the 1998 approval, whose numbers the overview shows
    study:
      "Atkins and others, Journal of Clinical Oncology, {year} (the melanoma studies)",
  },
  // The mark before a fact from the prescribing information (never "FDA label", read as a sticker).
  labelTag: "Official FDA information:",
  labelNote:
    '"Official FDA information" marks facts from the prescribing information for PROLEUKIN. That is the drug\'s official fact sheet for doctors. The FDA, the U.S. agency in charge of medicines, approves it.',
  // The mark before numbers from the melanoma studies.
  studyTag: "From the melanoma studies:",
  studyNote:
    '"From the melanoma studies" marks numbers from the studies that led to the 1998 approval. They included 270 people with melanoma.',
  // A host gave no phone number; the card never invents one.
  careTeamNumber: "your care team's number",
  askTool: {
    button: "Add this to my questions",
    added: 'Added to your questions for your care team: "{question}"',
    listed: "This question is already on your list for your care team.",
    full: "Your list of questions is full. Remove one there to add this one.",
    noList:
      'There is no list of questions on this page. Write this question down for your visit: "{question}"',
  },
};
