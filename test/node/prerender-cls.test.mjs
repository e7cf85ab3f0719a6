// Pre-rendered cards move nothing on the page: an article at phone size with a card after its
// first paragraph, the script held back until the page has painted, measured with the browser's
// own layout-shift reports (Chromium's Layout Instability API, the one behind CLS). It runs here,
// in a page of its own in the foreground, because a shift is only measured in a page that paints.
// Needs dist/il2-widgets.js and dist/ssr (npm test builds them).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { prerender } from "../../dist/ssr/index.js";
import { CHROME_ARGS, findChrome } from "../../scripts/engines.mjs";
import { serve } from "../../scripts/serve.mjs";
import { layoutShiftOf, watchLayoutShifts } from "./in-page.mjs";

const root = resolve(import.meta.dirname, "../..");
/** The same article the browser tests use; the script is loaded by the test, after a paint. */
const article = readFileSync(
  join(root, "test/hosts/prerender/article.html"),
  "utf8",
)
  .replace("<!--scripts-->", "")
  .replace('<script src="/test/hosts/recorder.js"></script>', "");

let server;
let origin;
let browser;

let pages;

before(async () => {
  pages = mkdtempSync(join(tmpdir(), "il2-cls-"));
  writeFileSync(join(pages, "plain.html"), article);
  writeFileSync(
    join(pages, "prerendered.html"),
    await prerender(article, { onWarning: () => {} }),
  );
  server = await serve([
    ["/", pages],
    ["/", join(root, "dist")],
  ]);
  origin = server.origin;
  browser = await chromium.launch({
    executablePath: await findChrome(),
    args: CHROME_ARGS,
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(pages, { recursive: true, force: true });
});

/** The page's cumulative layout shift from its first paint until the card is rendered by the script. */
async function shiftWhileLoading(path) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
  });
  const page = await context.newPage();
  try {
    await page.goto(`${origin}${path}`, { waitUntil: "load" });
    await page.evaluate(watchLayoutShifts);
    // The script arrives after the page has painted, as on a slow phone.
    await page.evaluate(async () => {
      await import("/il2-widgets.js");
    });
    return await page.evaluate(layoutShiftOf, "il2-overview");
  } finally {
    await context.close();
  }
}

test("a pre-rendered card moves nothing when the script arrives: CLS at most 0.01, where a script-tag card shifts the page", async () => {
  const prerendered = await shiftWhileLoading("/prerendered.html");
  assert.ok(prerendered <= 0.01, `pre-rendered: CLS ${prerendered}`);
  // The same page with a plain script-tag card: the measurement does see the shift.
  const plain = await shiftWhileLoading("/plain.html");
  assert.ok(plain > 0.1, `script tag: CLS ${plain}`);
});
