// `il2-widgets locale template|build|review|pseudo`, run as a hospital's web team would: the built
// command (dist/ssr/bin.js; `npm test` builds it) on real files in a scratch folder. Every build
// failure the issue names gives a message naming the unit and writes nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runInNewContext } from "node:vm";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { loadLocales } from "../../scripts/locale-source.mjs";
import { BIN, FAKE_PREFIX, TEST_REVIEW, fakeTranslate } from "./packs.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
const bin = join(ROOT, BIN);
const scratch = mkdtempSync(join(tmpdir(), "il2-locale-test-"));
process.on("exit", () => rmSync(scratch, { recursive: true, force: true }));

/** Runs the command in the scratch folder. */
const cli = (...args) =>
  spawnSync(process.execPath, [bin, ...args], {
    cwd: scratch,
    encoding: "utf8",
  });
const at = (name) => join(scratch, name);
const read = (name) => readFileSync(at(name), "utf8");

/** The pack a file holds, run as a page would run it (in a fresh context). */
function packIn(name) {
  const queue = runInNewContext(
    `${read(name)}\nglobalThis[Symbol.for("il2-widgets.locale-packs")];`,
    {},
  );
  assert.equal(queue?.length, 1, `${name} pushes one pack`);
  // Plain data: out of the page's realm as it went in.
  return JSON.parse(JSON.stringify(queue[0]));
}

/** The units of an XLIFF file: `{ id, source, target, notes }`, via fast-xml-parser. */
function unitsOf(xml) {
  assert.equal(XMLValidator.validate(xml), true, "well-formed XML");
  const tree = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    isArray: (name) => ["trans-unit", "note", "group", "x"].includes(name),
    stopNodes: ["*.source", "*.target"],
  }).parse(xml);
  const units = [];
  const walk = (node) => {
    for (const unit of node["trans-unit"] ?? [])
      units.push({
        id: unit.id,
        source: textOf(unit.source),
        target: unit.target === undefined ? undefined : textOf(unit.target),
        notes: (unit.note ?? []).map((note) => note["#text"] ?? note),
      });
    for (const group of node.group ?? []) walk(group);
  };
  walk(tree.xliff.file.body);
  return { file: tree.xliff.file, units };
}

/** An element's text as the parser gives it (with its attributes, an object). */
function textOf(value) {
  return typeof value === "string" ? value : (value?.["#text"] ?? "");
}

const template = cli(
  "locale",
  "template",
  "--lang",
  "vi",
  "-o",
  "template-vi.xlf",
);
const translated = fakeTranslate(read("template-vi.xlf"));
writeFileSync(at("vi.xlf"), translated);

/** Writes a variant of the translated file and builds it; returns the run and whether a pack was written. */
function buildVariant(name, change, ...args) {
  writeFileSync(at(`${name}.xlf`), change(translated));
  const out = `${name}.js`;
  const run = cli("locale", "build", `${name}.xlf`, "-o", out, ...args);
  return { run, written: existsSync(at(out)) };
}

test("template: one XLIFF 1.2 unit per reader-facing string, with a stable ID and notes naming the card, the fact and the meaning", () => {
  assert.equal(template.status, 0, template.stderr);
  assert.match(
    template.stderr,
    /wrote \d+ units to translate into Vietnamese to template-vi\.xlf/,
  );
  const xml = read("template-vi.xlf");
  const { file, units } = unitsOf(xml);
  assert.equal(file["source-language"], "en");
  assert.equal(file["target-language"], "vi");
  // Stable: the same IDs run after run, and they are the text's paths.
  const again = cli("locale", "template", "--lang", "vi");
  assert.equal(again.stdout, xml, "the same file again, on standard output");
  const ids = units.map((unit) => unit.id);
  assert.equal(new Set(ids).size, ids.length, "IDs are unique");
  for (const id of [
    "overview.title",
    "overview.sections.what.blocks[0]",
    "schedule.calendar.fileName",
    "selfCheck.questions.side-effects.choices[2]",
    "questions.questions.q10",
    "common.draftNote",
  ])
    assert.ok(ids.includes(id), id);
  assert.ok(!ids.includes("common.intlLocale"), "settings are not text");
  const lede = units.find((unit) => unit.id === "overview.lede");
  assert.match(lede.source, /PROLEUKIN®/);
  assert.deepEqual(lede.notes.slice(0, 2), [
    "Shown on: <il2-overview> (also inside <il2-guide>).",
    "Carries fact F1, F2 (keep the fact exactly; see the content review pack).",
  ]);
  const status = units.find((unit) => unit.id === "schedule.statusShown");
  assert.ok(status.notes.includes("Meaning: `{start}` is a long date."));
  // Placeholders are inline elements a translation tool protects, not braces in the text.
  assert.match(
    status.source,
    /^Showing your dates from <x id="start" ctype="x-il2-placeholder" equiv-text="\{start\}"\/>\.$/,
  );
  assert.ok(
    units.every(
      (unit) => !/\{\w+\}/.test(unit.source.replace(/<x [^>]*>/g, "")),
    ),
  );
  // Every common string, and every card's, is there.
  for (const part of [
    "common",
    "overview",
    "schedule",
    "selfCheck",
    "questions",
    "assistance",
    "resources",
    "guide",
  ])
    assert.ok(
      ids.some((id) => id.startsWith(`${part}.`)),
      part,
    );
});

