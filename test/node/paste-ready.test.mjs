// The static demo's "Paste-ready HTML" tab, as a CMS owner uses it: `npm run build:demo` (no dev
// server, no Node behind the page) gives, for the settings on screen, the card pre-rendered in the
// browser. That HTML must be what `il2-widgets prerender` writes, byte for byte; it must pass the
// W3C checker; pasted into a plain page with its one script tag it must move nothing while the
// script arrives (Chromium's layout-shift reports: a page of its own in the foreground, because a
// shift is only measured where the page paints, which Firefox and WebKit do not report at all),
// and the script must adopt the card in place and make it work; without script it must read as
// the pre-rendered card does. axe checks each state a reader can meet.
// Needs custom-elements.json, dist/il2-widgets.js, dist/ssr and demo-dist/ (`npm test` builds them).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { demoBrowser } from "./demo-browser.mjs";
import { fences } from "../../scripts/markdown.mjs";
import { serve } from "../../scripts/serve.mjs";
import { assertValidHtml } from "./nu-checker.mjs";
import { layoutShiftOf, readCards, watchLayoutShifts } from "./in-page.mjs";

const root = resolve(import.meta.dirname, "../..");
const require = createRequire(import.meta.url);

const NEEDED = [
  "custom-elements.json",
  "dist/il2-widgets.js",
  "dist/ssr/index.js",
];
for (const file of NEEDED)
  assert.ok(
    existsSync(join(root, file)),
    `${file} is missing: run \`npm run build\` (npm test builds it)`,
  );
const { prerender, contentSecurityPolicy } =
  await import("../../dist/ssr/index.js");

const TAB = "Paste-ready HTML (no layout shift)";
const BUNDLE = '<script type="module" src="/path/to/il2-widgets.js"></script>';

let demo;
let pages;
let server;
let browser;
let context;
let page;
const problems = [];

before(async () => {
  // The static demo as `npm run build:demo` builds it (npm test builds it once, with the rest).
  demo = join(root, "demo-dist");
  assert.ok(
    existsSync(join(demo, "index.html")),
    "demo-dist/ is missing: run `npm run build:demo` (npm test builds it)",
  );
  assert.ok(
    existsSync(join(demo, "paste-ready-worker.js")),
    "the static demo carries its pre-rendering worker",
  );
  pages = mkdtempSync(join(tmpdir(), "il2-paste-pages-"));
  // Plain static hosting: the demo's files, the library's dist/, and the pages the tests write.
  server = await serve([
    ["/demo/", demo],
    ["/dist/", join(root, "dist")],
    ["/pages/", pages],
  ]);
  ({ browser, context } = await demoBrowser(server.origin));
  page = await watched(await context.newPage());
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (pages) rmSync(pages, { recursive: true, force: true });
});

/** Notes page errors and console errors (any at all fails the last test). */
function watched(target) {
  target.on("pageerror", (error) => problems.push(`page error: ${error}`));
  target.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  return target;
}

