// Pre-rendered markup survives a CMS and a validator: every card, in every language, with its
// settings, pre-rendered by `il2-widgets prerender` (dist/ssr), passes the W3C Nu HTML Checker
// (the vnu-jar package; Java) with no errors. Lit's server renderer writes `<?>` for some empty
// parts, which the checker rejects; prerender() writes a real empty comment instead, which the
// browser hydrates the same (test/prerender.test.ts hydrates these pages).
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadRegistry } from "../../scripts/registry.mjs";
import { assertValidHtml } from "./nu-checker.mjs";

const { WIDGETS } = await loadRegistry();
const { prerender } = await import("../../dist/ssr/index.js");

/** A page with every card, in English and in Spanish, with settings that show their fuller states. */
function page() {
  const cards = (lang) =>
    WIDGETS.map(({ tag }) => {
      const settings =
        tag === "il2-schedule"
          ? ' start-date="2027-03-08" dose-times="06:00,14:00,22:00"'
          : tag === "il2-overview"
            ? " collapsible"
            : tag === "il2-assistance"
              ? ' program-href="https://example.org/help"'
              : "";
      return `<${tag} lang="${lang}"${settings}></${tag}>`;
    }).join("\n");
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Every card</title></head>
<body>
<main>
${cards("en")}
${cards("es")}
</main>
</body>
</html>
`;
}

test("pre-rendered cards write no `<?>`: an empty part is a real comment", async () => {
  const html = await prerender(page(), { onWarning: () => {} });
  assert.ok(
    (html.match(/<template shadowrootmode=/g)?.length ?? 0) >=
      WIDGETS.length * 2,
    "every card is pre-rendered",
  );
  assert.equal(html.includes("<?"), false);
  assert.ok(
    html.includes("<!---->"),
    "empty parts are marked with real comments",
  );
});

test("the W3C Nu HTML Checker finds no error in a page of pre-rendered cards", async () => {
  assertValidHtml(await prerender(page(), { onWarning: () => {} }));
});
