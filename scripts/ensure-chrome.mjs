// Makes sure a browser exists for the tests: on a bare Debian machine run as root it installs
// Debian's chromium (no browser download works offline-by-policy here); otherwise it says how.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findChrome } from "./find-chrome.mjs";

/** The one line printed when no browser can be found or installed. */
export const NO_CHROME_MESSAGE =
  "No Chrome or Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to its binary, then run `npm test` again.";

/**
 * Installs Debian's chromium with apt-get. Returns false instead of throwing when apt-get fails
 * (offline, locked, no such package): apt-get has already said why on the shared output.
 * @param {typeof execFileSync} run
 * @returns {boolean}
 */
export function installChromium(run = execFileSync) {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  try {
    run("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    run(
      "apt-get",
      ["install", "-y", "-qq", "--no-install-recommends", "chromium"],
      { stdio: "inherit", env },
    );
    return true;
  } catch {
    return false;
  }
}

const canUseApt = () =>
  typeof process.getuid === "function" &&
  process.getuid() === 0 &&
  existsSync("/usr/bin/apt-get");

/**
 * The browser's path. With none, installs one when it can (root with apt-get); failing that,
 * prints one line on how to get one and exits with 1. Tests pass their own `find`,
 * `canInstall` and `install`.
 * @param {{ find?: () => string | undefined, canInstall?: boolean, install?: () => boolean }} [options]
 * @returns {string}
 */
export function ensureChrome({
  find = findChrome,
  canInstall = canUseApt(),
  install = installChromium,
} = {}) {
  const found = find();
  if (found) return found;
  if (canInstall) {
    console.log(
      "No Chrome or Chromium found; installing Debian's chromium with apt-get…",
    );
    const installed = install() && find();
    if (installed) return installed;
  }
  console.error(NO_CHROME_MESSAGE);
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChrome();
