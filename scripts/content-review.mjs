// The content review pack (docs/content-review.md): every sentence a reader can see, in every
// shipped language, laid out for a clinical review committee that does not read TypeScript. Built
// from the locale files themselves (scripts/locale-source.mjs), the project's fact register
// (content/facts.ts), the review dates (src/shared/review-record.ts) and the Spanish glossary
// (content/glossary-es.md), so it cannot drift from them:
//   npm run content:review                   writes docs/content-review.md
//   npm run content:review -- --check        fails when the committed file is not what the text gives
//   npm run content:review -- --since REF    prints "What changed since REF": the facts and strings
//                                            whose text changed between REF's content and now, with
//                                            both content hashes (REF: a git ref, or a folder that
//                                            holds a copy of the repository's content)
// --file PATH reads or writes another file (the tests use it; with --since, writes the report there).
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { localeFactIds, loadLocales } from "./locale-source.mjs";
import {
  GRADE_MAXIMUM,
  INFLESZ_MINIMUM,
  readingLevel,
} from "./reading-level.mjs";
import { loadRegistry } from "./registry.mjs";
import { runnerImport } from "vite";

export { GRADE_MAXIMUM, INFLESZ_MINIMUM };

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

// The strings, which widget shows them, the content hash and the pack's renderer: shared with
// `il2-widgets locale review` (a hospital's translation review pack), whose code ships in dist/ssr
// and so lives under src/. Vite's module runner strips its types.
const { module: reviewPack } = await runnerImport(
  join(ROOT, "src/ssr/locale/review-pack.ts"),
  { root: ROOT },
);
export const { localeStrings, widgetSources, contentHash } = reviewPack;
const { cell, languageName } = reviewPack;
export const PACK_FILE = "docs/content-review.md";
/** The project's own fact register, in the repository. */
export const REGISTER_FILE = "content/facts.ts";
/** The Spanish glossary the pack includes. */
export const GLOSSARY_FILE = "content/glossary-es.md";
/** The one place of the review dates (the cards read it too). */
export const REVIEW_RECORD_FILE = "src/shared/review-record.ts";
/** The team's fact sheet beside the repository: only compared with the register, when present. */
export const FACTS_FILE = "../shared/content/FACTS.md";
// ── The strings ───────────────────────────────────────────────────────────────────────────────
// Text is data (src/i18n/message.ts): words in braces stand for what the card fills in (a date, a
// number, another message's words), and a message whose words depend on a number lists each form
// (`one`, `other`, exact forms such as `=0`), so a reviewer reads every wording a card can show.

// ── FACTS.md ──────────────────────────────────────────────────────────────────────────────────

/** The facts of FACTS.md in order: `{ id, text, group }` (group is the `##` heading above). */
export function parseFacts(markdown) {
  const facts = [];
  let group = "";
  for (const line of markdown.split("\n")) {
    const headingMatch = /^##\s+(.*)$/.exec(line);
    if (headingMatch) {
      group = headingMatch[1].trim();
      continue;
    }
    const body = line.replace(/^\s*-\s+/, "").trim();
    if (!/^[FQL]\d+\s/.test(body)) continue;
    for (const part of body.split(/\s+·\s*|\s*·\s*$/)) {
      const match = /^([FQL]\d+)\s+(.+)$/.exec(part.trim());
      if (match) facts.push({ id: match[1], text: match[2].trim(), group });
    }
  }
  return facts;
}

// ── Reading scores ────────────────────────────────────────────────────────────────────────────

/**
 * The reading level of a widget's own strings, measured as the browser tests measure the cards
 * (scripts/reading-level.mjs): each string on its own line, its placeholders filled with the
 * examples below, sentences split at . ! ? : ; and line breaks, fragments under 3 words left out.
 */
export function readingScores(strings, lang, samples = {}) {
  const lines = [
    ...new Set(strings.map(({ key, text }) => example(text, key, samples))),
  ];
  if (lang !== "en" && lang !== "es") return undefined;
  return readingLevel(lines.join("\n"), lang);
}

// ── Examples ──────────────────────────────────────────────────────────────────────────────────
// A message with {placeholders} is shown as it is and, beside it, filled with what the card shows
// by default (or, for the reader's own dates, a sample first infusion on Monday, March 2, 2026).

