// The docs' HTML examples, run: every ```html block in README.md, CONTRIBUTING.md and docs/**
// (read in Node by scripts/docs-examples.mjs) becomes a page of its own in an iframe, with the
// built bundle, as a reader would paste it. An example that logs an error or a warning, or whose
// cards do not render, fails here instead of on somebody's site.
import { expect, waitUntil } from "@open-wc/testing";
import { executeServerCommand } from "@web/test-runner-commands";
import { loadFrame, skipTest } from "./helpers.js";

interface HtmlExample {
  file: string;
  line: number;
  code: string;
  skip?: string;
}

interface ExampleRecord {
  problems: string[];
}

type ExampleWindow = Window &
  typeof globalThis & { __docsExampleRecord: ExampleRecord };

type Card = HTMLElement & { updateComplete?: Promise<unknown> };

const examples = await executeServerCommand<HtmlExample[], undefined>(
  "docs-html-examples",
);

/**
 * Runs first in the example's page: records console errors and warnings, uncaught errors,
 * rejected promises and scripts that fail to load.
 */
const RECORDER = `<script>
  window.__docsExampleRecord = { problems: [] };
  const problems = window.__docsExampleRecord.problems;
  for (const method of ["error", "warn"]) {
    const original = console[method].bind(console);
    console[method] = (...args) => {
      problems.push("console." + method + ": " + args.map(String).join(" "));
      original(...args);
    };
  }
  addEventListener("error", (event) => {
    const target = event.target;
    if (target && target !== window && target.localName)
      problems.push("could not load <" + target.localName + "> " + (target.src || target.href || ""));
    else problems.push("uncaught error: " + event.message);
  }, true);
  addEventListener("unhandledrejection", (event) =>
    problems.push("unhandled rejection: " + String(event.reason)));
</script>`;

/**
 * The example as a page: its script addresses (`/assets/…`, a CDN, a theme folder) point at the
 * files `npm run build` makes in dist/, and a block that loads no script gets the module bundle.
 */
function examplePage(code: string): string {
  const html = code
    .replace(
      /(["'])[^"'\s]*?(il2-widgets\.iife|il2-widgets|il2-autoloader)\.js\1/g,
      "$1/dist/$2.js$1",
    )
    // Translation packs: the tests' own, built from a stand-in translation (test/node/packs.mjs).
    .replace(/(["'])[^"'\s]*?(il2-locale-[\w-]+\.js)\1/g, "$1/test/packs/$2$1")
    .replace(
      /data-il2-locale-path="[^"]*"/g,
      'data-il2-locale-path="/test/packs/"',
    );
  const loadsBundle = /\/dist\/il2-(?:widgets|autoloader)/.test(html);
  const bundle = loadsBundle
    ? ""
    : '<script type="module" src="/dist/il2-widgets.js"></script>';
  return `<!doctype html><html><head><meta charset="utf-8">${RECORDER}${bundle}</head><body>${html}</body></html>`;
}

/** The il2 tags an example writes (outside its scripts). */
function tagsIn(code: string): string[] {
  const markup = code.replace(/<script[\s\S]*?<\/script>/gi, "");
  return [
    ...new Set([...markup.matchAll(/<(il2-[a-z\d-]+)/g)].map((m) => m[1]!)),
  ];
}

async function openExample(code: string): Promise<ExampleWindow> {
  // srcdoc: the page shares the test page's origin, so /dist/ resolves and the test can look in.
  const iframe = await loadFrame(
    { srcdoc: examplePage(code) },
    { title: "docs example", width: 800, height: 600 },
  );
  return iframe.contentWindow as ExampleWindow;
}

// The translation pack the examples load is made on its first request (test/node/packs.mjs:
// seconds on a busy machine): here, once, instead of inside an example's test.
before(async function () {
  this.timeout(120_000);
  expect((await fetch("/test/packs/il2-locale-vi.js")).ok).to.equal(true);
});

afterEach(() =>
  document.querySelectorAll("iframe").forEach((iframe) => iframe.remove()),
);

describe("the docs' HTML examples", () => {
  it("are found in the README and the topic pages", () => {
    const files = new Set(examples.map((example) => example.file));
    expect([...files]).to.include.members([
      "README.md",
      "docs/embedding.md",
      "docs/languages.md",
    ]);
    expect(
      examples.filter((example) => tagsIn(example.code).length).length,
      "examples with cards",
    ).to.be.at.least(4);
  });

  it("point every script at the built files", () => {
    const page = examplePage(
      '<script src="https://cdn.example.org/npm/il2-widgets@0.1.0/dist/il2-widgets.iife.js"></script>' +
        "<script type=\"module\">import { registerLocale } from '/assets/il2-widgets.js';</script>",
    );
    expect(page).to.contain('src="/dist/il2-widgets.iife.js"');
    expect(page).to.contain("from '/dist/il2-widgets.js'");
    expect(page).not.to.contain('<script type="module" src=');
    const packs = examplePage(
      '<script src="/assets/il2-locale-vi.js"></script><script type="module" src="/assets/il2/il2-autoloader.js" data-il2-locales="vi" data-il2-locale-path="/assets/il2/locales/"></script>',
    );
    expect(packs).to.contain('src="/test/packs/il2-locale-vi.js"');
    expect(packs).to.contain('data-il2-locale-path="/test/packs/"');
    expect(examplePage("<il2-overview></il2-overview>")).to.contain(
      '<script type="module" src="/dist/il2-widgets.js"></script>',
    );
  });

  for (const example of examples) {
    const title = `${example.file}:${example.line} renders every card with a silent console`;
    if (example.skip) {
      // Counted with its reason in the run's summary, as every skipped test is.
      const reason = `a docs example that is not standalone (${example.skip})`;
      it(title, () => skipTest(reason));
      continue;
    }
    it(title, async () => {
      const win = await openExample(example.code);
      const doc = win.document;
      const cards = [...doc.querySelectorAll<Card>("*")].filter((element) =>
        element.localName.startsWith("il2-"),
      );
      for (const tag of tagsIn(example.code))
        expect(
          cards.some((card) => card.localName === tag),
          `<${tag}> is in the page`,
        ).to.equal(true);
      for (const card of cards) {
        const tag = card.localName;
        // The autoloader defines a card once its chunks arrive, which may be after the load event.
        await waitUntil(
          () => win.customElements.get(tag),
          `<${tag}> is defined`,
          { timeout: 4000 },
        );
        await card.updateComplete;
        const heading = card.shadowRoot?.querySelector(
          '[part~="title"], [part~="guide-title"]',
        );
        expect(
          heading?.textContent?.trim(),
          `<${tag}> shows its title`,
        ).to.match(/\S/);
      }
      expect(
        win.__docsExampleRecord.problems,
        "console and errors",
      ).to.deep.equal([]);
    });
  }
});
