// `npm start`: install dependencies if needed, generate the element manifest the demo reads and
// the pre-rendering build the demo's "Pre-rendered" tab uses, then serve the demo page with Vite.
import { execSync } from "node:child_process";
import { ensureDependencies } from "./ensure-deps.mjs";

ensureDependencies();
execSync("npx cem analyze", { stdio: "inherit" });
// The "Pre-rendered" embed tab asks the dev server to render with il2-widgets/ssr (dist/ssr).
execSync("npx vite build --mode ssr --logLevel warn", { stdio: "inherit" });
execSync(`npx vite ${process.argv.slice(2).join(" ")}`, { stdio: "inherit" });
