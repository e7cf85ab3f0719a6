// Translation packs made as a hospital makes them (test/node/packs.mjs: `il2-widgets locale
// template`, a stand-in vendor that writes "VI: " before each English string, `il2-widgets locale
// build`), served beside the built widgets (/test/packs/) and shown in real host pages: with the
// one-file bundle (the pack before or after it), with the autoloader (told where packs live, or
// with the pack in a script tag of its own), pre-rendered with the pack, and in the React wrappers.
// Also: a draft pack's line, a language without a pack, and the round trip of the shipped Spanish.
import { expect, fixtureSync, html, waitUntil } from "@open-wc/testing";
import { act, createElement } from "react";
import { createRoot } from "react-dom/client";
import { Il2Overview } from "../src/react/index.js";
import "../src/generated/define-all.js";
import { en } from "../src/locales/en.js";
import { es } from "../src/locales/es.js";
import { registerLocale } from "../src/i18n/locale.js";
import { ALL_TAGS, loadFrame, say, shadow, visibleText } from "./helpers.js";

interface HostRecord {
  warnings: string[];
  errors: string[];
  violations: string[];
}

type HostWindow = Window &
  typeof globalThis & {
    __hostRecord: HostRecord;
    __firstTitles?: Record<string, string | undefined>;
  };

type Card = HTMLElement & { updateComplete: Promise<unknown> };

// Tells React 19 that this is a test environment, so act() flushes renders and effects.
(
  globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }
).IS_REACT_ACT_ENVIRONMENT = true;

/** What the stand-in vendor made of an English string (test/node/packs.mjs, FAKE_PREFIX). */
const vi = (english: string) => `VI: ${english}`;
const DRAFT_LINE = vi("This translation has not been reviewed yet.");

async function open(path: string, width = 1000) {
  const frame = await loadFrame(
    { src: path },
    { title: path, width, height: 700 },
  );
  const win = frame.contentWindow as HostWindow;
  return { win, doc: win.document, record: () => win.__hostRecord };
}

// The server makes each pack on first request (template, vendor, build: seconds on a busy
// machine): here, once, instead of inside whichever test asks first.
before(async function () {
  this.timeout(120_000);
  for (const pack of [
    "il2-locale-vi.js",
    "draft/il2-locale-vi.js",
    "es/il2-locale-es.js",
  ])
    expect((await fetch(`/test/packs/${pack}`)).ok, pack).to.equal(true);
  // And the server's pre-rendering with the pack.
  await fetch(
    "/test/prerendered/pack.html?locale=il2-locale-vi.js&script=none",
  );
});

afterEach(() =>
  document.querySelectorAll("iframe").forEach((iframe) => iframe.remove()),
);

/** The card's title, once it shows `expected` (waiting for the script, the pack, a re-render). */
async function titleBecomes(card: Element | null, expected: string) {
  const title = () =>
    card?.shadowRoot
      ?.querySelector('[part="title"], [part="guide-title"]')
      ?.textContent?.trim();
  await waitUntil(
    () => title() === expected,
    `title is "${expected}" (is "${title()}")`,
    { timeout: 3000 },
  );
}

/** Imports a pack file as an app's bundler would: it registers itself. */
const importPack = (url: string) => import(url) as Promise<unknown>;

const article = (card: Element) => card.shadowRoot!.querySelector("article")!;

/** The JS files under `prefix` the page fetched. */
function fetched(win: Window, prefix: string): string[] {
  return win.performance
    .getEntriesByType("resource")
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith(prefix) && path.endsWith(".js"));
}

