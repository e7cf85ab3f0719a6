// Helpers for the Node tests that use il2-widgets as an app would: from the packed tarball
// (`npm pack`, what `npm publish` would upload), never from the repository's own files.
// They need a build (`npm run build`, or at least dist/ and dist/frameworks/).
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
} from "node:fs";
import http from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { chromium } from "playwright-core";
import { CHROME_ARGS, findChrome } from "../../scripts/engines.mjs";

export const root = resolve(import.meta.dirname, "../..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** Fails early, in one line, when the build these tests read is missing. */
export function requireBuild() {
  for (const file of ["dist/esm/index.js", "dist/frameworks/vue.d.ts"])
    if (!existsSync(join(root, file)))
      throw new Error(
        `${file} is missing: run \`npm run build\` before these tests.`,
      );
}

/**
 * Packs the package into `dir` and returns the tarball's path and its file list.
 * @param {string} dir
 * @returns {{ tarball: string, files: string[] }}
 */
export function pack(dir) {
  requireBuild();
  const [packed] = JSON.parse(
    execFileSync(
      npm,
      ["pack", "--json", "--ignore-scripts", "--pack-destination", dir],
      { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
    ),
  );
  return {
    tarball: join(dir, packed.filename),
    files: packed.files.map((file) => file.path),
  };
}

/**
 * A fresh folder under .tmp/ (ignored by git) holding the packed package as
 * node_modules/il2-widgets. Folders made inside it resolve il2-widgets there, and everything else
 * (vue, svelte, vite, lit…) from the repository's own node_modules further up, as the root
 * devDependencies install them: no install per test. Remove it with `removeAppFolder` when done.
 * @param {string} name
 */
export function appFolder(name) {
  const parent = join(root, ".tmp", "node-tests");
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, `${name}-`));
  const { tarball } = pack(dir);
  const target = join(dir, "node_modules", "il2-widgets");
  mkdirSync(target, { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", target, "--strip-components=1"]);
  return dir;
}

/**
 * Removes a folder made by `appFolder` (.tmp/node-tests/ itself stays: another test file running
 * at the same time may be making its own folder there).
 * @param {string} dir
 */
export function removeAppFolder(dir) {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/**
 * Runs a command, returning its exit code and output (both streams) instead of throwing.
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 */
export function run(command, args, cwd) {
  try {
    const output = execFileSync(command, args, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { status: 0, output };
  } catch (error) {
    const failed =
      /** @type {{ status: number, stdout?: string, stderr?: string }} */ (
        error
      );
    return {
      status: failed.status,
      output: `${failed.stdout ?? ""}${failed.stderr ?? ""}`,
    };
  }
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
};

/**
 * Serves a built app's folder on 127.0.0.1 until `close()`.
 * @param {string} dir
 * @returns {Promise<{ origin: string, close: () => void }>}
 */
export async function serve(dir) {
  const server = http.createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    // The browser asks for one by itself; the examples have none.
    if (path === "/favicon.ico") return response.writeHead(204).end();
    const file = resolve(dir, `.${path === "/" ? "/index.html" : path}`);
    if (!file.startsWith(dir + sep) || !existsSync(file))
      return response.writeHead(404).end();
    response.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    });
    response.end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", () => done()));
  const { port } = /** @type {import("node:net").AddressInfo} */ (
    server.address()
  );
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/** Headless Chromium (CHROME_PATH or the usual paths), as the browser tests use it. */
export async function launchChromium() {
  const executablePath = await findChrome();
  if (!executablePath)
    throw new Error("No Chrome or Chromium found (set CHROME_PATH).");
  return chromium.launch({ executablePath, args: CHROME_ARGS });
}

/**
 * Opens `url` in a new page, recording what a developer would see in the console: warnings,
 * errors, uncaught exceptions and failed requests.
 * @param {import("playwright-core").Browser} browser
 * @param {string} url
 */
export async function openApp(browser, url) {
  const page = await browser.newPage();
  /** @type {string[]} */
  const messages = [];
  page.on("console", (message) => {
    if (message.type() === "warning" || message.type() === "error")
      messages.push(`${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => messages.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) =>
    messages.push(`failed request: ${request.url()}`),
  );
  await page.goto(url);
  return { page, messages };
}
