// `npm test`: install dependencies if needed, make sure a browser exists, then run
// @web/test-runner in headless Chromium.
// Extra arguments go to the runner (e.g. `npm test -- --files test/overview.test.ts`).
import { spawnSync } from 'node:child_process';
import { ensureChrome } from './ensure-chrome.mjs';
import { ensureDependencies } from './ensure-deps.mjs';

ensureDependencies();
const chromePath = ensureChrome();

// The host-page tests load the built bundles, so build them first unless the run is narrowed
// to other files (`--files test/overview.test.ts`).
const args = process.argv.slice(2);
const narrowed = args.includes('--files');
if (!narrowed || args.some((arg) => arg.includes('hosts') || arg.includes('host-pages'))) {
  for (const mode of ['bundle', 'iife']) {
    const build = spawnSync('npx', ['vite', 'build', '--mode', mode, '--logLevel', 'warn'], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
}
const result = spawnSync('npx', ['web-test-runner', ...args], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chromePath },
});
process.exit(result.status ?? 1);