describe("A translation pack built from a translator's XLIFF", () => {
  describe("with the one-file bundle", () => {
    it("shows the pack's text in every card of the page's language, with lang and dir, dates in the language, and no draft line", async () => {
      const { doc, record } = await open("/test/hosts/pack-bundle.html");
      const overview = doc.querySelector("il2-overview");
      await titleBecomes(overview, vi(en.overview.title));
      const schedule = doc.querySelector<Card>("il2-schedule")!;
      await titleBecomes(schedule, vi(en.schedule.title));
      await titleBecomes(
        doc.querySelector("il2-doctor-questions"),
        vi(en.questions.title),
      );
      for (const card of [overview!, schedule]) {
        expect(article(card).lang).to.equal("vi");
        expect(article(card).dir).to.equal("ltr");
        expect(visibleText(card)).to.contain(vi(en.common.careTeamNote));
        expect(shadow(card).querySelector(".draft-note")).to.equal(null);
      }
      // Dates through Intl in Vietnamese: 1 March 2027 is a Monday ("Thứ Hai", "tháng 3").
      const dated = visibleText(schedule);
      const longDate = new Intl.DateTimeFormat("vi", {
        weekday: "long",
        year: "numeric",
        month: "long",
        day: "numeric",
        timeZone: "UTC",
      }).format(Date.UTC(2027, 2, 1, 12));
      expect(dated).to.contain(
        say(vi(en.schedule.datedIntro), { start: longDate }, "vi"),
      );
      expect(dated).to.match(/tháng 3/);
      // A language with no pack falls back to English, as before; an English section stays English.
      await titleBecomes(
        doc.querySelector("il2-assistance"),
        en.assistance.title,
      );
      await titleBecomes(
        doc.querySelector("il2-resources"),
        en.resources.title,
      );
      // A reader's page says nothing of the missing French (the development copy warns, as the
      // cards do from source: locale-on-demand.test.ts).
      expect(record().warnings).to.deep.equal([]);
      expect(record().errors).to.deep.equal([]);
    });

    it("switches the cards to the pack when it arrives after the widgets", async () => {
      const { doc, record } = await open("/test/hosts/pack-after.html");
      const overview = doc.querySelector<Card>("il2-overview")!;
      await titleBecomes(overview, vi(en.overview.title));
      expect(article(overview).lang).to.equal("vi");
      // Until the pack came, the card said (once) that Vietnamese was not there yet.
      expect(
        record().warnings.filter((warning) => !/lang="vi"/.test(warning)),
      ).to.deep.equal([]);
      expect(record().errors).to.deep.equal([]);
    });

    it("shows the draft line under each card's title while the pack is a draft, and only in its language", async () => {
      const { doc, record } = await open("/test/hosts/pack-draft.html");
      for (const [tag, title] of [
        ["il2-overview", en.overview.title],
        ["il2-self-check", en.selfCheck.title],
      ] as const) {
        const card = doc.querySelector(tag)!;
        await titleBecomes(card, vi(title));
        const line = shadow(card).querySelector<HTMLElement>(".draft-note");
        expect(line?.textContent?.trim(), tag).to.equal(DRAFT_LINE);
        // Visible, right under the title and lede, before the card's own text.
        expect(line!.checkVisibility()).to.equal(true);
        expect(line!.closest("header")).to.not.equal(null);
        expect(getComputedStyle(line!).fontWeight).to.equal("700");
      }
      const spanish = doc.querySelector("il2-resources")!;
      await titleBecomes(spanish, es.resources.title);
      expect(shadow(spanish).querySelector(".draft-note")).to.equal(null);
      expect(record().warnings).to.deep.equal([]);
      expect(record().errors).to.deep.equal([]);
    });
  });

  describe("with the autoloader", () => {
    it("loads the pack from where it is told, once, before the cards render, and nothing of Spanish", async () => {
      const { win, doc, record } = await open("/test/hosts/auto-pack.html");
      const overview = doc.querySelector("il2-overview");
      await titleBecomes(overview, vi(en.overview.title));
      await titleBecomes(
        doc.querySelector("il2-schedule"),
        vi(en.schedule.title),
      );
      await titleBecomes(
        doc.querySelector("il2-assistance"),
        en.assistance.title,
      );
      // The first paint was already Vietnamese: never English on the way.
      await waitUntil(() => win.__firstTitles?.["il2-overview"]);
      expect(win.__firstTitles!["il2-overview"]).to.equal(
        vi(en.overview.title),
      );
      // Each pack once, however many cards show it.
      await titleBecomes(
        doc.querySelector("il2-resources"),
        en.resources.title,
      );
      expect(fetched(win, "/test/packs/").sort()).to.deep.equal([
        "/test/packs/il2-locale-fr.js",
        "/test/packs/il2-locale-vi.js",
      ]);
      expect(
        fetched(win, "/dist/").filter((path) => path.includes("/es/")),
      ).to.deep.equal([]);
      // A pack the host named but never served: its card shows English, and one error names the file.
      await waitUntil(
        () => record().errors.length > 0,
        "the missing pack is reported",
      );
      expect(record().errors).to.have.length(1);
      expect(record().errors[0]).to.match(
        /Could not load .*\/test\/packs\/il2-locale-fr\.js/,
      );
      expect(record().warnings).to.deep.equal([]);
    });

    it("fetches no pack for a page whose cards are all in English: a page pays only for the packs it shows", async () => {
      const { win, doc, record } = await open(
        "/test/hosts/auto-pack-english.html",
      );
      await titleBecomes(doc.querySelector("il2-overview"), en.overview.title);
      expect(fetched(win, "/test/packs/")).to.deep.equal([]);
      expect(record().warnings).to.deep.equal([]);
      expect(record().errors).to.deep.equal([]);
    });

    it("takes a pack the page loads in a script tag of its own", async () => {
      const { win, doc, record } = await open(
        "/test/hosts/auto-pack-script.html",
      );
      await titleBecomes(
        doc.querySelector("il2-overview"),
        vi(en.overview.title),
      );
      await waitUntil(() => win.__firstTitles?.["il2-overview"]);
      expect(win.__firstTitles!["il2-overview"]).to.equal(
        vi(en.overview.title),
      );
      expect(record().warnings).to.deep.equal([]);
      expect(record().errors).to.deep.equal([]);
    });
  });

  describe("pre-rendered with the pack (il2-widgets prerender --locale)", () => {
    it("shows the pack's text before any script runs", async () => {
      const page = await (
        await fetch(
          "/test/prerendered/pack.html?locale=il2-locale-vi.js&script=none",
        )
      ).text();
      expect(page).to.contain(vi(en.overview.title));
      expect(page).to.match(/<article[^>]*lang="vi" dir="ltr"/);
    });

    it("hydrates in place in Vietnamese, with nothing rendered again", async () => {
      const { win, doc, record } = await open(
        "/test/prerendered/pack.html?locale=il2-locale-vi.js&script=vi",
      );
      const overview = doc.querySelector<Card>("il2-overview")!;
      const before = overview.shadowRoot!.querySelector("article");
      await waitUntil(() => win.customElements.get("il2-overview"), "defined");
      await overview.updateComplete;
      await titleBecomes(overview, vi(en.overview.title));
      expect(overview.shadowRoot!.querySelector("article")).to.equal(before);
      await titleBecomes(
        doc.querySelector("il2-schedule"),
        vi(en.schedule.title),
      );
      expect(record().warnings).to.deep.equal([]);
      expect(record().errors).to.deep.equal([]);
    });
  });

  describe("in the React wrappers", () => {
    it("shows the pack an app imports", async () => {
      await importPack("/test/packs/il2-locale-vi.js");
      const container = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const root = createRoot(container);
      act(() => root.render(createElement(Il2Overview, { lang: "vi-VN" })));
      const card = container.querySelector<Card>("il2-overview")!;
      await card.updateComplete;
      await titleBecomes(card, vi(en.overview.title));
      act(() => root.unmount());
    });
  });
});

