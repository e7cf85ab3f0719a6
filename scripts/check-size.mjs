// Size budgets, printed at every build and enforced in CI (see scripts/size-budgets.mjs):
//   dist/il2-widgets.js and .iife.js: every widget, English and Spanish, Lit inside
//   each widget bundled alone by a consumer from dist/esm/<widget>/define.js (English only,
//   production Lit, minified by Rolldown the way an app's bundler would)
//   pages with the autoloader: every script file a page fetches from dist/ (il2-autoloader.js and
//   the chunks it imports), summed
// --bundles-only skips the per-widget bundles (they need `vite build --mode modules`).
// IL2_SIZE_CEILINGS='{"bundle":1000}' overrides ceilings (the tests use it to prove a build fails).
import {
  readFileSync,
  readdirSync,
  existsSync,
  mkdtempSync,
  rmSync,
} from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { gzipSize, pageWeight } from "./page-weight.mjs";
import {
  CEILINGS,
  PAGES,
  TARGETS,
  checkBudgets,
  formatTable,
  hasSpanish,
  pageBudget,
} from "./size-budgets.mjs";

const ceilings = {
  ...CEILINGS,
  ...(process.env.IL2_SIZE_CEILINGS
    ? JSON.parse(process.env.IL2_SIZE_CEILINGS)
    : {}),
};
/**
 * `name` is `bundle` or a widget folder. A widget with no ceiling in CEILINGS fails the build (a
 * ceiling of 0) until one is set from its measured size.
 */
const budget = (name) => {
  const target =
    name === "bundle" || name === "guide" ? TARGETS.bundle : TARGETS.widget;
  return { target, ceiling: ceilings[name] ?? 0 };
};

async function bundleAlone(entry) {
  const { build } = await import("vite");
  const outDir = mkdtempSync(join(tmpdir(), "il2-size-"));
  try {
    await build({
      configFile: false,
      logLevel: "silent",
      resolve: {
        conditions: ["browser", "module", "production", "import", "default"],
      },
      build: {
        outDir,
        minify: true,
        target: "es2022",
        lib: { entry, formats: ["es"], fileName: () => "bundle.js" },
        rolldownOptions: { output: { minify: true } },
      },
    });
    const file = join(outDir, "bundle.js");
    return {
      bytes: gzipSize(file),
      spanish: hasSpanish(readFileSync(file, "utf8")),
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const rows = [];
/** Widgets whose English-only consumer bundle carries the Spanish text anyway. */
const spanishLeaks = [];
for (const file of ["dist/il2-widgets.js", "dist/il2-widgets.iife.js"]) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  rows.push({
    name: `${file} (all widgets, en + es)`,
    bytes: gzipSize(file),
    ...budget("bundle"),
  });
}
if (!existsSync("dist/il2-autoloader.js")) {
  console.error(
    "dist/il2-autoloader.js is missing: run `npm run build` first.",
  );
  process.exit(1);
}
const bundleBytes = gzipSize("dist/il2-widgets.js");
/** English pages whose scripts carry the Spanish text anyway. */
const spanishPages = [];
for (const page of PAGES) {
  const { files, bytes } = pageWeight("dist", page.entries, page.without);
  rows.push({
    name: page.name,
    bytes,
    ...pageBudget(page.id, bundleBytes, ceilings),
  });
  if (
    page.name.endsWith("English") &&
    files.some(({ file }) => hasSpanish(readFileSync(`dist/${file}`, "utf8")))
  )
    spanishPages.push(page.name);
}
if (!process.argv.includes("--bundles-only")) {
  for (const folder of readdirSync("dist/esm", { withFileTypes: true })) {
    const entry = join("dist/esm", folder.name, "define.js");
    // The guide is every widget in one: it is measured like the all-in-one bundle.
    if (!folder.isDirectory() || !existsSync(entry)) continue;
    const alone = await bundleAlone(entry);
    // The issue: keep Spanish out of an English-only consumer bundle.
    if (alone.spanish) spanishLeaks.push(folder.name);
    rows.push({
      name: `${folder.name} alone (consumer bundle, en)`,
      bytes: alone.bytes,
      ...budget(folder.name),
    });
  }
}

console.log(`\n${formatTable(rows)}`);
const { failures, gaps } = checkBudgets(rows);
if (gaps.length)
  console.log(
    `\n${gaps.length} file(s) within their ceiling but over the target:\n  ${gaps.join("\n  ")}`,
  );
for (const file of ["dist/il2-widgets.js", "dist/il2-widgets.iife.js"])
  if (!hasSpanish(readFileSync(file, "utf8")))
    failures.push(
      `${file}: the Spanish text is missing from the all-in-one bundle`,
    );
for (const name of spanishPages)
  failures.push(`${name}: the page fetches the Spanish text`);
for (const name of spanishLeaks)
  failures.push(
    `${name} alone: the English-only consumer bundle carries the Spanish text`,
  );
if (failures.length) {
  console.error(`\nSize budget exceeded:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
