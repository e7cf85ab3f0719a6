// Shared test helpers. Importing this file also installs root hooks that keep the console
// silent: any console.warn or console.error a test did not expect fails that test.
import { expect } from "@open-wc/testing";
import { emulateMedia, executeServerCommand } from "@web/test-runner-commands";
import sinon from "sinon";
import { forgetWarnings } from "../src/shared/warn.js";

/** Every element the library defines. */
export const ALL_TAGS = [
  "il2-overview",
  "il2-schedule",
  "il2-self-check",
  "il2-doctor-questions",
  "il2-assistance",
  "il2-resources",
  "il2-guide",
] as const;

// axe-core's first run on a page sets itself up (about 0.5 s on one core, several times that on a
// busy machine). Paying for it here, once per test file, keeps that cost out of whichever test
// happens to check accessibility first, so every test's timeout measures only its own work.
before(async function () {
  this.timeout(30_000);
  const probe = document.createElement("p");
  probe.textContent = "axe warm-up";
  document.body.append(probe);
  try {
    await expect(probe).to.be.accessible();
  } finally {
    probe.remove();
  }
});

type ConsoleMethod = "warn" | "error";

let captured: { method: ConsoleMethod; text: string }[] = [];
let expected: RegExp[] = [];
const originals = { warn: console.warn, error: console.error };

beforeEach(() => {
  captured = [];
  expected = [];
  forgetWarnings();
  for (const method of ["warn", "error"] as const) {
    console[method] = (...args: unknown[]) =>
      captured.push({ method, text: args.map(String).join(" ") });
  }
});

afterEach(function () {
  console.warn = originals.warn;
  console.error = originals.error;
  // Mocha's `this.currentTest` tells whether the test already failed; don't mask its error.
  if (this.currentTest?.state === "failed") return;
  const unexpected = captured.filter(
    ({ text }) => !expected.some((pattern) => pattern.test(text)),
  );
  expect(
    unexpected.map((entry) => `${entry.method}: ${entry.text}`),
    "unexpected console output",
  ).to.deep.equal([]);
});

/** Console warnings captured so far in this test. */
export function warnings(): string[] {
  return captured
    .filter((entry) => entry.method === "warn")
    .map((entry) => entry.text);
}

/** Declares a warning the test expects (so it does not fail the test) and returns how many matched so far. */
export function expectWarning(pattern: RegExp): number {
  expected.push(pattern);
  return warnings().filter((text) => pattern.test(text)).length;
}

/** The text a reader sees in an element's shadow root, one line per block. */
export function visibleText(element: Element): string {
  const root =
    element.shadowRoot?.querySelector<HTMLElement>(".card") ??
    (element as HTMLElement);
  return root.innerText.replace(/\n{2,}/g, "\n").trim();
}

/** The Flesch–Kincaid grade of a text, computed in Node by the `text-readability` package. */
export async function fleschKincaidGrade(text: string): Promise<number> {
  return executeServerCommand<number, { text: string }>(
    "flesch-kincaid-grade",
    { text },
  );
}

/**
 * The INFLESZ (Szigriszt-Pazos) score of a Spanish text, computed in Node by scripts/inflesz.mjs;
 * 65 or more reads as "fairly easy".
 */
export async function infleszScore(text: string): Promise<number> {
  return executeServerCommand<number, { text: string }>("inflesz-score", {
    text,
  });
}

/**
 * Prepares visible text for a readability score: each line (heading, button, list item) counts
 * as a sentence, so short headings don't run into the next paragraph.
 */
export function asSentences(text: string): string {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => (/[.!?:]$/.test(line) ? line : `${line}.`))
    .join(" ");
}

/** Every resource the page has fetched so far (scripts, styles, images, fetch/XHR). */
export function resourceUrls(): string[] {
  return performance.getEntriesByType("resource").map((entry) => entry.name);
}

export function shadow(element: Element): ShadowRoot {
  const root = element.shadowRoot;
  if (!root) throw new Error(`<${element.localName}> has no shadow root`);
  return root;
}

/** The first element in a card's shadow root matching `selector`. */
export const $ = <T extends Element = HTMLElement>(
  el: Element,
  selector: string,
) => shadow(el).querySelector<T>(selector);

/** Every element in a card's shadow root matching `selector`. */
export const $$ = <T extends Element = HTMLElement>(
  el: Element,
  selector: string,
) => [...shadow(el).querySelectorAll<T>(selector)];

/**
 * Presses a card's Print (the browser's dialog stubbed) and checks what reaches the paper:
 * under print media the card shows and the host page around it doesn't; after printing, the
 * page prints normally again.
 */
export async function expectPrintsAlone(
  card: HTMLElement,
  pressPrint: () => void,
): Promise<void> {
  const hostText = document.createElement("p");
  hostText.textContent = "Host page text that is not part of the card";
  document.body.prepend(hostText);
  const dialog = sinon.stub(window, "print");
  try {
    pressPrint();
    expect(dialog.calledOnce, "print dialog opened").to.equal(true);
    await emulateMedia({ media: "print" });
    expect(getComputedStyle(hostText).visibility).to.equal("hidden");
    expect(getComputedStyle(card).visibility).to.equal("visible");
    expect(card.getBoundingClientRect().height).to.be.greaterThan(0);
    window.dispatchEvent(new Event("afterprint"));
    expect(getComputedStyle(hostText).visibility).to.equal("visible");
  } finally {
    await emulateMedia({ media: "screen" });
    dialog.restore();
    hostText.remove();
  }
}

/**
 * Runs `check` while Chromium emulates forced colours (what Windows High Contrast gives a reader),
 * then turns the emulation off again, even when `check` fails. `check` gets `systemColor()`, which
 * resolves a CSS system colour keyword (`CanvasText`, `Highlight`…) to the `rgb()` the page uses.
 * Each switch also resets an emulated print media type to screen.
 */
export async function inForcedColors(
  check: (systemColor: (keyword: string) => string) => Promise<void> | void,
): Promise<void> {
  const probe = document.createElement("span");
  document.body.append(probe);
  const systemColor = (keyword: string) => {
    probe.style.color = keyword;
    return getComputedStyle(probe).color;
  };
  await executeServerCommand("emulate-forced-colors", { active: true });
  try {
    expect(
      matchMedia("(forced-colors: active)").matches,
      "forced colours emulated",
    ).to.equal(true);
    await check(systemColor);
  } finally {
    await executeServerCommand("emulate-forced-colors", { active: false });
    probe.remove();
  }
  expect(
    matchMedia("(forced-colors: active)").matches,
    "forced colours reset",
  ).to.equal(false);
}