let pageCount = 0;
/** Writes a plain page around `body` (the pasted code, pointed at dist/) and returns its address. */
function plainPage(
  body,
  { title = "A plain page", width = "device-width" } = {},
) {
  pageCount += 1;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=${width}, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
</head>
<body>
<main>
<h1>Care at home after a hospital stay</h1>
<p>Some weeks bring good days and hard days. The card below is from the care team's reading list.</p>
<h2>From the reading list</h2>
${body.replaceAll("/path/to/", "/dist/")}
<p>Write down what you notice each day, and bring the notes to your next visit.</p>
<p>Ask a friend or family member to come along if you can. Two people remember more than one.</p>
<p>Keep a list of your medicines with you, with the doses and the times you take them.</p>
</main>
</body>
</html>
`;
  writeFileSync(join(pages, `${pageCount}.html`), html);
  return `${server.origin}/pages/${pageCount}.html`;
}

/** The code in the embed panel once it is made (the paste-ready tab asks its worker first). */
async function codeShown(target = page) {
  await target.waitForFunction(() => {
    const text = document.querySelector("#embed-panel pre code")?.textContent;
    return text && text !== "Preparing the code…";
  });
  return target.evaluate(
    () => document.querySelector("#embed-panel pre code").textContent,
  );
}

/**
 * Opens the static demo at `search` and returns the element markup of the script-tag code and
 * the paste-ready code for the same settings, chosen as a developer chooses it: the tab.
 */
async function demoCodes(search) {
  await page.goto(`${server.origin}/demo/index.html${search}`, {
    waitUntil: "load",
  });
  const scriptCode = await codeShown();
  assert.ok(scriptCode.startsWith("<script "), scriptCode);
  const markup = scriptCode.split("\n").slice(1).join("\n");
  await page.getByRole("tab", { name: TAB }).click();
  const code = await codeShown();
  return { markup, code };
}

/** The snippet's parts: its note (with the policy line), the card's HTML, the script tag. */
function parts(code) {
  const match =
    /^(<!--[\s\S]*?-->)\n([\s\S]*)\n(<script type="module" src="\/path\/to\/il2-widgets\.js"><\/script>)$/.exec(
      code,
    );
  assert.ok(
    match,
    `a note, the card and the script tag:\n${code.slice(0, 400)}`,
  );
  const policy = /\n\s*Content-Security-Policy: (.*) -->$/.exec(match[1]);
  assert.ok(policy, `the note names the policy:\n${match[1]}`);
  return {
    note: match[1],
    card: match[2],
    script: match[3],
    policy: policy[1],
  };
}

const SETTINGS = [
  ["?widget=overview", "the overview as it opens"],
  [
    "?widget=overview&collapsible&theme=dark&heading-level=2",
    "the overview, collapsible, dark, level 2",
  ],
  [
    `?widget=assistance&lang=es&program-href=${encodeURIComponent("https://example.org/help?a=1&b=2")}&slot.contact=${encodeURIComponent('Ana "Room 2" & <desk> --> <!--')}`,
    "the assistance card in Spanish with a link and hostile slotted text",
  ],
  [
    "?widget=schedule&start-date=2027-03-08&doses-per-day=2",
    "the schedule with dates",
  ],
  ["?widget=guide", "the guide, with every card inside it"],
];

/** Every snippet the settings above gave, for the checker. */
const snippets = [];

for (const [search, label] of SETTINGS)
  test(`the static demo's paste-ready HTML is what \`il2-widgets prerender\` writes, byte for byte: ${label}`, async () => {
    const { markup, code } = await demoCodes(search);
    const { card, policy, script } = parts(code);
    assert.equal(card, await prerender(markup, { onWarning: () => {} }));
    assert.match(card, /<template shadowrootmode="open">/);
    assert.equal(policy, contentSecurityPolicy());
    assert.equal(script, BUNDLE);
    snippets.push(code);
  });

test("the W3C Nu HTML Checker finds no error in a page of pasted snippets", () => {
  assert.equal(snippets.length, SETTINGS.length, "every snippet was made");
  assertValidHtml(
    `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Pasted cards</title></head>
<body>
${snippets.map((snippet, index) => `<section aria-label="Card ${index + 1}">\n${snippet}\n</section>`).join("\n")}
</body>
</html>
`,
  );
});

// ---------------------------------------------------------------------------------------------
// The pasted HTML in a plain page

/**
 * Opens a plain page at phone size with the bundle held back until `release()`: the page
 * paints the pasted card first, as on a slow phone connection.
 */
async function openHeld(url) {
  const phone = await browser.newContext({
    viewport: { width: 412, height: 823 },
  });
  const target = watched(await phone.newPage());
  const warnings = [];
  target.on("console", (message) => {
    if (message.type() === "warning") warnings.push(message.text());
  });
  let release;
  const released = new Promise((done) => (release = done));
  await target.route("**/dist/il2-widgets.js", async (route) => {
    await released;
    await route.continue();
  });
  // Not "load": the page's module script is what is held, and load waits for it.
  await target.goto(url, { waitUntil: "commit" });
  await target.waitForFunction(
    () => document.querySelector("main p:last-of-type") !== null,
  );
  await target.evaluate(watchLayoutShifts);
  return {
    page: target,
    warnings,
    release,
    close: () => phone.close(),
  };
}

