// The content review pack (docs/content-review.md): every sentence a reader can see, in every
// shipped language, laid out for a clinical review committee that does not read TypeScript. Built
// from the locale files themselves (scripts/locale-source.mjs), so it cannot drift from them:
//   npm run content:review             writes docs/content-review.md
//   npm run content:review -- --check  fails when the committed file is not what the text gives
// --file PATH reads or writes another file (the tests use it). The fact list comes from
// ../shared/content/FACTS.md (IL2_FACTS_MD overrides); without it, --check is skipped with a note.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import rs from "text-readability";
import { infleszScore } from "./inflesz.mjs";
import { localeFactIds, loadLocales } from "./locale-source.mjs";
import { loadRegistry } from "./registry.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const PACK_FILE = "docs/content-review.md";
export const FACTS_FILE = "../shared/content/FACTS.md";

/** The INFLESZ score every widget's Spanish must reach (test/readability-es.test.ts checks it too). */
export const INFLESZ_MINIMUM = 65;

// ── The strings ───────────────────────────────────────────────────────────────────────────────
// Text is data (src/i18n/message.ts): words in braces stand for what the card fills in (a date, a
// number, another message's words), and a message whose words depend on a number lists each form
// (`one`, `other`, exact forms such as `=0`), so a reviewer reads every wording a card can show.

/** Every string in a locale, in the order of the file: `{ path, key, text }` (`key` is `path` here). */
export function localeStrings(text) {
  const out = [];
  const walk = (value, path) => {
    if (typeof value === "string") out.push({ path, key: path, text: value });
    else if (typeof value === "function")
      throw new Error(
        `${path} is a function: reader-facing text must be data (a string with {placeholders}, or count forms).`,
      );
    else if (Array.isArray(value))
      value.forEach((item, index) => walk(item, `${path}[${index}]`));
    else if (value && typeof value === "object")
      for (const [name, item] of Object.entries(value))
        walk(item, path ? `${path}.${name}` : name);
  };
  walk(text, "");
  return out;
}

// ── Which widget shows which text ─────────────────────────────────────────────────────────────

/**
 * Which widget shows which text, from the registry (src/widgets.ts): `sections` maps a text part
 * to the tags that show it; `containers` maps a tag to the widgets that hold it (<il2-guide> holds
 * the cards marked `inGuide`). `common` is on every card.
 * @param {{ tag: string, text: string[], inGuide: boolean }[]} widgets
 */
export function widgetSources(widgets) {
  const sections = new Map();
  const containers = new Map();
  const add = (map, key, value) =>
    map.set(key, [...new Set([...(map.get(key) ?? []), value])]);
  const holders = widgets.filter((widget) => !widget.inGuide);
  for (const widget of widgets) {
    // Its own part: the others it lists are other cards' (it shows only their titles).
    add(sections, widget.text[0], widget.tag);
    if (widget.inGuide)
      for (const holder of holders) add(containers, widget.tag, holder.tag);
  }
  return { sections, containers };
}

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

/** Each string as one sentence (a stop added where it has none), placeholders left out. */
export function asSentences(texts) {
  return (
    texts
      .map((text) =>
        text
          .replace(/\{[^}]*\}/g, "")
          .replace(/\s+/g, " ")
          .trim(),
      )
      // Placeholders and one-token codes (file names, `en-US`) are not prose.
      .filter((text) => /\p{L}/u.test(text) && !/^\S*[.-]\S*$/.test(text))
      .map((text) => (/[.!?:;]$/.test(text) ? text : `${text}.`))
      .join(" ")
  );
}

/** Flesch–Kincaid grade of English strings and INFLESZ score of Spanish ones. */
export function readingScores(strings, lang) {
  const text = asSentences([...new Set(strings.map(({ text }) => text))]);
  if (lang === "en")
    return { kind: "grade", value: rs.fleschKincaidGrade(text) };
  if (lang === "es") return { kind: "inflesz", value: infleszScore(text) };
  return undefined;
}

// ── The content hash ──────────────────────────────────────────────────────────────────────────

/**
 * SHA-256 of every reader-facing string of every locale (sorted, so moving text around in a file
 * without changing it keeps the hash): the same words give the same hash, any change a new one.
 */
