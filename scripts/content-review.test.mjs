// The content review pack (docs/content-review.md): built from the locale files, up to date, every
// fact laid out in both languages, a stable content hash, and a --check that fails when stale.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  FACTS_FILE,
  INFLESZ_MINIMUM,
  PACK_FILE,
  collect,
  contentHash,
  localeStrings,
  parseFacts,
  readingScores,
  renderPack,
  widgetSources,
} from "./content-review.mjs";
import { factIdsByPath } from "./locale-source.mjs";
import { loadRegistry } from "./registry.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SCRIPT = join(ROOT, "scripts/content-review.mjs");
const factsFile = process.env.IL2_FACTS_MD ?? join(ROOT, FACTS_FILE);
const hasFacts = existsSync(factsFile);
const skip = hasFacts ? false : `${FACTS_FILE} not found beside the repository`;

const data = await collect(ROOT, factsFile);
const scratch = mkdtempSync(join(tmpdir(), "il2-content-review-"));
process.on("exit", () => rmSync(scratch, { recursive: true, force: true }));

const run = (...args) =>
  spawnSync(process.execPath, [SCRIPT, ...args], {
    encoding: "utf8",
    cwd: ROOT,
  });

test(
  "the committed pack is what the locale files give (run `npm run content:review` after changing text)",
  { skip },
  () => {
    assert.equal(readFileSync(join(ROOT, PACK_FILE), "utf8"), renderPack(data));
  },
);

test(
  "--check passes on a fresh pack and fails, naming the fix, on a stale one",
  { skip },
  () => {
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
  },
);

test(
  "lays out every fact of FACTS.md, with English and Spanish sentences and the widget",
  { skip },
  () => {
    const pack = renderPack(data);
    const ids = data.facts.map(({ id }) => id);
    for (const id of ["F1", "F28", "Q1", "Q10", "L1", "L4"])
      assert.ok(ids.includes(id), id);
    assert.equal(ids.length, 28 + 10 + 4);
    for (const { id } of data.facts) {
      const start = pack.indexOf(`#### ${id}\n`);
      assert.ok(start >= 0, `${id} has a heading`);
      const section = pack.slice(start, pack.indexOf("\n#### ", start + 1));
      // The FDA-label facts are optional: L3 and L4 are shown nowhere, and the pack says so.
      if (id === "L3" || id === "L4") {
        assert.match(section, /Not shown \(an optional fact/, id);
        continue;
      }
      assert.match(section, /Shown by (`<il2-[a-z-]+>`|every card)/, id);
      assert.match(
        section,
        /- English:\n {2}- \S/,
        `${id}: an English sentence`,
      );
      assert.match(
        section,
        /- Spanish:\n {2}- \S/,
        `${id}: a Spanish sentence`,
      );
      assert.doesNotMatch(
        section,
        /\*\*missing\*\*|Not shown in any widget/,
        id,
      );
    }
    // Facts go with the widget that shows them, and the guide is named as holding the cards.
    assert.match(
      pack,
      /#### F16\n[^#]*Shown by `<il2-schedule>` \(also inside `<il2-guide>`\)/,
    );
    assert.match(pack, /#### Q1\n[^#]*`<il2-doctor-questions>`/);
  },
);

test(
  "lists the rest of the reader-facing text in both languages, with the package, the source and the hash",
  { skip },
  () => {
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
    assert.match(
      pack,
      /Source line \(English\) \| Source: Melanoma Research Alliance/,
    );
    assert.match(
      pack,
      /Source line \(Spanish\) \| Fuente: Melanoma Research Alliance/,
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
      /\| `calendar\.dose` \| IL-2 dose \{dose\} of \{doses\} \(cycle \{cycle\}, day \{day\}\) \| IL-2, dosis \{dose\} de \{doses\}/,
    );
    // Every English string of every widget appears somewhere in the pack.
    const [english] = data.locales;
    const escaped = (text) => text.replace(/([*_`<>[\]|\\])/g, "\\$1");
    for (const { key, text } of english.strings)
      assert.ok(pack.includes(escaped(text)), `${key}: ${text}`);
  },
);

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

test("every widget's Spanish reads at INFLESZ 65 or more, and its English at grade 8 or below, in the pack's measure", () => {
  const [english, spanish] = data.locales;
  for (const section of Object.keys(english.text)) {
    const own = (strings) =>
      strings.filter(({ path }) => path.split(/[.[(]/)[0] === section);
    const es = readingScores(own(spanish.strings), "es").value;
    const grade = readingScores(own(english.strings), "en").value;
    assert.ok(es >= INFLESZ_MINIMUM, `${section}: INFLESZ ${es.toFixed(1)}`);
    assert.ok(grade <= 8, `${section}: grade ${grade.toFixed(1)}`);
  }
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
