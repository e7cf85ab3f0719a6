// Test runner set-up: TypeScript through esbuild, the browser engines IL2_ENGINES names (headless
// Chromium unless told: `npm run test:engines` runs Firefox and WebKit too, side by side in this
// one runner and its one dev server), and a plain summary line for CI.
import { readdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { esbuildPlugin } from "@web/dev-server-esbuild";
import { defaultReporter } from "@web/test-runner";
import {
  currentEngines,
  engineConcurrency,
  engineLauncher,
  engineOf,
} from "./scripts/engine-launchers.mjs";
import { findEngines } from "./scripts/engines.mjs";
import {
  skipReasonsPlugin,
  summaryReporter,
} from "./scripts/summary-reporter.mjs";
import { readabilityPlugin } from "./scripts/readability-plugin.mjs";
import { mediaPlugin } from "./scripts/media-plugin.mjs";
import { keysPlugin } from "./scripts/keys-plugin.mjs";
import { reactEsmPlugin } from "./scripts/react-esm-plugin.mjs";
import { docsExamplesPlugin } from "./scripts/docs-examples.mjs";
import {
  hostPagesMiddleware,
  registryTagsPlugin,
} from "./test/hosts/server.mjs";

const engines = currentEngines();
const found = await findEngines();
const onlyChromium = engines.join() === "chromium";

/**
 * The time-zone tests in a browser started with `TZ`. The page also names the zone it expects
 * (`window.IL2_EXPECTED_TIME_ZONE`), so a zone the browser silently ignored fails the run
 * instead of quietly testing the machine's own zone twice.
 * @param {string} name
 * @param {string} timeZone
 */
const timeZoneGroup = (name, timeZone) => ({
  name,
  files: "test/**/*.tz.test.ts",
  browsers: browsers(timeZone),
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script>window.IL2_EXPECTED_TIME_ZONE = ${JSON.stringify(timeZone)};</script><script type="module" src="${testFramework}"></script></body></html>`,
});

// Time-zone groups run only when such tests exist and the run isn't narrowed with --files.
const hasTimeZoneTests = readdirSync("test", { recursive: true }).some((file) =>
  String(file).endsWith(".tz.test.ts"),
);
const narrowed = process.argv.includes("--files");

/**
 * One test page per core (at most four). Every page is busy rendering cards and running axe, so
 * more pages than cores only time-slice: on a 2-core machine, four pages made single tests take
 * 2–3× longer and tipped the heaviest over mocha's 5 s timeout, for no gain in total time
 * (measured: 77 s at four pages, 81 s at two). `IL2_TEST_CONCURRENCY` overrides it. That is
 * Chromium: Firefox and WebKit run one page at a time (see `engineConcurrency`).
 */
const concurrency =
  Number(process.env.IL2_TEST_CONCURRENCY) ||
  Math.min(4, Math.max(1, availableParallelism()));

/** Each engine's browser, optionally in a time zone. @param {string} [timeZone] */
function browsers(timeZone) {
  return engines.map((engine) =>
    engineLauncher(
      engine,
      found,
      engineConcurrency(
        engine,
        concurrency,
        Boolean(process.env.IL2_TEST_CONCURRENCY),
      ),
      timeZone,
    ),
  );
}

export default {
  files: ["test/**/*.test.ts"],
  nodeResolve: true,
  concurrency,
  // Two browsers at once (the runner's default): Firefox and WebKit side by side, each one page
  // at a time; Chromium's time-zone runs wait for its main run, as they always have.
  concurrentBrowsers: 2,
  // The host pages' server side (test/hosts/server.mjs): headers, endpoints, generated pages.
  middleware: hostPagesMiddleware,
  browsers: browsers(),
  // Lit's dev-mode notice is expected in tests; anything else the browser logs is shown.
  filterBrowserLogs: ({ args }) =>
    !String(args[0]).includes("Lit is in dev mode"),
  // A timeout only stops a test that hangs; it measures nothing. The guide holds eight cards of
  // long text, and an axe audit of it takes a few seconds on a busy 2-core machine (Firefox and
  // WebKit more), so 5 s failed tests that were merely slow.
  testFramework: { config: { timeout: 15000 } },
  // How long one test file may take in all (not one test). Firefox and WebKit run one page at a
  // time and more slowly: the largest files (conformance, bad input) need more than the default
  // two minutes there on a busy 2-core machine.
  testsFinishTimeout: onlyChromium ? 120_000 : 600_000,
  // Starting Firefox, or Xvfb, WebKit's driver and its browser, takes longer than Chromium: on a
  // busy machine more than the default 30 s.
  browserStartTimeout: onlyChromium ? 30_000 : 120_000,
  plugins: [
    // TypeScript only: plain .js (Lit, and the built bundles the host pages load) is served
    // untouched, so the host-page tests run the exact bytes a site would.
    esbuildPlugin({
      ts: true,
      target: "es2022",
      tsconfig: "tsconfig.json",
      loaders: { ".js": undefined },
      // Development builds' warnings, in full (src/env.d.ts).
      define: { IL2_DEV: "true" },
    }),
    readabilityPlugin(),
    // Print, colour scheme, reduced motion and forced colours, emulated in each engine that can
    // (`emulateMedia()` in test/helpers.ts).
    mediaPlugin(),
    // Key presses with one set of key names for every engine (`sendKeys()` in test/helpers.ts).
    keysPlugin(),
    // Why tests skip themselves (`skipTest()` in test/helpers.ts), counted in the summary.
    skipReasonsPlugin(engineOf),
    // React ships CommonJS only: the React wrapper tests get an ES-module copy (see the plugin).
    reactEsmPlugin(),
    // The ```html blocks of the docs, read from the Markdown for test/docs-examples.test.ts.
    docsExamplesPlugin(),
    {
      // A test that needs its page drawn (an IntersectionObserver, as the autoloader's look-ahead
      // for pre-rendered cards) brings its tab to the front: side by side, every other tab is
      // hidden, and a hidden page is not drawn, so its observers never report. WebDriver engines
      // run one page at a time, which is in front already.
      name: "il2-bring-to-front",
      async executeCommand({ command, session }) {
        if (command !== "il2-bring-to-front") return undefined;
        const launcher = /** @type {any} */ (session.browser);
        if (launcher.type === "puppeteer")
          await launcher.getPage(session.id).bringToFront();
        return true;
      },
    },
    registryTagsPlugin,
  ],
  reporters: [defaultReporter(), summaryReporter(engineOf)],
  groups:
    hasTimeZoneTests && !narrowed
      ? [
          // Calendar maths must give the same local dates on both sides of the date line.
          timeZoneGroup("tz-new-york", "America/New_York"),
          timeZoneGroup("tz-auckland", "Pacific/Auckland"),
        ]
      : [],
};
