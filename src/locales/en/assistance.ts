// English text of <il2-assistance>: a module of its own, so a page loads only the text it shows.
import type { AssistanceText } from "../../assistance/assistance-text.js";

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
  site: (host) => `(${host})`,
};