export function contentHash(locales) {
  const lines = locales
    .flatMap(({ lang, strings }) =>
      strings.map(({ key, text }) => `${lang}\t${key}\t${text}`),
    )
    .sort();
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

// ── The pack ──────────────────────────────────────────────────────────────────────────────────

const LANGUAGE_NAMES = { en: "English", es: "Spanish" };
const languageName = (lang) => LANGUAGE_NAMES[lang] ?? lang;

/** Text safe inside a Markdown table cell or list item. */
const cell = (text) =>
  text
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/([*_`<>[\]])/g, "\\$1")
    .replace(/\n/g, "<br>");

const sectionOf = (path) => path.split(/[.[(]/)[0];

/** The widgets that show a text, by its path; `within` adds the widgets that hold them. */
const widgetsOf = ({ sections, containers }, path, within = false) => {
  const section = sectionOf(path);
  if (section === "common") return "every card";
  const tags = sections.get(section) ?? [];
  if (!tags.length) return "none";
  return tags
    .map((tag) => {
      const outer = within ? (containers.get(tag) ?? []) : [];
      return `\`<${tag}>\`${outer.length ? ` (also inside ${outer.map((o) => `\`<${o}>\``).join(", ")})` : ""}`;
    })
    .join(", ");
};

/**
 * Everything the pack needs, read from the repository: `{ name, version, locales, facts, widgets }`.
 * `locales` holds `{ lang, text, strings, factIds }`.
 */
export async function collect(
  root = ROOT,
  factsFile = process.env.IL2_FACTS_MD ?? join(root, FACTS_FILE),
) {
  const { version, name } = JSON.parse(
    readFileSync(join(root, "package.json"), "utf8"),
  );
  const loaded = await loadLocales(root);
  const locales = loaded.map(({ lang, file, text }) => ({
    lang,
    file: relative(root, file),
    text,
    strings: localeStrings(text),
    factIds: localeFactIds(file, lang),
  }));
  const facts = existsSync(factsFile)
    ? parseFacts(readFileSync(factsFile, "utf8"))
    : null;
  const { WIDGETS } = await loadRegistry();
  return { name, version, locales, facts, widgets: widgetSources(WIDGETS) };
}

