// Translation packs for the tests, made the way a hospital makes them: `il2-widgets locale
// template` (the built command, dist/ssr/bin.js), a stand-in for the translation vendor
// (`fakeTranslate`: every target is the English after "VI: ", placeholders and all), then
// `il2-widgets locale build`. Served by web-test-runner.config.mjs under /test/packs/, and used by
// the Node tests of the command.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
export const BIN = "dist/ssr/bin.js";

/** What the stand-in vendor puts before each English string (the browser tests expect it). */
export const FAKE_PREFIX = "VI: ";

/** A review record for the tests' reviewed packs. */
export const TEST_REVIEW = [
  "--translator",
  "Test Translations Inc.",
  "--reviewer",
  "Test Reviewer, MD, certified medical interpreter",
  "--reviewed",
  "2025-01-15",
];

/**
 * The translator's file: every unit of the template given a target, the English after `prefix`
 * (what a vendor's tool returns, with the placeholders it protected copied over).
 * @param {string} xliff the template
 */
export function fakeTranslate(xliff, prefix = FAKE_PREFIX) {
  return xliff.replace(
    /(<source xml:lang="en">)([\s\S]*?)(<\/source>)/g,
    (_, open, text, close) =>
      `${open}${text}${close}\n<target state="translated">${prefix}${text}</target>`,
  );
}

/** Runs the built `il2-widgets` command; resolves to `{ stdout, stderr }`, rejects on failure. */
export const cli = (args, options = {}) =>
  run(process.execPath, [BIN, ...args], { encoding: "utf8", ...options });

/**
 * The test packs, by their address under /test/packs/: what each is made from.
 * @type {Record<string, (folder: string) => Promise<string>>} each resolves to the pack's file
 */
export const TEST_PACKS = {
  // Vietnamese, reviewed: template → fake translation → build.
  "il2-locale-vi.js": async (folder) => {
    await vendorFile(folder, "vi");
    const out = join(folder, "il2-locale-vi.js");
    await cli([
      "locale",
      "build",
      join(folder, "vi.xlf"),
      "-o",
      out,
      ...TEST_REVIEW,
    ]);
    return out;
  },
  // The same, built as a draft (no review record).
  "draft/il2-locale-vi.js": async (folder) => {
    await vendorFile(folder, "vi");
    const out = join(folder, "il2-locale-vi-draft.js");
    await cli([
      "locale",
      "build",
      join(folder, "vi.xlf"),
      "-o",
      out,
      "--draft",
    ]);
    return out;
  },
  // The shipped Spanish exported as a translated XLIFF (template --prefill) and built: the
  // round trip, which must render as the built-in Spanish does.
  "es/il2-locale-es.js": async (folder) => {
    const xlf = join(folder, "es.xlf");
    // es-US, as the built-in Spanish formats dates and times.
    await cli([
      "locale",
      "template",
      "--lang",
      "es-US",
      "--prefill",
      "-o",
      xlf,
    ]);
    const out = join(folder, "il2-locale-es.js");
    await cli(["locale", "build", xlf, "-o", out, ...TEST_REVIEW]);
    return out;
  },
  // The pseudo-locale, left to right and right to left (test-only, never a shipped language).
  "pseudo/il2-locale-qps.js": async (folder) => {
    const out = join(folder, "il2-locale-qps.js");
    await cli(["locale", "pseudo", "-o", out]);
    return out;
  },
  "rtl/il2-locale-ar.js": async (folder) => {
    const out = join(folder, "il2-locale-ar.js");
    await cli(["locale", "pseudo", "--lang", "ar-XB", "-o", out]);
    return out;
  },
};

const made = new Map();
/** The vendor's Vietnamese XLIFF in `folder` (made once). */
function vendorFile(folder, language) {
  const key = `${folder}/${language}`;
  if (!made.has(key))
    made.set(
      key,
      (async () => {
        const template = join(folder, `template-${language}.xlf`);
        await cli(["locale", "template", "--lang", language, "-o", template]);
        writeFileSync(
          join(folder, `${language}.xlf`),
          fakeTranslate(readFileSync(template, "utf8")),
        );
      })(),
    );
  return made.get(key);
}

let folder;
const packs = new Map();
/**
 * The test pack at `name` (a key of TEST_PACKS), built once per process into a scratch folder.
 * @returns {Promise<string>} its file
 */
export function testPack(name) {
  const make = TEST_PACKS[name];
  if (!make) return Promise.reject(new Error(`no test pack ${name}`));
  folder ??= mkdtempSync(join(tmpdir(), "il2-packs-"));
  if (!packs.has(name)) packs.set(name, make(folder));
  return packs.get(name);
}