describe("The shipped Spanish, exported as a translated XLIFF and built as a pack", () => {
  it("renders every card exactly as the built-in Spanish does", async () => {
    registerLocale("es", es);
    const cards = ALL_TAGS.filter((tag) => tag !== "il2-guide").map((tag) => {
      const card = document.createElement(tag) as Card;
      card.lang = "es";
      if (tag === "il2-schedule") card.setAttribute("start-date", "2027-12-27");
      document.body.append(card);
      return card;
    });
    try {
      await Promise.all(cards.map((card) => card.updateComplete));
      const builtIn = cards.map((card) => visibleText(card));
      expect(builtIn[0]).to.contain(es.overview.title);
      // The pack registers itself and every card renders again, from the pack.
      const queue = ((globalThis as Record<symbol, unknown[]>)[
        Symbol.for("il2-widgets.locale-packs")
      ] ??= []);
      const before = queue.length;
      await importPack("/test/packs/es/il2-locale-es.js");
      expect(queue.length).to.equal(before + 1);
      const pack = queue.at(-1) as { language: string; review: unknown };
      expect(pack.language).to.equal("es");
      expect(pack.review).to.not.equal(null);
      await Promise.all(cards.map((card) => card.updateComplete));
      cards.forEach((card, index) => {
        expect(visibleText(card), card.localName).to.equal(builtIn[index]);
      });
    } finally {
      cards.forEach((card) => card.remove());
      registerLocale("es", es);
    }
  });
});
