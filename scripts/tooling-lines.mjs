// `npm run lint:proportion`: the toolchain's lines (scripts/ with the tools' tests, bench/, the
// config files and CI) against the product's (src/). Fails above 60%: a toolchain larger than
// that costs more to carry than it saves (issue 24).
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export const TOOLING = [
  "scripts",
  "bench",
  ".ci/run",
  "vite.config.ts",
  "web-test-runner.config.mjs",
  "eslint.config.js",
  "custom-elements-manifest.config.mjs",
  ".size-limit.mjs",
];
export const LIMIT = 0.6;

/** Lines of every file under the paths (a path may be a file). */
export function lines(paths, root = ".") {
  let count = 0;
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(join(root, path));
    } catch {
      continue;
    }
    const files = stat.isDirectory()
      ? readdirSync(join(root, path), { recursive: true })
          .map((name) => join(path, String(name)))
          .filter((file) => statSync(join(root, file)).isFile())
      : [path];
    for (const file of files)
      count += readFileSync(join(root, file), "utf8").split("\n").length - 1;
  }
  return count;
}

if (import.meta.filename === process.argv[1]) {
  const tooling = lines(TOOLING);
  const product = lines(["src"]);
  const ratio = tooling / product;
  console.log(
    `Tooling ${tooling} lines, src/ ${product} lines: ${(ratio * 100).toFixed(0)}% (at most ${LIMIT * 100}%).`,
  );
  if (ratio > LIMIT) process.exitCode = 1;
}
