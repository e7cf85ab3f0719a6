// The demo page as a developer uses it (`npm start`): the Vite dev server and headless Chromium.
// One widget at a time; its settings live in the address (reload, Back, a pasted link, hostile
// values); preview widths and the print preview; every embed tab's code, run in a plain page next
// to the built dist/ files, gives the preview's card; the page works at 360 px and axe finds nothing.
// Needs custom-elements.json and the built dist/ (`npm test` makes both first).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { createServer } from "vite";
import { demoBrowser } from "./demo-browser.mjs";
import { serve } from "../../scripts/serve.mjs";
import { readCards } from "./in-page.mjs";

const { prerender, contentSecurityPolicy } =
  await import("../../dist/ssr/index.js");

const root = resolve(import.meta.dirname, "../..");
const require = createRequire(import.meta.url);
// esbuild is @web/dev-server-esbuild's own dependency (scripts/react-esm-plugin.mjs does the same).
/** @type {typeof import('esbuild')} */
const esbuild = createRequire(require.resolve("@web/dev-server-esbuild"))(
  "esbuild",
);

const NEEDED = [
  "custom-elements.json",
  "dist/il2-widgets.js",
  "dist/il2-widgets.iife.js",
  "dist/esm/react/index.js",
  "dist/il2-autoloader.js",
  "dist/ssr/index.js",
];

let server;
let demoOrigin;
let plain;
let browser;
let context;
let page;
/** @type {{ id: string, label: string, check: string }[]} */
let embedTabs;
const problems = [];

// ---------------------------------------------------------------------------------------------
// Plain pages: a static server for the built files and the pages the tests write

