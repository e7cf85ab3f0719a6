// Node tests for the engine set-up of `npm test` and `npm run test:engines`: finding each engine's
// programs, installing the missing ones (or one clear line), the command-line options, the
// per-engine report, and the server commands' payload checks (media settings, key names).
import { test, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ENGINE_PACKAGES,
  NO_CHROME_MESSAGE,
  NO_ENGINES_MESSAGE,
  ensureEngines,
  findEngines,
  installPackages,
  missingEngines,
} from "./engines.mjs";
import { engineConcurrency } from "./engine-launchers.mjs";
import { parseMediaPayload } from "./media-plugin.mjs";
import { parseChord, webDriverKeyActions } from "./keys-plugin.mjs";
import { parseEnginesArg, report } from "./test.mjs";
import { skipLines } from "./summary-reporter.mjs";

const VARIABLES = [
  "CHROME_PATH",
  "FIREFOX_PATH",
  "WEBKIT_WEBDRIVER_PATH",
  "WEBKIT_MINIBROWSER_PATH",
  "XVFB_PATH",
  "DISPLAY",
];
let scratch = "";
const saved = Object.fromEntries(
  VARIABLES.map((name) => [name, process.env[name]]),
);

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), "il2-engines-"));
  for (const name of VARIABLES) delete process.env[name];
});

afterEach(() => {
  rmSync(scratch, { recursive: true, force: true });
  for (const [name, value] of Object.entries(saved))
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
});

/** An executable file standing in for a program. */
function fakeProgram(name) {
  const path = join(scratch, name);
  writeFileSync(path, "#!/bin/sh\nexit 0\n");
  chmodSync(path, 0o755);
  return path;
}

/** Places to look, each one fake program (or a missing path for the names in `absent`). */
function usualPlaces(absent = []) {
  const place = (name) => [
    absent.includes(name) ? join(scratch, "missing", name) : fakeProgram(name),
  ];
  return {
    chrome: place("chrome"),
    firefox: place("firefox"),
    driver: place("driver"),
    miniBrowser: place("miniBrowser"),
    xvfb: place("xvfb"),
  };
}

test("finds every engine's programs (Chrome through chrome-launcher); the environment variables win", async () => {
  const usual = usualPlaces();
  process.env.CHROME_PATH = fakeProgram("my-chrome");
  process.env.FIREFOX_PATH = fakeProgram("my-firefox");
  const found = await findEngines(usual);
  assert.equal(found.chromium.chrome, process.env.CHROME_PATH);
  assert.equal(found.firefox.firefox, process.env.FIREFOX_PATH);
  assert.equal(found.webkit.driver, usual.driver[0]);
  assert.equal(found.webkit.miniBrowser, usual.miniBrowser[0]);
  assert.equal(found.webkit.display, usual.xvfb[0]);
  assert.deepEqual(missingEngines(found), []);
});

test("an engine with any program missing is missing; an existing display stands in for Xvfb", async () => {
  const found = await findEngines(usualPlaces(["miniBrowser", "xvfb"]));
  assert.deepEqual(missingEngines(found).includes("webkit"), true);
  process.env.DISPLAY = ":0";
  const withDisplay = await findEngines(usualPlaces(["xvfb"]));
  assert.equal(withDisplay.webkit.display, "existing");
  assert.equal(missingEngines(withDisplay).includes("webkit"), false);
});

/** What findEngines gives with `absent` programs missing (Chrome stands in as "chrome"). */
const fakeFind = (absent) => async () => ({
  ...(await findEngines(usualPlaces(absent))),
  chromium: { chrome: absent.includes("chrome") ? undefined : "chrome" },
});

test("installs only the missing engines' Debian packages, then looks again", async () => {
  let installed = false;
  /** @type {string[][]} */
  const asked = [];
  const found = await ensureEngines({
    find: () => fakeFind(installed ? [] : ["firefox", "driver"])(),
    canInstall: true,
    install: (packages) => {
      asked.push(packages);
      installed = true;
      return true;
    },
  });
  assert.deepEqual(asked, [
    [...ENGINE_PACKAGES.firefox, ...ENGINE_PACKAGES.webkit],
  ]);
  assert.ok(found.firefox.firefox);
});

test("`only` limits the check to those engines", async () => {
  const found = await ensureEngines({
    only: ["firefox"],
    find: fakeFind(["driver", "chrome"]),
    canInstall: false,
    install: () => assert.fail("nothing to install for Firefox"),
  });
  assert.ok(found.firefox.firefox);
});

/** Runs ensureEngines in a process of its own, as `npm test` would, with `options` (source). */
const ensureInProcess = (options) =>
  spawnSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `import { ensureEngines, installPackages } from ${JSON.stringify(new URL("./engines.mjs", import.meta.url).href)};
       await ensureEngines(${options});`,
    ],
    { encoding: "utf8" },
  );

test("without a way to install, it prints one line on how to get the engines and exits with 1", () => {
  const run = ensureInProcess(
    `{ find: async () => ({ chromium: { chrome: "x" }, firefox: { firefox: undefined }, webkit: {} }), canInstall: false }`,
  );
  assert.equal(run.status, 1);
  assert.equal(run.stderr.trim(), NO_ENGINES_MESSAGE);
  assert.equal(run.stdout, "");
});

