// Checks what `npm publish` would put in the tarball (`npm pack --dry-run --json`), after
// `npm run build`. Part of `npm run check:package`; exits 1 with a list of problems.
//
// - Everything package.json points at (exports, main, module, types, customElements, web-types) is in it,
//   and so is every per-element module: each dist/esm/<widget>/define.js has an export.
// - The bundles, dist/esm/**, dist/types/**, the framework types (dist/frameworks/), custom-elements.json,
//   README.md, LICENSE, and the docs the README links to (docs/, CONTRIBUTING.md, examples/) are in it.
// - Nothing from development is: src/, test/, demo/, scripts/, .ci/, bench/, configs, tarballs.
// - Source maps: the JavaScript maps ship, because each carries its sources inline
//   (`sourcesContent`), so a host debugging a page sees our TypeScript without src/ in the
//   package; this checks that every map is self-contained. Declaration maps (.d.ts.map) would
//   point at src/*.ts, which does not ship, so they must not be in it.
// - The autoloader ships with every chunk it can ask for (an element, a language's text, Lit's
//   hydration support) and every chunk those import.
// - Runtime dependencies are Lit and Lit's own hydration support (@lit-labs/ssr-client, which
//   only a page with pre-rendered cards fetches). Every peer is optional: React and @lit/react
//   (il2-widgets/react), Lit's server renderer and parse5 (il2-widgets/ssr and the command), and
//   fast-xml-parser (only `il2-widgets locale build` and `review` read XLIFF with it), so a
//   browser app installs Lit alone.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { pageFiles } from "./page-weight.mjs";

const pkg = JSON.parse(readFileSync("package.json", "utf8"));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const [packed] = JSON.parse(
  execFileSync(npm, ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  }),
);
const files = new Set(packed.files.map((file) => file.path));
const problems = [];