/** Serves /dist/** from the build and /pages/* written by the tests, like any static host. */
async function plainServer() {
  const pages = mkdtempSync(join(tmpdir(), "il2-demo-pages-"));
  const server = await serve([
    ["/pages/", pages],
    ["/dist/", join(root, "dist")],
  ]);
  let count = 0;
  return {
    origin: server.origin,
    /** Adds a page (or script) and returns its address. */
    add(body, extension = ".html") {
      count += 1;
      writeFileSync(join(pages, `${count}${extension}`), body);
      return `${server.origin}/pages/${count}${extension}`;
    },
    async close() {
      await server.close();
      rmSync(pages, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Set-up

before(async () => {
  for (const file of NEEDED)
    assert.ok(
      existsSync(join(root, file)),
      `${file} is missing: run \`npm run build\` (npm test builds it)`,
    );
  server = await createServer({
    configFile: join(root, "vite.config.ts"),
    logLevel: "silent",
    server: { port: 0, strictPort: false },
  });
  await server.listen();
  demoOrigin = `http://localhost:${server.httpServer.address().port}`;
  // The tab table itself, so a tab added there is tested here without a change to this file.
  ({ embedTabs } = await server.ssrLoadModule("/embed-tabs.ts"));
  plain = await plainServer();
  ({ browser, context } = await demoBrowser(demoOrigin));
  page = await newPage();
});

after(async () => {
  await browser?.close();
  await plain?.close();
  await server?.close();
});

/** A page that reports errors, console errors and dialogs (an alert means something ran). */
async function newPage(options) {
  const created = options
    ? await (await browser.newContext(options)).newPage()
    : await context.newPage();
  created.on("pageerror", (error) => problems.push(`page error: ${error}`));
  created.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  created.on("dialog", (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return created;
}

/** Opens the demo at `search` and waits until both previews hold the widget's card. */
async function open(search, target = page) {
  await target.goto(`${demoOrigin}/${search}`, { waitUntil: "load" });
  await previewsReady(target);
}

/**
 * Waits for the cards of the widget on show in every preview. They arrive one per frame once a
 * preview comes near the screen, so this scrolls each empty preview into view first.
 */
async function previewsReady(target = page) {
  await target.evaluate(async () => {
    for (const stage of document.querySelectorAll("[data-stage]")) {
      if (stage.firstElementChild) continue;
      stage.scrollIntoView({ block: "nearest" });
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
  await target.waitForFunction(() => {
    const stages = [...document.querySelectorAll("[data-stage]")];
    const tag = document
      .querySelector("#widget-title")
      ?.textContent?.slice(1, -1);
    return (
      stages.length >= 2 &&
      stages.every((stage) => stage.firstElementChild?.localName === tag)
    );
  });
}

/** Waits until the address holds `expected` (control changes are written a moment later). */
const addressHas = (expected, target = page) =>
  target.waitForFunction(
    (text) => decodeURIComponent(location.search).includes(text),
    expected,
  );

const search = (target = page) =>
  target.evaluate(() => decodeURIComponent(location.search));

/**
 * A card as a reader gets it: its attributes and its visible text, nested cards and slotted text
 * included, once it and every card inside it have rendered.
 */
async function cardSignature(target, selector) {
  const card = await target.evaluate(async (cssSelector) => {
    const card = document.querySelector(cssSelector);
    if (!card) return null;
    const rendered = async (element) => {
      await element.updateComplete;
      for (const inner of element.shadowRoot?.querySelectorAll("*") ?? [])
        if (inner.shadowRoot) await rendered(inner);
    };
    await rendered(card);
    return {
      tag: card.localName,
      attributes: Object.fromEntries(
        [...card.attributes].map(({ name, value }) => [name, value]),
      ),
    };
  }, selector);
  if (!card) return null;
  const { texts } = await target.evaluate(readCards, {
    selector,
    first: true,
  });
  return { ...card, text: texts.join(" | ") };
}

const CHOSEN = '[data-stage="chosen"] > *';
/** The code in the chosen tab, once it is made (a tab may ask the dev server for it). */
async function codeShown() {
  await page.waitForFunction(
    () =>
      document.querySelector("#embed-panel pre code")?.textContent !==
      "Preparing the code…",
  );
  return page.locator("#embed-panel pre code").innerText();
}

// ---------------------------------------------------------------------------------------------
// One widget at a time, and the address

test("opens on the first widget alone, with its settings, two previews and its embed code", async () => {
  await open("");
  assert.equal(
    await page.locator("#widget-title").innerText(),
    "<il2-overview>",
  );
  assert.equal(
    await page.locator('#widget-nav a[aria-current="page"]').innerText(),
    "<il2-overview>",
  );
  assert.equal(
    await page.getByRole("form", { name: "Settings for il2-overview" }).count(),
    1,
  );
  // (document.querySelectorAll: Playwright's locators would also find a guide's inner cards.)
  const tagsInMain = () =>
    page.evaluate(() =>
      [...document.querySelectorAll("main *")]
        .map((element) => element.localName)
        .filter((name) => name.startsWith("il2-")),
    );
  assert.deepEqual(await tagsInMain(), ["il2-overview", "il2-overview"]);
  assert.match(
    await codeShown(),
    /<il2-overview heading-level="3"><\/il2-overview>/,
  );
});

test("the widget list switches the view, and Back and Forward go between widgets", async () => {
  await open("?widget=guide");
  await page.getByRole("link", { name: "<il2-schedule>" }).click();
  await previewsReady();
  assert.equal(await search(), "?widget=schedule");
  assert.equal(
    await page.locator("#widget-title").innerText(),
    "<il2-schedule>",
  );
  assert.deepEqual(
    await page.evaluate(() =>
      [...document.querySelectorAll("main *")]
        .map((element) => element.localName)
        .filter((name) => name.startsWith("il2-")),
    ),
    ["il2-schedule", "il2-schedule"],
  );
  assert.equal(
    await page.getByRole("form", { name: "Settings for il2-schedule" }).count(),
    1,
  );
  await page.getByRole("link", { name: "<il2-resources>" }).click();
  await previewsReady();
  await page.goBack();
  await previewsReady();
  assert.equal(
    await page.locator("#widget-title").innerText(),
    "<il2-schedule>",
  );
  await page.goBack();
  await previewsReady();
  assert.equal(await page.locator("#widget-title").innerText(), "<il2-guide>");
  await page.goForward();
  await previewsReady();
  assert.equal(
    await page.locator("#widget-title").innerText(),
    "<il2-schedule>",
  );
});

test("settings change the preview, the code and the address; reload and a pasted link restore them", async () => {
  await open("?widget=schedule");
  await page.locator("#setting-start-date").fill("2027-03-08");
  await page.locator("#setting-theme").selectOption("dark");
  await page.locator("#setting-lang").selectOption("es");
  await page.locator("#setting-no-date-input").check();
  await page.getByRole("tab", { name: "Script tag (classic)" }).click();
  await page.getByRole("button", { name: /^Tablet/ }).click();
  // The last change reaches the address last (control changes are written a moment later).
  await addressHas("preview-width=768");
  const address = await search();
  for (const part of [
    "widget=schedule",
    "start-date=2027-03-08",
    "theme=dark",
    "lang=es",
    "no-date-input",
    "preview-width=768",
    "embed=classic",
  ])
    assert.ok(address.includes(part), `${part} in ${address}`);

  const view = async (target) => ({
    card: await cardSignature(target, CHOSEN),
    code: await target.locator("#embed-panel pre code").innerText(),
    start: await target.locator("#setting-start-date").inputValue(),
    theme: await target.locator("#setting-theme").inputValue(),
    lang: await target.locator("#setting-lang").inputValue(),
    noDateInput: await target.locator("#setting-no-date-input").isChecked(),
    width: await target.locator("#preview-width").inputValue(),
    tab: await target.locator('[role="tab"][aria-selected="true"]').innerText(),
  });
  const before = await view(page);
  assert.match(before.card.text, /lunes, 8 de marzo de 2027/);
  assert.deepEqual(before.card.attributes, {
    "start-date": "2027-03-08",
    "no-date-input": "",
    theme: "dark",
    "heading-level": "3",
    lang: "es",
  });
  assert.match(before.code, /<script defer src=/);

  await page.reload({ waitUntil: "load" });
  await previewsReady();
  assert.deepEqual(await view(page), before, "after reload");

  const pasted = await newPage({ viewport: { width: 1280, height: 900 } });
  await open(address, pasted);
  assert.deepEqual(await view(pasted), before, "a pasted link");
  await pasted.context().close();
});

test("hostile values in the address fall back, are named, and nothing runs", async () => {
  const attack = "<img src=x onerror=window.__ran=1>";
  const hostile = new URLSearchParams({
    widget: "overview",
    theme: `dark" onmouseover="window.__ran=1`,
    "heading-level": "javascript:window.__ran=1",
    lang: attack,
    sections: attack,
    "preview-width": "1e9",
    embed: "__proto__",
    collapsible: attack,
  });
  await open(`?${hostile}`);
  assert.equal(await page.evaluate(() => window.__ran), undefined);
  assert.equal(await page.locator("img").count(), 0);
  assert.equal(await page.locator("#setting-theme").inputValue(), "");
  assert.equal(await page.locator("#setting-heading-level").inputValue(), "3");
  assert.equal(await page.locator("#setting-lang").inputValue(), "");
  assert.equal(await page.locator("#preview-width").inputValue(), "720");
  assert.equal(
    await page.locator('[role="tab"][aria-selected="true"]').innerText(),
    "Script tag (module)",
  );
  // Text goes to the card as written, and the card judges it (here: all sections, a warning).
  assert.equal(await page.locator("#setting-sections").inputValue(), attack);
  const card = await cardSignature(page, CHOSEN);
  assert.equal(card.attributes.sections, attack);
  assert.match(card.text, /IL-2/);
  const notice = await page.locator(".notice").innerText();
  for (const name of [
    "theme",
    "heading-level",
    "lang",
    "preview-width",
    "embed",
  ])
    assert.ok(notice.includes(name), `${name} named in: ${notice}`);
  // The address is cleaned of what could not be used.
  assert.doesNotMatch(await search(), /theme=|heading-level=|lang=|embed=/);

  await open("?widget=%3Cscript%3Ewindow.__ran%3D1%3C/script%3E");
  assert.equal(
    await page.locator("#widget-title").innerText(),
    "<il2-overview>",
  );
  assert.match(await page.locator(".notice").innerText(), /widget/);
  assert.equal(await page.evaluate(() => window.__ran), undefined);
});

// ---------------------------------------------------------------------------------------------
// Preview sizes and the print preview

test("the width presets and slider give the card exactly that width", async () => {
  await open("?widget=resources");
  await page.getByRole("button", { name: /^Phone/ }).click();
  assert.equal(
    await page
      .getByRole("button", { name: /^Phone/ })
      .getAttribute("aria-pressed"),
    "true",
  );
  await addressHas("preview-width=360");
  const widths = () =>
    page.evaluate(() =>
      [
        ...document.querySelectorAll(
          '[data-stage="chosen"] > *, [data-stage="other"] > *',
        ),
      ].map((card) => card.getBoundingClientRect().width),
    );
  assert.deepEqual(await widths(), [360, 360]);
  const slider = page.locator("#preview-width");
  await slider.focus();
  await page.keyboard.press("ArrowRight");
  assert.deepEqual(await widths(), [370, 370]);
  assert.equal(
    await page
      .getByRole("button", { name: /^Phone/ })
      .getAttribute("aria-pressed"),
    "false",
  );
  await addressHas("preview-width=370");
});

test("the print preview shows the card as it prints, and its button prints that card alone", async () => {
  await open("?widget=overview&collapsible&theme=dark");
  await page.locator("#print-preview").check();
  await addressHas("print-preview");
  const printCard = '[data-stage="print"] > il2-overview';
  await previewsReady();
  const preview = await cardSignature(page, printCard);
  const screen = await cardSignature(page, CHOSEN);
  await page.emulateMedia({ media: "print" });
  const printed = await cardSignature(page, CHOSEN);
  await page.emulateMedia({ media: "screen" });
  assert.notEqual(
    printed.text,
    screen.text,
    "print shows more (every section open)",
  );
  assert.equal(preview.text, printed.text);
  // Paper is white: the dark card prints black on white, and so does the preview.
  const colours = await page.evaluate((selector) => {
    const card = document
      .querySelector(selector)
      .shadowRoot.querySelector(".card");
    const style = getComputedStyle(card);
    return [style.color, style.backgroundColor];
  }, printCard);
  assert.deepEqual(colours, ["rgb(0, 0, 0)", "rgb(255, 255, 255)"]);

  // "Print this card…" opens the print dialog with only that card on the page.
  await page.evaluate(() => {
    window.__printed = 0;
    window.print = () => (window.__printed += 1);
  });
  await page.getByRole("button", { name: "Print this card…" }).click();
  assert.equal(await page.evaluate(() => window.__printed), 1);
  await page.emulateMedia({ media: "print" });
  const visibility = await page.evaluate((selector) => {
    const of = (element) => getComputedStyle(element).visibility;
    return {
      heading: of(document.querySelector("h1")),
      chosen: of(document.querySelector('[data-stage="chosen"] > *')),
      print: of(document.querySelector(selector)),
    };
  }, printCard);
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await page.emulateMedia({ media: "screen" });
  assert.deepEqual(visibility, {
    heading: "hidden",
    chosen: "hidden",
    print: "visible",
  });
});

// ---------------------------------------------------------------------------------------------
// Every embed tab

/** The element markup a framework tab's code holds (see test/demo-embed-tabs.test.ts). */
function frameworkMarkup(code) {
  const vue = /\n<template>\n([\s\S]*)\n<\/template>\n$/.exec(code);
  if (vue) return vue[1];
  const angular = /\n {2}template: `((?:[^`\\]|\\[\s\S])*)`,\n/.exec(code);
  if (angular) return angular[1].replace(/\\([\s\S])/g, "$1");
  throw new Error(`no element markup found in:\n${code}`);
}

/** The element in a piece of markup, parsed by the browser without running anything. */
const parsedMarkup = (markup) =>
  page.evaluate((text) => {
    const template = document.createElement("template");
    template.innerHTML = text;
    const element = template.content.querySelector("*:not(script)");
    return {
      tag: element.localName,
      attributes: Object.fromEntries(
        [...element.attributes].map(({ name, value }) => [name, value]),
      ),
      children: [...element.children].map((child) => [
        child.localName,
        child.getAttribute("slot"),
        child.textContent,
      ]),
    };
  }, markup);

/** The package's own files for `il2-widgets/…` imports, as package.json's exports name them. */
function packageFile(specifier) {
  const { name, exports } = JSON.parse(
    readFileSync(join(root, "package.json"), "utf8"),
  );
  const target = exports[`.${specifier.slice(name.length)}`];
  const file = typeof target === "string" ? target : target?.default;
  assert.ok(file, `package.json exports nothing for ${specifier}`);
  return join(root, file);
}

/** A page that mounts the React code's component with React and il2-widgets/react from dist/esm. */
async function reactPage(code) {
  const result = await esbuild.build({
    stdin: {
      contents: `import * as example from "example";
import { createElement } from "react";
import { createRoot } from "react-dom/client";
createRoot(document.getElementById("root")).render(createElement(Object.values(example)[0]));`,
      resolveDir: root,
    },
    plugins: [
      {
        name: "example",
        setup(build) {
          build.onResolve({ filter: /^example$/ }, () => ({
            path: "example.jsx",
            namespace: "example",
          }));
          build.onLoad({ filter: /.*/, namespace: "example" }, () => ({
            contents: code,
            loader: "jsx",
            resolveDir: root,
          }));
          build.onResolve({ filter: /^il2-widgets(\/|$)/ }, (args) => ({
            path: packageFile(args.path),
          }));
        },
      },
    ],
    bundle: true,
    format: "esm",
    jsx: "automatic",
    platform: "browser",
    define: { "process.env.NODE_ENV": '"production"' },
    write: false,
    logLevel: "silent",
  });
  const script = plain.add(result.outputFiles[0].text, ".js");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>React</title></head><body style="margin:0"><div id="root"></div><script type="module" src="${script}"></script></body></html>`;
}

/**
 * Each check named in demo/embed-tabs.ts: given a tab's code and the preview's card, it fails
 * unless the code gives the same card. A new kind of tab needs its check here.
 */
const checks = {
  async "script-page"(code, preview, width) {
    const body = code.replaceAll("/path/to/", `${plain.origin}/dist/`);
    const url = plain.add(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Plain page</title></head><body style="margin:0">${body}</body></html>`,
    );
    const other = await newPage({ viewport: { width, height: 900 } });
    await other.goto(url, { waitUntil: "load" });
    await other.waitForFunction((tag) => customElements.get(tag), preview.tag);
    assert.deepEqual(await cardSignature(other, preview.tag), preview);
    await other.context().close();
  },
  async "react-page"(code, preview, width) {
    const other = await newPage({ viewport: { width, height: 900 } });
    await other.goto(plain.add(await reactPage(code)), { waitUntil: "load" });
    await other.waitForSelector(preview.tag, { state: "attached" });
    const card = await cardSignature(other, preview.tag);
    // React sets most settings as properties, so compare what the reader gets.
    assert.equal(card.text, preview.text);
    assert.equal(card.attributes.lang, preview.attributes.lang);
    await other.context().close();
  },
  async "prerendered-page"(code, preview, width) {
    assert.match(
      code,
      new RegExp(`<${preview.tag}[^>]*><template shadowrootmode="open">`),
      "the card is rendered into the HTML",
    );
    const body = code.replaceAll("/path/to/", `${plain.origin}/dist/`);
    const url = plain.add(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Plain page</title></head><body style="margin:0">${body}</body></html>`,
    );
    // Without JavaScript the card is already there, with its title.
    const still = await newPage({
      viewport: { width, height: 900 },
      javaScriptEnabled: false,
    });
    await still.goto(url, { waitUntil: "load" });
    const title = await still.evaluate(
      (tag) =>
        document
          .querySelector(tag)
          ?.shadowRoot?.querySelector('[part="title"], [part="guide-title"]')
          ?.textContent.trim(),
      preview.tag,
    );
    assert.ok(title, "the card shows its title without JavaScript");
    await still.context().close();
    // With the script, the card is adopted, not rendered again: no warning, and the same card.
    const other = await newPage({ viewport: { width, height: 900 } });
    const warnings = [];
    other.on("console", (message) => {
      if (message.type() === "warning") warnings.push(message.text());
    });
    await other.goto(url, { waitUntil: "load" });
    await other.waitForFunction((tag) => customElements.get(tag), preview.tag);
    assert.deepEqual(await cardSignature(other, preview.tag), preview);
    assert.deepEqual(warnings, []);
    assert.equal(
      await other.evaluate(
        (tag) =>
          document.querySelector(tag).shadowRoot.querySelectorAll(".card")
            .length,
        preview.tag,
      ),
      1,
      "rendered once",
    );
    await other.context().close();
  },
  async "paste-ready-page"(code, preview, width, scriptCode) {
    // Made in the browser (the dev server does not help): what prerender() writes for the
    // script-tag code's element, byte for byte, and the policy `il2-widgets csp` prints.
    const element = scriptCode.split("\n").slice(1).join("\n");
    const card = await prerender(element, { onWarning: () => {} });
    assert.ok(
      code.includes(
        `-->\n${card}\n<script type="module" src="/path/to/il2-widgets.js">`,
      ),
      "the card as prerender() writes it, then the script tag",
    );
    assert.ok(
      code.includes(`Content-Security-Policy: ${contentSecurityPolicy()} -->`),
      "the policy for pre-rendered cards",
    );
    await checks["prerendered-page"](code, preview, width);
  },
  async "same-markup"(code, _preview, _width, scriptCode) {
    const element = scriptCode.split("\n").slice(1).join("\n");
    assert.deepEqual(
      await parsedMarkup(frameworkMarkup(code)),
      await parsedMarkup(element),
    );
  },
};

for (const [search, label] of [
  [
    `?widget=assistance&theme=dark&lang=es&heading-level=4&program-href=${encodeURIComponent("https://example.org/help?a=1&b=2")}&slot.contact=${encodeURIComponent('Ana "Room 2" & <desk>')}`,
    "<il2-assistance> with a link, a slot, Spanish and dark",
  ],
  [
    "?widget=schedule&start-date=2027-03-08&doses-per-day=2&no-date-input&preview-width=600",
    "<il2-schedule> with dates",
  ],
]) {
  test(`each embed tab's code renders the preview's card in a plain page: ${label}`, async () => {
    await open(search);
    const preview = await cardSignature(page, CHOSEN);
    const width = Number(await page.locator("#preview-width").inputValue());
    const tabs = page.getByRole("tab");
    const labels = await tabs.allInnerTexts();
    const expected = embedTabs.filter((tab) => labels.includes(tab.label));
    assert.ok(expected.length >= 5, `tabs on the page: ${labels.join(", ")}`);
    let scriptCode = "";
    for (const tab of expected) {
      await page.getByRole("tab", { name: tab.label }).click();
      await addressHas(tab.id === "module" ? "widget=" : `embed=${tab.id}`);
      const code = await codeShown();
      if (tab.id === "module") scriptCode = code;
      await page.getByRole("button", { name: "Copy" }).click();
      await page.waitForFunction(
        () =>
          document.querySelector(".copy-status")?.textContent ===
          "Copied to the clipboard.",
      );
      assert.equal(
        await page.evaluate(() => navigator.clipboard.readText()),
        code,
        `${tab.label}: Copy copies the code shown`,
      );
      const check = checks[tab.check];
      assert.ok(
        check,
        `no check for "${tab.check}" (tab ${tab.id}): add one above`,
      );
      await check(code, preview, width, scriptCode);
    }
  });
}

test("the embed tabs work from the keyboard (arrow keys, Home, End)", async () => {
  await open("?widget=overview");
  const selected = () =>
    page.locator('[role="tab"][aria-selected="true"]').innerText();
  const focused = () =>
    page.evaluate(() => document.activeElement?.textContent?.trim());
  await page.getByRole("tab", { name: "Script tag (module)" }).focus();
  await page.keyboard.press("ArrowRight");
  assert.equal(await selected(), "Script tag (classic)");
  assert.equal(await focused(), "Script tag (classic)");
  await page.keyboard.press("End");
  assert.equal(await selected(), embedTabs.at(-1).label);
  await page.keyboard.press("ArrowRight");
  assert.equal(await selected(), embedTabs[0].label);
  await page.keyboard.press("ArrowLeft");
  assert.equal(await selected(), embedTabs.at(-1).label);
  await page.keyboard.press("Home");
  assert.equal(await selected(), "Script tag (module)");
  assert.equal(await focused(), "Script tag (module)");
  // Only the chosen tab is in the Tab order; Tab moves on into the panel.
  await page.keyboard.press("Tab");
  assert.equal(
    await page.evaluate(() => document.activeElement?.localName),
    "pre",
  );
});

// ---------------------------------------------------------------------------------------------
// Phones, accessibility, links

test("at 360 px wide nothing scrolls sideways and the preview fits", async () => {
  const phone = await newPage({ viewport: { width: 360, height: 740 } });
  for (const widget of ["guide", "schedule", "doctor-questions"]) {
    await open(`?widget=${widget}&print-preview`, phone);
    const layout = await phone.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      outside: [
        ...document.querySelectorAll(
          "main input, main select, main button, main pre, main .frame, nav a",
        ),
      ]
        .filter((element) => {
          const box = element.getBoundingClientRect();
          return box.width > 0 && (box.left < 0 || box.right > 360);
        })
        .map(
          (element) => element.id || element.textContent.trim().slice(0, 30),
        ),
      card: document
        .querySelector('[data-stage="chosen"] > *')
        .getBoundingClientRect().width,
    }));
    assert.equal(layout.scrollWidth, 360, widget);
    assert.deepEqual(layout.outside, [], widget);
    assert.ok(layout.card <= 330, `${widget} card ${layout.card}px`);
  }
  await phone.context().close();
});

/**
 * Runs axe-core over the page (it enters the cards' open shadow roots too). The inert copies
 * (other theme, paper) are hidden from assistive technology, so axe skips them; with
 * `cards: false` it skips the live card as well (each card is checked in every state by its own
 * tests) and looks at the page around it.
 */
async function axeViolations(target, { cards = true } = {}) {
  if (!(await target.evaluate(() => "axe" in window)))
    await target.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return target.evaluate(
    async (exclude) => {
      const { violations } = await window.axe.run(
        { include: [["body"]], exclude },
        { resultTypes: ["violations"] },
      );
      return violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
      );
    },
    cards ? [["[inert]"]] : [["[data-stage]"]],
  );
}

test("axe finds no accessibility problems, wide and narrow, in each state", async () => {
  // The page as it opens (the overview), with a card's landmarks and controls in it.
  await open("");
  assert.deepEqual(await axeViolations(page), [], "(default)");
  // The notice, the print preview and the React tab.
  const state = "?widget=overview&theme=%3Cb%3E&print-preview&embed=react";
  await open(state);
  assert.deepEqual(await axeViolations(page, { cards: false }), [], state);
  const phone = await newPage({ viewport: { width: 360, height: 740 } });
  await open("?widget=doctor-questions&print-preview&embed=angular", phone);
  assert.deepEqual(await axeViolations(phone, { cards: false }), [], "360 px");
  await phone.context().close();
});

test("links to each docs page from one base address", async () => {
  await open("");
  const links = await page
    .getByRole("navigation", { name: "Documentation" })
    .getByRole("link")
    .evaluateAll((anchors) =>
      anchors.map((anchor) => anchor.getAttribute("href")),
    );
  const paths = [
    "docs/embedding.md",
    "docs/pre-rendering.md",
    "docs/frameworks.md",
    "docs/api.md",
    "docs/languages.md",
    "docs/content-and-safety.md",
    "docs/content-review.md",
    "docs/performance.md",
    "CONTRIBUTING.md",
  ];
  assert.equal(links.length, paths.length);
  const base = links[0].slice(0, -paths[0].length);
  assert.deepEqual(
    links,
    paths.map((path) => `${base}${path}`),
  );
  // Under `npm start` each link opens the repository's file (or says it is not written yet),
  // never the demo page itself. (Links to a code forge, once package.json names a repository,
  // are not fetched: no network in tests.)
  for (const path of paths) {
    const url = new URL(`${base}${path}`, page.url());
    if (url.origin !== demoOrigin) continue;
    const response = await fetch(url);
    const [status, text] = [response.status, await response.text()];
    if (existsSync(join(root, path))) {
      assert.equal(status, 200, path);
      assert.equal(text, readFileSync(join(root, path), "utf8"), path);
    } else assert.equal(status, 404, path);
  }
});

test("logs no errors and opens no dialogs in the browser", () => {
  assert.deepEqual(problems, []);
});
