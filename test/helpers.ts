// Shared test helpers. Importing this file also installs root hooks that keep the console
// silent: any console.warn or console.error a test did not expect fails that test.
import { expect } from "@open-wc/testing";
import { executeServerCommand } from "@web/test-runner-commands";
import { forgetWarnings } from "../src/shared/warn.js";

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
