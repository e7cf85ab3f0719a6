// Size budgets, printed at every build and enforced in CI (see scripts/size-budgets.mjs):
//   dist/il2-widgets.js and .iife.js: every widget, English and Spanish, Lit inside
//   each widget bundled alone by a consumer from dist/esm/<widget>/define.js (English only,
//   production Lit, minified by Rolldown the way an app's bundler would)
//   pages with the autoloader: every script file a page fetches from dist/ (il2-autoloader.js and
//   the chunks it imports), summed
// This builds the widgets alone, checks that English-only code carries no Spanish, reports the
// pages over their byte targets, then size-limit (.size-limit.mjs) measures every row (gzip -9)
// and fails on any row over its ceiling.
// --bundles-only skips the per-widget bundles (they need dist/esm).
// IL2_SIZE_CEILINGS='{"bundle":1000}' overrides ceilings (the tests use it to prove a build fails).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { gzipSize, pageWeight } from "./page-weight.mjs";
import {
  ALONE_DIR,
  PAGES,
  PAGE_TARGETS,
  ceilingsInForce,
  hasSpanish,
  pageBudget,
} from "./size-budgets.mjs";

const BUNDLES = ["dist/il2-widgets.js", "dist/il2-widgets.iife.js"];
for (const file of [...BUNDLES, "dist/il2-autoloader.js"])
  if (!existsSync(file)) {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }

const failures = [];
rmSync(ALONE_DIR, { recursive: true, force: true });
if (!process.argv.includes("--bundles-only")) {
  const { build } = await import("vite");
  for (const folder of readdirSync("dist/esm")) {
    const entry = join("dist/esm", folder, "define.js");
    if (!existsSync(entry)) continue;
    await build({
      configFile: false,
      logLevel: "silent",
      resolve: {
        conditions: ["browser", "module", "production", "import", "default"],
      },
      build: {
        outDir: ALONE_DIR,
        emptyOutDir: false,
        minify: true,
        target: "es2022",
        lib: { entry, formats: ["es"], fileName: () => `${folder}.js` },
        rolldownOptions: { output: { minify: true } },
      },
    });
    // The issue: keep Spanish out of an English-only consumer bundle.
    if (hasSpanish(readFileSync(join(ALONE_DIR, `${folder}.js`), "utf8")))
      failures.push(
        `${folder} alone: the English-only consumer bundle carries the Spanish text`,
      );
  }
}

for (const file of BUNDLES)
  if (!hasSpanish(readFileSync(file, "utf8")))
    failures.push(
      `${file}: the Spanish text is missing from the all-in-one bundle`,
    );
const gaps = [];
const ceilings = ceilingsInForce();
for (const page of PAGES) {
  const { files, bytes } = pageWeight("dist", page.entries, page.without);
  if (
    page.name.endsWith("English") &&
    files.some(({ file }) => hasSpanish(readFileSync(`dist/${file}`, "utf8")))
  )
    failures.push(`${page.name}: the page fetches the Spanish text`);
  const { target, ceiling } = pageBudget(
    page.id,
    gzipSize(BUNDLES[0]),
    ceilings,
  );
  if (page.id in PAGE_TARGETS && bytes > target && bytes <= ceiling)
    gaps.push(`${page.name.trim()}: ${bytes} bytes > target ${target}`);
}
if (gaps.length)
  console.log(
    `${gaps.length} page(s) within their ceiling but over the target:\n  ${gaps.join("\n  ")}`,
  );

const sizeLimit = spawnSync("node_modules/.bin/size-limit", [], {
  stdio: "inherit",
});
if (failures.length)
  console.error(`\nSize budget exceeded:\n  ${failures.join("\n  ")}`);
if (failures.length || sizeLimit.status !== 0) process.exit(1);
