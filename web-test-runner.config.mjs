// Test runner set-up: TypeScript through esbuild, the browser engines IL2_ENGINES names (headless
// Chromium unless told: `npm run test:engines` runs Firefox and WebKit too, side by side in this
// one runner and its one dev server), and a plain summary line for CI.
import { readdirSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
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
import { gzipSize, pageWeight } from "./scripts/page-weight.mjs";
import { PAGES, pageBudget } from "./scripts/size-budgets.mjs";
import { WIDGET_TAGS } from "./scripts/registry.mjs";
import { testPack } from "./test/node/packs.mjs";

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

/**
 * The strict policy hospital portals use, sent as a real header on the CSP host pages.
 * Only Lit's own Trusted Types policy ('lit-html') is allowed; nothing else is needed.
 */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * What a page that may load the bundle more than once adds: every copy of Lit creates its own
 * 'lit-html' policy, and Trusted Types refuses a second policy of the same name without it.
 */
export const STRICT_CSP_ALLOWING_COPIES = STRICT_CSP.replace(
  "trusted-types lit-html",
  "trusted-types lit-html 'allow-duplicates'",
);

/**
 * Sends the strict policy on the CSP host pages (`/test/hosts/csp-*`), and on any host page asked
 * for it with `?csp=strict` or `?csp=allow-duplicates` (the loaded-twice page runs with each).
 * @type {import('@web/dev-server-core').Middleware}
 */
async function hostPageHeaders(context, next) {
  await next();
  const policy = context.path.startsWith("/test/hosts/csp-")
    ? "strict"
    : context.path.startsWith("/test/hosts/") && context.query.csp;
  if (policy === "strict") context.set("Content-Security-Policy", STRICT_CSP);
  else if (policy === "allow-duplicates")
    context.set("Content-Security-Policy", STRICT_CSP_ALLOWING_COPIES);
}

/**
 * Serves a host page (`/test/hosts/<name>.html?dev`) with the development copies of the script
 * files it loads (dist/dev/: every developer warning), as a developer sets a page up. There is no
 * development copy of the classic bundle: the page keeps loading that one as it is.
 * @type {import('@web/dev-server-core').Middleware}
 */
async function developmentCopies(context, next) {
  const match = /^\/test\/hosts\/([\w-]+)\.html$/.exec(context.path);
  if (!match || context.query.dev === undefined) return next();
  await next();
  context.body = readFileSync(`test/hosts/${match[1]}.html`, "utf8")
    .replaceAll('src="/dist/il2-widgets.js', 'src="/dist/dev/il2-widgets.js')
    .replaceAll(
      'src="/dist/il2-autoloader.js',
      'src="/dist/dev/il2-autoloader.js',
    );
  return undefined;
}

/**
 * Serves the built autoloader a second time under /test/missing-chunk/, with one chunk missing
 * (404), as after a broken upload or offline: the host-page tests check that the rest of the page
 * still works and that one console error names the file.
 * @type {import('@web/dev-server-core').Middleware}
 */
async function missingChunk(context, next) {
  const prefix = "/test/missing-chunk/";
  if (!context.path.startsWith(prefix)) return next();
  if (context.path === `${prefix}chunks/il2-assistance.js`) {
    context.status = 404;
    context.body = "Not found";
    return undefined;
  }
  context.url = context.url.replace(prefix, "/dist/");
  return next();
}

/**
 * `GET /__il2/page-weight?page=<id>`: for a page of scripts/size-budgets.mjs (PAGES), the files
 * of dist/ it fetches with their gzip -9 sizes (from the build's own import graph), their sum and
 * the page's budget, for the host-page tests to compare with what the browser really fetched.
 * `?entries=<file>,<file>` does the same for any files of dist/ (no budget).
 * @type {import('@web/dev-server-core').Middleware}
 */
async function pageWeightEndpoint(context, next) {
  if (context.path !== "/__il2/page-weight") return next();
  if (context.query.entries) {
    context.type = "application/json";
    context.body = JSON.stringify(
      pageWeight("dist", String(context.query.entries).split(",")),
    );
    return undefined;
  }
  const page = PAGES.find(({ id }) => id === context.query.page);
  if (!page) {
    context.status = 404;
    return undefined;
  }
  context.type = "application/json";
  context.body = JSON.stringify({
    ...pageWeight("dist", page.entries, page.without),
    ...pageBudget(page.id, gzipSize("dist/il2-widgets.js")),
  });
  return undefined;
}

/**
 * How the pre-rendered host pages load the bundle (`?script=`): `module` (default) and `classic`
 * as a site would; `later`, a module that imports the bundle only when the test calls
 * `window.__loadBundle()` (nodes marked before the script arrives, layout shift with the script
 * held back); `autoloader`, the autoloader; `dev`, the one-file bundle's development copy (every
 * developer warning); `none`, no script at all (what a reader without JavaScript gets).
 */
const PRERENDER_SCRIPTS = {
  module: '<script type="module" src="/dist/il2-widgets.js"></script>',
  classic: '<script defer src="/dist/il2-widgets.iife.js"></script>',
  later: '<script type="module" src="/test/hosts/bundle-later.js"></script>',
  autoloader: '<script type="module" src="/dist/il2-autoloader.js"></script>',
  dev: '<script type="module" src="/dist/dev/il2-widgets.js"></script>',
  // The Vietnamese test pack, then the module bundle (a pre-rendered page in a pack's language).
  vi: '<script src="/test/packs/il2-locale-vi.js"></script><script type="module" src="/dist/il2-widgets.js"></script>',
  none: "",
};

/**
 * Serves `/test/packs/<name>`: the translation packs of test/node/packs.mjs, made on first use
 * with the built `il2-widgets locale` command (template, a stand-in vendor, build) as a hospital
 * makes them. A name it does not make is a 404, like a pack the host never built.
 * @type {import('@web/dev-server-core').Middleware}
 */
async function translationPacks(context, next) {
  const match = /^\/test\/packs\/([\w/-]+\.js)$/.exec(context.path);
  if (!match) return next();
  let file;
  try {
    file = await testPack(match[1]);
  } catch (error) {
    context.status = 404;
    context.body = String(error);
    return undefined;
  }
  context.type = "js";
  context.body = readFileSync(file, "utf8");
  return undefined;
}

/** @type {Promise<typeof import('./dist/ssr/index.js')> | undefined} */
let ssrModule;

/**
 * Serves `/test/prerendered/<name>.html`: `test/hosts/prerender/<name>.html` run through the built
 * `il2-widgets/ssr` (dist/ssr), as a server would, with the chosen script in place of
 * `<!--scripts-->`. `?csp=prerendered` sends the policy `il2-widgets csp` prints.
 * @type {import('@web/dev-server-core').Middleware}
 */
async function prerenderedPages(context, next) {
  const match = /^\/test\/prerendered\/([\w-]+)\.html$/.exec(context.path);
  if (!match) return next();
  // Built by `npm test` before the run; loaded on first use, so other runs don't need it.
  const ssr = await (ssrModule ??= import(
    pathToFileURL("dist/ssr/index.js").href
  ));
  // `?locale=<pack>`: the server has that test pack, as with `il2-widgets prerender --locale`
  // (importing a pack registers it, here as on a page).
  if (context.query.locale)
    await import(
      pathToFileURL(await testPack(String(context.query.locale))).href
    );
  const source = readFileSync(`test/hosts/prerender/${match[1]}.html`, "utf8");
  const script =
    PRERENDER_SCRIPTS[String(context.query.script ?? "module")] ?? "";
  const page = source.replace("<!--scripts-->", script);
  // `?prerender=no`: the same page as a plain script-tag embed, for comparison.
  let html =
    context.query.prerender === "no"
      ? page
      : await ssr.prerender(page, { onWarning: () => {} });
  // `?tamper=1`: the first template's digest no longer matches, as with HTML pre-rendered by
  // another version of the library.
  if (context.query.tamper)
    html = html.replace(
      /<!--lit-part [^>]*?-->/,
      "<!--lit-part AAAAAAAAAAA=-->",
    );
  context.type = "html";
  context.body = html;
  if (context.query.csp === "prerendered")
    context.set("Content-Security-Policy", ssr.contentSecurityPolicy());
}

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
  middleware: [
    hostPageHeaders,
    developmentCopies,
    missingChunk,
    pageWeightEndpoint,
    translationPacks,
    prerenderedPages,
  ],
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
    {
      // The host pages' widget list is the registry's (see test/hosts/widgets.js).
      name: "il2-registry-tags",
      transform: ({ path, body }) =>
        path === "/test/hosts/widgets.js"
          ? String(body).replaceAll(
              "IL2_WIDGET_TAGS",
              JSON.stringify(WIDGET_TAGS),
            )
          : undefined,
    },
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
