// `npm start`: install dependencies if needed, build the element manifest the demo reads and the
// pre-rendering build the demo's "Pre-rendered" tab uses (unless current), then serve the demo
// page with Vite.
import { execSync } from "node:child_process";
import { ensureDependencies } from "./test.mjs";

ensureDependencies();
const { ensureBuilt } = await import("./build.mjs");
await ensureBuilt(["manifest", "ssr"]);
execSync(`npx vite ${process.argv.slice(2).join(" ")}`, { stdio: "inherit" });
