// English text of <il2-assistance>: a module of its own, so a page loads only the text it shows.

export interface AssistanceText {
  title: string;
  /** What patient assistance programs are for (F24). */
  lede: string;
  /** The maker's own program and other options exist (F24). */
  options: string;
  /** Text of the link to the maker's program; must make sense out of context. */
  programLink: string;
  /** Shown under the link: where to ask about other options. */
  askAboutOthers: string;
  /** Shown instead of the link when the host gave no usable `program-href`. */
  askWithoutLink: string;
  /** Heading over the host's own contact details (the `contact` slot); shown only when filled. */
  contactHeading: string;
  /** The destination shown inside a link, `{host}` is the site, e.g. `(example.org)`, so readers know where it goes. */
  site: string;
}

export const assistance: AssistanceText = {
  title: "Help paying for IL-2",
  // F24
  lede: "Patient assistance programs, or PAPs, are meant to help you get the treatment you need, no matter how much money you have.",
  // F24
  options:
    "The company that makes IL-2 has a program like this. There are other kinds of help, too.",
  programLink:
    "Learn about the patient assistance program from the maker of IL-2",
  askAboutOthers:
    "To learn about other kinds of help, ask your care team or your hospital's financial counselor.",
  askWithoutLink:
    "To learn about the maker's program and other kinds of help, ask your care team or your hospital's financial counselor.",
  contactHeading: "Where to get help with costs",
  site: "({host})",
};