test("template: count messages carry every plural form the target language needs (Intl.PluralRules)", () => {
  const forms = (lang) => {
    const run = cli("locale", "template", "--lang", lang);
    assert.equal(run.status, 0, run.stderr);
    return unitsOf(run.stdout)
      .units.filter((unit) => unit.id.startsWith("schedule.dayDoses."))
      .map((unit) => unit.id.slice("schedule.dayDoses.".length));
  };
  assert.deepEqual(forms("vi"), ["=0", "other"]);
  assert.deepEqual(forms("es"), ["=0", "one", "many", "other"]);
  assert.deepEqual(forms("pl"), ["=0", "one", "few", "many", "other"]);
  assert.deepEqual(forms("ar"), [
    "=0",
    "zero",
    "one",
    "two",
    "few",
    "many",
    "other",
  ]);
  const polish = unitsOf(
    cli("locale", "template", "--lang", "pl").stdout,
  ).units;
  const few = polish.find((unit) => unit.id === "questions.progress.few");
  assert.ok(
    few.notes.some((note) =>
      /Plural form "few" of Polish \(for numbers such as 2, 3, 4, 22, 23\)/.test(
        note,
      ),
    ),
    few.notes.join("\n"),
  );
  assert.match(
    few.source,
    /questions\.$/,
    "English's other form to translate from",
  );
});

test("template: refuses to guess the language", () => {
  for (const [args, message] of [
    [[], /name the target language with --lang/],
    [["--lang", "not a tag"], /--lang "not a tag" is not a language tag/],
    [["--lang", "en-GB"], /English is built into the cards/],
    [["--lang", "vi", "--prefill"], /the package ships no Vietnamese/],
    [["--lang", "vi", "extra.xlf"], /takes no file/],
  ]) {
    const run = cli("locale", "template", ...args);
    assert.equal(run.status, 1, args.join(" "));
    assert.match(run.stderr, message);
  }
});

test("build: a translated, reviewed file gives the pack: data only, the language, its direction, the review record and the English's hash", () => {
  const run = cli("locale", "build", "vi.xlf", ...TEST_REVIEW);
  assert.equal(run.status, 0, run.stderr);
  assert.match(
    run.stderr,
    /wrote the Vietnamese pack \(reviewed 2025-01-15\) to il2-locale-vi\.js/,
  );
  const source = read("il2-locale-vi.js");
  assert.doesNotMatch(
    source,
    /\bimport\b|\bexport\b|il2-widgets\.js/,
    "imports nothing",
  );
  const pack = packIn("il2-locale-vi.js");
  assert.equal(pack.language, "vi");
  assert.equal(pack.tag, "vi");
  assert.equal(pack.dir, "ltr");
  assert.match(pack.source, /^[0-9a-f]{64}$/);
  assert.deepEqual(pack.review, {
    translator: "Test Translations Inc.",
    reviewer: "Test Reviewer, MD, certified medical interpreter",
    reviewed: "2025-01-15",
  });
  assert.equal(pack.text.common.intlLocale, "vi");
  assert.equal(pack.text.common.dir, undefined);
  assert.equal(
    pack.text.common.draftNote,
    undefined,
    "no draft line once reviewed",
  );
  assert.equal(
    pack.text.overview.title,
    `${FAKE_PREFIX}IL-2 for advanced melanoma`,
  );
  assert.equal(
    pack.text.schedule.statusShown,
    `${FAKE_PREFIX}Showing your dates from {start}.`,
  );
  // Vietnamese has one plural form: the pack has it (and the exact form), nothing else.
  assert.deepEqual(Object.keys(pack.text.schedule.dayDoses), ["=0", "other"]);
});

