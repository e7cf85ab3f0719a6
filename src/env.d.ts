// Build-time constants, written in by each build (vite.config.ts) and by the test runner.

/**
 * True in development builds (the tests, the demo, server rendering, dist/dev/ and dist/esm-dev/):
 * every developer warning, in full (what was wrong and what the card does instead). False in the
 * files readers' pages load (dist/il2-widgets*.js, the autoloader and its chunks, dist/esm/):
 * they warn about nothing, so readers pay no bytes for it; the card's fallback is the same in both.
 * Guard each warning with it (`if (IL2_DEV) this.warn(…)`) so that production files drop the call.
 */
declare const IL2_DEV: boolean;
