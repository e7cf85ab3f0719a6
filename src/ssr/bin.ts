/// <reference types="node" />
// Entry of the `il2-widgets` command (package.json "bin"). The command itself is loaded here, not
// imported: without the optional server packages (see server-packages.ts) it cannot load, and
// the reader gets one line saying what to install.
import { readFileSync } from "node:fs";
import {
  MISSING_SERVER_PACKAGES,
  isMissingServerPackage,
} from "./server-packages.js";

const { version } = JSON.parse(
  readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
) as { version: string };
try {
  const { nodeIo, runCli } = await import("./cli.js");
  process.exitCode = await runCli(process.argv.slice(2), nodeIo(version));
} catch (error) {
  if (!isMissingServerPackage(error)) throw error;
  process.stderr.write(`${MISSING_SERVER_PACKAGES}\n`);
  process.exitCode = 1;
}
