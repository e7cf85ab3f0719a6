// The Vue and Svelte example apps (examples/vue, examples/svelte), built with Vite against the
// packed package and used in headless Chromium as a reader would: both cards render, a value the
// app binds reaches the card, the card's events reach the app (the reader's own date is written
// back to the app's state), and the questions list, defined only after the app's first render,
// still gets the app's questions (Vue's .prop; Svelte sets arrays as properties). Nothing may
// reach the console. For Vue, the same app without .prop, built as its dev server serves it (the
// package's development files), shows the one warning that says so.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "vite";
import {
  appFolder,
  launchChromium,
  openApp,
  removeAppFolder,
  root,
  serve,
} from "./packed-package.mjs";

/** The app's own question, after the ten built-in ones. */
const HOST_QUESTION = "Who can drive me home after each stay?";

let dir = "";
/** @type {import("playwright-core").Browser | undefined} */
let browser;
/** @type {{ close: () => void }[]} */
const servers = [];

before(async () => {
  dir = appFolder("examples");
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  for (const server of servers) server.close();
  removeAppFolder(dir);
});

/**
 * Copies an example next to the packed package and builds it with its own Vite config.
 * @param {string} name the folder under examples/
 * @param {{ outDir?: string, edit?: (file: string) => void }} [options]
 * @returns {Promise<string>} the origin the built app is served from
 */
async function buildExample(
  name,
  { outDir = "dist", edit, development = false } = {},
) {
  const app = join(dir, name);
  cpSync(join(root, "examples", name), app, { recursive: true });
  edit?.(app);
  // A development build resolves the package's "development" export condition (dist/esm-dev), as
  // the app's dev server does: the files that explain a refused setting in the console.
  const nodeEnv = process.env.NODE_ENV;
  if (development) process.env.NODE_ENV = "development";
  try {
    await build({
      root: app,
      configFile: join(app, "vite.config.ts"),
      logLevel: "warn",
      build: { outDir },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const server = await serve(join(app, outDir));
  servers.push(server);
  return server.origin;
}

/** The text of every question on the list, in order (Playwright's CSS crosses shadow roots). */
const questionTexts = (page) =>
  page
    .locator('il2-doctor-questions [part~="list"] [part~="question-text"]')
    .allTextContents();

/** Waits until both cards have rendered (the questions list is defined after the app's render). */
async function cardsRendered(page) {
  await page
    .locator('il2-schedule [part~="title"]')
    .waitFor({ timeout: 20_000 });
  await page
    .locator('il2-doctor-questions [part~="title"]')
    .waitFor({ timeout: 20_000 });
}

/** The reader's first infusion day as the schedule card states it. */
const firstDay = async (page) =>
  /Your first day of IL-2 is ([^.]+)\./.exec(
    (await page.locator("il2-schedule .course").textContent()) ?? "",
  )?.[1];

/**
 * The story both examples must tell, the same in each framework.
 * @param {string} origin
 */
async function checkExample(origin) {
  assert.ok(browser);
  const { page, messages } = await openApp(browser, `${origin}/`);
  try {
    await cardsRendered(page);

    // Render, and the list defined late still has the app's question.
    const questions = await questionTexts(page);
    assert.equal(questions.length, 11, questions.join("\n"));
    assert.equal(questions.at(-1), HOST_QUESTION);

    // A bound value: the app's date, then a new one the app sets.
    assert.equal(await firstDay(page), "Monday, March 8, 2027");
    await page.locator("main > p input[type=date]").fill("2027-04-05");
    await page.waitForFunction(() =>
      document
        .querySelector("il2-schedule")
        ?.shadowRoot?.querySelector(".course")
        ?.textContent?.includes("Monday, April 5, 2027"),
    );

    // An event: the reader enters their own date in the card; the app writes it back.
    await page.locator("il2-schedule input#start-date").fill("2027-05-03");
    await page
      .locator("il2-schedule button", { hasText: "Show my dates" })
      .click();
    await page.waitForFunction(
      () =>
        document.querySelector("main > p input[type=date]")?.value ===
        "2027-05-03",
    );
    assert.equal(await firstDay(page), "Monday, May 3, 2027");

    // Another event: marking a question asked reaches the app.
    await page
      .locator('il2-doctor-questions input[type="checkbox"]')
      .first()
      .check();
    await page
      .locator("#asked", { hasText: "Questions marked as asked: 1" })
      .waitFor();

    assert.deepEqual(messages, [], "nothing in the console");
  } finally {
    await page.close();
  }
}

test("the Vue example: renders, binds, hears events, and gets its questions through .prop", async () => {
  await checkExample(await buildExample("vue"));
});

test("the Svelte example: renders, binds, hears events, and gets its questions though the list is defined late", async () => {
  await checkExample(await buildExample("svelte"));
});

test("Vue without .prop: the late-defined list warns once, naming .prop, and still works", async () => {
  assert.ok(browser);
  // Where a developer looks: the development files, which the app's dev server uses.
  const origin = await buildExample("vue", {
    development: true,
    outDir: "dist-without-prop",
    edit: (app) => {
      const file = join(app, "src/App.vue");
      const source = readFileSync(file, "utf8");
      assert.ok(source.includes(':questions.prop="questions"'));
      writeFileSync(
        file,
        source.replace(':questions.prop="questions"', ':questions="questions"'),
      );
    },
  });
  const { page, messages } = await openApp(browser, `${origin}/`);
  try {
    await cardsRendered(page);
    assert.equal(
      (await questionTexts(page)).length,
      10,
      "the app's question is lost",
    );
    // Lit's own dev-mode note comes with development files (docs/frameworks.md explains it).
    const ours = messages.filter(
      (text) => !text.includes("Lit is in dev mode"),
    );
    assert.equal(ours.length, 1, messages.join("\n"));
    assert.match(
      ours[0] ?? "",
      /^warning: \[il2-widgets\] <il2-doctor-questions> questions="\[object Object\]" is ignored: .*Vue: :questions\.prop="list"/,
    );
  } finally {
    await page.close();
  }
});
