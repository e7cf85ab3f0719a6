/// <reference types="node" />
// The `il2-widgets` command: pre-render cards in an HTML file (or stdin), print the matching CSP,
// and make translation packs (`il2-widgets locale …`, in ./locale/cli.ts).
import { readFileSync, writeFileSync } from "node:fs";
import { runInThisContext } from "node:vm";
import { prerenderWithReport } from "./prerender.js";
import { contentSecurityPolicy } from "./csp.js";
import { reason } from "./reason.js";

export const USAGE = `Usage:
  il2-widgets prerender [file] [-o out] [--lang tag] [--locale il2-locale-xx.js …]
      Renders every il2 card in the HTML file (or standard input when no file is given) as
      declarative shadow DOM, so it shows before any script runs and without JavaScript.
      Writes to "out" (or standard output). --lang sets the language for cards that neither
      have their own lang nor sit inside an element with one (default English). --locale
      loads a translation pack (il2-widgets locale build), so cards in its language show it;
      give it once per pack.
  il2-widgets csp
      Prints the Content-Security-Policy value to serve with pre-rendered cards: the strict
      policy plus a hash for each card's style block.
  il2-widgets locale template|build|review|pseudo …
      Translation packs: see \`il2-widgets locale --help\`.
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

/** The page's queue of translation packs (LOCALE_PACKS in src/i18n/locale.ts). */
const packQueue = () =>
  ((globalThis as Record<symbol, unknown[]>)[
    Symbol.for("il2-widgets.locale-packs")
  ] ??= []);

/**
 * Runs a translation pack file here, as a page would: it pushes itself onto the pack queue, which
 * the server's cards take. Returns what is wrong, or undefined.
 */
function loadPack(path: string, io: CliIo): string | undefined {
  let code: string;
  try {
    code = io.readInput(path);
  } catch (error) {
    return `cannot read the pack "${path}": ${reason(error)}.`;
  }
  const before = packQueue().length;
  try {
    runInThisContext(code, { filename: path });
  } catch (error) {
    return `"${path}" is not a translation pack (it failed to run: ${reason(error)}).`;
  }
  if (packQueue().length === before)
    return `"${path}" is not a translation pack: build one with \`il2-widgets locale build\`.`;
  return undefined;
}

/** Runs the command line `args`; resolves to the exit code. */
export async function runCli(
  args: readonly string[],
  io: CliIo,
): Promise<number> {
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
  if (command === "locale") {
    const { runLocale } = await import("./locale/cli.js");
    return runLocale(rest, io);
  }
  if (command !== "prerender")
    return fail(`unknown command "${command}". See --help.`);

  let input: string | undefined;
  let inputGiven = false;
  let output: string | undefined;
  let lang: string | undefined;
  const packs: string[] = [];
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index]!;
    if (arg === "--help" || arg === "-h") {
      io.out(USAGE);
      return 0;
    }
    if (
      arg === "-o" ||
      arg === "--output" ||
      arg === "--lang" ||
      arg === "--locale"
    ) {
      const value = rest[(index += 1)];
      if (value === undefined || value === "")
        return fail(`${arg} needs a value. See --help.`);
      if (arg === "--lang") lang = value;
      else if (arg === "--locale") packs.push(value);
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

  for (const pack of packs) {
    const problem = loadPack(pack, io);
    if (problem) return fail(problem);
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
