// Installs the project's dependencies on a fresh clone, so `npm start` and `npm test` are the
// only commands a newcomer needs. Uses only Node built-ins: it runs before anything is installed.
import { execSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";

export function ensureDependencies() {
  const marker = "node_modules/.package-lock.json";
  const stale =
    !existsSync(marker) ||
    statSync("package-lock.json").mtimeMs > statSync(marker).mtimeMs + 1000;
  if (!stale) return;
  console.log("Installing dependencies (npm ci)…");
  execSync("npm ci --no-audit --no-fund", { stdio: "inherit" });
}