const utc = (year, month, day) => Date.UTC(year, month - 1, day, 12);

/**
 * The values that fill a language's messages in the examples, from its own text and the review
 * dates. `byKey` holds values for one message only (the next review's date).
 */
export function exampleValues(text, record) {
  const locale = text.common?.intlLocale ?? "en-US";
  const format = (options) => (time) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(
      time,
    );
  const long = format({
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
  });
  const time = format({ hour: "numeric", minute: "2-digit" });
  const schedule = text.schedule;
  const fill = (message, values) =>
    message.replace(/\{(\w+)\}/g, (all, name) =>
      name in values ? String(values[name]) : all,
    );
  const rest = schedule
    ? fill(schedule.restLength?.range ?? "", { min: 7, max: 10 })
    : "";
  const funding = text.resources?.research?.funding;
  const values = {
    // The review dates, formatted as the cards format them (src/shared/review-record.ts).
    date: record.longDay(record.PACKAGE_CHECK, locale),
    reviewer: locale.startsWith("es")
      ? "el Comité de Educación para Pacientes del Hospital Ejemplo"
      : "the Patient Education Committee, Example Hospital",
    year: record.SOURCE_DATES.study,
    question: text.overview?.ask ?? "",
    host: "example.org",
    start: long(utc(2026, 3, 2)),
    first: long(utc(2026, 3, 7)),
    last: long(utc(2026, 3, 13)),
    lastEarliest: long(utc(2026, 3, 13)),
    lastLatest: long(utc(2026, 3, 16)),
    earliest: long(utc(2026, 3, 14)),
    latest: long(utc(2026, 3, 17)),
    today: long(utc(2026, 3, 4)),
    times: new Intl.ListFormat(locale).format(
      [6, 14, 22].map((hour) => time(Date.UTC(2000, 0, 1, hour))),
    ),
    rest,
    doses: schedule?.cycleDoses?.["=3"] ?? "",
    min: 7,
    max: 10,
    cycle: 1,
    day: 3,
    days: 5,
    dose: 1,
    asked: 3,
    title: text.overview?.title ?? "",
    fileName: text.questions?.fileName ?? "",
    ...(funding
      ? {
          since: funding.since,
          grants: funding.grantsMillions,
          leveraged: funding.leveragedMillions,
        }
      : {}),
  };
  const byKey = {
    "common.review.next": {
      date: record.longDay(
        record.nextReviewAfter(record.PACKAGE_CHECK),
        locale,
      ),
    },
    "common.sources.page": {
      date: record.longMonth(record.SOURCE_DATES.page, locale),
    },
    "common.sources.label": {
      date: record.longMonth(record.SOURCE_DATES.label, locale),
    },
    "questions.ownLimit": { max: 200 },
    // Here {doses} is that day's number of doses, not the course summary's sentence.
    "schedule.calendar.dose": { doses: 3 },
    "schedule.calendar.fileName": { start: "2026-03-02" },
    "questions.progress.one": { asked: 1, count: 1 },
    "questions.progress.other": { asked: 3, count: 10 },
  };
  return { values, byKey, locale };
}

/** The count a count message's form is shown with: the exact number, 1 for `one`, else 2. */
const COUNT_FOR = { zero: 0, one: 1, two: 2, few: 3, many: 1000000, other: 2 };
function sampleCount(key) {
  const form = key.split(".").pop() ?? "";
  if (form.startsWith("=")) return Number(form.slice(1));
  return COUNT_FOR[form];
}

/**
 * `text` filled with the examples (what a card shows by default); unknown names are kept. As the
 * cards do (src/i18n/message.ts), a value that ends with its own period takes the place of the
 * period after it ("10:00 p. m.").
 */
export function example(text, key, samples = {}) {
  const { values = {}, byKey = {}, locale = "en-US" } = samples;
  const count = sampleCount(key);
  const all = {
    ...values,
    ...(count === undefined ? {} : { count }),
    ...(byKey[key] ?? {}),
  };
  return text.replace(/\{(\w+)\}(\.?)/g, (placeholder, name, period) => {
    const value = all[name];
    if (value === undefined || value === "") return placeholder;
    // A year stays as it is written; other numbers in the language's digits.
    const shown =
      typeof value === "number" && name !== "since"
        ? value.toLocaleString(locale)
        : String(value);
    return period && shown.endsWith(".") ? shown : shown + period;
  });
}

