// il2-widgets/ssr and the `il2-widgets` command, run as a package user would: the built
// dist/ssr (npm test builds it) in Node, and the command as a real process.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prerender, contentSecurityPolicy } from "../../dist/ssr/index.js";

const BIN = "dist/ssr/bin.js";

/** Runs the command with `args` (and `input` on stdin). */
const cli = (args, input) =>
  spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: "utf8",
  });

/** Splits the output into what prerender() kept and the declarative shadow roots it added. */
function splitShadowRoots(html) {
  let kept = "";
  const added = [];
  let rest = html;
  for (;;) {
    const start = rest.indexOf('<template shadowrootmode="open">');
    if (start < 0) return { kept: kept + rest, added };
    kept += rest.slice(0, start);
    // Templates nest (the guide's cards): skip to the matching close.
    let depth = 0;
    let index = start;
    for (;;) {
      const open = rest.indexOf("<template", index + 1);
      const close = rest.indexOf("</template>", index + 1);
      if (open >= 0 && open < close) {
        depth += 1;
        index = open;
      } else if (depth > 0) {
        depth -= 1;
        index = close;
      } else {
        const end = close + "</template>".length;
        added.push(rest.slice(start, end));
        rest = rest.slice(end);
        break;
      }
    }
  }
}

/** The input again, without the shadow roots prerender() added. */
const withoutShadowRoots = (html) => splitShadowRoots(html).kept;

/** The card's shown language and title, read from its pre-rendered shadow root. */
function cardInfo(html, tag) {
  const at = html.indexOf(`<${tag}`);
  const shadow = html.slice(at, html.indexOf("</template>", at));
  return {
    lang: /<article[^>]*\blang="([^"]*)"/.exec(shadow)?.[1],
    title: /part="title"[^>]*>\s*(?:<!--[^>]*-->\s*)*([^<]+)/
      .exec(shadow)?.[1]
      ?.trim(),
  };
}

const quiet = { onWarning: () => {} };

