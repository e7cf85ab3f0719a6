// The registry (src/widgets.ts) and the element classes agree: every registry line is defined by
// the all-in-one entry, and each class waits for exactly the text parts the registry lists (which
// the autoloader fetches for it).
import { expect } from "@open-wc/testing";
import "../src/il2-widgets.js";
import { WIDGETS } from "../src/widgets.js";
import type { Il2Card } from "../src/shared/card.js";

describe("the widget registry", () => {
  it("names every element the all-in-one entry defines", () => {
    for (const { tag, className } of WIDGETS) {
      const element = customElements.get(tag);
      expect(element, tag).to.not.equal(undefined);
      expect(element!.name, tag).to.equal(className);
    }
  });

  it("lists the text parts each class waits for (the guide: its own and those of the cards it holds)", () => {
    const held = WIDGETS.filter((widget) => widget.inGuide);
    for (const { tag, text } of WIDGETS) {
      const element = customElements.get(tag) as unknown as typeof Il2Card;
      expect([...element.textParts], tag).to.deep.equal(
        tag === "il2-guide"
          ? [...text, ...held.map((widget) => widget.text[0])]
          : [...text],
      );
    }
  });
});
