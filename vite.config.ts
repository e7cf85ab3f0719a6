// One config, its jobs, chosen by --mode:
//   (serve)   the demo page for development (`npm start`)
//   demo      the demo page as a static site (`npm run build:demo` → demo-dist/)
//   bundle    dist/il2-widgets.js: one minified, self-contained ES module (Lit inside)
//   iife      dist/il2-widgets.iife.js: the same for a classic <script defer>
//   modules   dist/esm/**: per-element ES modules and the React wrappers for bundlers, Lit (and React) kept external
//   autoloader dist/il2-autoloader.js and dist/chunks/**: the small loader and what it imports on demand
//   ssr       dist/ssr/**: pre-rendering for Node (il2-widgets/ssr and the il2-widgets command)
//   guide-all dist/chunks/il2-guide-all.js: the guide and its cards in one file, for the autoloader
//   bundle-dev, autoloader-dev, guide-all-dev, modules-dev: the same as bundle, autoloader, guide-all and modules with every
//             developer warning in full (IL2_DEV), in dist/dev/ and dist/esm-dev/ (the package's
//             "development" export condition), for developers while they set up a page or an app
//   paste-ready-worker  the demo's pre-rendering worker, in memory (the demo's build and server ask for it)
import { readdirSync, readFileSync, existsSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build, defineConfig, type Plugin, type UserConfig } from "vite";
import MagicString from "magic-string";
import { minifyHTMLLiterals, type Result } from "minify-literals";
import { WIDGETS } from "./src/widgets.js";

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

/**
 * Every widget of the registry (src/widgets.ts) with its registering module, src/<folder>/define.ts,
 * in folder order (the order the entries have always had, so the output stays the same).
 */
const widgets = [...WIDGETS]
  .sort((a, b) => (a.folder < b.folder ? -1 : 1))
  .map((widget) => ({
    ...widget,
    define: fromRoot(`src/${widget.folder}/define.ts`),
  }));

/**
 * Each module's minified templates, by its id and source: `npm run build` runs every mode in one
 * process (scripts/build.mjs), and each mode would otherwise minify the same modules again. On
 * globalThis because Vite loads this file anew for each build.
 */
type Minified = Map<string, Promise<Result | null>>;
const minified = ((globalThis as { il2Minified?: Minified }).il2Minified ??=
  new Map() as Minified);

/**
 * Minifies the HTML and CSS inside Lit's html`` and css`` templates; the JS minifier leaves
 * template text alone, and our styles are a large share of each widget's bytes.
 */
function minifyTemplates(): Plugin {
  return {
    name: "il2-minify-templates",
    async transform(code, id) {
      if (!id.includes("/src/") || !id.endsWith(".ts")) return null;
      const key = `${id}\0${code}`;
      // conservativeCollapse keeps one space where the source has whitespace between a binding
      // and text (e.g. `${label} <span>`): removing it would join words in production only.
      if (!minified.has(key))
        minified.set(
          key,
          minifyHTMLLiterals(code, {
            fileName: id,
            minifyOptions: { conservativeCollapse: true },
          }),
        );
      const result = await minified.get(key);
      return result ? { code: result.code, map: result.map?.toString() } : null;
    },
  };
}

/**
 * Where a build's files go, and its IL2_DEV (src/env.d.ts): the files readers' pages load leave
 * every developer warning out; the development copies (dist/dev/, dist/esm-dev/) have them all.
 * Both have the same templates, so either hydrates the same pre-rendered HTML.
 */
interface Flavor {
  dev: boolean;
}
const PRODUCTION: Flavor = { dev: false };
const DEVELOPMENT: Flavor = { dev: true };
const distOf = ({ dev }: Flavor) => (dev ? "dist/dev" : "dist");

