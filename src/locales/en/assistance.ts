// English text of <il2-assistance>: a module of its own, so a page loads only the text it shows.
// Help paying for IL-2 (F24), the maker's name (L17), the steps to take, and the question to ask.

export interface AssistanceText {
  title: string;
  /** The main message first: there is help (F24). */
  lede: string;
  /** The maker's own program and other options exist (F24). */
  options: string;
  /** Who makes PROLEUKIN (L17), shown after `common.labelTag`. */
  maker: string;
  /** Heading over the numbered steps. */
  stepsHeading: string;
  /**
   * The numbered steps: `counselor`, `program`, then `programLink` with the link (only with a
   * usable `program-href`), then `others`.
   */
  steps: {
    counselor: string;
    program: string;
    programLink: string;
    others: string;
  };
  /** Text of the link to the maker's program; must make sense out of context. */
  programLink: string;
  /** The question for the care team, with the add-to-my-questions button. */
  ask: string;
  /** Heading over the host's own contact details (the `contact` slot); shown only when filled. */
  contactHeading: string;
  /** The destination shown inside a link, `{host}` is the site, e.g. `(example.org)`, so readers know where it goes. */
  site: string;
}

export const assistance: AssistanceText = {
  title: "Help paying for IL-2",
  // F24 (the key message first)
  lede: "Worried about the cost of IL-2? There is help. Patient assistance programs are meant to help you get the treatment you need, however much money you have.",
  // F24
  options:
    "The company that makes IL-2 has a program like this. There are other kinds of help, too.",
  // L17 (shown after common.labelTag)
  maker:
    "Since 2023, a company called Iovance Biotherapeutics has made and sold PROLEUKIN.",
  stepsHeading: "What you can do",
  steps: {
    // F24: where to ask, and the term defined
    counselor:
      "Ask your care team or your hospital's financial counselor what help there is. A financial counselor is someone at the hospital who helps with the cost of care.",
    // F24, L17
    program: "Ask about the program from the maker of IL-2.",
    // Only with the host's link
    programLink: "You can also read about it yourself:",
    // F24
    others: "Ask about other kinds of help, too.",
  },
  // L17: the link names the maker and makes sense on its own
  programLink:
    "Learn about the patient assistance program from Iovance Biotherapeutics, the maker of IL-2",
  ask: "Where can I get help paying for IL-2?",
  contactHeading: "Where to get help with costs",
  site: "({host})",
};
