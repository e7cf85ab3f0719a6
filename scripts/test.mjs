// `npm test`: install dependencies if needed, make sure a browser exists, then run
// @web/test-runner in headless Chromium.
// Extra arguments go to the runner (e.g. `npm test -- --files test/overview.test.ts`).
import { spawnSync } from 'node:child_process';
import { ensureChrome } from './ensure-chrome.mjs';
import { ensureDependencies } from './ensure-deps.mjs';

ensureDependencies();
const chromePath = ensureChrome();
const result = spawnSync('npx', ['web-test-runner', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chromePath },
});
process.exit(result.status ?? 1);