/** Every file path package.json points at, as `./path` strings. */
function pointedAt(value) {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object")
    return Object.values(value).flatMap(pointedAt);
  return [];
}
const targets = [
  ...pointedAt(pkg.exports),
  pkg.main,
  pkg.module,
  pkg.types,
  pkg.customElements,
  pkg["web-types"],
].filter(Boolean);
for (const target of targets) {
  const path = target.replace(/^\.\//, "");
  if (!files.has(path))
    problems.push(
      `package.json points at ${target}, which is not in the package (run \`npm run build\` first?)`,
    );
}

const required = [
  "package.json",
  "README.md",
  "LICENSE",
  "custom-elements.json",
  "dist/il2-widgets.js",
  "dist/il2-widgets.iife.js",
  "dist/esm/index.js",
  "dist/types/index.d.ts",
  "dist/frameworks/vue.d.ts",
  "dist/frameworks/svelte.d.ts",
  "dist/frameworks/jsx.d.ts",
  "dist/frameworks/vscode.html-custom-data.json",
  "dist/frameworks/web-types.json",
  "docs/frameworks.md",
  "CONTRIBUTING.md",
];
for (const path of required)
  if (!files.has(path)) problems.push(`${path} is missing`);
// Each widget's registering module (dist/esm/shared/define.js is the helper they share).
const defines = [...files].filter(
  (path) =>
    /^dist\/esm\/[^/]+\/define\.js$/.test(path) &&
    !path.startsWith("dist/esm/shared/"),
);
if (defines.length === 0)
  problems.push("no per-element modules (dist/esm/<widget>/define.js)");
const exported = new Set(targets.map((target) => target.replace(/^\.\//, "")));
for (const path of defines) {
  if (!exported.has(path))
    problems.push(`${path} has no entry in package.json "exports"`);
  const types = path
    .replace(/^dist\/esm\//, "dist/types/")
    .replace(/\.js$/, ".d.ts");
  if (!files.has(types))
    problems.push(`${path} has no type declarations (${types})`);
}

// The autoloader's chunks: what it asks for by name (chunks/il2-*.js, chunks/<language>/*.js,
// chunks/hydration.js), each with the chunks it imports.
const askedFor = readdirSync("dist/chunks", { recursive: true })
  .map(String)
  .filter((path) => /^(il2-[a-z-]+|[a-z]{2}\/[a-z]+|hydration)\.js$/.test(path))
  .map((path) => `chunks/${path}`);
if (
  !askedFor.includes("chunks/il2-guide.js") ||
  !askedFor.includes("chunks/es/common.js")
)
  problems.push(
    "dist/chunks/ lacks the autoloader's chunks (run `npm run build` first?)",
  );
for (const path of pageFiles("dist", ["il2-autoloader.js", ...askedFor]))
  if (!files.has(`dist/${path}`))
    problems.push(
      `dist/${path} (loaded by the autoloader) is not in the package`,
    );

const forbidden = [
  /^(src|test|demo|demo-dist|scripts|\.ci|bench|bench-results|coverage|node_modules)\//,
  /^(tsconfig.*\.json|vite\.config\.ts|web-test-runner\.config\.mjs|eslint\.config\.js|custom-elements-manifest\.config\.mjs|package-lock\.json)$/,
  // An example's own build output and installs.
  /^examples\/.*\/(dist|node_modules)\//,
  /\.tgz$/,
  /(^|\/)\.DS_Store$/,
  /\.d\.ts\.map$/,
];
for (const path of files)
  if (forbidden.some((pattern) => pattern.test(path)))
    problems.push(`${path} should not be in the package`);

for (const path of [...files].filter((file) => file.endsWith(".js.map"))) {
  const map = JSON.parse(readFileSync(path, "utf8"));
  const inline = (map.sourcesContent ?? []).filter(
    (content) => typeof content === "string",
  ).length;
  if (inline !== map.sources.length)
    problems.push(
      `${path} lacks inline sources (${inline} of ${map.sources.length}), so it points at files not in the package`,
    );
}

/**
 * Runtime dependencies and peers, and where each is used. Browser code may use Lit and Lit's
 * hydration support only; the server renderer and the HTML parser serve il2-widgets/ssr (Node)
 * alone, as optional peers, so a browser app never installs them.
 */
const ALLOWED_DEPENDENCIES = {
  lit: "browser",
  "@lit-labs/ssr-client": "browser",
};
const NODE_PEERS = ["@lit-labs/ssr", "parse5"];
for (const dependency of Object.keys(pkg.dependencies ?? {}))
  if (!(dependency in ALLOWED_DEPENDENCIES))
    problems.push(
      `runtime dependency ${dependency} is not allowed (Lit and its hydration support; the server renderer and parse5 are optional peers)`,
    );
const browserOnly = Object.entries(ALLOWED_DEPENDENCIES)
  .filter(([, where]) => where === "browser")
  .map(([name]) => name);
const nodeOnly = NODE_PEERS;
for (const peer of NODE_PEERS)
  if (!pkg.peerDependencies?.[peer])
    problems.push(
      `${peer} must be an optional peer dependency (il2-widgets/ssr and the il2-widgets command need it)`,
    );
// The per-element modules import only Lit (and React, for the wrappers): never the server side.
for (const path of [...files].filter(
  (file) => file.startsWith("dist/esm/") && file.endsWith(".js"),
)) {
  const code = readFileSync(path, "utf8");
  for (const [, specifier] of code.matchAll(/\bfrom\s*"([^"./][^"]*)"/g)) {
    const name = specifier.startsWith("@")
      ? specifier.split("/").slice(0, 2).join("/")
      : specifier.split("/")[0];
    if (
      nodeOnly.includes(name) ||
      (!browserOnly.includes(name) &&
        !/^(react|@lit\/react|lit-html|lit-element|@lit\/reactive-element)$/.test(
          name,
        ))
    )
      problems.push(
        `${path} imports ${specifier}, which browser code must not use`,
      );
  }
}
// A dependency copied into dist/esm would give a bundler's app two copies (two lit-html: broken
// hydration, double bytes): every dependency stays an import there.
for (const path of files)
  if (path.startsWith("dist/esm/node_modules/")) {
    problems.push(
      `${path}: dist/esm carries a copy of a dependency; keep it external in vite.config.ts`,
    );
    break;
  }
const bin = pkg.bin?.["il2-widgets"];
if (!bin || !files.has(bin.replace(/^\.\//, "")))
  problems.push(
    "the il2-widgets command (package.json bin) is not in the package",
  );
else if (!readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n"))
  problems.push(`${bin} does not start with #!/usr/bin/env node`);
for (const peer of Object.keys(pkg.peerDependencies ?? {})) {
  if (pkg.peerDependenciesMeta?.[peer]?.optional !== true)
    problems.push(
      `peer dependency ${peer} must be optional (a browser app must not install it)`,
    );
}

if (problems.length) {
  console.error(
    `Package contents (${packed.filename}) have ${problems.length} problem${problems.length === 1 ? "" : "s"}:`,
  );
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
// The fields a registry page and editors link to, ready to fill: say so while they are placeholders.
const placeholders = ["homepage", "repository", "bugs"].filter((field) =>
  JSON.stringify(pkg[field] ?? "example.org").includes("example.org"),
);
if (placeholders.length)
  console.log(
    `Note: package.json ${placeholders.join(", ")} still point at example.org; fill them in before publishing (CONTRIBUTING.md, "Publishing").`,
  );
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} kB`;
console.log(
  `${packed.filename}: ${packed.entryCount} files, ${kb(packed.size)} packed, ${kb(packed.unpackedSize)} unpacked; contents as expected.`,
);
