// The server side of the host pages (test/hosts/): the strict CSP header, the development copies,
// a chunk that fails, the page-weight endpoint, the tests' translation packs and pages pre-rendered
// on request. The test runner serves them (web-test-runner.config.mjs); they are the pages' fixtures,
// beside them, as test/node/packs.mjs is the translation packs'.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { gzipSize, pageWeight } from "../../scripts/page-weight.mjs";
import { PAGES, pageBudget } from "../../scripts/size-budgets.mjs";
import { WIDGET_TAGS } from "../../scripts/registry.mjs";
import { testPack } from "../node/packs.mjs";

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

/** Every endpoint above, in the order the runner tries them. */
export const hostPagesMiddleware = [
  hostPageHeaders,
  developmentCopies,
  missingChunk,
  pageWeightEndpoint,
  translationPacks,
  prerenderedPages,
];

/** The host pages' widget list is the registry's (see test/hosts/widgets.js). */
export const registryTagsPlugin = {
  name: "il2-registry-tags",
  transform: ({ path, body }) =>
    path === "/test/hosts/widgets.js"
      ? String(body).replaceAll("IL2_WIDGET_TAGS", JSON.stringify(WIDGET_TAGS))
      : undefined,
};