/** Runs axe-core over the page (into the cards' open shadow roots); the violations, in words. */
async function axeViolations(target) {
  if (!(await target.evaluate(() => "axe" in window)))
    await target.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return target.evaluate(async () => {
    const { violations } = await window.axe.run(document, {
      resultTypes: ["violations"],
    });
    return violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
  });
}

test("pasted into a plain page, the card moves nothing when the script arrives (CLS at most 0.01), where the script-tag embed shifts the page", async () => {
  const { markup, code } = await demoCodes("?widget=overview");
  const pasted = await openHeld(plainPage(code));
  // The card is on the page before any script: a reader sees it, and axe finds nothing.
  assert.deepEqual(await axeViolations(pasted.page), [], "before the script");
  pasted.release();
  const shift = await pasted.page.evaluate(layoutShiftOf, "il2-overview");
  assert.ok(shift <= 0.01, `pasted: CLS ${shift}`);
  assert.deepEqual(pasted.warnings, []);
  await pasted.close();
  // The same card as a plain script-tag embed: the measurement does see a shift.
  const plain = await openHeld(plainPage(`${BUNDLE}\n${markup}`));
  plain.release();
  const plainShift = await plain.page.evaluate(layoutShiftOf, "il2-overview");
  assert.ok(plainShift > 0.1, `script tag: CLS ${plainShift}`);
  await plain.close();
});

test("the script adopts the pasted card in place, and the card then works: a section opens, a date gives the schedule", async () => {
  for (const [search, tag, use] of [
    [
      "?widget=overview&collapsible",
      "il2-overview",
      async (target) => {
        const toggle = target.locator("il2-overview #toggle-how");
        assert.equal(await toggle.getAttribute("aria-expanded"), "false");
        await toggle.click();
        assert.equal(await toggle.getAttribute("aria-expanded"), "true");
      },
    ],
    [
      "?widget=schedule",
      "il2-schedule",
      async (target) => {
        await target.locator("il2-schedule #start-date").fill("2032-05-03");
        await target
          .locator('il2-schedule button[type="submit"]')
          .first()
          .click();
        await target.waitForFunction(() =>
          document
            .querySelector("il2-schedule")
            .shadowRoot.querySelector(".card")
            .innerText.includes("Monday, May 3, 2032"),
        );
      },
    ],
  ]) {
    const { code } = await demoCodes(search);
    const pasted = await openHeld(plainPage(code));
    // Marks the server's nodes before the script: the same nodes must be there after it.
    const before = await pasted.page.evaluate((cardTag) => {
      const card = document.querySelector(cardTag);
      window.__card = card;
      window.__title = card.shadowRoot.querySelector('[part="title"]');
      return {
        defined: Boolean(customElements.get(cardTag)),
        nodes: card.shadowRoot.querySelectorAll("*").length,
      };
    }, tag);
    assert.equal(before.defined, false, `${tag}: nothing ran yet`);
    pasted.release();
    await pasted.page.evaluate(layoutShiftOf, tag);
    const after = await pasted.page.evaluate((cardTag) => {
      const card = document.querySelector(cardTag);
      return {
        sameCard: card === window.__card,
        sameTitle:
          card.shadowRoot.querySelector('[part="title"]') === window.__title,
        cards: card.shadowRoot.querySelectorAll(".card").length,
      };
    }, tag);
    assert.deepEqual(
      after,
      { sameCard: true, sameTitle: true, cards: 1 },
      `${tag}: adopted in place, not rendered again`,
    );
    assert.deepEqual(pasted.warnings, [], tag);
    assert.deepEqual(await axeViolations(pasted.page), [], `${tag} adopted`);
    await use(pasted.page);
    assert.deepEqual(await axeViolations(pasted.page), [], `${tag} in use`);
    await pasted.close();
  }
});

/** The headings and visible text of every card on a page, as a reader meets them. */
async function reading(target) {
  const { headings, texts } = await target.evaluate(readCards, {
    selector: "main > *",
  });
  return { headings, text: texts.join(" | ") };
}

