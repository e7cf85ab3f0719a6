// One config, four jobs, chosen by --mode:
//   (serve)   the demo page for development (`npm start`)
//   demo      the demo page as a static site (`npm run build:demo` → demo-dist/)
//   bundle    dist/il2-widgets.js: one minified, self-contained ES module (Lit inside)
//   iife      dist/il2-widgets.iife.js: the same for a classic <script defer>
//   modules   dist/esm/**: per-element ES modules and the React wrappers for bundlers, Lit (and React) kept external
import { readdirSync, existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { defineConfig, type Plugin, type UserConfig } from "vite";
import { minifyHTMLLiterals } from "minify-literals";

const root = import.meta.dirname;
const fromRoot = (path: string) => resolve(root, path);

/** Lit's production build in every output (its dev build logs warnings and is larger). */
const productionConditions = [
  "browser",
  "module",
  "production",
  "import",
  "default",
];

/** Every widget's registering module (src/<widget>/define.ts), keyed by its output name. */
function widgetEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const folder of readdirSync(fromRoot("src"), { withFileTypes: true })) {
    const define = fromRoot(`src/${folder.name}/define.ts`);
    if (folder.isDirectory() && folder.name !== "shared" && existsSync(define))
      entries[`${folder.name}/define`] = define;
  }
  return entries;
}

/**
 * Minifies the HTML and CSS inside Lit's html`` and css`` templates; the JS minifier leaves
 * template text alone, and our styles are a large share of each widget's bytes.
 */
function minifyTemplates(): Plugin {
  return {
    name: "il2-minify-templates",
    async transform(code, id) {
      if (!id.includes("/src/") || !id.endsWith(".ts")) return null;
      // conservativeCollapse keeps one space where the source has whitespace between a binding
      // and text (e.g. `${label} <span>`): removing it would join words in production only.
      const result = await minifyHTMLLiterals(code, {
        fileName: id,
        minifyOptions: { conservativeCollapse: true },
      });
      return result ? { code: result.code, map: result.map?.toString() } : null;
    },
  };
}

function bundleConfig(format: "es" | "iife"): UserConfig {
  return {
    plugins: [minifyTemplates()],
    resolve: { conditions: productionConditions },
    define: { "process.env.NODE_ENV": '"production"' },
    build: {
      outDir: "dist",
      // `npm run build` empties dist/ first (prebuild); the test run rebuilds only these bundles.
      emptyOutDir: false,
      sourcemap: true,
      target: "es2022",
      minify: true,
      lib: {
        entry: fromRoot("src/il2-widgets.ts"),
        formats: [format],
        name: "Il2Widgets",
        fileName: () =>
          format === "es" ? "il2-widgets.js" : "il2-widgets.iife.js",
      },
      rolldownOptions: { output: { minify: true } },
    },
  };
}

function modulesConfig(): UserConfig {
  const locales: Record<string, string> = {};
  if (existsSync(fromRoot("src/locales/es.ts")))
    locales["locales/es"] = fromRoot("src/locales/es.ts");
  return {
    plugins: [minifyTemplates()],
    resolve: { conditions: productionConditions },
    build: {
      outDir: "dist/esm",
      emptyOutDir: true,
      sourcemap: true,
      target: "es2022",
      minify: false,
      lib: {
        // react/index: the React wrappers (`il2-widgets/react`).
        entry: {
          index: fromRoot("src/index.ts"),
          ...widgetEntries(),
          ...locales,
          "react/index": fromRoot("src/react/index.ts"),
        },
        formats: ["es"],
      },
      rolldownOptions: {
        // Lit, and for the React wrappers React and @lit/react, come from the host's own install.
        external: [/^lit(\/|$)/, /^@lit\//, /^react(-dom)?(\/|$)/],
        output: {
          preserveModules: true,
          preserveModulesRoot: "src",
          entryFileNames: "[name].js",
        },
      },
    },
  };
}

/**
 * `npm start` only: the demo links to the docs relative to the page (`../docs/embedding.md`, see
 * demo/docs-links.ts), which the dev server (root demo/) would answer with the demo itself. Serve
 * the repository's own Markdown files there instead, as plain text.
 */
function docsFiles(): Plugin {
  return {
    name: "il2-demo-docs",
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? "").split("?")[0]!);
        if (!/^\/(?:docs\/[\w-]+|[A-Z]+)\.md$/.test(path)) return next();
        const file = fromRoot(path.slice(1));
        response.setHeader("content-type", "text/plain; charset=utf-8");
        if (existsSync(file)) response.end(readFileSync(file));
        else {
          response.statusCode = 404;
          response.end(`${path.slice(1)} is not written yet.`);
        }
      });
    },
  };
}

const demoConfig: UserConfig = {
  root: fromRoot("demo"),
  plugins: [docsFiles()],
  base: "./",
  publicDir: fromRoot("demo/public"),
  server: { fs: { allow: [root] } },
  build: { outDir: fromRoot("demo-dist"), emptyOutDir: true, target: "es2022" },
};

export default defineConfig(({ command, mode }) => {
  if (command === "serve" || mode === "demo") return demoConfig;
  if (mode === "iife") return bundleConfig("iife");
  if (mode === "modules") return modulesConfig();
  return bundleConfig("es");
});
