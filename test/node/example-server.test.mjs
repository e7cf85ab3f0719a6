// The server-rendering examples do what docs/pre-rendering.md promises: the Node server
// (examples/node-server/server.mjs) sends pages with pre-rendered cards under the strict policy
// `il2-widgets csp` prints, adopted by the script in Chromium with no policy violation; the
// Eleventy config pre-renders HTML pages. Needs dist/ (npm test builds it).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { contentSecurityPolicy } from "il2-widgets/ssr";
import { createServer } from "../../examples/node-server/server.mjs";
import { CHROME_ARGS, findChrome } from "../../scripts/engines.mjs";

let server;
let origin;
let browser;

before(async () => {
  server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: await findChrome(),
    args: CHROME_ARGS,
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test("the example server sends pre-rendered cards with the policy il2-widgets csp prints", async () => {
  const response = await fetch(`${origin}/`);
  assert.equal(response.status, 200);
  assert.equal(
    response.headers.get("content-security-policy"),
    contentSecurityPolicy(),
  );
  const html = await response.text();
  assert.match(html, /<il2-overview><template shadowrootmode="open"><style>/);
  assert.match(html, /Monday, March 3, 2031/);
});

test("in Chromium its cards show before the script and are adopted by it, with no policy violation", async () => {
  for (const [path, title] of [
    ["/", "IL-2 for advanced melanoma"],
    ["/es", "La IL-2 para el melanoma avanzado"],
  ]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = [];
    page.on("pageerror", (error) => problems.push(`page error: ${error}`));
    page.on("console", (message) => {
      if (["error", "warning"].includes(message.type()))
        problems.push(message.text());
    });
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (event) =>
        console.error(`CSP violation: ${event.violatedDirective}`),
      ),
    );
    await page.goto(`${origin}${path}`, { waitUntil: "load" });
    await page.waitForFunction(() => customElements.get("il2-schedule"));
    const cards = await page.evaluate(() =>
      [...document.querySelectorAll("il2-overview, il2-schedule")].map(
        (card) => ({
          cards: card.shadowRoot.querySelectorAll(".card").length,
          title: card.shadowRoot
            .querySelector('[part="title"]')
            .textContent.trim(),
          radius: getComputedStyle(card.shadowRoot.querySelector(".card"))
            .borderTopLeftRadius,
        }),
      ),
    );
    assert.equal(cards[0].title, title, path);
    for (const card of cards) {
      assert.equal(card.cards, 1, `${path}: rendered once`);
      assert.equal(card.radius, "12px", `${path}: styled`);
    }
    assert.deepEqual(problems, [], path);
    await context.close();
  }
});

test("the Eleventy example pre-renders HTML pages and leaves other output alone", async () => {
  const { default: configure } =
    await import("../../examples/eleventy/eleventy.config.js");
  const transforms = new Map();
  const copies = [];
  configure({
    addTransform: (name, transform) => transforms.set(name, transform),
    addPassthroughCopy: (copy) => copies.push(copy),
  });
  const transform = transforms.get("il2-prerender");
  const page =
    '<html lang="es"><body><il2-overview></il2-overview></body></html>';
  const html = await transform.call(
    { page: { outputPath: "_site/index.html" } },
    page,
  );
  assert.match(html, /<il2-overview><template shadowrootmode="open">/);
  assert.match(html, /La IL-2 para el melanoma avanzado/);
  const feed = await transform.call(
    { page: { outputPath: "_site/feed.xml" } },
    page,
  );
  assert.equal(feed, page);
  assert.deepEqual(copies, [
    { "node_modules/il2-widgets/dist/il2-widgets.js": "il2-widgets.js" },
  ]);
});