/**
 * What every browser build shares: the template minifier, Lit's production build, the
 * development/production flavour (IL2_DEV), minified ES2022 with source maps and no comments
 * (annotations such as /* @__PURE__ *\/ are for bundlers; browsers only download them). Each build
 * adds its own entries, output and plugins.
 */
function browserBuild(
  flavor: Flavor,
  {
    outDir = distOf(flavor),
    lib,
    plugins = [],
    define = {},
    output = {},
    preserveEntrySignatures,
  }: {
    outDir?: string;
    lib: NonNullable<NonNullable<UserConfig["build"]>["lib"]>;
    plugins?: Plugin[];
    define?: Record<string, string>;
    output?: Record<string, unknown>;
    preserveEntrySignatures?: "allow-extension";
  },
): UserConfig {
  return {
    plugins: [minifyTemplates(), ...plugins],
    resolve: { conditions: productionConditions },
    define: {
      "process.env.NODE_ENV": '"production"',
      IL2_DEV: String(flavor.dev),
      ...define,
    },
    build: {
      outDir,
      // `npm run build` empties dist/ first (scripts/build.mjs); each build adds its files.
      emptyOutDir: false,
      sourcemap: true,
      target: "es2022",
      minify: true,
      lib,
      rolldownOptions: {
        ...(preserveEntrySignatures ? { preserveEntrySignatures } : {}),
        output: { minify: true, comments: false, ...output },
      },
    },
  };
}

function bundleConfig(
  format: "es" | "iife",
  flavor: Flavor = PRODUCTION,
): UserConfig {
  return browserBuild(flavor, {
    lib: {
      entry: fromRoot("src/il2-widgets.ts"),
      formats: [format],
      name: "Il2Widgets",
      fileName: () =>
        format === "es" ? "il2-widgets.js" : "il2-widgets.iife.js",
    },
  });
}

/**
 * Non-English locales: each widget's text in each is its own module (src/locales/<language>/<file>.ts),
 * built as chunks/<language>/<part>.js under the name of the part it exports (`side-effects.ts`
 * exports `sideEffects`), which is the name the autoloader knows.
 */
function localeParts(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const language of readdirSync(fromRoot("src/locales"), {
    withFileTypes: true,
  })) {
    if (!language.isDirectory() || language.name === "en") continue;
    for (const file of readdirSync(fromRoot(`src/locales/${language.name}`)))
      entries[
        `${language.name}/${file
          .replace(/\.ts$/, "")
          .replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())}`
      ] = fromRoot(`src/locales/${language.name}/${file}`);
  }
  return entries;
}

/** Empties <dist>/chunks/ first: the other builds share dist/, and stale hashed chunks would pile up. */
function cleanChunks(dist: string): Plugin {
  return {
    name: "il2-clean-chunks",
    buildStart() {
      rmSync(fromRoot(`${dist}/chunks`), { recursive: true, force: true });
    },
  };
}

/**
 * The autoloader's element chunks, one per tag, each a registering module written from the
 * registry: the element's class and `defineElement`, and for the guide the chunks of the cards it
 * holds. Not the widgets' define.ts, which import Lit's hydration support first (for the one-file
 * bundles and dist/esm): the autoloader fetches that support itself, as chunks/hydration.js, and
 * only for a page with a pre-rendered card.
 */
function autoloaderDefines(): Plugin {
  const prefix = "il2-autoloader-define:";
  const moduleOf = (widget: (typeof widgets)[number]) =>
    fromRoot(`src/${widget.folder}/${widget.tag.slice(4)}.ts`);
  return {
    name: "il2-autoloader-defines",
    // A virtual module: the \0 keeps other plugins from treating it as a file. (Vite's library
    // mode makes entries absolute paths first, so the prefix may come after a folder.)
    resolveId: (source) =>
      source.includes(prefix)
        ? `\0${source.slice(source.indexOf(prefix))}`
        : null,
    load(id) {
      if (!id.startsWith(`\0${prefix}`)) return null;
      const widget = widgets.find(
        ({ tag }) => tag === id.slice(prefix.length + 1),
      );
      if (!widget) return null;
      const held =
        widget.tag === "il2-guide"
          ? WIDGETS.filter((card) => card.inGuide).map(
              ({ tag }) => `import ${JSON.stringify(prefix + tag)};\n`,
            )
          : [];
      return (
        held.join("") +
        `import { defineElement } from ${JSON.stringify(fromRoot("src/shared/define-element.ts"))};\n` +
        `import { ${widget.className} } from ${JSON.stringify(moduleOf(widget))};\n` +
        `defineElement(${JSON.stringify(widget.tag)}, ${widget.className});\n` +
        `export { ${widget.className} };\n`
      );
    },
  };
}

