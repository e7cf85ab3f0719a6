// Shared test helpers. Importing this file also installs root hooks that keep the console
// silent: any console.warn or console.error a test did not expect fails that test.
import { expect } from "@open-wc/testing";
import { executeServerCommand } from "@web/test-runner-commands";
import sinon from "sinon";
import { forgetWarnings } from "../src/shared/warn.js";
import { WIDGET_TAGS } from "../src/widgets.js";
import {
  fill,
  fillCount,
  type CountMessage,
  type MessageValues,
} from "../src/i18n/message.js";

/** Every element the library defines, in the registry's order. */
export const ALL_TAGS = WIDGET_TAGS;

// ── Engines ─────────────────────────────────────────────────────────────────────────────────
// The suite runs in Chromium (`npm test`) and in Firefox and WebKit too (`npm run test:engines`).
// Tests use the helpers below, not their namesakes from @web/test-runner-commands, whose media
// emulation and key names work in Chromium only.

/** A browser engine the suite runs in. */
export type Engine = "chromium" | "firefox" | "webkit";

/** The engine running this test page. */
export const ENGINE: Engine = /Firefox\//.test(navigator.userAgent)
  ? "firefox"
  : /Chrome\//.test(navigator.userAgent)
    ? "chromium"
    : "webkit";

let currentTest: Mocha.Test | undefined;
let mediaEmulated = false;

/**
 * Skips the running test, with the reason, which the run's summary counts and lists per engine.
 * Use it only for what truly cannot be tested in this engine, and say why in `reason`.
 */
export async function skipTest(reason: string): Promise<never> {
  if (!currentTest) throw new Error("skipTest() runs inside a test");
  await executeServerCommand("il2-skip", { reason });
  // Mocha's own skip: marks the test pending and ends it here.
  return currentTest.skip();
}

/**
 * Runs the rest of the test only in the given engines; elsewhere it is skipped with `reason`
 * (say why the test cannot run there, e.g. "WebKit has no forced-colours mode").
 */
export async function onlyIn(engines: Engine[], reason: string): Promise<void> {
  if (!engines.includes(ENGINE)) await skipTest(reason);
}

/** Media settings a reader's browser can have; each stays until changed or the test ends. */
export interface MediaSettings {
  media?: "screen" | "print";
  colorScheme?: "light" | "dark";
  reducedMotion?: "reduce" | "no-preference";
  /** Windows High Contrast and the like. */
  forcedColors?: "active" | "none";
}

const cannotEmulate: Record<
  Engine,
  Partial<Record<keyof MediaSettings, string>>
> = {
  chromium: {},
  firefox: {},
  webkit: {
    media:
      "WebKitGTK's WebDriver cannot emulate print media (the print CSS is tested in Chromium and Firefox)",
    colorScheme:
      "WebKitGTK's WebDriver cannot emulate a dark system setting (tested in Chromium and Firefox)",
    reducedMotion:
      "WebKitGTK's WebDriver cannot emulate reduced motion (tested in Chromium and Firefox)",
    forcedColors:
      "WebKit has no forced-colours (High Contrast) mode to emulate (tested in Chromium and Firefox)",
  },
};

/**
 * Emulates the reader's media settings for this page with the engine's own emulation, so media
 * queries, `matchMedia` and `light-dark()` all follow. Settings combine (print while in dark mode)
 * and are reset to the reader's own after every test. Where the engine cannot emulate a setting
 * (WebKit), the test is skipped with the reason. Use this, not `emulateMedia` from
 * @web/test-runner-commands (Chromium only).
 */
export async function emulateMedia(settings: MediaSettings): Promise<void> {
  for (const name of Object.keys(settings) as (keyof MediaSettings)[]) {
    const reason = cannotEmulate[ENGINE][name];
    // Going back to the default needs no emulation.
    const isDefault = ["screen", "light", "no-preference", "none"].includes(
      settings[name]!,
    );
    if (reason && !isDefault) await skipTest(reason);
  }
  const supported = Object.fromEntries(
    Object.entries(settings).filter(
      ([name]) => !cannotEmulate[ENGINE][name as keyof MediaSettings],
    ),
  );
  if (Object.keys(supported).length === 0) return;
  mediaEmulated = true;
  await executeServerCommand("il2-emulate-media", supported);
}

