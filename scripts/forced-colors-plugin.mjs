// Server command for the tests: turns Chromium's forced-colours emulation (what Windows High
// Contrast gives a reader) on or off for the calling test page, through the DevTools protocol.
//
// It uses its own DevTools session per page: Chromium keeps emulated media features per session,
// so `emulateMedia()` from @web/test-runner-commands (colour scheme, reduced motion) neither
// clears nor is cleared by this one. Setting `forced-colors` to "none" resets it. The media *type*
// is one per page, though: each call here also resets an emulated `print` to screen, so emulate
// print after forced colours, not before.

/** @type {WeakMap<object, Promise<import('puppeteer-core').CDPSession>>} */
const sessions = new WeakMap();

/** @param {import('puppeteer-core').Page} page */
function devToolsSession(page) {
  let session = sessions.get(page);
  if (!session) {
    session = page.createCDPSession();
    // A failed attach is not cached: the next call tries again.
    session.catch(() => sessions.delete(page));
    sessions.set(page, session);
  }
  return session;
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function forcedColorsPlugin() {
  return {
    name: "forced-colors",
    async executeCommand({ command, payload, session }) {
      if (command !== "emulate-forced-colors") return undefined;
      const { active } = /** @type {{ active?: unknown }} */ (payload ?? {});
      if (typeof active !== "boolean")
        throw new Error("emulate-forced-colors needs { active: boolean }.");
      if (session.browser.type !== "puppeteer")
        throw new Error(
          `emulate-forced-colors needs a puppeteer browser, not ${session.browser.type}.`,
        );
      const page = /** @type {import('puppeteer-core').Page} */ (
        /** @type {any} */ (session.browser).getPage(session.id)
      );
      let cdp = await devToolsSession(page);
      if (cdp.detached) {
        sessions.delete(page);
        cdp = await devToolsSession(page);
      }
      await cdp.send("Emulation.setEmulatedMedia", {
        features: [
          { name: "forced-colors", value: active ? "active" : "none" },
        ],
      });
      return true;
    },
  };
}