/**
 * Writes the autoloader's table (IL2_LOADER in src/autoloader.ts) once the chunks are made: from
 * the registry, each tag's text parts (the guide's: every card's it holds) and whether it is
 * read-only pre-rendered; from the chunk graph, the chunks fetched with each element's chunk (and
 * with the hydration support), so that the loader asks for them all at once: one round trip where
 * following the imports would take one per level. The chunks' names carry Rolldown's placeholders
 * for their hashes here, which it then replaces with the final ones, in this file too.
 */
function loaderTable(): Plugin {
  return {
    name: "il2-loader-table",
    renderChunk(code, chunk, _options, meta) {
      if (chunk.name !== "il2-autoloader") return null;
      const imported = (fileName: string, seen = new Set<string>()) => {
        for (const file of meta.chunks[fileName]?.imports ?? [])
          if (!seen.has(file)) {
            seen.add(file);
            imported(file, seen);
          }
        return [...seen]
          .map((file) => file.replace(/^chunks\//, "").replace(/\.js$/, ""))
          .join(" ");
      };
      const text = (widget: (typeof WIDGETS)[number]) => [
        ...new Set([
          ...widget.text,
          ...(widget.tag === "il2-guide"
            ? WIDGETS.filter((card) => card.inGuide).flatMap(
                (card) => card.text,
              )
            : []),
        ]),
      ];
      const table: Record<string, [string, string, 1?]> = {
        hydration: ["", imported("chunks/hydration.js")],
      };
      for (const widget of WIDGETS) {
        const entry: [string, string, 1?] = [
          text(widget).join(" "),
          imported(`chunks/${widget.tag}.js`),
        ];
        if ("readOnly" in widget) entry.push(1);
        table[widget.tag] = entry;
      }
      const found = [...code.matchAll(LOADER_TABLE)];
      if (found.length !== 1)
        throw new Error(
          `The autoloader should read its table once, not ${found.length} times.`,
        );
      const { index, 0: placeholder } = found[0]!;
      const edited = new MagicString(code);
      edited.overwrite(
        index,
        index + placeholder.length,
        JSON.stringify(table),
      );
      return {
        code: edited.toString(),
        map: edited.generateMap({ hires: true }),
      };
    },
  };
}
/**
 * What the autoloader's IL2_LOADER is until loaderTable() writes the table in: an object, which a
 * minifier cannot copy to each place that reads it.
 */
const LOADER_TABLE = /\{\s*__IL2_LOADER__\s*:\s*1\s*\}/g;

function autoloaderConfig(flavor: Flavor = PRODUCTION): UserConfig {
  const entries: Record<string, string> = {
    "il2-autoloader": fromRoot("src/autoloader.ts"),
    "chunks/hydration": fromRoot("src/autoloader-hydration.ts"),
  };
  for (const { tag } of widgets)
    entries[`chunks/${tag}`] = `il2-autoloader-define:${tag}`;
  for (const [name, file] of Object.entries(localeParts()))
    entries[`chunks/${name}`] = file;
  return browserBuild(flavor, {
    plugins: [cleanChunks(distOf(flavor)), autoloaderDefines(), loaderTable()],
    define: { IL2_LOADER: "{ __IL2_LOADER__: 1 }" },
    lib: {
      entry: entries,
      formats: ["es"],
      fileName: (_format, name) => `${name}.js`,
    },
    // An element chunk may also export what another needs (the guide imports the cards'
    // chunks), instead of both importing one more small file.
    preserveEntrySignatures: "allow-extension",
    output: {
      chunkFileNames: "chunks/[hash:6].js",
      codeSplitting: {
        groups: [
          {
            // What every card needs, in one file fetched once: Lit, the card base, the
            // language registry, the shared English and the small helpers most cards use.
            // The English card titles too (the overview, schedule, side-effects and
            // self-check cards name them): a few words, where a file of their own cost those
            // pages a request and more bytes than it holds.
            name: "core",
            test: /[\\/]src[\\/](shared[\\/](card|define-element|blocks|light-children|events)|i18n[\\/][^\\/]+|locales[\\/]en[\\/](common|card-titles))\.ts$/,
          },
          {
            // Printing and saving a file, which the schedule, the questions card and the
            // self-check share: one small file instead of two tiny ones.
            name: "paper",
            test: /[\\/]src[\\/]shared[\\/](print|download)\.ts$/,
          },
        ],
      },
    },
  });
}

/**
 * dist/chunks/il2-guide-all.js: <il2-guide> and the cards it holds in one file, Lit and the card
 * base inside, English only, no hydration support. The autoloader fetches it for a guide on a page
 * where it has fetched nothing else yet and nothing is pre-rendered: one request instead of the
 * fourteen chunks the guide imports, which a browser fetches six at a time from an HTTP/1.1 host.
 * Anywhere else (another card's chunks already there, a pre-rendered page) the guide comes in
 * chunks, so the page has one copy of Lit. Built after the autoloader, which empties chunks/.
 */
function guideAllConfig(flavor: Flavor = PRODUCTION): UserConfig {
  return browserBuild(flavor, {
    outDir: `${distOf(flavor)}/chunks`,
    plugins: [autoloaderDefines()],
    lib: {
      entry: { "il2-guide-all": "il2-autoloader-define:il2-guide" },
      formats: ["es"],
      fileName: (_format, name) => `${name}.js`,
    },
  });
}

function modulesConfig(flavor: Flavor = PRODUCTION): UserConfig {
  const locales: Record<string, string> = {};
  if (existsSync(fromRoot("src/locales/es.ts")))
    locales["locales/es"] = fromRoot("src/locales/es.ts");
  return {
    plugins: [minifyTemplates()],
    resolve: { conditions: productionConditions },
    // Bundlers' production builds of an app: no warnings; their development builds (the
    // "development" export condition) get dist/esm-dev, with every warning (see src/env.d.ts).
    define: { IL2_DEV: String(flavor.dev) },
    build: {
      outDir: flavor.dev ? "dist/esm-dev" : "dist/esm",
      emptyOutDir: true,
      sourcemap: true,
      target: "es2022",
      minify: false,
      lib: {
        // react/index: the React wrappers (`il2-widgets/react`).
        entry: {
          index: fromRoot("src/index.ts"),
          ...Object.fromEntries(
            widgets.map(({ folder, define }) => [`${folder}/define`, define]),
          ),
          ...locales,
          "react/index": fromRoot("src/react/index.ts"),
        },
        formats: ["es"],
      },
      rolldownOptions: {
        // Lit (with its hydration support), and for the React wrappers React and @lit/react, come
        // from the host's own install: one copy of lit-html for the whole app.
        external: [
          /^lit(-html|-element)?(\/|$)/,
          /^@lit(-labs)?\//,
          /^react(-dom)?(\/|$)/,
        ],
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
 * Pre-rendering for Node. The cards are built from the same source with the same template
 * minifier as the browser files: hydration checks a digest of each template's strings against
 * the server's, so the server must render byte-identical templates.
 */
function ssrConfig(): UserConfig {
  return {
    plugins: [minifyTemplates()],
    // On Node the developer reads every warning in full (il2-widgets prerender prints them).
    define: { IL2_DEV: "true" },
    build: {
      ssr: true,
      outDir: "dist/ssr",
      emptyOutDir: true,
      sourcemap: true,
      target: "node20",
      minify: false,
      rolldownOptions: {
        input: {
          index: fromRoot("src/ssr/index.ts"),
          bin: fromRoot("src/ssr/bin.ts"),
        },
        // Lit and its server renderer come from the host's install, so Node loads Lit's own
        // server build (with its DOM shim) once for our cards and the renderer alike.
        external: [
          /^lit(-html|-element)?(\/|$)/,
          /^@lit(-labs)?\//,
          /^parse5(\/|$)/,
          // Reading a translator's XLIFF (il2-widgets locale build): an optional peer dependency,
          // imported only by that command.
          /^fast-xml-parser(\/|$)/,
          /^node:/,
        ],
        output: {
          format: "es",
          entryFileNames: "[name].js",
          chunkFileNames: "[name].js",
          banner: (chunk) =>
            chunk.name === "bin" ? "#!/usr/bin/env node" : "",
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

/**
 * `npm start` only: `POST /__il2/prerender` renders the HTML in its body with the built
 * il2-widgets/ssr (dist/ssr, which `npm start` builds), for the demo's "Pre-rendered" embed tab:
 * @lit-labs/ssr runs in Node, not in the browser. The same build as the script tag the tab shows,
 * so the templates match when the HTML is pasted into a page.
 */
function prerenderEndpoint(): Plugin {
  return {
    name: "il2-demo-prerender",
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split("?")[0] !== "/__il2/prerender") return next();
        const fail = (status: number, message: string) => {
          response.statusCode = status;
          response.setHeader("content-type", "text/plain; charset=utf-8");
          response.end(message);
        };
        if (request.method !== "POST") return fail(405, "Use POST.");
        const ssr = fromRoot("dist/ssr/index.js");
        if (!existsSync(ssr))
          return fail(
            503,
            "dist/ssr is missing: run `node scripts/build.mjs ssr` (npm start does).",
          );
        const chunks: Buffer[] = [];
        let size = 0;
        request.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size <= 1_000_000) chunks.push(chunk);
        });
        request.on("end", () => {
          if (size > 1_000_000) return fail(413, "At most 1 MB of HTML.");
          import(pathToFileURL(ssr).href)
            .then(({ prerender }: typeof import("./src/ssr/index.js")) =>
              prerender(Buffer.concat(chunks).toString("utf8"), {
                onWarning: () => {},
              }),
            )
            .then((html) => {
              response.setHeader("content-type", "text/html; charset=utf-8");
              response.end(html);
            })
            .catch((error: unknown) => fail(500, String(error)));
        });
      });
    },
  };
}

/**
 * The demo's paste-ready worker (demo/paste-ready-worker.ts): src/ssr's prerender() for a browser.
 * Built like dist/ssr, so its HTML is the HTML `il2-widgets prerender` writes: the same template
 * minifier as the script the snippet loads (hydration compares template digests), development
 * warnings, and Lit's server build (the `node` export condition: no DOM needed, its DOM shim, and
 * `isServer` true). One file with everything in it: a classic worker, which every engine runs.
 */
function pasteReadyWorkerConfig(): UserConfig {
  return {
    logLevel: "warn",
    plugins: [minifyTemplates(), browserDigest()],
    resolve: { conditions: ["node", "import", "module", "default"] },
    define: { IL2_DEV: "true", "process.env.NODE_ENV": '"production"' },
    build: {
      write: false,
      target: "es2022",
      minify: true,
      sourcemap: false,
      lib: {
        entry: fromRoot("demo/paste-ready-worker.ts"),
        formats: ["iife"],
        name: "Il2PasteReady",
        fileName: () => PASTE_READY_WORKER,
      },
      rolldownOptions: { output: { comments: false } },
    },
  };
}

/** The worker's file name, beside the demo page (demo/paste-ready.ts asks for it). */
const PASTE_READY_WORKER = "paste-ready-worker.js";

/**
 * The server build of Lit's hydration client base64-encodes template digests with Node's Buffer,
 * which a worker lacks; its browser build does the same with btoa. Same digest, no Buffer.
 */
function browserDigest(): Plugin {
  return {
    name: "il2-browser-digest",
    resolveId: (source) =>
      source === "@lit-labs/ssr-client"
        ? fromRoot("node_modules/@lit-labs/ssr-client/index.js")
        : null,
  };
}

/**
 * The worker's code, built once per process (under `npm start`, restart to see changed cards in
 * it). Vite sets NODE_ENV for a build: it is put back, so the dev server's own stays as it was.
 */
let pasteReadyWorkerCode: Promise<string> | undefined;
function pasteReadyWorkerSource(): Promise<string> {
  pasteReadyWorkerCode ??= (async () => {
    const nodeEnv = process.env.NODE_ENV;
    try {
      const output = await build({
        ...pasteReadyWorkerConfig(),
        configFile: false,
        mode: "paste-ready-worker",
      });
      const chunk = [output]
        .flat()
        .flatMap((result) => ("output" in result ? result.output : []))
        .find((file) => file.type === "chunk");
      if (!chunk || chunk.type !== "chunk")
        throw new Error("the paste-ready worker build gave no code");
      return chunk.code;
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
  })();
  return pasteReadyWorkerCode;
}

/**
 * The paste-ready worker beside the demo page: a file of the static build (`npm run build:demo`),
 * and served by `npm start`, from the same in-memory build.
 */
function pasteReadyWorker(): Plugin {
  return {
    name: "il2-demo-paste-ready",
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split("?")[0] !== `/${PASTE_READY_WORKER}`)
          return next();
        pasteReadyWorkerSource().then(
          (code) => {
            response.setHeader("content-type", "text/javascript");
            response.end(code);
          },
          (error: unknown) => {
            response.statusCode = 500;
            response.setHeader("content-type", "text/plain; charset=utf-8");
            response.end(String(error));
          },
        );
      });
    },
    async generateBundle() {
      this.emitFile({
        type: "asset",
        fileName: PASTE_READY_WORKER,
        source: await pasteReadyWorkerSource(),
      });
    },
  };
}

const demoConfig: UserConfig = {
  root: fromRoot("demo"),
  // The demo is a developer's page: warnings in full.
  define: { IL2_DEV: "true" },
  plugins: [docsFiles(), prerenderEndpoint(), pasteReadyWorker()],
  base: "./",
  publicDir: fromRoot("demo/public"),
  server: { fs: { allow: [root] } },
  build: { outDir: fromRoot("demo-dist"), emptyOutDir: true, target: "es2022" },
};

export default defineConfig(({ command, mode }) => {
  if (command === "serve" || mode === "demo") return demoConfig;
  if (mode === "iife") return bundleConfig("iife");
  if (mode === "modules") return modulesConfig();
  if (mode === "autoloader") return autoloaderConfig();
  if (mode === "guide-all") return guideAllConfig();
  if (mode === "guide-all-dev") return guideAllConfig(DEVELOPMENT);
  if (mode === "bundle-dev") return bundleConfig("es", DEVELOPMENT);
  if (mode === "autoloader-dev") return autoloaderConfig(DEVELOPMENT);
  if (mode === "modules-dev") return modulesConfig(DEVELOPMENT);
  if (mode === "ssr") return ssrConfig();
  if (mode === "paste-ready-worker") return pasteReadyWorkerConfig();
  return bundleConfig("es");
});
