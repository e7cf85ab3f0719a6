// The test runner's browser for each engine (IL2_ENGINES: chromium, the default; firefox; webkit;
// several, comma-separated, run side by side in one runner), all from the machine's own packages:
// no browser downloads.
//
// - chromium: Chrome or Chromium through Puppeteer and the DevTools protocol.
// - firefox: Firefox (ESR) through Puppeteer over WebDriver BiDi. `--remote-allow-system-access`
//   lets the media command (scripts/media-plugin.mjs) set the tab's media overrides.
// - webkit: WebKitGTK's MiniBrowser through its WebDriver server (WebKitWebDriver), on an X display
//   of its own (Xvfb) unless one is there. Both servers are started here for the run and stopped
//   with it. One page at a time: WebDriver drives one window.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { chromeLauncher, puppeteerCore } from "@web/test-runner-chrome";
import { WebdriverLauncher } from "@web/test-runner-webdriver";
import { CHROME_ARGS, ENGINES } from "./engines.mjs";

/** @typedef {"chromium" | "firefox" | "webkit"} Engine */

/** @returns {Engine[]} the engines this run uses (IL2_ENGINES), Chromium unless told. */
export function currentEngines() {
  const engines = (process.env.IL2_ENGINES || "chromium").split(",");
  const unknown = engines.filter((engine) => !ENGINES.includes(engine));
  if (unknown.length)
    throw new Error(
      `IL2_ENGINES takes chromium, firefox and webkit, not "${unknown.join()}".`,
    );
  return /** @type {Engine[]} */ (engines);
}

/** The engine a launcher runs (the summary counts each engine apart). */
export const engineOf = (/** @type {{ name: string }} */ launcher) =>
  launcher.name === "Chrome" ? "chromium" : launcher.name.toLowerCase();

const chromeArgs = [
  ...CHROME_ARGS,
  // Test pages run side by side in background tabs; without these, Chromium throttles their
  // timers and animation frames and fixtures can wait forever.
  "--disable-background-timer-throttling",
  "--disable-renderer-backgrounding",
  "--disable-backgrounding-occluded-windows",
];

/** @param {string | undefined} timeZone */
const withTimeZone = (timeZone) =>
  timeZone ? { ...process.env, TZ: timeZone } : process.env;

/** Where a program was expected but not found: one line on how to get it. */
function missing(what) {
  return new Error(
    `${what} not found: run \`npm run test:engines\` (it installs the engines on Debian) or see CONTRIBUTING.md.`,
  );
}

/**
 * A free TCP port on the loopback address.
 * @returns {Promise<number>}
 */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (
        server.address()
      );
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts Xvfb on the first free display and resolves to its name (":99").
 * @param {string} xvfb
 * @param {import('node:child_process').ChildProcess[]} children
 * @returns {Promise<string>}
 */
