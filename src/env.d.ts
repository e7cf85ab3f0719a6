// Build-time constants, written in by each build (vite.config.ts) and by the test runner.

/**
 * True in development builds (the tests, the demo, server rendering): warnings explain in full
 * what was wrong and what the card does instead. False in the files readers' pages load: each
 * warning names the setting and its value only, so the explanations cost readers no bytes.
 */
declare const IL2_DEV: boolean;