test("prerender() gives every il2 card a declarative shadow root and changes nothing else", async () => {
  const input = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Page</title></head>
<body>
  <p class="intro">Before <b>the</b> card</p>
  <il2-overview   sections="what how" data-host='x"y' collapsible>
    <span>light child</span>
  </il2-overview>
  <!-- a comment --><script>window.x = "<il2-overview>";</script>
  <il2-doctor-questions><li slot="question">Where do I park?</li></il2-doctor-questions>
</body></html>`;
  const output = await prerender(input, quiet);
  assert.equal(
    output.match(/<template shadowrootmode="open">/g)?.length,
    2,
    "two cards",
  );
  assert.equal(withoutShadowRoots(output), input);
  // Right after each card's start tag.
  assert.match(
    output,
    /<il2-overview {3}sections="what how" data-host='x"y' collapsible><template shadowrootmode="open"><style>/,
  );
  // The host's slotted question is rendered in the list.
  assert.match(output, /Where do I park\?/);
  assert.equal(
    cardInfo(output, "il2-overview").title,
    "IL-2 for advanced melanoma",
  );
});

test("prerender() shows slotted contact details and host questions from the card's own children", async () => {
  const withContact = await prerender(
    '<il2-assistance><p slot="contact">Ask for Ana: 555-0100.</p></il2-assistance>',
    quiet,
  );
  assert.match(
    withContact,
    /<section class="contact tile" part="contact"[^>]*>/,
  );
  assert.doesNotMatch(
    /<section class="contact tile"[^>]*>/.exec(withContact)[0],
    /hidden/,
  );
  const without = await prerender("<il2-assistance></il2-assistance>", quiet);
  assert.match(
    /<section class="contact tile"[^>]*>/.exec(without)[0],
    /hidden/,
  );
});

test("prerender() shows the contact details a guide passes on to its side-effects card", async () => {
  // The card inside the guide cannot look through the guide's slot on the server: the guide says
  // which of its slots its children fill. The side-effects card's tile comes first in the guide.
  const tile = (html) =>
    /<il2-side-effects[\s\S]*?(<section class="contact tile"[^>]*>)/.exec(
      html,
    )[1];
  const withContact = await prerender(
    '<il2-guide><p slot="contact">Oncology unit, 4th floor.</p></il2-guide>',
    quiet,
  );
  assert.doesNotMatch(tile(withContact), /hidden/);
  assert.match(withContact, /<p slot="contact">Oncology unit, 4th floor.<\/p>/);
  const without = await prerender("<il2-guide></il2-guide>", quiet);
  assert.match(tile(without), /hidden/);
});

test("prerender() works on a fragment as on a document", async () => {
  const fragment = '<div class="cms"><il2-resources></il2-resources></div>';
  const output = await prerender(fragment, quiet);
  assert.equal(withoutShadowRoots(output), fragment);
  assert.doesNotMatch(output, /<html|<body/);
  assert.match(output, /part="title"/);
});

test("prerender() picks the language: own lang, nearest ancestor, <html lang>, the option, English", async () => {
  const page = (html, htmlLang = "") =>
    `<!doctype html><html${htmlLang ? ` lang="${htmlLang}"` : ""}><body>${html}</body></html>`;
  const cases = [
    [
      page('<div lang="en"><il2-overview lang="es"></il2-overview></div>'),
      {},
      "es",
    ],
    [
      page(
        '<div lang="es-MX"><p><il2-overview></il2-overview></p></div>',
        "en",
      ),
      {},
      "es",
    ],
    [page('<div lang=""><il2-overview></il2-overview></div>', "es"), {}, "es"],
    [page("<il2-overview></il2-overview>"), { lang: "es" }, "es"],
    [page("<il2-overview></il2-overview>", "en"), { lang: "es" }, "en"],
    ["<il2-overview></il2-overview>", { lang: "es" }, "es"],
    ["<il2-overview></il2-overview>", {}, "en"],
  ];
  for (const [html, options, expected] of cases) {
    const output = await prerender(html, { ...quiet, ...options });
    assert.equal(cardInfo(output, "il2-overview").lang, expected, html);
  }
  const spanish = await prerender(
    '<il2-overview lang="es"></il2-overview>',
    quiet,
  );
  assert.equal(
    cardInfo(spanish, "il2-overview").title,
    "La IL-2 para el melanoma avanzado",
  );
});

test("prerender() renders the guide's cards inside it, in the guide's language, waiting for the guide to hydrate", async () => {
  const output = await prerender('<il2-guide lang="es"></il2-guide>', quiet);
  for (const tag of [
    "il2-overview",
    "il2-schedule",
    "il2-doctor-questions",
    "il2-assistance",
    "il2-resources",
    "il2-self-check",
    "il2-side-effects",
  ]) {
    assert.match(output, new RegExp(`<${tag}[^>]*defer-hydration`), tag);
    assert.equal(cardInfo(output, tag).lang, "es", tag);
  }
});

test("prerender() run twice gives the same HTML as once (it replaces its own shadow roots)", async () => {
  const input = "<p>x</p><il2-assistance></il2-assistance>";
  const once = await prerender(input, quiet);
  assert.equal(await prerender(once, quiet), once);
});

test("prerender() passes unknown il2- tags, inert templates, scripts and foreign content through untouched", async () => {
  const input = [
    "<il2-unknown>text</il2-unknown>",
    "<template><il2-overview></il2-overview></template>",
    "<textarea><il2-overview></il2-overview></textarea>",
    "<script>'<il2-overview></il2-overview>'</script>",
    "<svg><il2-overview></il2-overview></svg>",
    "<noscript><il2-overview></il2-overview></noscript>",
  ].join("\n");
  assert.equal(await prerender(input, quiet), input);
});

test("prerender() keeps working on malformed HTML and hostile attributes, and says what it could not use", async () => {
  const warnings = [];
  const input = `</div><p><b><il2-schedule start-date="2027-02-30" heading-level="<script>alert(1)</script>" theme="${"x".repeat(100_000)}"></b>
<il2-overview sections="&lt;img src=x onerror=alert(1)&gt; what"/><p>after`;
  const output = await prerender(input, { onWarning: (m) => warnings.push(m) });
  const { kept, added } = splitShadowRoots(output);
  assert.ok(kept === input, "everything else unchanged");
  assert.equal(added.length, 2);
  // Nothing from the attributes became markup in what was added.
  for (const shadow of added)
    assert.ok(
      !/<script|<img|onerror/.test(shadow),
      "no markup from attributes",
    );
  assert.ok(
    warnings.some((m) => /start-date="2027-02-30"/.test(m)),
    warnings.join("\n"),
  );
  assert.ok(warnings.some((m) => /heading-level=/.test(m)));
  assert.ok(warnings.some((m) => /theme=/.test(m)));
  assert.ok(
    warnings.every((m) => m.length < 400),
    "warnings quote values short",
  );
});

test("prerender() gives empty HTML back, refuses what is not text with a clear error", async () => {
  assert.equal(await prerender("", quiet), "");
  assert.equal(await prerender("   \n", quiet), "   \n");
  await assert.rejects(
    () => prerender(null),
    /needs the HTML as a string; got null/,
  );
  await assert.rejects(() => prerender(Buffer.from("x")), /got object/);
});

test("prerender() handles a 5 MB page with many cards", async () => {
  const filler = `<p>${"Plain article text. ".repeat(50)}</p>\n`;
  const parts = [];
  for (let index = 0; index < 50; index += 1)
    parts.push(filler.repeat(100), "<il2-overview></il2-overview>\n");
  const input = parts.join("");
  assert.ok(input.length > 5_000_000, `${input.length} characters`);
  const output = await prerender(input, quiet);
  assert.equal(output.match(/<template shadowrootmode="open">/g)?.length, 50);
  assert.ok(withoutShadowRoots(output) === input, "everything else unchanged");
});

test("contentSecurityPolicy() is the strict policy plus a hash for every style block prerender() writes", async () => {
  const policy = contentSecurityPolicy();
  assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|\n/);
  assert.match(
    policy,
    /^default-src 'none'; script-src 'self'; style-src 'self'( 'sha256-[\w+/=]+')+; require-trusted-types-for 'script'; trusted-types lit-html$/,
  );
  const html = await prerender(
    '<il2-guide></il2-guide><il2-overview></il2-overview><il2-schedule start-date="2030-01-07"></il2-schedule>',
    quiet,
  );
  const blocks = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    ([, text]) => text,
  );
  assert.ok(blocks.length >= 7);
  for (const text of blocks) {
    const hash = createHash("sha256").update(text, "utf8").digest("base64");
    assert.ok(
      policy.includes(`'sha256-${hash}'`),
      "every style block is allowed",
    );
  }
});

test("il2-widgets prerender reads a file or stdin and writes stdout or -o, saying how many cards it rendered", () => {
  const folder = mkdtempSync(join(tmpdir(), "il2-cli-"));
  try {
    const file = join(folder, "page.html");
    writeFileSync(file, '<main lang="es"><il2-overview></il2-overview></main>');
    const fromFile = cli(["prerender", file]);
    assert.equal(fromFile.status, 0, fromFile.stderr);
    assert.equal(cardInfo(fromFile.stdout, "il2-overview").lang, "es");
    assert.equal(fromFile.stderr, "il2-widgets: pre-rendered 1 card.\n");

    const out = join(folder, "out.html");
    const toFile = cli(["prerender", file, "-o", out]);
    assert.equal(toFile.status, 0);
    assert.equal(toFile.stdout, "");
    assert.equal(readFileSync(out, "utf8"), fromFile.stdout);

    const fromStdin = cli(
      ["prerender", "--lang", "es"],
      "<il2-overview></il2-overview>",
    );
    assert.equal(fromStdin.status, 0);
    assert.equal(cardInfo(fromStdin.stdout, "il2-overview").lang, "es");

    const none = cli(["prerender"], "<p>No cards here</p>");
    assert.equal(none.stdout, "<p>No cards here</p>");
    assert.match(none.stderr, /no il2 cards found; the HTML is unchanged/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test("il2-widgets gives one clear line and exit 1 for unreadable input and wrong use", () => {
  const folder = mkdtempSync(join(tmpdir(), "il2-cli-"));
  try {
    const cases = [
      [
        ["prerender", join(folder, "missing.html")],
        /cannot read ".*missing\.html": no such file\.$/,
      ],
      [
        ["prerender", folder],
        /cannot read ".*": it is a folder, not a file\.$/,
      ],
      [["prerender", "-o"], /-o needs a value/],
      [["prerender", "a.html", "b.html"], /one input file at a time/],
      [["prerender", "--frobnicate"], /unknown option "--frobnicate"/],
      [["publish"], /unknown command "publish"/],
      [["csp", "extra"], /csp takes no arguments/],
      [
        ["prerender", "-o", join(folder, "no", "such", "dir", "out.html")],
        /cannot write ".*": no such file\.$/,
      ],
    ];
    for (const [args, message] of cases) {
      const run = cli(args, "<il2-overview></il2-overview>");
      assert.equal(run.status, 1, args.join(" "));
      const lines = run.stderr.trimEnd().split("\n");
      assert.equal(lines.length, 1, run.stderr);
      assert.match(lines[0], /^il2-widgets: /);
      assert.match(lines[0], message);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test("il2-widgets csp prints the policy on one line; --help and --version answer", () => {
  const csp = cli(["csp"]);
  assert.equal(csp.status, 0);
  assert.equal(csp.stdout, `${contentSecurityPolicy()}\n`);
  const help = cli(["--help"]);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /il2-widgets prerender \[file\] \[-o out\]/);
  assert.match(help.stdout, /il2-widgets csp/);
  const bare = cli([]);
  assert.equal(bare.status, 1);
  assert.match(bare.stdout, /Usage:/);
  const version = cli(["--version"]);
  assert.equal(
    version.stdout.trim(),
    JSON.parse(readFileSync("package.json", "utf8")).version,
  );
});
