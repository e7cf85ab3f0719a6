// The content review pack (docs/content-review.md): built from the locale files, the fact register,
// the review dates and the Spanish glossary; up to date; every fact laid out with its own words and
// source beside its sentences in both languages; a stable content hash; a --check that fails when
// stale; and "What changed since" a version, tested against two fixture snapshots
// (scripts/fixtures/content-since/) and a small git repository made from them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  PACK_FILE,
  collect,
  collectContent,
  contentChanges,
  contentHash,
  example,
  exampleValues,
  localeStrings,
  main,
  parseFacts,
  renderChanges,
  renderPack,
  widgetSources,
} from "./content-review.mjs";
import { factIdsByPath } from "./locale-source.mjs";
import { loadRegistry } from "./registry.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SCRIPT = join(ROOT, "scripts/content-review.mjs");
const FIXTURES = join(ROOT, "scripts/fixtures/content-since");

const data = await collect(ROOT);
const scratch = mkdtempSync(join(tmpdir(), "il2-content-review-"));
process.on("exit", () => rmSync(scratch, { recursive: true, force: true }));

const run = (...args) =>
  spawnSync(process.execPath, [SCRIPT, ...args], {
    encoding: "utf8",
    cwd: ROOT,
  });

test("the committed pack is what the locale files give (run `npm run content:review` after changing text)", () => {
  assert.equal(readFileSync(join(ROOT, PACK_FILE), "utf8"), renderPack(data));
});

test("--check passes on a fresh pack and fails, naming the fix, on a stale one", () => {
  const file = join(scratch, "pack.md");
  writeFileSync(file, renderPack(data));
  const fresh = run("--check", "--file", file);
  assert.equal(fresh.status, 0, fresh.stderr);
  assert.match(fresh.stdout, /up to date/);

  // One word of reader text changed by hand, as if the locale had changed and the pack had not.
  writeFileSync(
    file,
    readFileSync(file, "utf8").replace(
      "Add to my calendar",
      "Add to the calendar",
    ),
  );
  const stale = run("--check", "--file", file);
  assert.equal(stale.status, 1);
  assert.match(stale.stderr, /out of date.*npm run content:review/s);
});

