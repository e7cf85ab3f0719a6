// The helpers every test relies on to run in Chromium, Firefox and WebKit (test/helpers.ts): media
// emulation reaches the page and is gone in the next test, and keys arrive as a person presses them.
import { expect, fixtureSync, html } from "@open-wc/testing";
import { ENGINE, emulateMedia, sendKeys } from "./helpers.js";

// fixtureSync: awaiting a plain element's fixture waits for an animation frame, which background
// tabs (several test pages at once) never get.

const matches = (query: string) => matchMedia(query).matches;

describe("the test helpers in this engine", () => {
  it("knows which engine runs the page", () => {
    const expected = /Firefox\//.test(navigator.userAgent)
      ? "firefox"
      : /Chrome\//.test(navigator.userAgent)
        ? "chromium"
        : "webkit";
    expect(ENGINE).to.equal(expected);
  });

  describe("emulateMedia", () => {
    it("sets each setting for media queries and matchMedia, and the settings combine", async () => {
      const probe = fixtureSync<HTMLElement>(html`<div></div>`);
      probe.style.colorScheme = "light dark";
      probe.style.color = "light-dark(rgb(1, 2, 3), rgb(4, 5, 6))";
      await emulateMedia({ colorScheme: "dark" });
      expect(matches("(prefers-color-scheme: dark)")).to.equal(true);
      // light-dark() follows too: the auto theme depends on it.
      expect(getComputedStyle(probe).color).to.equal("rgb(4, 5, 6)");
      await emulateMedia({ reducedMotion: "reduce" });
      expect(matches("(prefers-reduced-motion: reduce)")).to.equal(true);
      expect(matches("(prefers-color-scheme: dark)"), "dark kept").to.equal(
        true,
      );
      await emulateMedia({ forcedColors: "active" });
      expect(matches("(forced-colors: active)")).to.equal(true);
      expect(matches("(prefers-reduced-motion: reduce)"), "kept").to.equal(
        true,
      );
      await emulateMedia({ media: "print" });
      expect(matches("print")).to.equal(true);
      await emulateMedia({ media: "screen", forcedColors: "none" });
      expect(matches("print")).to.equal(false);
      expect(matches("(forced-colors: active)")).to.equal(false);
      expect(matches("(prefers-reduced-motion: reduce)"), "kept").to.equal(
        true,
      );
      // Left on for the next test, which checks that it was reset.
      await emulateMedia({ media: "print", colorScheme: "dark" });
    });

    it("leaves nothing emulated for the next test", () => {
      expect(matches("print")).to.equal(false);
      expect(matches("(prefers-color-scheme: dark)")).to.equal(false);
      expect(matches("(prefers-reduced-motion: reduce)")).to.equal(false);
      expect(matches("(forced-colors: active)")).to.equal(false);
    });
  });

  describe("sendKeys", () => {
    it("presses Space and Enter on a focused button, and Shift+Tab goes back", async () => {
      let presses = 0;
      const form = fixtureSync<HTMLElement>(html`
        <div>
          <button @click=${() => (presses += 1)}>First</button>
          <button>Second</button>
        </div>
      `);
      const [first, second] = [...form.querySelectorAll("button")];
      first!.focus();
      await sendKeys({ press: "Space" });
      await sendKeys({ press: "Enter" });
      expect(presses).to.equal(2);
      await sendKeys({ press: "Tab" });
      expect(document.activeElement).to.equal(second);
      await sendKeys({ press: "Shift+Tab" });
      expect(document.activeElement).to.equal(first);
    });

    it("types text, repeated letters and spaces included, and Backspace deletes", async () => {
      const input = fixtureSync<HTMLInputElement>(
        html`<input aria-label="Question" />`,
      );
      input.focus();
      await sendKeys({ type: "Will it hurt, doctor?  Yes" });
      await sendKeys({ press: "Backspace" });
      expect(input.value).to.equal("Will it hurt, doctor?  Ye");
    });
  });
});
