// Node tests for finding a browser (find-chrome.mjs) and for what ensure-chrome.mjs does when
// there is none: install it when it can, otherwise one clear line and exit code 1, never a stack.
import { test, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findChrome } from "./find-chrome.mjs";
import {
  NO_CHROME_MESSAGE,
  ensureChrome,
  installChromium,
} from "./ensure-chrome.mjs";

let scratch = "";
const savedChromePath = process.env.CHROME_PATH;

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), "il2-find-chrome-"));
  delete process.env.CHROME_PATH;
});

afterEach(() => {
  rmSync(scratch, { recursive: true, force: true });
  if (savedChromePath === undefined) delete process.env.CHROME_PATH;
  else process.env.CHROME_PATH = savedChromePath;
});

/** An executable file standing in for a browser binary. */
function fakeBrowser(name) {
  const path = join(scratch, name);
  writeFileSync(path, "#!/bin/sh\nexit 0\n");
  chmodSync(path, 0o755);
  return path;
}

test("CHROME_PATH pointing to an existing executable wins over the usual paths", () => {
  const mine = fakeBrowser("my-chrome");
  const usual = fakeBrowser("usual-chromium");
  process.env.CHROME_PATH = mine;
  assert.equal(findChrome([usual]), mine);
  assert.equal(findChrome(), mine);
});

test("CHROME_PATH pointing to a missing file is ignored: the first usual path that exists is used", () => {
  const usual = fakeBrowser("usual-chromium");
  process.env.CHROME_PATH = join(scratch, "not-installed", "chrome");
  assert.equal(findChrome([join(scratch, "missing"), usual]), usual);
  assert.equal(findChrome([join(scratch, "missing")]), undefined);
});

test(
  "a CHROME_PATH that is a folder or not executable is ignored",
  { skip: process.platform === "win32" },
  () => {
    const usual = fakeBrowser("usual-chromium");
    process.env.CHROME_PATH = scratch;
    assert.equal(findChrome([usual]), usual);
    const plain = join(scratch, "notes.txt");
    writeFileSync(plain, "not a browser");
    process.env.CHROME_PATH = plain;
    assert.equal(findChrome([usual]), usual);
    assert.equal(findChrome([plain]), undefined);
  },
);

test("an empty CHROME_PATH is ignored too", () => {
  const usual = fakeBrowser("usual-chromium");
  process.env.CHROME_PATH = "";
  assert.equal(findChrome([usual]), usual);
});

/** Runs ensureChrome with console and process.exit stubbed; reports what it did. */
function runEnsure(t, options) {
  const errors = t.mock.method(console, "error", () => {});
  t.mock.method(console, "log", () => {});
  t.mock.method(process, "exit", (code) => {
    throw Object.assign(new Error("process.exit"), { exitCode: code });
  });
  let result;
  let exitCode;
  try {
    result = ensureChrome(options);
  } catch (error) {
    if (error?.message !== "process.exit") throw error;
    exitCode = error.exitCode;
  }
  return {
    result,
    exitCode,
    errors: errors.mock.calls.map((call) => call.arguments.join(" ")),
  };
}

test("with a browser found, ensure-chrome uses it and installs nothing", (t) => {
  const install = t.mock.fn(() => true);
  const outcome = runEnsure(t, {
    find: () => "/opt/chrome",
    canInstall: true,
    install,
  });
  assert.deepEqual(outcome, {
    result: "/opt/chrome",
    exitCode: undefined,
    errors: [],
  });
  assert.equal(install.mock.callCount(), 0);
});

test("with no browser and no way to install one, it says how in one line and exits 1", (t) => {
  const install = t.mock.fn(() => true);
  const outcome = runEnsure(t, {
    find: () => undefined,
    canInstall: false,
    install,
  });
  assert.deepEqual(outcome, {
    result: undefined,
    exitCode: 1,
    errors: [NO_CHROME_MESSAGE],
  });
  assert.equal(install.mock.callCount(), 0);
});

test("when apt-get fails (offline), it falls through to the one line and exits 1 without throwing", (t) => {
  const run = t.mock.fn(() => {
    throw Object.assign(new Error("Command failed: apt-get update -qq"), {
      status: 100,
    });
  });
  const outcome = runEnsure(t, {
    find: () => undefined,
    canInstall: true,
    install: () => installChromium(run),
  });
  assert.deepEqual(outcome, {
    result: undefined,
    exitCode: 1,
    errors: [NO_CHROME_MESSAGE],
  });
  assert.equal(run.mock.callCount(), 1);
});

test("when apt-get installs chromium, it uses the browser found afterwards", (t) => {
  let installed = false;
  const outcome = runEnsure(t, {
    find: () => (installed ? "/usr/bin/chromium" : undefined),
    canInstall: true,
    install: () => (installed = true),
  });
  assert.deepEqual(outcome, {
    result: "/usr/bin/chromium",
    exitCode: undefined,
    errors: [],
  });
});

test("installChromium runs apt-get update, then installs chromium non-interactively", (t) => {
  const run = t.mock.fn();
  assert.equal(installChromium(run), true);
  const calls = run.mock.calls.map(({ arguments: [file, args, options] }) => ({
    command: [file, ...args].join(" "),
    frontend: options.env.DEBIAN_FRONTEND,
  }));
  assert.deepEqual(calls, [
    { command: "apt-get update -qq", frontend: "noninteractive" },
    {
      command: "apt-get install -y -qq --no-install-recommends chromium",
      frontend: "noninteractive",
    },
  ]);
});

test("installChromium reports a failed install as false instead of throwing", (t) => {
  const run = t.mock.fn((_file, args) => {
    if (args[0] === "install") throw new Error("E: Unable to locate package");
  });
  assert.equal(installChromium(run), false);
  assert.equal(run.mock.callCount(), 2);
});

test("a real process whose apt-get fails prints only the one line (no stack trace) and exits 1", () => {
  const moduleUrl = new URL("./ensure-chrome.mjs", import.meta.url).href;
  const child = spawnSync(
    process.execPath,
    [
      "--input-type=module",
      "--eval",
      `import { ensureChrome, installChromium } from ${JSON.stringify(moduleUrl)};
       ensureChrome({
         find: () => undefined,
         canInstall: true,
         install: () => installChromium(() => { throw new Error("Command failed: apt-get"); }),
       });`,
    ],
    { encoding: "utf8" },
  );
  assert.equal(child.status, 1);
  assert.equal(child.stderr, `${NO_CHROME_MESSAGE}\n`);
});