test("lays out every fact of the register with its own words, its source and its cards, beside its English and Spanish sentences", () => {
  const pack = renderPack(data);
  const ids = data.register.facts.map(({ id }) => id);
  assert.equal(ids.length, 28 + 10 + 17);
  for (const fact of data.register.facts) {
    const start = pack.indexOf(`#### ${fact.id}\n`);
    assert.ok(start >= 0, `${fact.id} has a heading`);
    const next = pack.indexOf("\n#### ", start + 1);
    const section = pack.slice(
      start,
      next < 0 ? pack.indexOf("\n## ", start) : next,
    );
    assert.ok(section.includes(`- Fact: `), `${fact.id}: the fact`);
    assert.ok(section.includes(`- Source: `), `${fact.id}: its source`);
    assert.match(section, /- Cards: /, fact.id);
    // Facts only the side-effects card carries wait for it; every other one is shown in both languages.
    const shownHere = fact.cards.some(
      (card) =>
        card === "common" ||
        data.widgets.sections.size === 0 ||
        [...data.widgets.sections.values()].flat().includes(card),
    );
    if (!shownHere) continue;
    assert.match(section, /Shown by (`<il2-[a-z-]+>`|every card)/, fact.id);
    assert.match(
      section,
      /- English:\n {2}- \S/,
      `${fact.id}: an English sentence`,
    );
    assert.match(
      section,
      /- Spanish:\n {2}- \S/,
      `${fact.id}: a Spanish sentence`,
    );
    assert.doesNotMatch(
      section,
      /\*\*missing\*\*|Not shown in any widget/,
      fact.id,
    );
  }
  // Facts go with the widget that shows them, and the guide is named as holding the cards.
  assert.match(
    pack,
    /#### F16\n[^#]*Shown by `<il2-schedule>` \(also inside `<il2-guide>`\)/,
  );
  assert.match(pack, /#### Q1\n[^#]*`<il2-doctor-questions>`/);
  // The source beside the sentences: L13's section of the prescribing information.
  assert.match(
    pack,
    /#### L13\n\n- Fact: About 4 weeks after a course[^\n]*\n- Source: Prescribing information: 2 \(Dosage and Administration: retreatment\)/,
  );
});

test("shows the review dates from their one place, the sources with their dates, and the Spanish glossary", () => {
  const pack = renderPack(data);
  const { record } = data;
  assert.match(record.CONTENT_CHECKED_ON, /^\d{4}-\d\d-\d\d$/);
  const checked = record.longDay(record.PACKAGE_CHECK, "en-US");
  const next = record.longDay(
    record.nextReviewAfter(record.PACKAGE_CHECK),
    "en-US",
  );
  assert.ok(
    pack.includes(`| Text last checked against its sources | ${checked} |`),
  );
  assert.ok(pack.includes(`| Next review due | ${next} (12 months later) |`));
  assert.match(
    pack,
    /\| Source page \| Melanoma Research Alliance, patient page .*, last updated August 2021 \(in English\) \|/,
  );
  assert.match(
    pack,
    /\| Prescribing information \| PROLEUKIN \(aldesleukin\) prescribing information, Iovance Biotherapeutics.*, revised February 2024 \(in English\) \|/,
  );
  // The glossary, its title dropped and its headings one level down.
  assert.match(pack, /\n## Spanish glossary\n/);
  assert.match(pack, /\n### Terms\n/);
  assert.match(pack, /\| care team +\| equipo de atención médica +\|/);
  assert.match(
    pack,
    /\| hold or skip a dose \(L2\) +\| suspender u omitir una dosis +\|/,
  );
  // Changing the check date in its one place changes the pack: the pack reads it from there.
  const moved = renderPack({
    ...data,
    record: {
      ...record,
      PACKAGE_CHECK: { year: 2030, month: 1, day: 2 },
    },
  });
  assert.match(
    moved,
    /\| Text last checked against its sources \| January 2, 2030 \|/,
  );
  assert.match(moved, /\| Next review due \| January 2, 2031 /);
});

test("lists the rest of the reader-facing text in both languages, with the package, the source and the hash", () => {
  const pack = renderPack(data);
  const { version } = JSON.parse(
    readFileSync(join(ROOT, "package.json"), "utf8"),
  );
  assert.match(
    pack,
    new RegExp(
      `\\| Package \\| il2-widgets ${version.replace(/\./g, "\\.")} \\|`,
    ),
  );
  assert.ok(pack.includes(`\`${contentHash(data.locales)}\``));
  // A message with placeholders, and beside it the example the card shows by default.
  assert.match(
    pack,
    /Checked against its sources: \{date\}\.[^|]*<br>\*Example:\* Checked against its sources: \w+ \d+, \d{4}\./,
  );
  assert.match(
    pack,
    /Usted descansa desde el \{first\}, hasta el \{last\}\.<br>\*Example:\* Usted descansa desde el sábado, 7 de marzo de 2026, hasta el viernes, 13 de marzo de 2026\./,
  );
  // A button, a message and calendar text, side by side in both languages.
  assert.match(
    pack,
    /\| `addToCalendar` \| Add to my calendar \| Agregar a mi calendario \|/,
  );
  assert.match(
    pack,
    /\| `copyFailed` \| Sorry, the list could not be copied\./,
  );
  assert.match(
    pack,
    /\| `calendar\.dose` \| IL-2 dose \{dose\} of \{doses\} today \(cycle \{cycle\}, day \{day\}\)<br>\*Example:\* IL-2 dose 1 of 3 today \(cycle 1, day 3\) \| IL-2: dosis \{dose\} de \{doses\} de hoy/,
  );
  // Every English string of every widget appears somewhere in the pack.
  const [english] = data.locales;
  const escaped = (text) => text.replace(/([*_`<>[\]|\\])/g, "\\$1");
  for (const { key, text } of english.strings)
    assert.ok(pack.includes(escaped(text)), `${key}: ${text}`);
});

test("the content hash is stable, ignores where text sits in a file, and changes with any word", () => {
  const locales = data.locales.map(({ lang, strings }) => ({ lang, strings }));
  const hash = contentHash(locales);
  assert.match(hash, /^[0-9a-f]{64}$/);
  assert.equal(contentHash(structuredClone(locales)), hash);
  const reordered = locales.map(({ lang, strings }) => ({
    lang,
    strings: [...strings].reverse(),
  }));
  assert.equal(contentHash(reordered), hash);
  const [en, ...others] = locales;
  const edited = [
    {
      ...en,
      strings: en.strings.map((entry, index) =>
        index === 3 ? { ...entry, text: `${entry.text} ` } : entry,
      ),
    },
    ...others,
  ];
  assert.notEqual(contentHash(edited), hash);
  const spanishEdited = [
    en,
    { ...others[0], strings: others[0].strings.slice(1) },
  ];
  assert.notEqual(contentHash(spanishEdited), hash, "Spanish text counts too");
});

test("fills a message with the card's defaults for its example, each count form with a count that picks it", () => {
  const [english] = data.locales;
  const samples = exampleValues(english.text, data.record);
  assert.equal(
    example(
      "In each cycle, you get up to {count} doses a day.",
      "schedule.cycleDoses.=3",
      samples,
    ),
    "In each cycle, you get up to 3 doses a day.",
  );
  assert.equal(
    example("{count} days", "schedule.restLength.days.one", samples),
    "1 days",
  );
  assert.equal(
    example(
      "Since {since}, {grants} million",
      "resources.research.blocks[1]",
      samples,
    ),
    "Since 2007, 131 million",
  );
  assert.equal(example("{unknown} stays", "x.y", samples), "{unknown} stays");
});

test("reads fact IDs from comments: own-line before the text, or after it on the same line; an object's mark covers its items", () => {
  const file = join(scratch, "xx.ts");
  writeFileSync(
    file,
    `import type { LocaleText } from "../i18n/locale-text.js";
// F99 is in a header comment, not beside any text
export const xx = {
  common: { title: "T" },
  card: {
    // F1, F2
    lede: "One.",
    list: {
      a: "A", // Q1
      b: "B", // Q2
    },
    // F19
    block: { lead: "Lead", items: ["x", "y"] },
    plain: "No fact here.",
    // F16
    fn: (n: number) => \`\${n} times\`,
    blocks: () => [
      // F27
      "Funded.",
      "Goal.",
    ],
  },
} as unknown as LocaleText;
`,
  );
  const ids = Object.fromEntries(factIdsByPath(file, "xx"));
  assert.deepEqual(ids, {
    "card.lede": ["F1", "F2"],
    "card.list.a": ["Q1"],
    "card.list.b": ["Q2"],
    "card.block.lead": ["F19"],
    "card.block.items[0]": ["F19"],
    "card.block.items[1]": ["F19"],
    "card.fn()": ["F16"],
    "card.blocks()[0]": ["F27"],
  });
});

test("lists text with values in each of its wordings, and refuses text that is code", () => {
  const strings = localeStrings({
    card: {
      count: { one: "{count} dose", other: "{count} doses" },
      range: "{min} to {max} days",
    },
  });
  assert.deepEqual(
    strings.map(({ key, text }) => [key, text]),
    [
      ["card.count.one", "{count} dose"],
      ["card.count.other", "{count} doses"],
      ["card.range", "{min} to {max} days"],
    ],
  );
  // Each wording of a count message is listed: the plural and the singular.
  const [english] = data.locales;
  const progress = english.strings.filter(({ path }) =>
    path.startsWith("questions.progress."),
  );
  assert.deepEqual(
    progress.map(({ text }) => text),
    [
      "You have asked {asked} of {count} question.",
      "You have asked {asked} of {count} questions.",
    ],
  );
  assert.throws(
    () => localeStrings({ card: { bad: (rest) => `${rest.min} days` } }),
    /must be data/,
  );
});

test("finds each widget's text and the widgets that hold others in the registry, so a new widget is picked up", async () => {
  const { sections, containers } = widgetSources([
    { tag: "il2-self-check", text: ["selfCheck", "overview"], inGuide: true },
    { tag: "il2-book", text: ["book"], inGuide: false },
  ]);
  assert.deepEqual(sections.get("selfCheck"), ["il2-self-check"]);
  assert.equal(sections.get("overview"), undefined);
  assert.deepEqual(sections.get("book"), ["il2-book"]);
  assert.deepEqual(containers.get("il2-self-check"), ["il2-book"]);
  // And in this repository: every locale section has its widget.
  const here = widgetSources((await loadRegistry()).WIDGETS);
  for (const section of Object.keys(data.locales[0].text).filter(
    (key) => key !== "common",
  ))
    assert.ok(
      here.sections.get(section)?.length,
      `${section} is read by a widget`,
    );
});

test("reads the facts of FACTS.md, the Q line's items too", () => {
  const facts = parseFacts(
    "# Facts\n\n## Names\n- F1 Interleukin-2 = IL-2.\n- F23 Not every treatment works.\n  Q1 eligibility · Q2 experience ·\n  Q3 option.\n\n## Label\n- L1 Every 8 hours.\n",
  );
  assert.deepEqual(
    facts.map(({ id, text, group }) => `${group}|${id}|${text}`),
    [
      "Names|F1|Interleukin-2 = IL-2.",
      "Names|F23|Not every treatment works.",
      "Names|Q1|eligibility",
      "Names|Q2|experience",
      "Names|Q3|option.",
      "Label|L1|Every 8 hours.",
    ],
  );
});

test("what changed since a version: the facts and strings whose text changed, with both content hashes (two fixture snapshots)", async () => {
  const before = await collectContent(join(FIXTURES, "before"));
  const now = await collectContent(join(FIXTURES, "now"));
  const changes = contentChanges(before, now);
  assert.equal(changes.hashBefore, contentHash(before.locales));
  assert.equal(changes.hashNow, contentHash(now.locales));
  assert.notEqual(changes.hashBefore, changes.hashNow);
  // F16's sentences and source changed, L2 is new; F1 and Q1 did not change.
  assert.deepEqual(
    changes.facts.map(({ id, reasons }) => [id, reasons]),
    [
      ["F16", ["its source", "the sentences that carry it"]],
      ["L2", ["new in the register", "the sentences that carry it"]],
    ],
  );
  assert.deepEqual(
    changes.changed.map(({ lang, key, before: was, text }) => [
      lang,
      key,
      was,
      text,
    ]),
    [
      [
        "en",
        "card.summary",
        "You get IL-2 3 times a day for 5 days.",
        "You get up to three doses a day, never more than 14 in a cycle.",
      ],
      [
        "es",
        "common.careTeamNote",
        "Hable con su equipo médico.",
        "Hable con su equipo de atención médica.",
      ],
      [
        "es",
        "card.summary",
        "Usted recibe IL-2 3 veces al día durante 5 días.",
        "Usted recibe hasta tres dosis al día, nunca más de 14 en un ciclo.",
      ],
    ],
  );
  assert.deepEqual(
    changes.added.map(({ lang, key }) => `${lang} ${key}`),
    ["en common.review", "es common.review"],
  );
  assert.deepEqual(
    changes.removed.map(({ lang, key }) => `${lang} ${key}`),
    ["en card.button", "es card.button"],
  );
  const report = renderChanges("v1.0.0", changes);
  assert.match(report, /^# What changed since v1\.0\.0\n/);
  assert.ok(
    report.includes(
      `| Content hash at \`v1.0.0\` | \`${changes.hashBefore}\` |`,
    ),
  );
  assert.ok(report.includes(`| Content hash now | \`${changes.hashNow}\` |`));
  assert.match(
    report,
    /- \*\*F16\*\*: Two cycles of 5 days\. — changed: its source; the sentences that carry it\./,
  );
  assert.match(
    report,
    /\| English \| `card\.summary` \| You get IL-2 3 times a day for 5 days\. \| You get up to three doses a day/,
  );
  assert.doesNotMatch(report, /\*\*F1\*\*|\*\*Q1\*\*/);
  // The same content on both sides: nothing to re-review.
  const same = renderChanges("v1.0.0", contentChanges(now, now));
  assert.match(same, /Nothing changed: the reader-facing text is the same\./);
});

test("npm run content:review -- --since <git ref> compares that commit's content with the working tree", async () => {
  // A small repository: the "before" snapshot committed and tagged, the "now" snapshot as its files.
  const repo = mkdtempSync(join(scratch, "repo-"));
  const git = (...args) =>
    execFileSync("git", ["-C", repo, ...args], {
      encoding: "utf8",
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "t",
        GIT_AUTHOR_EMAIL: "t@example.org",
        GIT_COMMITTER_NAME: "t",
        GIT_COMMITTER_EMAIL: "t@example.org",
      },
    });
  git("init", "--quiet");
  cpSync(join(FIXTURES, "before"), repo, { recursive: true });
  git("add", ".");
  git("commit", "--quiet", "-m", "approved text");
  git("tag", "v1.0.0");
  rmSync(join(repo, "src"), { recursive: true });
  rmSync(join(repo, "content"), { recursive: true });
  cpSync(join(FIXTURES, "now"), repo, { recursive: true });
  const out = join(scratch, "changes.md");
  const log = console.log;
  console.log = () => {};
  try {
    assert.equal(await main(["--since", "v1.0.0", "--file", out], repo), 0);
  } finally {
    console.log = log;
  }
  const report = readFileSync(out, "utf8");
  const expected = renderChanges(
    "v1.0.0",
    contentChanges(
      await collectContent(join(FIXTURES, "before")),
      await collectContent(join(FIXTURES, "now")),
    ),
  );
  assert.equal(report, expected);
  // An unknown ref is refused, naming the problem.
  const error = console.error;
  const errors = [];
  console.error = (message) => errors.push(message);
  try {
    assert.equal(await main(["--since", "no-such-tag"], repo), 1);
    assert.equal(await main(["--since"], repo), 1);
  } finally {
    console.error = error;
  }
  assert.match(errors[0], /not a git ref of this repository/);
  assert.match(errors[1], /--since needs a git ref/);
});

test("--since from the command line prints the report (this repository against its own HEAD)", () => {
  const result = run("--since", "HEAD");
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^# What changed since HEAD\n/);
  assert.match(result.stdout, /\| Content hash now \| `[0-9a-f]{64}` \|/);
});
