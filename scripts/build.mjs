// Builds every output once, in one Node process: the five Vite modes of vite.config.ts through
// Vite's JS API, the declarations (tsc) and the element manifest (cem) beside them. A stamp
// (node_modules/.cache/il2-widgets/build.json, out of the package) records a hash of the inputs
// and which outputs were built from them, so `npm test` after `npm run build` builds nothing, and
// a fresh clone's `npm test` builds what it needs once. A change to any input rebuilds from an
// empty dist/.
//
//   node scripts/build.mjs               every output, then the checks (`npm run build`)
//   node scripts/build.mjs manifest ssr  only these, when not current (no checks)
//   --force                              builds even when current
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const root = resolve(import.meta.dirname, "..");
const STAMP = join(root, "node_modules/.cache/il2-widgets/build.json");

/** Each output and a file that proves it is there. */
export const OUTPUTS = {
  manifest: "custom-elements.json",
  bundle: "dist/il2-widgets.js",
  iife: "dist/il2-widgets.iife.js",
  modules: "dist/esm/index.js",
  autoloader: "dist/il2-autoloader.js",
  // After the autoloader, which empties dist/chunks/.
  "guide-all": "dist/chunks/il2-guide-all.js",
  ssr: "dist/ssr/index.js",
  // The same with every developer warning (IL2_DEV): dist/dev/ for script tags, dist/esm-dev/ for
  // bundlers' development builds (the package's "development" export condition).
  "bundle-dev": "dist/dev/il2-widgets.js",
  "autoloader-dev": "dist/dev/il2-autoloader.js",
  "guide-all-dev": "dist/dev/chunks/il2-guide-all.js",
  "modules-dev": "dist/esm-dev/index.js",
  types: "dist/types/index.d.ts",
  // The framework type integrations, made from the manifest (scripts/framework-types.mjs).
  frameworks: "dist/frameworks/vue.d.ts",
  // The demo as a static site (`npm run build:demo`): the quick benchmark serves it and the
  // paste-ready test (test/node/paste-ready.test.mjs) uses it, built once for both.
  demo: "demo-dist/index.html",
};
/** What the tests load: everything but the declarations. */
export const FOR_TESTS = Object.keys(OUTPUTS).filter(
  (o) => o !== "types" && o !== "frameworks",
);
const VITE_MODES = [
  "bundle",
  "iife",
  "modules",
  "autoloader",
  "guide-all",
  "ssr",
  "bundle-dev",
  "autoloader-dev",
  "guide-all-dev",
  "modules-dev",
];

/**
 * Outputs made from more than src/ and INPUTS: each one's own folders, hashed apart so a change
 * to the demo rebuilds the demo alone (and a change to src/ rebuilds it with the rest).
 */
const OWN_INPUTS = { demo: ["demo"] };

/** The files every output is made from: src/ and these. */
const INPUTS = [
  "vite.config.ts",
  "tsconfig.json",
  "tsconfig.build.json",
  "custom-elements-manifest.config.mjs",
  "package.json",
  "package-lock.json",
];

/** SHA-256 over the inputs' paths and contents. */
export function inputsHash(base = root, folders = ["src"], files = INPUTS) {
  const hash = createHash("sha256");
  const sources = folders.flatMap((folder) =>
    readdirSync(join(base, folder), {
      recursive: true,
      withFileTypes: true,
    })
      .filter((entry) => entry.isFile())
      .map((entry) =>
        join(entry.parentPath, entry.name).slice(base.length + 1),
      ),
  );
  for (const path of [...sources.sort(), ...files])
    if (existsSync(join(base, path)))
      hash
        .update(`${path}\0`)
        .update(readFileSync(join(base, path)))
        .update("\0");
  return hash.digest("hex");
}

const readStamp = () => {
  try {
    return JSON.parse(readFileSync(STAMP, "utf8"));
  } catch {
    return { hash: "", built: [], own: {} };
  }
};

/** Runs a command; resolves when it exits 0, rejects otherwise. */
export const run = (command, args) =>
  new Promise((done, reject) =>
    spawn(command, args, { stdio: "inherit", cwd: root }).once(
      "exit",
      (code) =>
        code === 0
          ? done()
          : reject(new Error(`${command} ${args.join(" ")} failed (${code})`)),
    ),
  );
