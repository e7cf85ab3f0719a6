// The shape of the paying-for-treatment card's text (fact F24), shared by every locale.

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
  /** The destination shown inside a link, e.g. `(example.org)`, so readers know where it goes. */
  site: (host: string) => string;
}