function startXvfb(xvfb, children) {
  return new Promise((resolve, reject) => {
    // -displayfd: Xvfb picks a free display and writes its number to fd 3 once it is ready.
    const child = spawn(
      xvfb,
      ["-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
      { stdio: ["ignore", "ignore", "ignore", "pipe"] },
    );
    children.push(child);
    let output = "";
    child.stdio[3]?.on("data", (chunk) => {
      output += chunk;
      if (output.includes("\n")) resolve(`:${output.trim()}`);
    });
    child.once("error", reject);
    child.once("exit", (code) =>
      reject(
        new Error(`Xvfb stopped before it was ready (exit code ${code}).`),
      ),
    );
  });
}

/**
 * Waits until the WebDriver server answers its status request.
 * @param {number} port
 */
async function waitForDriver(port) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}.`);
}

/** WebKitGTK through its WebDriver server, which this launcher starts and stops. */
class WebKitLauncher extends WebdriverLauncher {
  /** @type {import('node:child_process').ChildProcess[]} */
  #children = [];
  /** @type {Promise<void> | undefined} */
  #servers;
  #paths;
  #timeZone;

  /**
   * @param {{ driver?: string, miniBrowser?: string, display?: string }} paths
   * @param {string | undefined} timeZone
   */
  constructor(paths, timeZone) {
    super({
      hostname: "127.0.0.1",
      port: 0,
      logLevel: "error",
      capabilities: {
        browserName: "MiniBrowser",
        // Plain WebDriver: WebKitGTK's driver refuses the BiDi session webdriverio asks for.
        "wdio:enforceWebDriverClassic": true,
        "webkitgtk:browserOptions": {
          binary: paths.miniBrowser,
          args: ["--automation"],
        },
      },
    });
    this.#paths = paths;
    this.#timeZone = timeZone;
    this.concurrency = 1;
    this.stopChildren = this.stopChildren.bind(this);
  }

  async initialize(config, testFiles) {
    // One window, one page at a time, whatever the other engines of the run do: with more, the
    // launcher would run the test files in iframes, not as a page gets them.
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = "WebKit";
  }

  async #startServers() {
    const { driver, display } = this.#paths;
    if (!driver) throw missing("WebKitWebDriver");
    if (!display) throw missing("Xvfb (an X display for WebKitGTK)");
    process.once("exit", this.stopChildren);
    const env = { ...withTimeZone(this.#timeZone) };
    if (display !== "existing")
      env.DISPLAY = await startXvfb(display, this.#children);
    // WebKitGTK refuses to start its sandbox as root (CI runs as root); the pages are our tests.
    if (process.getuid?.() === 0)
      env.WEBKIT_DISABLE_SANDBOX_THIS_IS_DANGEROUS = "1";
    const port = await freePort();
    const child = spawn(driver, [`--port=${port}`], {
      env,
      stdio: "ignore",
    });
    this.#children.push(child);
    await waitForDriver(port);
    /** @type {any} */ (this).options.port = port;
  }

  async startSession(id, url) {
    this.#servers ??= this.#startServers();
    await this.#servers;
    return super.startSession(id, url);
  }

  async stop() {
    await super.stop();
    this.stopChildren();
  }

  stopChildren() {
    // The driver first (it closes its MiniBrowser), then the display.
    for (const child of this.#children) child.kill();
    this.#children = [];
  }
}

/**
 * The test runner's browser launcher for an engine, optionally in a time zone, running
 * `concurrency` test pages at once.
 * @param {Engine} engine
 * @param {Awaited<ReturnType<typeof import('./engines.mjs').findEngines>>} found
 * @param {number} concurrency
 * @param {string} [timeZone]
 */
export function engineLauncher(engine, found, concurrency, timeZone) {
  if (engine === "firefox") {
    const executablePath = found.firefox.firefox;
    if (!executablePath) throw missing("Firefox");
    return chromeLauncher({
      puppeteer: puppeteerCore,
      concurrency,
      launchOptions: {
        browser: "firefox",
        executablePath,
        headless: true,
        args: ["--remote-allow-system-access"],
        // Puppeteer's 30 s to start Firefox is too short on a busy 2-core machine.
        timeout: 120_000,
        env: withTimeZone(timeZone),
      },
    });
  }
  if (engine === "webkit") return new WebKitLauncher(found.webkit, timeZone);
  const executablePath = found.chromium.chrome;
  if (!executablePath)
    throw new Error(
      "No Chrome or Chromium found: run `npm test` (it installs one) or set CHROME_PATH.",
    );
  return chromeLauncher({
    concurrency,
    launchOptions: {
      executablePath,
      args: chromeArgs,
      env: withTimeZone(timeZone),
    },
  });
}

/**
 * How many test pages run at once in an engine. Chromium: as many as asked (one per core unless
 * IL2_TEST_CONCURRENCY says, see web-test-runner.config.mjs). Firefox: one unless told, since it
 * slows timers and animation frames in background tabs. WebKit: always one, since WebDriver drives
 * a single window (more would run the test files in iframes, not as a page gets them).
 * @param {Engine} engine
 * @param {number} requested
 * @param {boolean} [explicit] whether IL2_TEST_CONCURRENCY asked for `requested`
 */
export function engineConcurrency(engine, requested, explicit = false) {
  if (engine === "chromium" || (engine === "firefox" && explicit))
    return requested;
  return 1;
}
