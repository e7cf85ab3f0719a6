// Size budgets, printed at every build and enforced in CI:
//   dist/il2-widgets.js (every widget, English and Spanish, Lit inside)   ≤ 20,000 bytes gzip
//   one widget bundled alone by a consumer (English only, Lit included)    ≤  9,000 bytes gzip
// The single-widget numbers come from bundling dist/esm/<widget>/define.js the way an app's
// bundler would (Rolldown via Vite, production Lit, minified).
import { readFileSync, readdirSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const BUNDLE_BUDGET = 20_000;
const SINGLE_WIDGET_BUDGET = 9_000;
const budgets = process.env.SIZE_BUDGET_OVERRIDE ? JSON.parse(process.env.SIZE_BUDGET_OVERRIDE) : {};

const gzipSize = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

async function bundleAlone(entry) {
  const outDir = mkdtempSync(join(tmpdir(), 'il2-size-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      resolve: { conditions: ['browser', 'module', 'production', 'import', 'default'] },
      build: {
        outDir,
        minify: true,
        lib: { entry, formats: ['es'], fileName: () => 'bundle.js' },
        rolldownOptions: { output: { minify: true } },
      },
    });
    return gzipSize(join(outDir, 'bundle.js'));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const rows = [];
if (!existsSync('dist/il2-widgets.js')) {
  console.error('dist/il2-widgets.js is missing: run `npm run build` first.');
  process.exit(1);
}
rows.push({ name: 'dist/il2-widgets.js (all widgets, en + es)', bytes: gzipSize('dist/il2-widgets.js'), budget: budgets.bundle ?? BUNDLE_BUDGET });
rows.push({ name: 'dist/il2-widgets.iife.js (classic script)', bytes: gzipSize('dist/il2-widgets.iife.js'), budget: budgets.bundle ?? BUNDLE_BUDGET });
for (const folder of readdirSync('dist/esm', { withFileTypes: true })) {
  const entry = join('dist/esm', folder.name, 'define.js');
  if (!folder.isDirectory() || folder.name === 'shared' || !existsSync(entry)) continue;
  rows.push({ name: `${folder.name} alone (consumer bundle, en)`, bytes: await bundleAlone(entry), budget: budgets.single ?? SINGLE_WIDGET_BUDGET });
}

const width = Math.max(...rows.map((row) => row.name.length));
console.log(`\n${'Size (gzip)'.padEnd(width)}    bytes   budget`);
let over = 0;
for (const row of rows) {
  const ok = row.bytes <= row.budget;
  if (!ok) over += 1;
  console.log(`${row.name.padEnd(width)}  ${String(row.bytes).padStart(7)}  ${String(row.budget).padStart(7)}  ${ok ? 'ok' : 'OVER BUDGET'}`);
}
if (over) {
  console.error(`\n${over} size budget(s) exceeded.`);
  process.exit(1);
}
