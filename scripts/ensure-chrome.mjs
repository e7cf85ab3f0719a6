// Makes sure a browser exists for the tests: on a bare Debian machine run as root it installs
// Debian's chromium (no browser download works offline-by-policy here); otherwise it says how.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findChrome } from "./find-chrome.mjs";

export function ensureChrome() {
  const found = findChrome();
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log(
      "No Chrome or Chromium found; installing Debian's chromium with apt-get…",
    );
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync(
      "apt-get",
      ["install", "-y", "-qq", "--no-install-recommends", "chromium"],
      { stdio: "inherit", env },
    );
    const installed = findChrome();
    if (installed) return installed;
  }
  console.error(
    "No Chrome or Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to its binary, then run `npm test` again.",
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChrome();