const bin = (name) => join(root, "node_modules/.bin", name);

/** Vite's builds of `modes` (vite.config.ts), one after the other, in this process. */
async function viteBuild(modes) {
  const { build } = await import("vite");
  // Vite sets NODE_ENV=production for a build; the tests started after it must not inherit it.
  const nodeEnv = process.env.NODE_ENV;
  for (const mode of modes)
    await build({
      configFile: join(root, "vite.config.ts"),
      mode,
      logLevel: "warn",
    });
  if (nodeEnv === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = nodeEnv;
}

/**
 * Builds the outputs in `wanted` that are not current; returns those it built.
 * @param {string[]} wanted
 * @param {{ force?: boolean }} [options]
 */
export async function ensureBuilt(wanted, { force = false } = {}) {
  const hash = inputsHash();
  let stamp = readStamp();
  if (stamp.hash !== hash) {
    // Stale outputs of other inputs would mix with new ones (hashed chunks pile up): start clean.
    rmSync(join(root, "dist"), { recursive: true, force: true });
    stamp = { hash, built: [], own: {} };
  }
  stamp.own ??= {};
  const ownHash = Object.fromEntries(
    Object.entries(OWN_INPUTS).map(([output, folders]) => [
      output,
      inputsHash(root, folders, []),
    ]),
  );
  const todo = wanted.filter(
    (output) =>
      force ||
      !stamp.built.includes(output) ||
      (output in ownHash && stamp.own[output] !== ownHash[output]) ||
      !existsSync(join(root, OUTPUTS[output])),
  );
  // Building the autoloader empties its chunks/ folder, where the guide's one file goes too.
  for (const [loader, guide] of [
    ["autoloader", "guide-all"],
    ["autoloader-dev", "guide-all-dev"],
  ])
    if (todo.includes(loader) && !todo.includes(guide)) todo.push(guide);
  if (!todo.length) return [];
  const started = performance.now();
  const jobs = [];
  // tsc and cem run in processes of their own beside the Vite builds (each uses one core).
  if (todo.includes("types")) {
    rmSync(join(root, "dist/types"), { recursive: true, force: true });
    jobs.push(run(bin("tsc"), ["-p", "tsconfig.build.json"]));
  }
  if (todo.includes("manifest"))
    jobs.push(run(bin("cem"), ["analyze", "--quiet"]));
  const modes = VITE_MODES.filter((mode) => todo.includes(mode));
  if (modes.length) jobs.push(viteBuild(modes));
  await Promise.all(jobs);
  // Made from the manifest, so after it (the demo's controls are too).
  if (todo.includes("frameworks"))
    await run(process.execPath, [join(root, "scripts/framework-types.mjs")]);
  if (todo.includes("demo")) await viteBuild(["demo"]);
  for (const output of todo)
    if (output in ownHash) stamp.own[output] = ownHash[output];
  stamp.built = [...new Set([...stamp.built, ...todo])];
  mkdirSync(join(STAMP, ".."), { recursive: true });
  writeFileSync(STAMP, JSON.stringify(stamp));
  console.log(
    `Built ${todo.join(", ")} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  return todo;
}

/** The checks `npm run build` ends with (each exits 1 with its own list; all of them run). */
const CHECKS = [
  "scripts/check-manifest.mjs",
  "scripts/api-docs.mjs --check",
  "scripts/content-review.mjs --check",
  "scripts/check-size.mjs",
];

async function main() {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const named = args.filter((arg) => !arg.startsWith("--"));
  const unknown = named.filter((name) => !(name in OUTPUTS));
  if (unknown.length)
    throw new Error(
      `Unknown output ${unknown.join(", ")}: use ${Object.keys(OUTPUTS).join(", ")}.`,
    );
  await ensureBuilt(named.length ? named : Object.keys(OUTPUTS), { force });
  if (named.length) return;
  for (const check of CHECKS)
    await run(process.execPath, check.split(" ")).catch(
      () => (process.exitCode = 1),
    );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href)
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
