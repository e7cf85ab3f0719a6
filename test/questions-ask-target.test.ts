// Which list takes a question asked elsewhere on the page: the nearest, by shadow root.
import { expect } from "@open-wc/testing";
import { nearestList } from "../src/questions/ask-target.js";
import "./helpers.js";

/** A host element with an open shadow root, holding `children`, appended to `parent`. */
function host(parent: Node, ...children: Node[]): ShadowRoot {
  const element = document.createElement("div");
  parent.appendChild(element);
  const root = element.attachShadow({ mode: "open" });
  root.append(...children);
  return root;
}

const node = (name: string) => {
  const element = document.createElement("span");
  element.id = name;
  return element;
};

describe("nearestList", () => {
  let page: HTMLElement;
  beforeEach(() => {
    page = document.createElement("div");
    document.body.append(page);
  });
  afterEach(() => page.remove());

  it("takes the first list in the asking card's own root, in page order, whatever order they connected in", () => {
    const [source, a, b] = [node("source"), node("a"), node("b")];
    page.append(a, source, b);
    expect(nearestList(source, [b, a])).to.equal(a);
  });

  it("takes the list in the same shadow root (the same guide) before any on the page", () => {
    const [source, inGuide, onPage] = [
      node("source"),
      node("in"),
      node("page"),
    ];
    page.append(onPage);
    host(page, inGuide, source);
    expect(nearestList(source, [onPage, inGuide])).to.equal(inGuide);
  });

  it("looks up through shadow hosts before looking sideways", () => {
    const [source, onPage, inOtherGuide] = [node("s"), node("p"), node("o")];
    host(page, inOtherGuide);
    page.append(onPage);
    host(page, source);
    expect(nearestList(source, [inOtherGuide, onPage])).to.equal(onPage);
  });

  it("takes the first connected list when every list sits in some other shadow root", () => {
    const [source, first, second] = [node("s"), node("1"), node("2")];
    page.append(source);
    host(page, second);
    host(page, first);
    expect(nearestList(source, [first, second])).to.equal(first);
  });

  it("takes none when there is no list", () => {
    const source = node("s");
    page.append(source);
    expect(nearestList(source, [])).to.equal(undefined);
  });
});