test("with Chromium missing and apt-get failing (offline), it says how to get Chromium in one line and exits 1", () => {
  const run = ensureInProcess(
    `{ only: ["chromium"], find: async () => ({ chromium: { chrome: undefined }, firefox: {}, webkit: {} }), canInstall: true,
       install: (packages) => installPackages(packages, () => { throw new Error("Command failed: apt-get"); }) }`,
  );
  assert.equal(run.status, 1);
  assert.equal(run.stderr, `${NO_CHROME_MESSAGE}\n`);
  assert.match(
    run.stdout,
    /^Installing the missing browser engines with apt-get: chromium/,
  );
});

test("installPackages runs apt-get update, then installs non-interactively; a failure is false", (t) => {
  const run = t.mock.fn();
  assert.equal(installPackages(["chromium"], run), true);
  assert.deepEqual(
    run.mock.calls.map(({ arguments: [file, args, options] }) => [
      [file, ...args].join(" "),
      options.env.DEBIAN_FRONTEND,
    ]),
    [
      ["apt-get update -qq", "noninteractive"],
      [
        "apt-get install -y -qq --no-install-recommends chromium",
        "noninteractive",
      ],
    ],
  );
  assert.equal(
    installPackages(["chromium"], (_file, args) => {
      if (args[0] === "install") throw new Error("E: Unable to locate package");
    }),
    false,
  );
});

test("--engines picks the engines (Chromium unless told); anything else goes to the runner", () => {
  assert.deepEqual(parseEnginesArg(["--files", "a.ts"]), {
    engines: ["chromium"],
    runnerArgs: ["--files", "a.ts"],
  });
  assert.deepEqual(
    parseEnginesArg(["--engines", "firefox,webkit", "--files", "a.ts"]),
    { engines: ["firefox", "webkit"], runnerArgs: ["--files", "a.ts"] },
  );
  assert.deepEqual(parseEnginesArg(["--engine=firefox"]).engines, ["firefox"]);
  assert.throws(() => parseEnginesArg(["--engines=edge"]), /comma-separated/);
});

test("one plain line per engine with its skip reasons and failures, then the total", () => {
  const totals = (
    passed,
    failed,
    skipped,
    skipReasons = {},
    failures = [],
  ) => ({
    passed,
    failed,
    skipped,
    skipReasons,
    failures,
    durations: [],
  });
  const result = report(
    [
      { name: "chromium", totals: totals(10, 0, 0) },
      {
        name: "webkit",
        totals: totals(8, 1, 3, { "no print emulation": 2 }, ["a > b"]),
      },
    ],
    skipLines,
  );
  assert.equal(
    result.text,
    [
      "chromium: 10 passed, 0 failed",
      "webkit: 8 passed, 1 failed, 3 skipped",
      "  2 skipped: no print emulation",
      "  1 skipped: no reason given (it.skip)",
      "  failed: a > b",
      "18 passed, 1 failed, 3 skipped",
    ].join("\n"),
  );
  assert.equal(result.failed, true);
  assert.deepEqual(skipLines({}, 0), []);
});

test("media settings are checked by name and value; reset goes alone", () => {
  assert.deepEqual(parseMediaPayload({ media: "print", colorScheme: "dark" }), {
    media: "print",
    colorScheme: "dark",
  });
  assert.deepEqual(parseMediaPayload({ reset: true }), {
    media: null,
    colorScheme: null,
    reducedMotion: null,
    forcedColors: null,
  });
  assert.throws(
    () => parseMediaPayload({ colorScheme: "blue" }),
    /light, dark/,
  );
  assert.throws(
    () => parseMediaPayload({ contrast: "more" }),
    /unknown setting/,
  );
  assert.throws(() => parseMediaPayload({}), /at least one/);
  assert.throws(
    () => parseMediaPayload({ reset: true, media: "print" }),
    /alone/,
  );
});

test("key names are checked, chords split, and WebDriver gets each chord down then up in reverse", () => {
  assert.deepEqual(parseChord("Shift+Tab"), ["Shift", "Tab"]);
  assert.deepEqual(parseChord("Space"), ["Space"]);
  assert.throws(() => parseChord("Spacebar"), /unknown key "Spacebar"/);
  assert.throws(() => parseChord(""), /key name/);
  assert.deepEqual(webDriverKeyActions([["\uE008", "\uE004"], ["a"]]), [
    {
      type: "key",
      id: "il2-keyboard",
      actions: [
        { type: "keyDown", value: "\uE008" },
        { type: "keyDown", value: "\uE004" },
        { type: "keyUp", value: "\uE004" },
        { type: "keyUp", value: "\uE008" },
        { type: "keyDown", value: "a" },
        { type: "keyUp", value: "a" },
      ],
    },
  ]);
});

test("Chromium runs the pages it is asked to; Firefox one unless told; WebKit always one", () => {
  assert.equal(engineConcurrency("chromium", 2), 2);
  assert.equal(engineConcurrency("firefox", 2), 1);
  assert.equal(engineConcurrency("firefox", 2, true), 2);
  assert.equal(engineConcurrency("webkit", 4, true), 1);
});
