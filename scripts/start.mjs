// `npm start`: install dependencies if needed, generate the element manifest the demo reads,
// then serve the demo page with Vite.
import { execSync } from "node:child_process";
import { ensureDependencies } from "./ensure-deps.mjs";

ensureDependencies();
execSync("npx cem analyze", { stdio: "inherit" });
execSync(`npx vite ${process.argv.slice(2).join(" ")}`, { stdio: "inherit" });
