// The three browser engines the suite runs in: where each one's programs are, and, when some are
// missing, installing them from Debian's packages (as root, with apt-get) or one line saying how
// to get them. Chrome or Chromium is found by chrome-launcher (CHROME_PATH first, then the usual
// places of each system), the same finder Lighthouse uses.
// `node scripts/engines.mjs [chromium,firefox,webkit]` installs what is missing and prints the paths.
import { execFileSync } from "node:child_process";
import { accessSync, constants, existsSync, statSync } from "node:fs";
import { pathToFileURL } from "node:url";

/** The engines, in the order `npm run test:engines` runs them. */
export const ENGINES = ["chromium", "firefox", "webkit"];

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

/** A file we may execute (a folder or a plain data file does not count). */
export function isRunnable(path) {
  try {
    if (!path || !statSync(path).isFile()) return false;
    if (process.platform !== "win32") accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first runnable path: the environment variable's first, then the usual places. */
const findProgram = (variable, candidates) =>
  [process.env[variable], ...candidates].find(isRunnable);

/** Chrome or Chromium, as chrome-launcher finds it; undefined when there is none. */
export async function findChrome() {
  // Loaded here, not at the top: `npm test` looks for engines only after installing packages.
  const { getChromePath } = await import("chrome-launcher");
  try {
    return getChromePath();
  } catch {
    return undefined;
  }
}

const libDirs = [
  "/usr/lib/x86_64-linux-gnu",
  "/usr/lib/aarch64-linux-gnu",
  "/usr/lib64",
  "/usr/lib",
  "/usr/libexec",
];

/**
 * Where each engine's programs are. `firefox`: Firefox (ESR is fine; Puppeteer drives it over
 * WebDriver BiDi). `webkit`: WebKitGTK's WebDriver server and the MiniBrowser it starts, plus an X
 * server to show it on (Xvfb), unless a display is already there.
 * @param {{ [name: string]: string[] }} [usual] the places to look (tests pass their own)
 */
export async function findEngines(usual = {}) {
  const xvfb = findProgram("XVFB_PATH", usual.xvfb ?? ["/usr/bin/Xvfb"]);
  return {
    chromium: { chrome: await findChrome() },
    firefox: {
      firefox: findProgram(
        "FIREFOX_PATH",
        usual.firefox ?? [
          "/usr/bin/firefox-esr",
          "/usr/bin/firefox",
          "/Applications/Firefox.app/Contents/MacOS/firefox",
        ],
      ),
    },
    webkit: {
      driver: findProgram(
        "WEBKIT_WEBDRIVER_PATH",
        usual.driver ?? [
          "/usr/bin/WebKitWebDriver",
          "/usr/local/bin/WebKitWebDriver",
        ],
      ),
      miniBrowser: findProgram(
        "WEBKIT_MINIBROWSER_PATH",
        usual.miniBrowser ??
          libDirs.flatMap((dir) =>
            ["webkit2gtk-4.1", "webkitgtk-6.0", "webkit2gtk-4.0"].map(
              (lib) => `${dir}/${lib}/MiniBrowser`,
            ),
          ),
      ),
      // With a display already there (a desktop session), no Xvfb is needed.
      display: process.env.DISPLAY ? "existing" : xvfb,
    },
  };
}

/** Debian's packages that provide each engine's programs. */
export const ENGINE_PACKAGES = {
  chromium: ["chromium"],
  firefox: ["firefox-esr"],
  webkit: ["webkit2gtk-driver", "xvfb"],
};

/** The one line printed when Chromium is missing and cannot be installed here. */
export const NO_CHROME_MESSAGE =
  "No Chrome or Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to its binary, then run `npm test` again.";

/** The one line printed when another engine is missing and cannot be installed here. */
export const NO_ENGINES_MESSAGE =
  "Missing browser engines for `npm run test:engines`. Debian/Ubuntu: `sudo apt-get install chromium firefox-esr webkit2gtk-driver xvfb` (or set CHROME_PATH, FIREFOX_PATH, WEBKIT_WEBDRIVER_PATH and WEBKIT_MINIBROWSER_PATH), then run it again.";

/** The engines some of whose programs were not found. */
export const missingEngines = (found) =>
  ENGINES.filter((engine) =>
    Object.values(found[engine]).some((path) => !path),
  );

/**
 * Installs Debian's packages with apt-get. Returns false instead of throwing when apt-get fails
 * (offline, locked, no such package): apt-get has already said why on the shared output.
 * @param {string[]} packages
 * @param {typeof execFileSync} run
 */
export function installPackages(packages, run = execFileSync) {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  try {
    run("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    run(
      "apt-get",
      ["install", "-y", "-qq", "--no-install-recommends", ...packages],
      { stdio: "inherit", env },
    );
    return true;
  } catch {
    return false;
  }
}

const canUseApt = () =>
  process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");

/**
 * Every engine's programs (or those of the engines in `only`). With some missing, installs their
 * packages when it can (root with apt-get); failing that, prints one line on how to get them and
 * exits with 1. Tests pass their own `find`, `canInstall` and `install`.
 * @param {{ only?: string[], find?: typeof findEngines, canInstall?: boolean, install?: (packages: string[]) => boolean }} [options]
 */
export async function ensureEngines({
  only = ENGINES,
  find = findEngines,
  canInstall = canUseApt(),
  install = installPackages,
} = {}) {
  const wanted = (engines) => engines.filter((e) => only.includes(e));
  let found = await find();
  let missing = wanted(missingEngines(found));
  if (missing.length === 0) return found;
  if (canInstall) {
    const packages = missing.flatMap((engine) => ENGINE_PACKAGES[engine]);
    console.log(
      `Installing the missing browser engines with apt-get: ${packages.join(" ")}…`,
    );
    if (install(packages)) {
      found = await find();
      missing = wanted(missingEngines(found));
      if (missing.length === 0) return found;
    }
  }
  console.error(
    missing.join() === "chromium" ? NO_CHROME_MESSAGE : NO_ENGINES_MESSAGE,
  );
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href)
  console.log(
    await ensureEngines({
      only: process.argv[2]?.split(",") ?? ENGINES,
    }),
  );
