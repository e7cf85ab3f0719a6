// Server command for the tests: real key presses in every engine, through `sendKeys()` in
// test/helpers.ts. Each engine's driver names keys differently (Puppeteer over WebDriver BiDi
// rejects "Space", WebDriver wants its own code points), so the tests use the names below and this
// translates them. A chord ("Shift+Tab") holds the keys before it while pressing the last.
//
// Payload: `{ press: "Tab" | "Shift+Tab" | … }` or `{ type: "text" }` (each character pressed and
// released in turn).

/** The key names the tests may use, with WebDriver's code point for each. */
export const KEYS = {
  Tab: "\uE004",
  Enter: "\uE007",
  Escape: "\uE00C",
  Space: " ",
  Backspace: "\uE003",
  Shift: "\uE008",
  Home: "\uE011",
  End: "\uE010",
  ArrowLeft: "\uE012",
  ArrowUp: "\uE013",
  ArrowRight: "\uE014",
  ArrowDown: "\uE015",
};

/**
 * The keys of a `press` payload, checked: "Shift+Tab" → ["Shift", "Tab"].
 * @param {unknown} press
 * @returns {(keyof typeof KEYS)[]}
 */
export function parseChord(press) {
  if (typeof press !== "string" || press === "")
    throw new Error("il2-keys: `press` needs a key name.");
  const keys = press.split("+");
  for (const key of keys)
    if (!Object.hasOwn(KEYS, key))
      throw new Error(
        `il2-keys: unknown key "${key}" (known: ${Object.keys(KEYS).join(", ")}).`,
      );
  return /** @type {(keyof typeof KEYS)[]} */ (keys);
}

/**
 * WebDriver key actions for a sequence of presses: each chord goes down in order and up in reverse.
 * @param {string[][]} chords each chord's WebDriver key values
 */
export function webDriverKeyActions(chords) {
  const actions = chords.flatMap((chord) => [
    ...chord.map((value) => ({ type: "keyDown", value })),
    ...[...chord].reverse().map((value) => ({ type: "keyUp", value })),
  ]);
  return [{ type: "key", id: "il2-keyboard", actions }];
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function keysPlugin() {
  return {
    name: "il2-keys",
    async executeCommand({ command, payload, session }) {
      if (command !== "il2-keys") return undefined;
      const { press, type } =
        /** @type {{ press?: unknown, type?: unknown }} */ (payload ?? {});
      if ((press === undefined) === (type === undefined))
        throw new Error("il2-keys needs either `press` or `type`.");
      if (type !== undefined && typeof type !== "string")
        throw new Error("il2-keys: `type` needs a string.");
      const launcher = /** @type {any} */ (session.browser);
      if (launcher.type === "puppeteer") {
        const { keyboard } = launcher.getPage(session.id);
        if (typeof type === "string") {
          await keyboard.type(type);
          return true;
        }
        const chord = parseChord(press).map((key) =>
          key === "Space" ? " " : key,
        );
        for (const key of chord) await keyboard.down(key);
        for (const key of [...chord].reverse()) await keyboard.up(key);
        return true;
      }
      if (launcher.type === "webdriver") {
        const chords =
          typeof type === "string"
            ? [...type].map((character) => [character])
            : [parseChord(press).map((key) => KEYS[key])];
        await launcher.driverManager.performActions(
          session.id,
          webDriverKeyActions(chords),
        );
        return true;
      }
      throw new Error(`il2-keys does not support ${launcher.type} browsers.`);
    },
  };
}