test("build: the review record can come from the file's header", () => {
  const withRecord = translated
    .replace(
      'process-name="translation" contact-name=""',
      'process-name="translation" contact-name="Acme Language Services"',
    )
    .replace(
      'process-name="review" contact-name=""/>',
      'process-name="review" contact-name="Lan Tran, MD" date="2025-02-03T00:00:00Z"/>',
    );
  const { run, written } = buildVariant("from-header", () => withRecord);
  assert.equal(run.status, 0, run.stderr);
  assert.ok(written);
  assert.deepEqual(packIn("from-header.js").review, {
    translator: "Acme Language Services",
    reviewer: "Lan Tran, MD",
    reviewed: "2025-02-03",
  });
});

test("build: without a review record it builds only with --draft, and a draft's cards carry the not-reviewed line", () => {
  const { run, written } = buildVariant("unreviewed", (xml) => xml);
  assert.equal(run.status, 1);
  assert.ok(!written, "no file written");
  assert.match(
    run.stderr,
    /unreviewed\.xlf: 1 problem; no file written\.\n {2}- the review record lacks the translator, the reviewer, and the review date\. Give --translator .* or build a draft with --draft/,
  );
  const draft = buildVariant("draft", (xml) => xml, "--draft");
  assert.equal(draft.run.status, 0, draft.run.stderr);
  assert.match(draft.run.stderr, /DRAFT: not reviewed/);
  const pack = packIn("draft.js");
  assert.equal(pack.review, null);
  assert.equal(
    pack.text.common.draftNote,
    `${FAKE_PREFIX}This translation has not been reviewed yet.`,
  );
  assert.match(read("draft.js"), /^\/\/ DRAFT: not reviewed/m);
});

