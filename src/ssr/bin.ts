/// <reference types="node" />
// Entry of the `il2-widgets` command (package.json "bin").
import { readFileSync } from "node:fs";
import { nodeIo, runCli } from "./cli.js";

const { version } = JSON.parse(
  readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
) as { version: string };
process.exitCode = await runCli(process.argv.slice(2), nodeIo(version));
