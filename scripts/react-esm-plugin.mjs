// Dev-server plugin for the tests: serves React as ES modules. React 19 ships CommonJS only, which
// a browser cannot import, so on first use this bundles `react`, `react/jsx-runtime`, `react-dom`
// and `react-dom/client` with esbuild (in memory, one shared chunk so there is a single React) and
// answers bare imports of them with those files. Nothing else is touched: the project's own .js
// and the built bundles are still served byte for byte.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { basename } from "node:path";

const require = createRequire(import.meta.url);
// esbuild is @web/dev-server-esbuild's own dependency; resolve it from there, not from hoisting.
/** @type {typeof import('esbuild')} */
const esbuild = createRequire(require.resolve("@web/dev-server-esbuild"))(
  "esbuild",
);

const MODULES = ["react", "react/jsx-runtime", "react-dom", "react-dom/client"];
const PREFIX = "/__react-esm__/";
const NAMESPACE = "react-esm";

/** @param {string} specifier */
const outName = (specifier) => specifier.replace(/\//g, "__");

/**
 * The names each module exports, read in a separate Node process (loading React inside the test
 * runner would run its development code against the runner's own console).
 * @returns {Record<string, string[]>}
 */
function exportedNames() {
  const script = `const names = {}; for (const m of ${JSON.stringify(MODULES)}) names[m] = Object.keys(require(m)); console.log(JSON.stringify(names));`;
  return JSON.parse(
    execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }),
  );
}

/**
 * An ES module re-exporting a CommonJS module: its `module.exports` as the default export and each
 * of its keys as a named export, so `import { useState } from 'react'` works.
 * @param {string} specifier
 * @param {string[]} keys
 */
function wrapper(specifier, keys) {
  const names = keys.filter(
    (name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== "default",
  );
  return `import cjs from ${JSON.stringify(specifier)};\nexport default cjs;\nexport const { ${names.join(", ")} } = cjs;\n`;
}

async function bundle() {
  const names = exportedNames();
  const result = await esbuild.build({
    entryPoints: MODULES.map((specifier) => ({
      in: `${NAMESPACE}:${specifier}`,
      out: outName(specifier),
    })),
    plugins: [
      {
        name: "cjs-wrappers",
        setup(build) {
          build.onResolve({ filter: new RegExp(`^${NAMESPACE}:`) }, (args) => ({
            path: args.path.slice(NAMESPACE.length + 1),
            namespace: NAMESPACE,
          }));
          build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
            contents: wrapper(args.path, names[args.path] ?? []),
            resolveDir: process.cwd(),
            loader: "js",
          }));
        },
      },
    ],
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    // React's development build: its warnings reach the console, where the tests' guard fails on them.
    define: { "process.env.NODE_ENV": '"development"' },
    outdir: "react-esm",
    write: false,
    logLevel: "silent",
  });
  return new Map(
    result.outputFiles.map((file) => [basename(file.path), file.text]),
  );
}

/** @returns {import('@web/dev-server-core').Plugin} */
export function reactEsmPlugin() {
  /** @type {Promise<Map<string, string>> | undefined} */
  let files;
  return {
    name: "react-esm",
    resolveImport({ source }) {
      return MODULES.includes(source)
        ? `${PREFIX}${outName(source)}.js`
        : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      files ??= bundle();
      const body = (await files).get(context.path.slice(PREFIX.length));
      return body === undefined ? undefined : { body, type: "js" };
    },
  };
}
