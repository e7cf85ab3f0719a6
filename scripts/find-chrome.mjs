// Finds a Chrome or Chromium binary: CHROME_PATH first, then the usual install paths.
import { accessSync, constants, statSync } from "node:fs";

const usualPaths = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
];

/**
 * @param {string[]} [candidates] where to look after CHROME_PATH (the usual paths; tests pass their own)
 * @returns {string | undefined}
 */
export function findChrome(candidates = usualPaths) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && isRunnable(fromEnv)) return fromEnv;
  return candidates.find(isRunnable);
}

/** A file we may execute (a folder or a plain data file at CHROME_PATH does not count). */
function isRunnable(path) {
  try {
    if (!statSync(path).isFile()) return false;
    // Windows has no execute bit; existence of chrome.exe is the test there.
    if (process.platform !== "win32") accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Flags for every Chromium this project starts (tests, screenshots, benchmark): root-safe,
 * quiet and offline. Without the networking flags Chromium floods a closed network with
 * refused connections.
 */
export const CHROME_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