// ── Reading the repository ────────────────────────────────────────────────────────────────────

/** The register of `root` (content/facts.ts): `{ FACTS, SOURCES }`, or null when it has none. */
export async function loadRegister(root) {
  const file = join(root, REGISTER_FILE);
  if (!existsSync(file)) return null;
  const { module } = await runnerImport(file, { root });
  return { facts: module.FACTS, sources: module.SOURCES };
}

/** The review dates of `root` (src/shared/review-record.ts). */
export async function loadReviewRecord(root) {
  const { module } = await runnerImport(join(root, REVIEW_RECORD_FILE), {
    root,
  });
  return module;
}

/**
 * The content of a repository (or of a copy of one): `{ locales, register }`. `locales` holds
 * `{ lang, file, text, strings, factIds }`; `register` is null where there is none.
 */
export async function collectContent(root) {
  const loaded = await loadLocales(root);
  const locales = loaded.map(({ lang, file, text }) => ({
    lang,
    file: relative(root, file),
    text,
    strings: localeStrings(text),
    factIds: localeFactIds(file, lang),
  }));
  return { locales, register: await loadRegister(root) };
}

/**
 * Everything the pack needs, read from the repository: `{ name, version, locales, register,
 * record, glossary, widgets }`.
 */
export async function collect(root = ROOT) {
  const { version, name } = JSON.parse(
    readFileSync(join(root, "package.json"), "utf8"),
  );
  const { locales, register } = await collectContent(root);
  if (!register)
    throw new Error(
      `${REGISTER_FILE} not found: the pack needs the fact register.`,
    );
  const record = await loadReviewRecord(root);
  const glossaryFile = join(root, GLOSSARY_FILE);
  const glossary = existsSync(glossaryFile)
    ? readFileSync(glossaryFile, "utf8")
    : "";
  const { WIDGETS } = await loadRegistry();
  return {
    name,
    version,
    locales,
    register,
    record,
    glossary,
    widgets: widgetSources(WIDGETS),
  };
}

// ── The pack ──────────────────────────────────────────────────────────────────────────────────

/** A register card as the pack names it. */
const cardName = (card) =>
  card === "common" ? "every card (its footer)" : `\`<${card}>\``;

/** The review record in words (US English), from the one place of its dates and its own formats. */
function reviewRows(record) {
  const locale = "en-US";
  return {
    checked: record.longDay(record.PACKAGE_CHECK, locale),
    next: record.longDay(record.nextReviewAfter(record.PACKAGE_CHECK), locale),
    page: record.longMonth(record.SOURCE_DATES.page, locale),
    label: record.longMonth(record.SOURCE_DATES.label, locale),
  };
}

