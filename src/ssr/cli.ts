/// <reference types="node" />
// The `il2-widgets` command: pre-render cards in an HTML file (or stdin), print the matching CSP.
import { readFileSync, writeFileSync } from "node:fs";
import { prerenderWithReport } from "./prerender.js";
import { contentSecurityPolicy } from "./csp.js";

export const USAGE = `Usage:
  il2-widgets prerender [file] [-o out] [--lang tag]
      Renders every il2 card in the HTML file (or standard input when no file is given) as
      declarative shadow DOM, so it shows before any script runs and without JavaScript.
      Writes to "out" (or standard output). --lang sets the language for cards that neither
      have their own lang nor sit inside an element with one (default English).
  il2-widgets csp
      Prints the Content-Security-Policy value to serve with pre-rendered cards: the strict
      policy plus a hash for each card's style block.
  il2-widgets --help | --version
`;

export interface CliIo {
  readInput(path: string | undefined): string;
  writeOutput(path: string | undefined, text: string): void;
  out(text: string): void;
  err(text: string): void;
  version: string;
}

/** Reads stdin or a file as UTF-8; writes a file or stdout. */
export const nodeIo = (version: string): CliIo => ({
  readInput: (path) => readFileSync(path ?? 0, "utf8"),
  writeOutput: (path, text) => {
    if (path) writeFileSync(path, text);
    else process.stdout.write(text);
  },
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  version,
});

/** Why a file could not be read or written, in a few plain words. */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return "it is a folder, not a file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Runs the command line `args`; returns the exit code. */
export function runCli(args: readonly string[], io: CliIo): number {
  const fail = (message: string) => {
    io.err(`il2-widgets: ${message}\n`);
    return 1;
  };
  const [command, ...rest] = args;
  if (
    command === undefined ||
    command === "--help" ||
    command === "-h" ||
    command === "help"
  ) {
    io.out(USAGE);
    return command === undefined ? 1 : 0;
  }
  if (command === "--version" || command === "-v") {
    io.out(`${io.version}\n`);
    return 0;
  }
  if (command === "csp") {
    if (rest.length)
      return fail(`csp takes no arguments (got "${rest[0]}"). See --help.`);
    io.out(`${contentSecurityPolicy()}\n`);
    return 0;
  }
  if (command !== "prerender")
    return fail(`unknown command "${command}". See --help.`);

  let input: string | undefined;
  let inputGiven = false;
  let output: string | undefined;
  let lang: string | undefined;
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index]!;
    if (arg === "--help" || arg === "-h") {
      io.out(USAGE);
      return 0;
    }
    if (arg === "-o" || arg === "--output" || arg === "--lang") {
      const value = rest[(index += 1)];
      if (value === undefined || value === "")
        return fail(`${arg} needs a value. See --help.`);
      if (arg === "--lang") lang = value;
      else output = value;
    } else if (arg.startsWith("-") && arg !== "-") {
      return fail(`unknown option "${arg}". See --help.`);
    } else if (!inputGiven) {
      // "-" is standard input, as when no file is named.
      inputGiven = true;
      input = arg === "-" ? undefined : arg;
    } else {
      return fail(
        `one input file at a time (got "${input ?? "-"}" and "${arg}").`,
      );
    }
  }

  let html: string;
  try {
    html = io.readInput(input);
  } catch (error) {
    return fail(
      `cannot read ${input ? `"${input}"` : "standard input"}: ${reason(error)}.`,
    );
  }
  let result: ReturnType<typeof prerenderWithReport>;
  try {
    result = prerenderWithReport(html, {
      ...(lang ? { lang } : {}),
      onWarning: (message) => io.err(`${message}\n`),
    });
  } catch (error) {
    return fail(`could not pre-render: ${reason(error)}`);
  }
  try {
    io.writeOutput(output, result.html);
  } catch (error) {
    return fail(`cannot write "${output}": ${reason(error)}.`);
  }
  const cards = result.cards === 1 ? "1 card" : `${result.cards} cards`;
  io.err(
    result.cards
      ? `il2-widgets: pre-rendered ${cards}${output ? ` into ${output}` : ""}.\n`
      : "il2-widgets: no il2 cards found; the HTML is unchanged.\n",
  );
  return 0;
}