test("build: each failure names the unit and what is wrong, and writes nothing", () => {
  const cases = [
    [
      "untranslated",
      (xml) =>
        xml.replace(/<target state="translated">VI: Print<\/target>/g, ""),
      /questions\.print: not translated \(no target\)\./,
    ],
    [
      "empty-target",
      (xml) =>
        xml.replace(
          /(<trans-unit id="guide\.contents"[\s\S]*?<target state="translated">)[^<]*/,
          "$1 ",
        ),
      /guide\.contents: not translated/,
    ],
    [
      "placeholder-lost",
      (xml) =>
        xml.replace(
          /(<target state="translated">VI: Showing your dates from )<x [^>]*\/>/,
          "$1{begin}",
        ),
      /schedule\.statusShown: the placeholders differ from the English: the English has \{start\}, the translation \{begin\}\. Keep every \{name\} exactly as it is/,
    ],
    [
      "plural-missing",
      (xml) =>
        xml.replace(
          /<trans-unit id="schedule\.restLength\.days\.other"[\s\S]*?<\/trans-unit>/,
          "",
        ),
      /schedule\.restLength\.days\.other: missing: Vietnamese needs the plural form "other" of schedule\.restLength\.days/,
    ],
    [
      "same-as-english",
      (xml) => xml.replace("VI: Print as a worksheet", "Print as a worksheet"),
      /selfCheck\.print: the translation is the same as the English \("Print as a worksheet"\)\. Translate it; if it is right as it is \(a name\), build with --same-as-english selfCheck\.print\./,
    ],
    [
      "english-changed",
      (xml) => xml.replace(">Rest</source>", ">Resting</source>"),
      /schedule\.restTitle: the English has changed since the file was made \(file: "Resting"; now: "Rest"\)/,
    ],
    [
      "markup",
      (xml) =>
        xml.replace(
          "VI: Print as a worksheet",
          'VI: <g id="1">Print</g> as a worksheet',
        ),
      /selfCheck\.print: the translation holds markup the cards cannot show \(<g>\)/,
    ],
    [
      "no-language",
      (xml) => xml.replace(' target-language="vi"', ""),
      /the file names no target language: set target-language on its <file> element/,
    ],
    [
      "english-target",
      (xml) => xml.replace('target-language="vi"', 'target-language="en-GB"'),
      /the target language is en-GB: the English is built into the cards/,
    ],
    [
      "not-xml",
      (xml) => xml.replace("</body>", "</bdy>"),
      /cannot use "not-xml\.xlf": it is not well-formed XML \(line \d+, column \d+/,
    ],
    [
      "xliff-2",
      (xml) => xml.replace('version="1.2"', 'version="2.0"'),
      /it is XLIFF 2\.0; il2-widgets reads XLIFF 1\.2/,
    ],
  ];
  for (const [name, change, message] of cases) {
    const { run, written } = buildVariant(name, change, ...TEST_REVIEW);
    assert.equal(run.status, 1, `${name}: exit 1`);
    assert.match(run.stderr, message, name);
    assert.ok(!written, `${name}: no file written`);
  }
  // A wrong review record: each part named.
  for (const [args, message] of [
    [
      ["--reviewer", "Dr. Lan Tran"],
      /the reviewer "Dr\. Lan Tran" names no credentials: write "Name, credentials"/,
    ],
    [
      ["--reviewed", "2025-02-30"],
      /the review date "2025-02-30" is not a date: write it as YYYY-MM-DD/,
    ],
    [
      ["--reviewed", "2999-01-01"],
      /the review date 2999-01-01 is in the future/,
    ],
  ]) {
    const review = [...TEST_REVIEW];
    review[review.indexOf(args[0]) + 1] = args[1];
    const { run, written } = buildVariant(
      "bad-review",
      (xml) => xml,
      ...review,
    );
    assert.equal(run.status, 1);
    assert.match(run.stderr, message);
    assert.ok(!written);
  }
  // Several problems at once: all listed, counted.
  const many = buildVariant("many", (xml) =>
    xml
      .replace("VI: Print as a worksheet", "Print as a worksheet")
      .replace(/<target state="translated">VI: Rest<\/target>/, ""),
  );
  assert.match(many.run.stderr, /many\.xlf: 3 problems; no file written\./);
});

test("build: a unit left as the English on purpose, with --same-as-english; units the file has but the package does not, left out with a note", () => {
  const { run, written } = buildVariant(
    "same",
    (xml) =>
      xml
        .replace("VI: Print as a worksheet", "Print as a worksheet")
        .replace(
          "</body>",
          '<trans-unit id="overview.old"><source>Old</source><target>Cũ</target></trans-unit></body>',
        ),
    "--same-as-english",
    "selfCheck.print",
    ...TEST_REVIEW,
  );
  assert.equal(run.status, 0, run.stderr);
  assert.ok(written);
  assert.match(
    run.stderr,
    /note: overview\.old: left out: not a string of il2-widgets/,
  );
  assert.equal(packIn("same.js").text.selfCheck.print, "Print as a worksheet");
});

test("build: a right-to-left language gets dir rtl from the language", () => {
  const arabic = cli("locale", "template", "--lang", "ar");
  writeFileSync(at("ar.xlf"), fakeTranslate(arabic.stdout, "AR: "));
  const run = cli("locale", "build", "ar.xlf", "--draft");
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /Arabic pack \(right to left, DRAFT/);
  const pack = packIn("il2-locale-ar.js");
  assert.equal(pack.dir, "rtl");
  assert.equal(pack.text.common.dir, "rtl");
  assert.deepEqual(Object.keys(pack.text.questions.progress), [
    "zero",
    "one",
    "two",
    "few",
    "many",
    "other",
  ]);
});

test("English and Spanish pass the same checks: the shipped Spanish, exported as a translated XLIFF, builds into a pack with the same text", async () => {
  const run = cli(
    "locale",
    "template",
    "--lang",
    "es-US",
    "--prefill",
    "-o",
    "es.xlf",
  );
  assert.equal(run.status, 0, run.stderr);
  const build = cli("locale", "build", "es.xlf", "-o", "es.js", ...TEST_REVIEW);
  assert.equal(build.status, 0, build.stderr);
  const pack = packIn("es.js");
  const locales = await loadLocales(ROOT);
  const text = (lang) => locales.find((locale) => locale.lang === lang).text;
  const es = text("es");
  const rules = new Intl.PluralRules("es-US");
  const show = (message, n) =>
    message[`=${n}`] ?? message[rules.select(n)] ?? message.other;
  const compare = (a, b, path) => {
    if (typeof b === "string") return assert.equal(a, b, path);
    if (
      b &&
      typeof b === "object" &&
      "other" in b &&
      typeof b.other === "string"
    )
      // A count message: the same wording for every number a card may show.
      for (const n of [0, 1, 2, 3, 5, 7, 10, 14, 21, 1000, 1_000_000])
        assert.equal(show(a, n), show(b, n), `${path} for ${n}`);
    else
      for (const key of Object.keys(b))
        compare(a?.[key], b[key], `${path}.${key}`);
  };
  compare(pack.text, es, "es");
  assert.equal(pack.text.common.intlLocale, "es-US");
  // And English: every count message has each form English needs, and its placeholders are the
  // ones each translation must keep (the template is made from it).
  const en = text("en");
  const englishForms = new Intl.PluralRules("en").resolvedOptions()
    .pluralCategories;
  const walk = (value, path) => {
    if (value && typeof value === "object" && typeof value.other === "string")
      for (const form of englishForms)
        assert.ok(form in value, `${path}.${form}`);
    else if (value && typeof value === "object")
      for (const [key, item] of Object.entries(value))
        walk(item, `${path}.${key}`);
  };
  walk(en, "en");
});

test("review: the language's review pack, in the form of docs/content-review.md: each fact with the English and the translation, the review record, the content hash", () => {
  const run = cli("locale", "review", "vi.xlf", ...TEST_REVIEW);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /wrote the review pack to review-vi\.md/);
  const pack = read("review-vi.md");
  assert.match(pack, /^# Translation review pack: Vietnamese \(vi\)\n/);
  assert.match(
    pack,
    /\| Content hash \(SHA-256 of the English and the translation\) \| `[0-9a-f]{64}` \|/,
  );
  assert.match(
    pack,
    /\| English content hash \(what it translates\) \| `[0-9a-f]{64}` \|/,
  );
  assert.match(
    pack,
    /\| Reviewed by \| Test Reviewer, MD, certified medical interpreter \|/,
  );
  assert.match(pack, /\| Review date \| 2025-01-15 \|/);
  assert.match(pack, /\| Build checks \| all passed \|/);
  // The same sections as the package's own pack.
  const own = readFileSync(join(ROOT, "docs/content-review.md"), "utf8");
  for (const heading of [
    "## Facts and the sentences that carry them",
    "## All other reader-facing text",
  ]) {
    assert.ok(own.includes(heading));
    assert.ok(pack.includes(heading), heading);
  }
  // A fact with both languages side by side.
  assert.match(
    pack,
    /#### F1\n\nShown by `<il2-overview>` \(also inside `<il2-guide>`\)\.\n\n- English:\n {2}- Interleukin-2, or IL-2, .*<sub>`overview\.lede`<\/sub>\n- Vietnamese:\n {2}- VI: Interleukin-2, or IL-2, .*<sub>`overview\.lede`<\/sub>/,
  );
  assert.match(
    pack,
    /\| `draftNote` \| This translation has not been reviewed yet\. \| VI: This translation has not been reviewed yet\. \|/,
  );
  // Facts in the fact list's order.
  const ids = [...pack.matchAll(/^#### ([FQL]\d+)$/gm)].map(([, id]) => id);
  assert.deepEqual(ids.slice(0, 3), ["F1", "F2", "F3"]);
  // A file with problems: the pack says what build would say.
  writeFileSync(
    at("vi-gaps.xlf"),
    translated.replace(/<target state="translated">VI: Rest<\/target>/, ""),
  );
  const gaps = cli("locale", "review", "vi-gaps.xlf", "-o", "gaps.md");
  assert.equal(gaps.status, 0, gaps.stderr);
  const gapsPack = read("gaps.md");
  assert.match(gapsPack, /\| Reviewed by \| \*\*not given\*\* \|/);
  assert.match(gapsPack, /\| `restTitle` \| Rest \| \*\*missing\*\* \|/);
  assert.match(
    gapsPack,
    /## Build checks\n\n.*\n\n- schedule\.restTitle: not translated/,
  );
});

test("pseudo: accented, about 40% longer, bracketed, placeholders kept; ar-XB reads right to left", () => {
  const run = cli("locale", "pseudo");
  assert.equal(run.status, 0, run.stderr);
  const pack = packIn("il2-locale-pseudo.js");
  assert.equal(pack.dir, "ltr");
  assert.equal(pack.review, null, "never a reviewed language");
  const title = pack.text.overview.title;
  assert.match(title, /^\[ÎĻ-2 ƒöŕ áðṽáñçéð ɱéļáñöɱá .+\]$/);
  assert.ok(title.length >= "IL-2 for advanced melanoma".length * 1.4 + 2);
  assert.match(pack.text.schedule.statusShown, /^\[.*\{start\}.*\]$/);
  assert.match(pack.text.common.draftNote, /^\[.+\]$/);
  const rtl = cli("locale", "pseudo", "--lang", "ar-XB", "-o", "rtl.js");
  assert.equal(rtl.status, 0, rtl.stderr);
  assert.match(rtl.stderr, /ar-XB, right to left/);
  assert.equal(packIn("rtl.js").dir, "rtl");
});

test("prerender --locale: cards in the pack's language show it; a file that is not a pack is refused", () => {
  writeFileSync(
    at("page.html"),
    '<html lang="vi"><body><il2-overview></il2-overview><il2-resources lang="ar"></il2-resources></body></html>',
  );
  const run = cli(
    "prerender",
    "page.html",
    "--locale",
    "il2-locale-vi.js",
    "--locale",
    "il2-locale-ar.js",
  );
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /<article[^>]*lang="vi" dir="ltr"/);
  assert.match(
    run.stdout,
    new RegExp(`${FAKE_PREFIX}IL-2 for advanced melanoma`),
  );
  assert.match(run.stdout, /<article[^>]*lang="ar" dir="rtl"/);
  const wrong = cli("prerender", "page.html", "--locale", "vi.xlf");
  assert.equal(wrong.status, 1);
  assert.match(wrong.stderr, /"vi\.xlf" is not a translation pack/);
  const missing = cli("prerender", "page.html", "--locale", "nope.js");
  assert.match(missing.stderr, /cannot read the pack "nope\.js": no such file/);
});

test("reading XLIFF without fast-xml-parser installed says what to install", () => {
  // The package as an app installs it, with every dependency but the optional peer.
  const app = join(scratch, "app");
  const pkg = join(app, "node_modules", "il2-widgets");
  mkdirSync(join(pkg, "dist"), { recursive: true });
  cpSync(join(ROOT, "dist/ssr"), join(pkg, "dist/ssr"), { recursive: true });
  cpSync(join(ROOT, "package.json"), join(pkg, "package.json"));
  for (const name of readdirSync(join(ROOT, "node_modules")))
    if (name !== "fast-xml-parser" && !name.startsWith("."))
      symlinkSync(
        join(ROOT, "node_modules", name),
        join(app, "node_modules", name),
      );
  const run = spawnSync(
    process.execPath,
    [join(pkg, "dist/ssr/bin.js"), "locale", "build", at("vi.xlf")],
    {
      cwd: app,
      encoding: "utf8",
    },
  );
  assert.equal(run.status, 1);
  assert.equal(
    run.stderr,
    "il2-widgets locale build: reading XLIFF needs fast-xml-parser, which is not installed: npm install --save-dev fast-xml-parser\n",
  );
  // Writing a template needs no parser.
  const template = spawnSync(
    process.execPath,
    [join(pkg, "dist/ssr/bin.js"), "locale", "template", "--lang", "vi"],
    {
      cwd: app,
      encoding: "utf8",
    },
  );
  assert.equal(template.status, 0, template.stderr);
});

test("locale --help lists the four commands; wrong use gives one clear line", () => {
  const help = cli("locale", "--help");
  assert.equal(help.status, 0);
  for (const command of ["template", "build", "review", "pseudo"])
    assert.match(help.stdout, new RegExp(`il2-widgets locale ${command}`));
  assert.match(
    cli("--help").stdout,
    /il2-widgets locale template\|build\|review\|pseudo/,
  );
  for (const [args, message] of [
    [
      ["frobnicate"],
      /unknown command "frobnicate": template, build, review or pseudo/,
    ],
    [["build"], /name the translator's XLIFF file/],
    [["build", "missing.xlf"], /cannot read "missing\.xlf": no such file/],
    [["build", "vi.xlf", "--colour"], /unknown option "--colour"/],
    [["build", "vi.xlf", "-o"], /-o needs a value/],
  ]) {
    const run = cli("locale", ...args);
    assert.equal(run.status, 1, args.join(" "));
    assert.equal(run.stderr.trim().split("\n").length, 1, run.stderr);
    assert.match(run.stderr, message);
  }
});
