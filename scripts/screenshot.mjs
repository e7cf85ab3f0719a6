// Screenshots a page in headless Chromium, the way a person would see it.
// Usage: node scripts/screenshot.mjs URL OUT.png [--width 1280] [--dark] [--full] [--print] [--selector CSS]
import { chromium } from "playwright-core";
import { CHROME_ARGS, findChrome } from "./engines.mjs";

const [url, out, ...flags] = process.argv.slice(2);
if (!url || !out) {
  console.error(
    "usage: node scripts/screenshot.mjs URL OUT.png [--width N] [--dark] [--full] [--print] [--selector CSS]",
  );
  process.exit(2);
}
const option = (name) => {
  const index = flags.indexOf(name);
  return index >= 0 ? flags[index + 1] : undefined;
};
const width = Number(option("--width") ?? 1280);
const browser = await chromium.launch({
  executablePath: await findChrome(),
  args: CHROME_ARGS,
});
const page = await browser.newPage({
  viewport: { width, height: 900 },
  colorScheme: flags.includes("--dark") ? "dark" : "light",
});
page.on("console", (message) => {
  if (["warning", "error"].includes(message.type()))
    console.log(`[browser ${message.type()}] ${message.text()}`);
});
page.on("pageerror", (error) => console.log(`[page error] ${error.message}`));
await page.goto(url, { waitUntil: "networkidle" });
if (flags.includes("--print")) await page.emulateMedia({ media: "print" });
// A page that adds parts as they scroll into view gets them all: scroll through once.
await page.evaluate(async () => {
  for (let y = 0; y < document.body.scrollHeight; y += 500) {
    window.scrollTo(0, y);
    await new Promise((resolve) => setTimeout(resolve, 60));
  }
  window.scrollTo(0, 0);
});
await page.waitForTimeout(300);
const selector = option("--selector");
if (selector) await page.locator(selector).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: flags.includes("--full") });
await browser.close();
console.log(`wrote ${out}`);
