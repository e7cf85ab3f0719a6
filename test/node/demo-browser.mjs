// The browser the Node tests of the demo open it in.
import { chromium } from "playwright-core";
import { CHROME_ARGS, findChrome } from "../../scripts/engines.mjs";

/**
 * Chromium with a desktop-size context that may use the clipboard on `origin` (the demo's copy
 * buttons): what the demo and paste-ready tests open their pages in.
 */
export async function demoBrowser(origin) {
  const browser = await chromium.launch({
    executablePath: await findChrome(),
    args: CHROME_ARGS,
  });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin,
  });
  return { browser, context };
}
