// The demo page as a developer uses it (`npm start`): the Vite dev server and headless Chromium.
// Every widget has its settings, a preview that follows them, and embed code that copies.
// Needs custom-elements.json (`npm test` makes it first).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { createServer } from "vite";
import { chromium } from "playwright-core";
import { CHROME_ARGS, findChrome } from "./find-chrome.mjs";

const TAGS = [
  "il2-guide",
  "il2-overview",
  "il2-schedule",
  "il2-self-check",
  "il2-doctor-questions",
  "il2-assistance",
  "il2-resources",
];

let server;
let browser;
let page;
const problems = [];

before(async () => {
  assert.ok(
    existsSync("custom-elements.json"),
    "custom-elements.json is missing: run `npx cem analyze` (npm test does)",
  );
  server = await createServer({
    configFile: "vite.config.ts",
    logLevel: "silent",
    server: { port: 0, strictPort: false },
  });
  await server.listen();
  const { port } = server.httpServer.address();
  browser = await chromium.launch({
    executablePath: findChrome(),
    args: CHROME_ARGS,
  });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: `http://localhost:${port}`,
  });
  page = await context.newPage();
  page.on("pageerror", (error) => problems.push(`page error: ${error}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  await page.goto(`http://localhost:${port}/`, { waitUntil: "load" });
  // The previews are added as their sections come into view: scroll through once.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  });
  for (const tag of TAGS)
    await page.waitForSelector(`[data-preview-of="${tag}"] > ${tag}`, {
      state: "attached",
    });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The embed code shown for a widget. */
const snippetOf = (tag) =>
  page.locator(`#demo-${tag} pre code`).first().innerText();

/** The first preview of a widget (the one in the chosen theme). */
const preview = (tag) =>
  page.locator(`[data-preview-of="${tag}"] > ${tag}`).first();

test("shows every widget with its settings, two previews and its embed code", async () => {
  for (const tag of TAGS) {
    assert.equal(
      await page.getByRole("form", { name: `Settings for ${tag}` }).count(),
      1,
      tag,
    );
    assert.equal(
      await page.locator(`[data-preview-of="${tag}"] > ${tag}`).count(),
      2,
      tag,
    );
    assert.match(await snippetOf(tag), new RegExp(`<${tag}[ >]`), tag);
  }
});

test("a setting changes the preview and the embed code", async () => {
  await page.locator("#il2-overview-theme").selectOption("dark");
  assert.equal(await preview("il2-overview").getAttribute("theme"), "dark");
  assert.match(
    await snippetOf("il2-overview"),
    /<il2-overview theme="dark"[ >]/,
  );

  await page.locator("#il2-schedule-start-date").fill("2027-03-08");
  await page.waitForFunction(() =>
    document
      .querySelector('[data-preview-of="il2-schedule"] > il2-schedule')
      ?.shadowRoot?.textContent?.includes("Monday, March 8, 2027"),
  );
  assert.match(await snippetOf("il2-schedule"), /start-date="2027-03-08"/);
});

test("Copy puts the embed code on the clipboard and says so", async () => {
  const section = page.locator("#demo-il2-overview");
  await section.getByRole("button", { name: "Copy" }).click();
  await page.waitForFunction(
    () =>
      document.querySelector("#demo-il2-overview .copy-status")?.textContent ===
      "Copied to the clipboard.",
  );
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await snippetOf("il2-overview"));
  assert.match(
    copied,
    /<script type="module" src="[^"]*il2-widgets\.js"><\/script>/,
  );
});

test("the language switch turns every preview Spanish and shows lang in the embed code", async () => {
  await page.locator("#global-lang").selectOption("es");
  await page.waitForFunction(() =>
    document
      .querySelector('[data-preview-of="il2-overview"] > il2-overview')
      ?.shadowRoot?.textContent?.includes("La IL-2 para el melanoma"),
  );
  assert.match(await snippetOf("il2-schedule"), /lang="es"/);
});

test("logs no errors in the browser", () => {
  assert.deepEqual(problems, []);
});
