// Server command for the tests: real media emulation for the calling test page, in each engine
// that can do it. The page asks through `emulateMedia()` in test/helpers.ts.
//
// - Chromium: the DevTools protocol (`Emulation.setEmulatedMedia`), one session per page that
//   carries every setting at once, so print, colour scheme, reduced motion and forced colours
//   combine instead of clearing each other.
// - Firefox: the same overrides its own DevTools use, on the tab's browsing context
//   (`mediumOverride`, `prefersColorSchemeOverride`, `prefersReducedMotionOverride`,
//   `forcedColorsOverride`), set by a script in Firefox's browser window over WebDriver BiDi. That
//   needs Firefox started with `--remote-allow-system-access` (scripts/engine-launchers.mjs).
// - WebKit (WebKitGTK's WebDriver): no way to emulate media. The command answers `false` and the
//   helper skips the test with the reason, counted in the summary.
//
// Payload: `{ media?, colorScheme?, reducedMotion?, forcedColors? }` (each setting stays until
// changed), or `{ reset: true }` for the reader's real settings again. Answers `true` when done.

/** Every setting, its allowed values, and how each engine names it. */
const SETTINGS = {
  media: { values: ["screen", "print"], firefox: "mediumOverride" },
  colorScheme: {
    values: ["light", "dark"],
    feature: "prefers-color-scheme",
    firefox: "prefersColorSchemeOverride",
  },
  reducedMotion: {
    values: ["reduce", "no-preference"],
    feature: "prefers-reduced-motion",
    firefox: "prefersReducedMotionOverride",
  },
  forcedColors: {
    values: ["active", "none"],
    feature: "forced-colors",
    firefox: "forcedColorsOverride",
  },
};

/**
 * Checks a payload and returns the settings it changes; `null` for a setting means "the reader's
 * own" (reset).
 * @param {unknown} payload
 * @returns {{ [name: string]: string | null }}
 */
export function parseMediaPayload(payload) {
  if (payload === null || typeof payload !== "object")
    throw new Error("il2-emulate-media needs an object payload.");
  const entries = Object.entries(payload);
  if (/** @type {{ reset?: unknown }} */ (payload).reset === true) {
    if (entries.length > 1)
      throw new Error("il2-emulate-media: `reset` goes alone.");
    return Object.fromEntries(
      Object.keys(SETTINGS).map((name) => [name, null]),
    );
  }
  if (entries.length === 0)
    throw new Error("il2-emulate-media: name at least one setting.");
  /** @type {{ [name: string]: string }} */
  const changes = {};
  for (const [name, value] of entries) {
    const setting = SETTINGS[/** @type {keyof typeof SETTINGS} */ (name)];
    if (!setting)
      throw new Error(
        `il2-emulate-media: unknown setting "${name}" (known: ${Object.keys(SETTINGS).join(", ")}).`,
      );
    if (!setting.values.includes(/** @type {string} */ (value)))
      throw new Error(
        `il2-emulate-media: ${name} must be one of ${setting.values.join(", ")}, not ${JSON.stringify(value)}.`,
      );
    changes[name] = /** @type {string} */ (value);
  }
  return changes;
}

// ── Chromium ────────────────────────────────────────────────────────────────────────────────

/** Per page: its own DevTools session and the settings in force. */
const chromiumPages = new WeakMap();

/** @param {import('puppeteer-core').Page} page @param {{ [name: string]: string | null }} changes */
async function emulateInChromium(page, changes) {
  let entry = chromiumPages.get(page);
  if (!entry || entry.session.detached) {
    entry = { session: await page.createCDPSession(), settings: {} };
    chromiumPages.set(page, entry);
  }
  Object.assign(entry.settings, changes);
  const { media, ...features } = entry.settings;
  await entry.session.send("Emulation.setEmulatedMedia", {
    media: media ?? "",
    features: Object.entries(features).map(([name, value]) => ({
      name: SETTINGS[/** @type {keyof typeof SETTINGS} */ (name)].feature,
      value: value ?? "",
    })),
  });
}

// ── Firefox ─────────────────────────────────────────────────────────────────────────────────

/** Per browser: the id of its browser window's browsing context (where privileged scripts run). */
const firefoxChromeContexts = new WeakMap();

/** @param {import('puppeteer-core').Page} page @param {{ [name: string]: string | null }} changes */
async function emulateInFirefox(page, changes) {
  const browser = /** @type {any} */ (page.browser());
  const connection = browser.connection;
  let chromeContext = firefoxChromeContexts.get(browser);
  if (!chromeContext) {
    const { result } = await connection.send("browsingContext.getTree", {
      "moz:scope": "chrome",
    });
    chromeContext = result.contexts[0]?.context;
    if (!chromeContext)
      throw new Error(
        "Firefox shows no browser window: was it started with --remote-allow-system-access?",
      );
    firefoxChromeContexts.set(browser, chromeContext);
  }
  /** @type {{ [property: string]: string }} */
  const overrides = {};
  for (const [name, value] of Object.entries(changes)) {
    const property =
      SETTINGS[/** @type {keyof typeof SETTINGS} */ (name)].firefox;
    // The media type's "no override" is an empty string; the media features' is "none".
    const none = name === "media" ? "" : "none";
    overrides[property] =
      value === null ||
      (name === "forcedColors" && value === "none") ||
      (name === "media" && value === "screen")
        ? none
        : value;
  }
  const tabId = /** @type {any} */ (page.mainFrame())._id;
  const expression = `(() => {
    const { NavigableManager } = ChromeUtils.importESModule(
      "chrome://remote/content/shared/NavigableManager.sys.mjs",
    );
    const context = NavigableManager.getBrowsingContextById(${JSON.stringify(tabId)});
    if (!context) throw new Error("no browsing context for the test page");
    Object.assign(context, ${JSON.stringify(overrides)});
    return true;
  })()`;
  const { result } = await connection.send("script.evaluate", {
    expression,
    target: { context: chromeContext },
    awaitPromise: false,
  });
  if (result.type === "exception")
    throw new Error(
      `Firefox could not emulate media: ${result.exceptionDetails?.text}`,
    );
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function mediaPlugin() {
  return {
    name: "il2-emulate-media",
    async executeCommand({ command, payload, session }) {
      if (command !== "il2-emulate-media") return undefined;
      const changes = parseMediaPayload(payload);
      const launcher = /** @type {any} */ (session.browser);
      if (launcher.type !== "puppeteer") return false;
      const page = /** @type {import('puppeteer-core').Page} */ (
        launcher.getPage(session.id)
      );
      if (launcher.launchOptions?.browser === "firefox")
        await emulateInFirefox(page, changes);
      else await emulateInChromium(page, changes);
      return true;
    },
  };
}