/** The reader's own media settings again (also done after every test that emulated any). */
export async function resetMedia(): Promise<void> {
  if (!mediaEmulated) return;
  await executeServerCommand("il2-emulate-media", { reset: true });
  mediaEmulated = false;
}

/** Key names `sendKeys` accepts in every engine; "Shift+Tab" holds Shift while pressing Tab. */
export type KeyName =
  | "Tab"
  | "Shift+Tab"
  | "Enter"
  | "Escape"
  | "Space"
  | "Backspace"
  | "Home"
  | "End"
  | "ArrowLeft"
  | "ArrowUp"
  | "ArrowRight"
  | "ArrowDown";

/**
 * Presses a key (`{ press: "Space" }`) or types text (`{ type: "Yes" }`) as a person would, in
 * every engine. Use this, not `sendKeys` from @web/test-runner-commands, whose key names differ
 * between engines (Firefox rejects "Space") and which cannot hold Shift in WebKit.
 */
export async function sendKeys(
  keys: { press: KeyName } | { type: string },
): Promise<void> {
  await executeServerCommand("il2-keys", keys);
}

beforeEach(function () {
  currentTest = this.currentTest;
});

afterEach(async () => {
  await resetMedia();
});

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
 * A card's reading level measured as issue 23 sets it (scripts/reading-level.mjs, in Node): the
 * text split into sentences at . ! ? : ; and at line breaks, fragments under 3 words left out;
 * English: the Flesch–Kincaid grade; Spanish: the INFLESZ score.
 */
export async function readingLevel(
  text: string,
  lang: "en" | "es",
): Promise<{ value: number; sentences: number }> {
  return executeServerCommand<
    { value: number; sentences: number },
    { text: string; lang: string }
  >("reading-level", { text, lang });
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

/**
 * Loads a page in an iframe appended to the test page and waits for its load event. `src` pages
 * are same-origin and `srcdoc` shares the test page's origin, so the test can look inside.
 * `width`/`height` in CSS pixels (the browser's default frame size when left out); `prepare` runs
 * on the frame before it loads (styles, a `sandbox`).
 */
export async function loadFrame(
  page: { src: string } | { srcdoc: string },
  {
    title,
    width,
    height,
    prepare,
  }: {
    title: string;
    width?: number;
    height?: number;
    prepare?: (frame: HTMLIFrameElement) => void;
  },
): Promise<HTMLIFrameElement> {
  const frame = document.createElement("iframe");
  frame.title = title;
  if (width !== undefined) frame.style.width = `${width}px`;
  if (height !== undefined) frame.style.height = `${height}px`;
  prepare?.(frame);
  const loaded = new Promise((resolve) =>
    frame.addEventListener("load", resolve, { once: true }),
  );
  if ("src" in page) frame.src = page.src;
  else frame.srcdoc = page.srcdoc;
  document.body.append(frame);
  await loaded;
  return frame;
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
    expect(matchMedia("print").matches, "print media emulated").to.equal(true);
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
 * Runs `check` while the engine emulates forced colours (what Windows High Contrast gives a
 * reader), then turns the emulation off again, even when `check` fails. `check` gets
 * `systemColor()`, which resolves a CSS system colour keyword (`CanvasText`, `Highlight`…) to the
 * `rgb()` the page uses. Skipped (with the reason) in WebKit, which has no forced-colours mode.
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
  try {
    await emulateMedia({ forcedColors: "active" });
    expect(
      matchMedia("(forced-colors: active)").matches,
      "forced colours emulated",
    ).to.equal(true);
    await check(systemColor);
  } finally {
    await emulateMedia({ forcedColors: "none" });
    probe.remove();
  }
  expect(
    matchMedia("(forced-colors: active)").matches,
    "forced colours reset",
  ).to.equal(false);
}

/** A text message filled in as a card fills it (`locale`: the language's Intl tag). */
export const say = (
  message: string,
  values: MessageValues = {},
  locale = "en-US",
) => fill(message, values, locale);

/** A count message's form for `count`, filled in as a card fills it. */
export const sayCount = (
  message: CountMessage,
  count: number,
  values: MessageValues = {},
  locale = "en-US",
) => fillCount(message, count, locale, values);
