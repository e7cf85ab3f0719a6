// The registry (src/widgets.ts) is the one list of the widgets, and the layers of src/ point down.
// These tests fail when a widget folder and the registry disagree, when a list derived from the
// registry is stale, and when a module imports from a layer above its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { camelCase, loadRegistry } from "../../scripts/registry.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SRC = join(ROOT, "src");
const read = (path) => readFileSync(join(ROOT, path), "utf8");
const { WIDGETS, exportName } = await loadRegistry();
const FOLDERS = new Set(WIDGETS.map((widget) => widget.folder));

test("every widget folder is in the registry, and every registry line has its folder, class, define module and text", () => {
  const withDefine = readdirSync(SRC, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .filter((entry) => existsSync(join(SRC, entry.name, "define.ts")))
    .map((entry) => entry.name);
  assert.deepEqual(
    withDefine.filter((folder) => !FOLDERS.has(folder)),
    [],
    "folders with a define.ts that src/widgets.ts does not list",
  );
  for (const widget of WIDGETS) {
    const { tag, folder, className, text } = widget;
    const element = `src/${folder}/${exportName(widget)}.ts`;
    assert.ok(existsSync(join(ROOT, element)), `${tag}: ${element} exists`);
    const source = read(element);
    assert.match(
      source,
      new RegExp(`@tagname ${tag}\\b`),
      `${element} documents ${tag}`,
    );
    assert.match(
      source,
      new RegExp(`export class ${className}\\b`),
      `${element} exports ${className}`,
    );
    assert.match(
      read(`src/${folder}/define.ts`),
      new RegExp(`defineElement\\("${tag}", ${className}\\)`),
      `src/${folder}/define.ts defines ${tag}`,
    );
    assert.equal(
      text[0],
      camelCase(folder),
      `${tag}: its own text part is named after its folder`,
    );
    for (const language of ["en", "es"])
      assert.ok(
        existsSync(join(SRC, "locales", language, `${folder}.ts`)),
        `${tag}: src/locales/${language}/${folder}.ts exists`,
      );
    // The text parts the class waits for are the registry's (the guide adds those of the cards it holds).
    const parts = /static override textParts = \[([^\]]*)\]/.exec(source)?.[1];
    if (parts && !parts.includes("..."))
      assert.deepEqual(
        [...parts.matchAll(/"(\w+)"/g)].map(([, part]) => part),
        text,
        `${className}.textParts matches the registry`,
      );
  }
});

test("the registry's tags, folders and classes are unique and well formed", () => {
  for (const key of ["tag", "folder", "className"])
    assert.equal(
      new Set(WIDGETS.map((widget) => widget[key])).size,
      WIDGETS.length,
      `${key}s are unique`,
    );
  for (const { tag, className } of WIDGETS) {
    assert.match(tag, /^il2-[a-z]+(-[a-z]+)*$/);
    assert.match(className, /^Il2[A-Z]\w+$/);
  }
});

