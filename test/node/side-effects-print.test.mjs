// <il2-side-effects> on paper, counted in real PDFs: Chromium's own print-to-PDF (what "Save as
// PDF" and most printers get), Letter and A4, margins of half an inch (a little more than
// Chromium's default), in English and Spanish. The whole card fits two pages; the one-page sheet
// for the fridge (its second print button) fits one, with the host's numbers and contact details
// or with the line to write a number on. Needs dist/il2-widgets.js (npm test builds it).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { CHROME_ARGS, findChrome } from "../../scripts/engines.mjs";

const BUNDLE = new URL("../../dist/il2-widgets.js", import.meta.url);
const ORIGIN = "http://il2-print.test";

/** The longest card a host can make with the documented settings: every number, hours and a slot. */
const WITH_HOST_NUMBERS = {
  attributes:
    'care-team-phone="(555) 010-0100" care-team-hours="Monday to Friday, 8 a.m. to 5 p.m." after-hours-phone="555-010-0199"',
  slot: '<p slot="contact">Oncology unit, 4th floor, Main Hospital. A nurse is there day and night.</p>',
};
const WITHOUT_HOST_NUMBERS = { attributes: "", slot: "" };

let browser;

before(async () => {
  assert.ok(
    existsSync(BUNDLE),
    "dist/il2-widgets.js is missing: run `npm test` (or `npx vite build --mode bundle`) first",
  );
  browser = await chromium.launch({
    executablePath: await findChrome(),
    args: CHROME_ARGS,
  });
});

after(async () => {
  await browser?.close();
});

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Pages` tree), checked against the tree's count. */
export function pdfPageCount(pdf) {
  const text = pdf.toString("latin1");
  const pages = text.match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)];
  if (counts.length)
    assert.equal(
      Math.max(...counts.map(([, n]) => Number(n))),
      pages,
      "page tree count",
    );
  return pages;
}

/**
 * Prints the card in `lang` with `host`'s settings, as `layout` ("card": the browser's own print;
 * "sheet": after the reader pressed the sheet button), to a PDF of paper `format`; its page count.
 */
async function printedPages({ lang, host, layout, format }) {
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(String(error)));
  page.on("console", (message) => {
    if (["error", "warning"].includes(message.type()))
      problems.push(message.text());
  });
  await page.route(`${ORIGIN}/**`, (route) =>
    new URL(route.request().url()).pathname === "/"
      ? route.fulfill({
          contentType: "text/html",
          body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Print</title></head><body>
<p>Host page text before the card.</p>
<il2-side-effects ${host.attributes}>${host.slot}</il2-side-effects>
<p>Host page text after the card.</p>
<script type="module" src="/il2-widgets.js"></script></body></html>`,
        })
      : route.fulfill({
          contentType: "text/javascript",
          body: readFileSync(BUNDLE),
        }),
  );
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() =>
    document
      .querySelector("il2-side-effects")
      ?.shadowRoot?.querySelector(".card"),
  );
  // The reader presses the card's own print button; the dialog is Chromium's PDF below.
  const index = layout === "sheet" ? 1 : 0;
  await page.evaluate((button) => {
    window.print = () => {};
    const card = document.querySelector("il2-side-effects");
    card.shadowRoot.querySelectorAll(".actions button")[button].click();
  }, index);
  const pdf = await page.pdf({
    format,
    margin: { top: "0.5in", right: "0.5in", bottom: "0.5in", left: "0.5in" },
  });
  assert.deepEqual(problems, [], "console");
  await page.close();
  return pdfPageCount(pdf);
}

for (const lang of ["en", "es"])
  for (const format of ["Letter", "A4"]) {
    test(`${lang}, ${format}: the whole card prints on at most two pages, with or without the host's numbers`, async () => {
      for (const host of [WITH_HOST_NUMBERS, WITHOUT_HOST_NUMBERS]) {
        const pages = await printedPages({
          lang,
          host,
          layout: "card",
          format,
        });
        assert.ok(
          pages >= 1 && pages <= 2,
          `${pages} pages (${host.attributes ? "with" : "without"} host numbers)`,
        );
      }
    });

    test(`${lang}, ${format}: the sheet of the two "when to get help" lists prints on one page`, async () => {
      // What the sheet leaves out is real: the same card printed whole needs more than a page.
      assert.equal(
        await printedPages({
          lang,
          host: WITH_HOST_NUMBERS,
          layout: "card",
          format,
        }),
        2,
        "the whole card",
      );
      for (const host of [WITH_HOST_NUMBERS, WITHOUT_HOST_NUMBERS]) {
        const pages = await printedPages({
          lang,
          host,
          layout: "sheet",
          format,
        });
        assert.equal(
          pages,
          1,
          `${host.attributes ? "with" : "without"} host numbers`,
        );
      }
    });
  }

test("the page count reads a PDF's page objects, not its page tree", () => {
  const pdf = Buffer.from(
    "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >> << /Type /Page >> << /Type /Page >>",
    "latin1",
  );
  assert.equal(pdfPageCount(pdf), 2);
  assert.throws(() =>
    pdfPageCount(
      Buffer.from("<< /Type /Pages /Count 3 >> << /Type /Page >>", "latin1"),
    ),
  );
});