test("without JavaScript the pasted card reads as the pre-rendered card does: its headings and its text", async () => {
  const { markup, code } = await demoCodes(
    "?widget=assistance&heading-level=2",
  );
  const still = await browser.newContext({
    viewport: { width: 412, height: 823 },
    javaScriptEnabled: false,
  });
  const target = watched(await still.newPage());
  await target.goto(plainPage(code), { waitUntil: "load" });
  const pasted = await reading(target);
  // The same element pre-rendered by il2-widgets/ssr on Node, in the same plain page.
  await target.goto(
    plainPage(`${await prerender(markup, { onWarning: () => {} })}\n${BUNDLE}`),
    { waitUntil: "load" },
  );
  const prerendered = await reading(target);
  await still.close();
  assert.deepEqual(pasted, prerendered);
  assert.ok(
    pasted.headings.length > 0 && pasted.headings[0].startsWith("2 "),
    `the card's title is a level-2 heading: ${pasted.headings.join("; ")}`,
  );
  assert.match(pasted.text, /IL-2/);
  assert.ok(pasted.text.length > 300, "the card's text is there");
});

test("docs/embedding.md shows the pasted HTML as the demo gives it: the same note, tag and script, with the card's HTML cut", async () => {
  const outline = fences(
    readFileSync(join(root, "docs/embedding.md"), "utf8"),
  ).find(
    (fence) =>
      fence.lang === "html" && fence.code.includes("il2-widgets, pre-rendered"),
  );
  assert.ok(outline, "the outline is in docs/embedding.md");
  // Not run as a page by test/docs-examples.test.ts (it is cut short): checked here instead.
  assert.match(outline.before, /^<!-- example: not standalone \(shortened/);
  const { code } = await demoCodes("?widget=overview");
  const real = parts(code);
  const shown = outline.code.split("\n");
  const cut = (line) => line.replace(/'sha256-[^;]*'(?=;)/, "'sha256-…'");
  // The note and the script tag as they are (the policy with its hashes cut), and the card's
  // HTML on one line: its start as the demo writes it, then the cut.
  assert.deepEqual(shown.slice(0, -2), real.note.split("\n").map(cut));
  assert.equal(shown.at(-1), real.script);
  const start = shown.at(-2).split("…")[0];
  assert.ok(real.card.startsWith(start), `the card starts ${start}`);
  assert.ok(start.length > 60, "enough of the card's start to recognise it");
});

// ---------------------------------------------------------------------------------------------
// The tab itself

test("the tab is reached and used from the keyboard: explained in plain words, and Copy copies the HTML", async () => {
  await page.goto(`${server.origin}/demo/index.html?widget=overview`, {
    waitUntil: "load",
  });
  await page.getByRole("tab", { name: "Script tag (module)" }).focus();
  const selected = () =>
    page.locator('[role="tab"][aria-selected="true"]').innerText();
  for (let step = 0; step < 6 && (await selected()) !== TAB; step += 1)
    await page.keyboard.press("ArrowRight");
  assert.equal(await selected(), TAB);
  assert.equal(
    await page.evaluate(() => document.activeElement?.textContent?.trim()),
    TAB,
  );
  const code = await codeShown();
  // The plain explanation, read with the code by a screen reader.
  const about = await page.evaluate(() => {
    const pre = document.querySelector("#embed-panel pre");
    return document.getElementById(pre.getAttribute("aria-describedby"))
      ?.textContent;
  });
  assert.match(about, /CMS/);
  assert.match(about, /does not jump/);
  await page.keyboard.press("Tab");
  assert.equal(
    await page.evaluate(() => document.activeElement?.localName),
    "pre",
  );
  await page.keyboard.press("Tab");
  assert.equal(
    await page.evaluate(() => document.activeElement?.textContent?.trim()),
    "Copy",
  );
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    () =>
      document.querySelector(".copy-status")?.textContent ===
      "Copied to the clipboard.",
  );
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
  // The demo around it stays accessible (the inert preview copies are pictures, skipped).
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(
      { include: [["body"]], exclude: [["[inert]"]] },
      { resultTypes: ["violations"] },
    );
    return result.violations.map((violation) => violation.id);
  });
  assert.deepEqual(violations, []);
});

test("logs no errors in the browser", () => {
  assert.deepEqual(problems, []);
});
