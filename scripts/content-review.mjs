// The content review pack (docs/content-review.md): every sentence a reader can see, in every
// shipped language, laid out for a clinical review committee that does not read TypeScript. Built
// from the locale files themselves (scripts/locale-source.mjs), so it cannot drift from them:
//   npm run content:review             writes docs/content-review.md
//   npm run content:review -- --check  fails when the committed file is not what the text gives
// --file PATH reads or writes another file (the tests use it). The fact list comes from
// ../shared/content/FACTS.md (IL2_FACTS_MD overrides); without it, --check is skipped with a note.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import rs from "text-readability";
import { infleszScore } from "./inflesz.mjs";
import { localeFactIds, loadLocales } from "./locale-source.mjs";
import { loadRegistry } from "./registry.mjs";
import { runnerImport } from "vite";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const PACK_FILE = "docs/content-review.md";
export const FACTS_FILE = "../shared/content/FACTS.md";

/** The INFLESZ score every widget's Spanish must reach (test/readability-es.test.ts checks it too). */
export const INFLESZ_MINIMUM = 65;

// ── The renderer, shared with `il2-widgets locale review` ───────────────────────────────────
// Text is data (src/i18n/message.ts): words in braces stand for what the card fills in (a date, a
// number, another message's words), and a message whose words depend on a number lists each form
// (`one`, `other`, exact forms such as `=0`), so a reviewer reads every wording a card can show.
// The strings, the hash and the Markdown come from src/ssr/locale/review-pack.ts: the command that
// writes a hospital's translation review pack ships in dist/ssr, so its code lives under src/.
const { module: reviewPack } = await runnerImport(
  join(ROOT, "src/ssr/locale/review-pack.ts"),
  { root: ROOT },
);
export const { localeStrings, widgetSources, contentHash } = reviewPack;

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

// ── The pack ──────────────────────────────────────────────────────────────────────────────────

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
export function renderPack(data) {
  return reviewPack.renderPack(data, {
    intro: [
      "# Content review pack",
      "",
      "<!-- Generated by `npm run content:review` from src/locales/. Do not edit by hand: change the text in",
      "     src/locales/<language>/*.ts and run the command again. CI fails while this file is out of date. -->",
      "",
      "Every sentence the il2-widgets cards can show a reader, in every language the package ships,",
      "for review by a patient-education committee (clinician and health-literacy reviewers). Approve",
      "one content hash: when any reader-facing word changes, the hash changes, and this file with it.",
    ],
    readingScores,
    readingTargets: [
      "Measured on each widget's own text in the locale files, each string counted as a sentence (the",
      "browser tests measure the rendered cards too). Targets: English grade 8 or lower (US grade 6–7",
      `preferred); Spanish INFLESZ ${INFLESZ_MINIMUM} or higher ("fairly easy"; 55–65 is "normal").`,
    ],
  });
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