/** The pack's Markdown. */
export function renderPack({ name, version, locales, facts, widgets }) {
  const hash = contentHash(locales);
  const [english] = locales;
  const lines = [];
  const push = (...more) => lines.push(...more);

  push(
    "# Content review pack",
    "",
    "<!-- Generated by `npm run content:review` from src/locales/. Do not edit by hand: change the text in",
    "     src/locales/<language>/*.ts and run the command again. CI fails while this file is out of date. -->",
    "",
    "Every sentence the il2-widgets cards can show a reader, in every language the package ships,",
    "for review by a patient-education committee (clinician and health-literacy reviewers). Approve",
    "one content hash: when any reader-facing word changes, the hash changes, and this file with it.",
    "",
    "| | |",
    "| --- | --- |",
    `| Package | ${name} ${version} |`,
    `| Content hash (SHA-256 of all reader-facing text) | \`${hash}\` |`,
    `| Languages | ${locales.map(({ lang, file }) => `${languageName(lang)} (\`${file}\`)`).join(", ")} |`,
    ...locales.map(
      ({ lang, text }) =>
        `| Source line (${languageName(lang)}) | ${cell(text.common.sourceLine)} |`,
    ),
    "",
    "Words in braces, like {date}, stand for what the card fills in: a date, a time, a web address, a",
    "file name. Text that changes with a number or a setting is shown with each wording it can take.",
    "",
  );

  // Reading scores.
  const sectionNames = Object.keys(english.text).filter(
    (section) => section !== "common",
  );
  push(
    "## Reading level",
    "",
    "Measured on each widget's own text in the locale files, each string counted as a sentence (the",
    "browser tests measure the rendered cards too). Targets: English grade 8 or lower (US grade 6–7",
    `preferred); Spanish INFLESZ ${INFLESZ_MINIMUM} or higher ("fairly easy"; 55–65 is "normal").`,
    "",
    `| Widget | Text | ${locales.map(({ lang }) => (lang === "en" ? "English grade (Flesch–Kincaid)" : lang === "es" ? "Spanish INFLESZ (Szigriszt-Pazos)" : languageName(lang))).join(" | ")} |`,
    `| --- | --- | ${locales.map(() => "---:").join(" | ")} |`,
  );
  for (const section of [...sectionNames, "common"]) {
    const scores = locales.map(({ lang, strings }) => {
      const own = strings.filter(({ path }) => sectionOf(path) === section);
      const score = readingScores(own, lang);
      return score ? score.value.toFixed(1) : "–";
    });
    push(
      `| ${widgetsOf(widgets, section)} | \`${section}\` | ${scores.join(" | ")} |`,
    );
  }
  push("");

  // Facts.
  push(
    "## Facts and the sentences that carry them",
    "",
    "Each fact of the project's fact list, by its ID, with the sentences that carry it and the widget",
    "that shows them. The fact list (FACTS.md, kept beside the repository) restates the facts of the",
    "source named above one by one; L facts come from the U.S. prescribing information and are shown",
    'marked "FDA label". Review the two side by side: this pack does not quote the fact list, whose',
    "wording stays close to the source's.",
    "",
  );
  const carried = new Set();
  const carriers = (locale, id) =>
    locale.strings.filter(({ path }) => locale.factIds.get(path)?.includes(id));
  const factList =
    facts ??
    [
      ...new Set(
        locales.flatMap(({ factIds }) => [...factIds.values()].flat()),
      ),
    ].map((id) => ({
      id,
      text: "",
      group: "",
    }));
  let group;
  for (const fact of factList) {
    if (fact.group !== group) {
      group = fact.group;
      if (group) push(`### ${group}`, "");
    }
    // The ID only: the fact list's own wording follows the source closely, and no run of the
    // source's sentences belongs in this repository.
    push(`#### ${fact.id}`, "");
    const byLocale = locales.map((locale) => carriers(locale, fact.id));
    const paths = [...new Set(byLocale.flat().map(({ path }) => path))];
    if (!paths.length) {
      push(
        fact.id.startsWith("L")
          ? "Not shown (an optional fact from the prescribing information)."
          : "**Not shown in any widget.**",
        "",
      );
      continue;
    }
    push(
      `Shown by ${[...new Set(paths.map((path) => widgetsOf(widgets, path, true)))].join(", ")}.`,
      "",
    );
    locales.forEach((locale, index) => {
      const found = byLocale[index];
      // One wording per place: the first sample (the default settings) of text that takes values;
      // its other wordings are listed with the rest of the widget's text.
      const shown = found.filter(
        ({ path }, position) =>
          found.findIndex((other) => other.path === path) === position,
      );
      shown.forEach(({ key }) => carried.add(`${locale.lang}\t${key}`));
      push(
        `- ${languageName(locale.lang)}:${shown.length ? "" : " **missing**"}`,
        ...shown.map(
          ({ text, key }) => `  - ${cell(text)} <sub>\`${key}\`</sub>`,
        ),
      );
    });
    push("");
  }

  // Everything else, by widget.
  push(
    "## All other reader-facing text",
    "",
    "Headings, buttons, labels, messages, and the text of downloaded and calendar files, by widget.",
    "",
  );
  for (const section of ["common", ...sectionNames]) {
    const rows = english.strings
      .filter(
        ({ path, key }) =>
          sectionOf(path) === section && !carried.has(`en\t${key}`),
      )
      .map(({ key }) => key);
    const others = locales
      .slice(1)
      .flatMap(({ lang, strings }) =>
        strings
          .filter(
            ({ path, key }) =>
              sectionOf(path) === section && !carried.has(`${lang}\t${key}`),
          )
          .map(({ key }) => key),
      );
    const keys = [...new Set([...rows, ...others])];
    if (!keys.length) continue;
    push(
      `### ${section === "common" ? "On every card" : widgetsOf(widgets, section)} (\`${section}\`)`,
      "",
      `| Key | ${locales.map(({ lang }) => languageName(lang)).join(" | ")} |`,
      `| --- | ${locales.map(() => "---").join(" | ")} |`,
    );
    for (const key of keys) {
      const texts = locales.map(
        ({ strings }) => strings.find((entry) => entry.key === key)?.text,
      );
      push(
        `| \`${key.slice(section.length + 1) || key}\` | ${texts.map((text) => (text === undefined ? "**missing**" : cell(text))).join(" | ")} |`,
      );
    }
    push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

/** Command line: write the pack, or with `--check` compare it with the committed one. */
export async function main(argv = process.argv.slice(2), root = ROOT) {
  const check = argv.includes("--check");
  const fileIndex = argv.indexOf("--file");
  const file = resolve(root, fileIndex >= 0 ? argv[fileIndex + 1] : PACK_FILE);
  const factsFile = process.env.IL2_FACTS_MD ?? join(root, FACTS_FILE);
  const data = await collect(root, factsFile);
  if (!data.facts) {
    // The fact list sits beside the repository (../shared); a bare clone has no facts to lay out.
    const message = `${relative(root, factsFile)} not found: the content review pack needs the fact list.`;
    if (check) {
      console.log(`content review pack: skipped, ${message}`);
      return 0;
    }
    console.error(message);
    return 1;
  }
  const pack = renderPack(data);
  const shown = relative(root, file);
  if (check) {
    const committed = existsSync(file) ? readFileSync(file, "utf8") : "";
    if (committed !== pack) {
      console.error(
        `${shown} is out of date with the text in src/locales/. Run \`npm run content:review\` and commit the result.`,
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
