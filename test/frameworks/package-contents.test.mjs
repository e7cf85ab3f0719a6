// What an app gets from the packed package (`npm pack`, as `npm publish` would upload it):
// - the README and the docs it links to travel with it: every relative link and #anchor in the
//   packed Markdown resolves inside the tarball (as in node_modules, or on a registry page);
// - a browser app installs Lit and nothing of the server side (Lit's server renderer and parse5
//   are optional peers), and the `il2-widgets prerender` command, run there, says in one line
//   what to install.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkDocs } from "../../scripts/check-links.mjs";
import { markdownLinks } from "../../scripts/markdown.mjs";
import { pack } from "./packed-package.mjs";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

// Outside the repository, so nothing resolves from its own node_modules.
const scratch = mkdtempSync(join(tmpdir(), "il2-package-"));
let tarball = "";

before(() => {
  ({ tarball } = pack(scratch));
});

after(() => rmSync(scratch, { recursive: true, force: true }));

test("every link in the packed README and docs resolves inside the tarball", () => {
  const unpacked = join(scratch, "unpacked");
  mkdirSync(unpacked);
  execFileSync("tar", [
    "-xzf",
    tarball,
    "-C",
    unpacked,
    "--strip-components=1",
  ]);
  const readme = readFileSync(join(unpacked, "README.md"), "utf8");
  const relative = markdownLinks(readme)
    .map(({ target }) => target)
    .filter((target) => !/^[a-z][a-z\d+.-]*:|^\/\/|^#/i.test(target));
  // The README's own links, so this cannot pass by finding none: the docs pages, the API, the
  // screenshot.
  for (const target of [
    "docs/frameworks.md",
    "docs/api.md",
    "docs/screenshot.png",
  ])
    assert.ok(relative.includes(target), `README links to ${target}`);
  assert.deepEqual(checkDocs(unpacked), []);
});

test("a browser-only install gets Lit alone, and `il2-widgets prerender` says what to install", () => {
  const app = join(scratch, "browser-app");
  mkdirSync(app);
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "browser-app", private: true, type: "module" }),
  );
  execFileSync(
    npm,
    [
      "install",
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
      "--ignore-scripts",
      tarball,
    ],
    { cwd: app, stdio: ["ignore", "ignore", "inherit"] },
  );
  const modules = join(app, "node_modules");
  const installed = readdirSync(modules)
    .filter((name) => !name.startsWith("."))
    .flatMap((name) =>
      name.startsWith("@")
        ? readdirSync(join(modules, name)).map((inner) => `${name}/${inner}`)
        : [name],
    )
    .sort();
  assert.deepEqual(installed, [
    "@lit-labs/ssr-client",
    "@lit-labs/ssr-dom-shim",
    "@lit/reactive-element",
    "@types/trusted-types",
    "il2-widgets",
    "lit",
    "lit-element",
    "lit-html",
  ]);
  for (const server of ["@lit-labs/ssr", "parse5"])
    assert.ok(!existsSync(join(modules, server)), `${server} is not installed`);

  const command = spawnSync(
    process.execPath,
    [join(modules, "il2-widgets/dist/ssr/bin.js"), "prerender", "page.html"],
    { cwd: app, encoding: "utf8" },
  );
  assert.equal(command.status, 1);
  assert.equal(command.stdout, "");
  assert.equal(
    command.stderr,
    "il2-widgets: pre-rendering needs @lit-labs/ssr and parse5, which a browser-only install leaves out. Install them: npm install @lit-labs/ssr parse5\n",
  );
});