/** The glossary file inside the pack: its title dropped, its headings one level down. */
const embedded = (markdown) =>
  markdown
    .replace(/^# .*\n+/, "")
    .replace(/^(#{2,5}) /gm, "#$1 ")
    .trim();

/**
 * The pack's Markdown: the renderer of src/ssr/locale/review-pack.ts, given this pack's header
 * (the review dates and sources), reading scores, filled-in examples, the register's entries and
 * the Spanish glossary.
 */
export function renderPack({
  name,
  version,
  locales,
  register,
  record,
  glossary,
  widgets,
}) {
  const samples = new Map(
    locales.map(({ lang, text }) => [lang, exampleValues(text, record)]),
  );
  const dates = reviewRows(record);
  const { sources } = register;
  return reviewPack.renderPack(
    { name, version, locales, facts: register.facts, widgets },
    {
      intro: [
        "# Content review pack",
        "",
        "<!-- Generated by `npm run content:review` from src/locales/, content/facts.ts, content/glossary-es.md",
        "     and src/shared/review-record.ts. Do not edit by hand: change those files and run the command",
        "     again. CI fails while this file is out of date. -->",
        "",
        "Every sentence the il2-widgets cards can show a reader, in every language the package ships,",
        "for review by a patient-education committee (clinician and health-literacy reviewers). Approve",
        "one content hash: when any reader-facing word changes, the hash changes, and this file with it.",
        "To re-review only what changed since an approved version, run",
        "`npm run content:review -- --since <git tag or commit>`: it lists the facts and strings whose",
        "text changed, with both content hashes.",
      ],
      table: (own) => [
        own.package,
        own.hash,
        own.languages,
        `| Text last checked against its sources | ${dates.checked} |`,
        `| Next review due | ${dates.next} (${record.REVIEW_INTERVAL_MONTHS} months later) |`,
        `| Source page | ${cell(sources.page.name)}, last updated ${dates.page} (in ${sources.page.language}) |`,
        `| Prescribing information | ${cell(sources.label.name)}, revised ${dates.label} (in ${sources.label.language}) |`,
        `| Study | ${cell(sources.study.name)} |`,
      ],
      notes: [
        "Every card ends with one quiet line that shows the same dates: when the text was checked",
        "against its sources, the next review, and the sources with their dates (the study where the",
        "card shows its numbers). It never says a clinician reviewed the text: a host that has its own",
        'review sets `reviewed-by` and `reviewed-on`, and the line then reads "Reviewed by … on …", with',
        "the next review twelve months after that date. These dates live in one place,",
        `\`${REVIEW_RECORD_FILE}\`, which the cards and this pack both read.`,
        "",
        "Words in braces, like {date}, stand for what the card fills in: a date, a time, a number, a web",
        "address, another message. Beside each such message, *Example* shows it filled in with what the",
        "card shows by default (the reader's own dates with a sample first infusion on Monday, March 2,",
        "2026). Text that changes with a number or a setting is shown with each wording it can take.",
      ],
      readingScores: (strings, lang) =>
        readingScores(strings, lang, samples.get(lang)),
      readingTargets: [
        "Measured here on each widget's own text in the locale files, filled in as in the examples, split",
        "into sentences at . ! ? : ; and line breaks, fragments under 3 words left out. The browser tests",
        "measure each rendered card the same way, on the text a reader sees (shared lines included), and",
        `fail above English grade ${GRADE_MAXIMUM} (Flesch–Kincaid) or below Spanish INFLESZ ${INFLESZ_MINIMUM}`,
        '(Szigriszt-Pazos; 65–80 is "fairly easy").',
      ],
      factsIntro: [
        "Each fact of the project's fact register (`content/facts.ts`), by its ID: the fact in the",
        "project's own words, where it comes from (the source page's section, the prescribing",
        "information's section, or the study), the cards the register names, and the sentences that carry",
        "it in each language, each with its key. F and Q facts come from the source page; L facts from",
        'the prescribing information (marked "Official FDA information" on the cards) or the melanoma',
        'study (marked "From the melanoma studies"). "Check the section" marks a section number the',
        "register has not confirmed against the document: check it once.",
      ],
      factLines: (fact) => [
        `- Fact: ${cell(fact.fact)}`,
        `- Source: ${cell(fact.source)}${fact.verify ? " (check the section)" : ""}`,
        `- Cards: ${fact.cards.map(cardName).join(", ")}`,
        "",
      ],
      example: (text, key, lang) => example(text, key, samples.get(lang)),
      sections: glossary.trim()
        ? [
            "## Spanish glossary",
            "",
            `From \`${GLOSSARY_FILE}\`: the terms the Spanish uses, and why, for a medical translator.`,
            "",
            embedded(glossary),
            "",
          ]
        : [],
    },
  );
}

// ── What changed since a version ──────────────────────────────────────────────────────────────

/**
 * A copy of the content of `root` at git `ref` (its locale files, with the language modules they
 * import, and its fact register), in a new folder; the caller removes it. A `ref` that names a
 * folder is used as it is.
 */
export function contentAt(root, ref) {
  const asFolder = resolve(root, ref);
  if (existsSync(asFolder) && statSync(asFolder).isDirectory())
    return { folder: asFolder, temporary: false };
  const git = (...args) =>
    execFileSync("git", ["-C", root, ...args], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
  const commit = git(
    "rev-parse",
    "--verify",
    "--quiet",
    `${ref}^{commit}`,
  ).trim();
  const folder = mkdtempSync(join(tmpdir(), "il2-content-since-"));
  const files = git(
    "ls-tree",
    "-r",
    "--name-only",
    commit,
    "--",
    // The locale files, the core modules a whole-language file registers itself with, the register.
    "src/locales",
    "src/i18n",
    "content",
  )
    .split("\n")
    .filter((file) => file.endsWith(".ts"));
  for (const file of files) {
    const target = join(folder, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, git("show", `${commit}:${file}`));
  }
  return { folder, temporary: true };
}

/** Every string of a content snapshot by `lang\tkey`. */
const stringMap = (locales) =>
  new Map(
    locales.flatMap(({ lang, strings }) =>
      strings.map(({ key, text }) => [`${lang}\t${key}`, { lang, key, text }]),
    ),
  );

/** The texts that carry each fact, as one comparable list per fact ID. */
function carriedBy(locales) {
  const out = new Map();
  for (const { lang, strings, factIds } of locales)
    for (const { path, key, text } of strings)
      for (const id of factIds.get(path) ?? []) {
        if (!out.has(id)) out.set(id, []);
        out.get(id).push(`${lang}\t${key}\t${text}`);
      }
  for (const list of out.values()) list.sort();
  return out;
}

/**
 * What changed between two content snapshots (`collectContent`): both content hashes, the facts
 * whose register entry or carrying sentences changed, and the strings changed, added and removed.
 */
export function contentChanges(before, now) {
  const was = stringMap(before.locales);
  const is = stringMap(now.locales);
  const changed = [];
  const added = [];
  const removed = [];
  for (const [id, entry] of is) {
    const old = was.get(id);
    if (!old) added.push(entry);
    else if (old.text !== entry.text)
      changed.push({ ...entry, before: old.text });
  }
  for (const [id, entry] of was) if (!is.has(id)) removed.push(entry);

  const oldFacts = new Map(
    (before.register?.facts ?? []).map((fact) => [fact.id, fact]),
  );
  const newFacts = new Map(
    (now.register?.facts ?? []).map((fact) => [fact.id, fact]),
  );
  const oldCarried = carriedBy(before.locales);
  const newCarried = carriedBy(now.locales);
  const ids = [
    ...new Set([
      ...newFacts.keys(),
      ...newCarried.keys(),
      ...oldFacts.keys(),
      ...oldCarried.keys(),
    ]),
  ];
  const facts = [];
  for (const id of ids) {
    const reasons = [];
    const a = oldFacts.get(id);
    const b = newFacts.get(id);
    if (before.register && !a && b) reasons.push("new in the register");
    else if (a && !b) reasons.push("no longer in the register");
    else if (a && b) {
      if (a.fact !== b.fact) reasons.push("its wording in the register");
      if (a.source !== b.source) reasons.push("its source");
      if (a.cards.join() !== b.cards.join())
        reasons.push(
          `its cards (${a.cards.join(", ")} → ${b.cards.join(", ")})`,
        );
    }
    const x = (oldCarried.get(id) ?? []).join("\n");
    const y = (newCarried.get(id) ?? []).join("\n");
    if (x !== y) reasons.push("the sentences that carry it");
    if (reasons.length) facts.push({ id, reasons, fact: b ?? a });
  }
  const order = (id) => [{ F: 0, Q: 1, L: 2 }[id[0]] ?? 3, Number(id.slice(1))];
  facts.sort((p, q) => {
    const [a1, a2] = order(p.id);
    const [b1, b2] = order(q.id);
    return a1 - b1 || a2 - b2;
  });
  return {
    hashBefore: contentHash(before.locales),
    hashNow: contentHash(now.locales),
    registerBefore: Boolean(before.register),
    facts,
    changed,
    added,
    removed,
  };
}

/** The "What changed since" report, in Markdown. */
export function renderChanges(ref, changes) {
  const lines = [
    `# What changed since ${ref}`,
    "",
    "The facts and the reader-facing strings whose text changed between the content at",
    `\`${ref}\` and the content now. A committee that approved the text at \`${ref}\` re-reviews these.`,
    "",
    "| | |",
    "| --- | --- |",
    `| Content hash at \`${ref}\` | \`${changes.hashBefore}\` |`,
    `| Content hash now | \`${changes.hashNow}\` |`,
    "",
  ];
  if (changes.hashBefore === changes.hashNow && !changes.facts.length) {
    lines.push("Nothing changed: the reader-facing text is the same.");
    return `${lines.join("\n")}\n`;
  }
  lines.push(`## Facts (${changes.facts.length})`, "");
  if (!changes.registerBefore)
    lines.push(
      `\`${ref}\` has no fact register (\`${REGISTER_FILE}\`): facts are compared by the sentences that carry them.`,
      "",
    );
  for (const { id, reasons, fact } of changes.facts)
    lines.push(
      `- **${id}**${fact ? `: ${cell(fact.fact)}` : ""} — changed: ${reasons.join("; ")}.`,
    );
  if (!changes.facts.length) lines.push("No fact changed.");
  lines.push("");
  const table = (title, rows, columns) => {
    lines.push(`## ${title} (${rows.length})`, "");
    if (!rows.length) {
      lines.push("None.", "");
      return;
    }
    lines.push(
      `| Language | Key | ${columns.map(([name]) => name).join(" | ")} |`,
      `| --- | --- | ${columns.map(() => "---").join(" | ")} |`,
    );
    for (const row of rows)
      lines.push(
        `| ${languageName(row.lang)} | \`${row.key}\` | ${columns.map(([, get]) => cell(get(row))).join(" | ")} |`,
      );
    lines.push("");
  };
  table("Strings changed", changes.changed, [
    ["Before", (row) => row.before],
    ["Now", (row) => row.text],
  ]);
  table("Strings added", changes.added, [["Now", (row) => row.text]]);
  table("Strings removed", changes.removed, [["Before", (row) => row.text]]);
  return `${lines.join("\n").trimEnd()}\n`;
}

// ── The register beside FACTS.md ──────────────────────────────────────────────────────────────

/** The IDs FACTS.md lists that the register lacks, and the reverse; null without FACTS.md. */
export function registerAgainstFactsFile(register, factsFile) {
  if (!existsSync(factsFile)) return null;
  const listed = parseFacts(readFileSync(factsFile, "utf8")).map(
    ({ id }) => id,
  );
  const ids = register.facts.map(({ id }) => id);
  return {
    missing: listed.filter((id) => !ids.includes(id)),
    extra: ids.filter((id) => !listed.includes(id)),
  };
}

// ── Command line ──────────────────────────────────────────────────────────────────────────────

/** Writes the pack, compares it with `--check`, or reports what changed `--since` a version. */
export async function main(argv = process.argv.slice(2), root = ROOT) {
  const check = argv.includes("--check");
  const fileIndex = argv.indexOf("--file");
  const sinceIndex = argv.indexOf("--since");
  if (sinceIndex >= 0) {
    const ref = argv[sinceIndex + 1];
    if (!ref || ref.startsWith("--")) {
      console.error(
        "--since needs a git ref (a tag, a branch or a commit) or a folder.",
      );
      return 1;
    }
    let snapshot;
    try {
      snapshot = contentAt(root, ref);
    } catch {
      console.error(
        `--since ${ref}: not a git ref of this repository, nor a folder.`,
      );
      return 1;
    }
    try {
      const report = renderChanges(
        ref,
        contentChanges(
          await collectContent(snapshot.folder),
          await collectContent(root),
        ),
      );
      if (fileIndex >= 0) {
        const file = resolve(root, argv[fileIndex + 1]);
        writeFileSync(file, report);
        console.log(`wrote ${relative(root, file)}`);
      } else process.stdout.write(report);
      return 0;
    } finally {
      if (snapshot.temporary)
        rmSync(snapshot.folder, { recursive: true, force: true });
    }
  }
  const file = resolve(root, fileIndex >= 0 ? argv[fileIndex + 1] : PACK_FILE);
  const data = await collect(root);
  const pack = renderPack(data);
  const shown = relative(root, file);
  if (check) {
    const committed = existsSync(file) ? readFileSync(file, "utf8") : "";
    if (committed !== pack) {
      console.error(
        `${shown} is out of date with the text in src/locales/ (or content/, or the review dates). Run \`npm run content:review\` and commit the result.`,
      );
      return 1;
    }
    console.log(
      `${shown} is up to date (content hash ${contentHash(data.locales).slice(0, 12)}…).`,
    );
    return 0;
  }
  writeFileSync(file, pack);
  console.log(
    `wrote ${shown} (content hash ${contentHash(data.locales).slice(0, 12)}…)`,
  );
  return 0;
}

if (
  process.argv[1] &&
  resolve(process.argv[1]) === fileURLToPath(import.meta.url)
)
  process.exitCode = await main();