test("every list written out from the registry is current (npm run generate -- --check)", () => {
  const run = spawnSync(process.execPath, ["scripts/generate.mjs", "--check"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  assert.equal(run.status, 0, run.stderr);
});

test("the generated lists hold exactly the registry's widgets, in its order", () => {
  const tagsIn = (path) =>
    [...read(path).matchAll(/"(il2-[a-z-]+)"/g)].map(([, tag]) => tag);
  assert.deepEqual(
    tagsIn("src/generated/element-classes.ts"),
    WIDGETS.map((w) => w.tag),
  );
  assert.deepEqual(
    [
      ...read("src/generated/guide-cards.ts").matchAll(/tag: "(il2-[a-z-]+)"/g),
    ].map(([, tag]) => tag),
    WIDGETS.filter((w) => w.inGuide).map((w) => w.tag),
  );
  assert.deepEqual(
    [
      ...read("src/generated/guide-cards.ts").matchAll(/case "(il2-[a-z-]+)"/g),
    ].map(([, tag]) => tag),
    WIDGETS.filter((w) => w.inGuide).map((w) => w.tag),
  );
  assert.deepEqual(
    [...read("src/react/index.ts").matchAll(/tagName: "(il2-[a-z-]+)"/g)].map(
      ([, tag]) => tag,
    ),
    WIDGETS.map((w) => w.tag),
  );
  const exported = Object.keys(JSON.parse(read("package.json")).exports);
  for (const widget of WIDGETS)
    assert.ok(
      exported.includes(`./${exportName(widget)}`),
      `package.json exports ./${exportName(widget)}`,
    );
  // And the manifest, when it has been made (npm test makes it): one element per registry line.
  if (existsSync(join(ROOT, "custom-elements.json"))) {
    const manifest = JSON.parse(read("custom-elements.json"));
    const tags = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => declaration.tagName);
    assert.deepEqual([...tags].sort(), WIDGETS.map((w) => w.tag).sort());
  }
});

// ── Layers ────────────────────────────────────────────────────────────────────────────────────
// core: src/i18n/, src/shared/ (the card base, language, attributes, styles) — knows no widget.
// text: src/locales/<language>/<part>.ts — data; imports only types (and its own language's files).
// widgets: src/<folder>/ for each registry line — the core, its own folder, its English text.
// entries: everything else (src/*.ts, src/generated/, src/ssr/, src/react/) — may import anything.

/** Every relative import and re-export of every module under src/: `{ from, to, typeOnly }`. */
function imports() {
  const out = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts")) {
        const file = ts.createSourceFile(
          path,
          readFileSync(path, "utf8"),
          ts.ScriptTarget.Latest,
        );
        for (const node of file.statements) {
          const specifier = node.moduleSpecifier;
          if (
            !specifier ||
            !ts.isStringLiteral(specifier) ||
            !specifier.text.startsWith(".")
          )
            continue;
          const typeOnly = ts.isImportDeclaration(node)
            ? !!node.importClause?.isTypeOnly ||
              (!!node.importClause?.namedBindings &&
                !node.importClause.name &&
                ts.isNamedImports(node.importClause.namedBindings) &&
                node.importClause.namedBindings.elements.length > 0 &&
                node.importClause.namedBindings.elements.every(
                  (element) => element.isTypeOnly,
                ))
            : !!node.isTypeOnly;
          out.push({
            from: relative(SRC, path),
            to: relative(
              SRC,
              resolve(dirname(path), specifier.text.replace(/\.js$/, ".ts")),
            ),
            typeOnly,
          });
        }
      }
    }
  };
  walk(SRC);
  return out;
}

/** The layer of a module under src/. */
function layer(path) {
  const [top] = path.split("/");
  if (top === "i18n" || top === "shared") return "core";
  if (top === "locales") return path.split("/").length === 3 ? "text" : "entry";
  if (FOLDERS.has(top)) return "widget";
  return "entry";
}

/** What each layer may import, as a test of one import. */
const allowed = {
  core: ({ to }) => layer(to) === "core",
  text: ({ from, to, typeOnly }) =>
    typeOnly
      ? layer(to) === "core" || layer(to) === "text"
      : layer(to) === "text" && dirname(to) === dirname(from),
  widget: ({ from, to }) =>
    layer(to) === "core" ||
    to === "widgets.ts" ||
    (layer(to) === "text" && to.startsWith("locales/en/")) ||
    to.split("/")[0] === from.split("/")[0] ||
    // The guide holds the other cards: it reaches them through the lists made from the registry.
    (from.startsWith("guide/") && to.startsWith("generated/")),
  entry: () => true,
};

test("every import in src/ points down: the core knows no widget or text, text files import only types, widgets only the core and their own text", () => {
  const wrong = imports()
    .filter((edge) => !allowed[layer(edge.from)](edge))
    .map(
      ({ from, to, typeOnly }) => `${from} → ${to}${typeOnly ? " (type)" : ""}`,
    );
  assert.deepEqual(wrong, []);
});

test("the import-graph test catches an import that points up", () => {
  assert.equal(
    allowed.core({
      from: "shared/card.ts",
      to: "locales/en/common.ts",
      typeOnly: false,
    }),
    false,
  );
  assert.equal(
    allowed.core({
      from: "i18n/locale.ts",
      to: "overview/overview.ts",
      typeOnly: true,
    }),
    false,
  );
  assert.equal(
    allowed.text({
      from: "locales/en/overview.ts",
      to: "overview/overview.ts",
      typeOnly: true,
    }),
    false,
  );
  assert.equal(
    allowed.text({
      from: "locales/es/overview.ts",
      to: "shared/card.ts",
      typeOnly: false,
    }),
    false,
  );
  assert.equal(
    allowed.widget({
      from: "self-check/self-check.ts",
      to: "overview/overview.ts",
      typeOnly: false,
    }),
    false,
  );
  assert.equal(
    allowed.widget({
      from: "overview/overview.ts",
      to: "locales/es/overview.ts",
      typeOnly: false,
    }),
    false,
  );
  assert.equal(
    allowed.widget({
      from: "overview/overview.ts",
      to: "shared/card.ts",
      typeOnly: false,
    }),
    true,
  );
});
