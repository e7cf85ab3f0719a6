// The autoloader on real host pages (test/hosts/auto-*.html), loading the built dist/ exactly as a
// site would: what each page fetches (the URLs, checked against the build's own import graph, and
// their gzip sizes against the per-page budgets), Spanish only where a card shows it, cards added
// later or inside a host component's shadow root, the strict CSP, two copies on one page, a
// missing chunk, and a pre-rendered card.
import { expect, waitUntil } from "@open-wc/testing";
import { executeServerCommand } from "@web/test-runner-commands";
import { loadFrame } from "./helpers.js";
import { es } from "../src/locales/es.js";

interface HostRecord {
  warnings: string[];
  errors: string[];
  violations: string[];
}

/** The page logged no error or warning and broke no rule of its security policy. */
function expectQuiet(record: HostRecord): void {
  expect(record.errors, "errors").to.deep.equal([]);
  expect(record.warnings, "warnings").to.deep.equal([]);
  expect(record.violations, "policy violations").to.deep.equal([]);
}

type HostWindow = Window &
  typeof globalThis & {
    __hostRecord: HostRecord;
    __firstTitles?: Record<string, string | undefined>;
  };

interface PageWeight {
  files: { file: string; bytes: number }[];
  bytes: number;
  target: number;
  ceiling: number;
}

/** What the build says a page fetches, and its budget (scripts/size-budgets.mjs). */
async function pageWeight(id: string): Promise<PageWeight> {
  const response = await fetch(`/__il2/page-weight?page=${id}`);
  expect(response.ok, `page-weight ${id}`).to.equal(true);
  return (await response.json()) as PageWeight;
}

async function openHostPage(path: string) {
  const iframe = await loadFrame(
    { src: path },
    { title: path, width: 1000, height: 600 },
  );
  const win = iframe.contentWindow as HostWindow;
  return { win, doc: win.document, record: win.__hostRecord };
}

afterEach(() =>
  document.querySelectorAll("iframe").forEach((iframe) => iframe.remove()),
);

/** The card's title once it has rendered (in the light DOM of `root`, or a host's shadow root). */
function titleOf(card: Element | null | undefined): string | undefined {
  return card?.shadowRoot
    ?.querySelector('[part="title"], [part="guide-title"]')
    ?.textContent?.trim();
}

async function rendered(
  root: ParentNode,
  selector: string,
  message = `${selector} renders`,
): Promise<HTMLElement> {
  await waitUntil(() => titleOf(root.querySelector(selector)), message, {
    timeout: 4000,
  });
  return root.querySelector<HTMLElement>(selector)!;
}

/** The files under `prefix` (default /dist/) that the page fetched, in the order it asked for them. */
function fetched(win: Window, prefix = "/dist/"): string[] {
  return win.performance
    .getEntriesByType("resource")
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith(prefix) && path.endsWith(".js"))
    .map((path) => path.slice(prefix.length));
}

const ENGLISH_TITLE = "IL-2 for advanced melanoma";
const SPANISH_TITLE = "La IL-2 para el melanoma avanzado";

for (const csp of ["", "?csp=strict"]) {
  const policy = csp ? "under the strict CSP with Trusted Types" : "";

  describe(`the autoloader ${policy}`.trim(), () => {
    it("fetches only what one English <il2-overview> needs, within the page budget, and no Spanish", async () => {
      if (csp) {
        const response = await fetch(`/test/hosts/auto-overview.html${csp}`);
        expect(response.headers.get("content-security-policy")).to.match(
          /require-trusted-types-for 'script'/,
        );
      }
      const { win, doc, record } = await openHostPage(
        `/test/hosts/auto-overview.html${csp}`,
      );
      const card = await rendered(doc, "il2-overview");
      expect(titleOf(card)).to.equal(ENGLISH_TITLE);
      const page = await pageWeight("page-overview");
      expect([...new Set(fetched(win))].sort()).to.deep.equal(
        page.files.map(({ file }) => file),
      );
      expect(page.files.map(({ file }) => file)).to.include.members([
        "il2-autoloader.js",
        "chunks/il2-overview.js",
      ]);
      expect(
        fetched(win).filter((file) =>
          /^chunks\/(es\/|il2-(?!overview)|hydration)/.test(file),
        ),
      ).to.deep.equal([]);
      expect(page.bytes, "gzip bytes of the page's scripts").to.be.at.most(
        page.ceiling,
      );
      expectQuiet(record);
    });

    it("fetches only what one English <il2-side-effects> needs, within its page budget", async () => {
      const { win, doc, record } = await openHostPage(
        `/test/hosts/auto-side-effects.html${csp}`,
      );
      const card = await rendered(doc, "il2-side-effects");
      expect(titleOf(card)).to.equal(
        "Side effects of IL-2 and when to get help",
      );
      const page = await pageWeight("page-side-effects");
      expect([...new Set(fetched(win))].sort()).to.deep.equal(
        page.files.map(({ file }) => file),
      );
      expect(
        fetched(win).filter((file) =>
          /^chunks\/(es\/|il2-(?!side-effects)|hydration)/.test(file),
        ),
      ).to.deep.equal([]);
      expect(page.bytes, "gzip bytes of the page's scripts").to.be.at.most(
        page.ceiling,
      );
      expectQuiet(record);
    });

    it("fetches Spanish for a card inside a Spanish section before the card renders, so its first paint is Spanish", async () => {
      const { win, doc, record } = await openHostPage(
        `/test/hosts/auto-spanish.html${csp}`,
      );
      const card = await rendered(doc, "il2-overview");
      expect(titleOf(card)).to.equal(SPANISH_TITLE);
      await waitUntil(() => win.__firstTitles?.["il2-overview"]);
      expect(win.__firstTitles!["il2-overview"]).to.equal(SPANISH_TITLE);
      const english = await pageWeight("page-overview");
      const spanish = await pageWeight("page-overview-es");
      expect(spanish.files.map(({ file }) => file)).to.deep.equal([
        "chunks/es/common.js",
        "chunks/es/overview.js",
      ]);
      expect([...new Set(fetched(win))].sort()).to.deep.equal(
        [...english.files, ...spanish.files].map(({ file }) => file).sort(),
      );
      expect(spanish.bytes, "gzip bytes Spanish adds").to.be.at.most(
        spanish.ceiling,
      );
      expectQuiet(record);
    });

    it("fetches Spanish when the page's lang changes at run time, once, and the card switches to it", async () => {
      const { win, doc, record } = await openHostPage(
        `/test/hosts/auto-overview.html${csp}`,
      );
      const card = await rendered(doc, "il2-overview");
      expect(
        fetched(win).filter((file) => file.startsWith("chunks/es/")),
      ).to.deep.equal([]);
      doc.documentElement.lang = "es-MX";
      await waitUntil(
        () => titleOf(card) === SPANISH_TITLE,
        "the card switches to Spanish",
        { timeout: 4000 },
      );
      expect(
        card.shadowRoot!.querySelector(".card")!.getAttribute("lang"),
      ).to.equal("es");
      expect(
        fetched(win)
          .filter((file) => file.startsWith("chunks/es/"))
          .sort(),
      ).to.deep.equal(["chunks/es/common.js", "chunks/es/overview.js"]);
      // Back to English and to Spanish again: nothing more to fetch.
      doc.documentElement.lang = "en";
      await waitUntil(() => titleOf(card) === ENGLISH_TITLE);
      doc.documentElement.lang = "es";
      await waitUntil(() => titleOf(card) === SPANISH_TITLE);
      expect(
        fetched(win).filter((file) => file.startsWith("chunks/es/")),
      ).to.have.length(2);
      expectQuiet(record);
    });

    it("renders a card added later, fetching only its own chunk", async () => {
      const { win, doc, record } = await openHostPage(
        `/test/hosts/auto-overview.html${csp}`,
      );
      await rendered(doc, "il2-overview");
      const before = fetched(win);
      doc.querySelector("main")!.append(doc.createElement("il2-assistance"));
      const card = await rendered(doc, "il2-assistance");
      expect(titleOf(card)).to.equal("Help paying for IL-2");
      const added = fetched(win).slice(before.length);
      expect(added).to.include("chunks/il2-assistance.js");
      // Lit and the card base came once, with the first card.
      expect(added.filter((file) => before.includes(file))).to.deep.equal([]);
      expectQuiet(record);
    });

    it("finds cards in a host component's shadow root handed to discover(), in the host's language", async () => {
      const { win, doc, record } = await openHostPage(
        `/test/hosts/auto-shadow.html${csp}`,
      );
      await waitUntil(() => doc.querySelector("host-panel")?.shadowRoot);
      const panel = doc.querySelector("host-panel") as HTMLElement & {
        shadowRoot: ShadowRoot;
        addCard(tag: string): void;
      };
      const resources = await rendered(panel.shadowRoot, "il2-resources");
      expect(titleOf(resources)).to.equal(es.resources.title);
      expect(fetched(win)).to.include.members([
        "chunks/es/common.js",
        "chunks/es/resources.js",
      ]);
      // The shadow root stays watched: a card the component adds later renders too.
      panel.addCard("il2-assistance");
      const assistance = await rendered(panel.shadowRoot, "il2-assistance");
      expect(titleOf(assistance)).to.equal("Ayuda para pagar la IL-2");
      expectQuiet(record);
    });

    it("fetches the guide and the seven cards it holds in one file, within the guide's page budget", async () => {
      const { win, doc, record } = await openHostPage(
        `/test/hosts/auto-guide.html${csp}`,
      );
      const guide = await rendered(doc, "il2-guide");
      for (const tag of [
        "il2-overview",
        "il2-schedule",
        "il2-side-effects",
        "il2-doctor-questions",
        "il2-assistance",
        "il2-resources",
      ])
        await rendered(guide.shadowRoot!, tag);
      // A card added beside the guide is already defined by the guide's chunk: nothing to fetch.
      const before = fetched(win);
      doc.querySelector("main")!.append(doc.createElement("il2-overview"));
      await rendered(doc, "main > il2-overview");
      expect(fetched(win)).to.deep.equal(before);
      const page = await pageWeight("page-guide");
      expect([...new Set(fetched(win))].sort()).to.deep.equal(
        page.files.map(({ file }) => file),
      );
      expect(page.bytes, "gzip bytes of the page's scripts").to.be.at.most(
        page.ceiling,
      );
      expectQuiet(record);
    });

    it("fetches a guide that comes after another card in chunks, beside that card's: one copy of Lit", async () => {
      const { win, doc, record } = await openHostPage(
        `/test/hosts/auto-overview.html${csp}`,
      );
      await rendered(doc, "il2-overview");
      doc.querySelector("main")!.append(doc.createElement("il2-guide"));
      const guide = await rendered(doc, "il2-guide");
      await rendered(guide.shadowRoot!, "il2-resources");
      expect(fetched(win)).to.include("chunks/il2-guide.js");
      expect(fetched(win)).not.to.include("chunks/il2-guide-all.js");
      // Lit once: the core chunk the overview brought, which the guide's chunks share.
      expect(
        (win as unknown as { litElementVersions: string[] }).litElementVersions,
      ).to.have.length(1);
      expectQuiet(record);
    });

    it("switches the guide and its cards to Spanish at run time, fetching each Spanish file once", async () => {
      const { win, doc, record } = await openHostPage(
        `/test/hosts/auto-guide.html${csp}`,
      );
      const guide = await rendered(doc, "il2-guide");
      await rendered(guide.shadowRoot!, "il2-resources");
      doc.documentElement.lang = "es";
      await waitUntil(
        () =>
          titleOf(guide) === es.guide.title &&
          titleOf(guide.shadowRoot!.querySelector("il2-resources")) ===
            es.resources.title,
        "the guide and its cards switch to Spanish",
        { timeout: 4000 },
      );
      const spanish = fetched(win).filter((file) =>
        file.startsWith("chunks/es/"),
      );
      expect(spanish.sort()).to.deep.equal(
        [
          "common",
          "overview",
          "guide",
          "schedule",
          "questions",
          "assistance",
          "resources",
          "selfCheck",
          "sideEffects",
        ]
          .map((key) => `chunks/es/${key}.js`)
          .sort(),
      );
      expectQuiet(record);
    });
  });
}

/** What a held pre-rendered card looks like: the server's markup, and Lit told to wait. */
function held(card: Element): boolean {
  return (
    card.hasAttribute("defer-hydration") &&
    card.shadowRoot!.querySelectorAll(".card").length === 1
  );
}

/**
 * The chunks a page has asked for: what it fetched, and what the autoloader has asked the
 * browser for (it asks for every file of a card at once, before any arrives).
 */
function asked(win: Window): string[] {
  const preloads = [
    ...win.document.querySelectorAll<HTMLLinkElement>(
      'link[rel="modulepreload"]',
    ),
  ].map((link) => new URL(link.href).pathname.slice("/dist/".length));
  return [...new Set([...fetched(win), ...preloads])].sort();
}

/** Waits until a held card has its code and has rendered with it. */
async function hydrated(card: Element): Promise<void> {
  await waitUntil(() => !card.hasAttribute("defer-hydration"), "hydrated", {
    timeout: 4000,
  });
  await (card as HTMLElement & { updateComplete: Promise<unknown> })
    .updateComplete;
}

/** Long enough for a fetch the autoloader would have started to show (it starts them at once). */
const settle = () => new Promise((done) => setTimeout(done, 300));

for (const csp of ["", "&csp=prerendered"]) {
  const policy = csp ? "under the strict CSP pre-rendered pages need" : "";
  const PAGE = `/test/prerendered/autoloader.html?script=autoloader${csp}`;
  const READ_ONLY = [
    "il2-overview",
    "il2-side-effects",
    "il2-assistance",
    "il2-resources",
  ];

  describe(`the autoloader with pre-rendered cards ${policy}`.trim(), () => {
    it("fetches no card code for read-only cards, then a card's own code when the page changes one of its attributes", async () => {
      const { win, doc, record } = await openHostPage(PAGE);
      const cards = READ_ONLY.map((tag) => doc.querySelector(tag)!);
      await waitUntil(() => cards.every(held), "the autoloader holds them");
      await settle();
      // Nothing but the autoloader: the cards are complete as the server wrote them.
      expect(asked(win)).to.deep.equal(["il2-autoloader.js"]);
      const overview = cards[0]!;
      const serverTitle = overview.shadowRoot!.querySelector("#title")!;
      expect(serverTitle.localName).to.equal("h2");
      const serverCard = overview.shadowRoot!.querySelector(".card")!;

      overview.setAttribute("heading-level", "3");
      await waitUntil(
        () => overview.shadowRoot!.querySelector("#title")?.localName === "h3",
        "the change takes effect",
        { timeout: 4000 },
      );
      // Adopted in place (the server's nodes kept), then changed: not rendered afresh.
      expect(overview.shadowRoot!.querySelector(".card")).to.equal(serverCard);
      expect(overview.hasAttribute("defer-hydration")).to.equal(false);
      const page = await pageWeight("page-overview");
      const support = (await fetch(
        "/__il2/page-weight?entries=chunks/hydration.js",
      ).then((response) => response.json())) as PageWeight;
      await settle();
      expect(asked(win)).to.deep.equal(
        [
          ...new Set([
            ...page.files.map(({ file }) => file),
            ...support.files.map(({ file }) => file),
          ]),
        ].sort(),
      );
      // The other cards are still held, as the server wrote them.
      for (const card of cards.slice(1)) expect(held(card)).to.equal(true);
      expectQuiet(record);
    });

    it("brings read-only cards their code and their language when the page's lang changes", async () => {
      const { win, doc, record } = await openHostPage(PAGE);
      const cards = READ_ONLY.map((tag) => doc.querySelector(tag)!);
      await waitUntil(() => cards.every(held), "the autoloader holds them");
      doc.documentElement.lang = "es";
      await waitUntil(
        () =>
          titleOf(cards[0]) === SPANISH_TITLE &&
          titleOf(cards[3]) === es.resources.title,
        "the cards switch to Spanish",
        { timeout: 4000 },
      );
      expect(asked(win)).to.include.members([
        ...READ_ONLY.map((tag) => `chunks/${tag}.js`),
        "chunks/es/common.js",
        "chunks/es/overview.js",
      ]);
      // The self-check far below is not near, but it now shows another language too. Its code
      // is asked for with the others', but `asked()` sees a file once it has arrived, and it
      // may arrive after the two cards above have switched (seen in Firefox): wait for it.
      await waitUntil(
        () => asked(win).includes("chunks/il2-self-check.js"),
        "the self-check's code is fetched",
        { timeout: 4000 },
      );
      expectQuiet(record);
    });

    it("brings an interactive card its code at the reader's first focus or pointer on it, its controls hidden until then", async () => {
      const { win, doc, record } = await openHostPage(PAGE);
      const selfCheck = doc.querySelector("il2-self-check")!;
      await waitUntil(() => held(selfCheck), "the autoloader holds it");
      // A control that needs the script looks like nothing until it works: it cannot be used.
      const option = selfCheck.shadowRoot!.querySelector("input")!;
      expect(win.getComputedStyle(option).visibility).to.equal("hidden");
      await settle();
      expect(asked(win)).not.to.include("chunks/il2-self-check.js");
      selfCheck.dispatchEvent(
        new win.FocusEvent("focusin", { bubbles: true, composed: true }),
      );
      await hydrated(selfCheck);
      expect(win.getComputedStyle(option).visibility).to.equal("visible");
      expect(asked(win)).to.include("chunks/il2-self-check.js");
      // The read-only cards above did not come with it.
      expect(asked(win)).not.to.include("chunks/il2-overview.js");
      expectQuiet(record);
    });

    it("fetches the schedule far below the fold only once the reader scrolls near it", async () => {
      const { win, doc, record } = await openHostPage(PAGE);
      const schedule = doc.querySelector("il2-schedule")!;
      await waitUntil(() => held(schedule), "the autoloader holds it");
      await settle();
      expect(asked(win)).not.to.include("chunks/il2-schedule.js");
      // Drawn: run beside other test pages, this one may be a hidden tab, which draws nothing.
      await executeServerCommand("il2-bring-to-front");
      await waitUntil(
        () => document.visibilityState === "visible",
        "the test page is in front",
      );
      // Onto the screen: in a frame (as here) the frame's viewport clips the screen the loader
      // looks ahead; on a page of its own the card would come a screen earlier.
      schedule.scrollIntoView();

      await waitUntil(
        () => !schedule.hasAttribute("defer-hydration"),
        "hydrated after scrolling near",
        { timeout: 4000 },
      );
      expect(asked(win)).to.include("chunks/il2-schedule.js");
      // The read-only cards above stay as the server wrote them.
      expect(asked(win)).not.to.include("chunks/il2-overview.js");
      expectQuiet(record);
    });

    it("brings a read-only card its code at the reader's first pointer on it: its ask button hidden until then, then it works", async () => {
      const { win, doc, record } = await openHostPage(PAGE);
      const overview = doc.querySelector("il2-overview")!;
      await waitUntil(() => held(overview), "the autoloader holds it");
      const button = () =>
        overview.shadowRoot!.querySelector<HTMLButtonElement>(".ask-button")!;
      // Before its code: the button keeps its place but cannot be seen or pressed.
      expect(win.getComputedStyle(button()).visibility).to.equal("hidden");
      const { left, top, width, height } = button().getBoundingClientRect();
      expect(
        overview.shadowRoot!.elementFromPoint(
          left + width / 2,
          top + height / 2,
        ),
      ).not.to.equal(button());
      await settle();
      expect(asked(win)).to.deep.equal(["il2-autoloader.js"]);
      overview.dispatchEvent(
        new win.PointerEvent("pointerover", { bubbles: true, composed: true }),
      );
      await hydrated(overview);
      expect(win.getComputedStyle(button()).visibility).to.equal("visible");
      const asks: string[] = [];
      overview.addEventListener("il2-ask", (event) =>
        asks.push((event as CustomEvent<{ topic: string }>).detail.topic),
      );
      button().click();
      expect(asks).to.have.length(1);
      // No list of questions on this page: the card says so.
      await (overview as HTMLElement & { updateComplete: Promise<unknown> })
        .updateComplete;
      expect(
        overview.shadowRoot!.querySelector(".ask-note")!.textContent.trim(),
      ).not.to.equal("");
      expect(asked(win)).to.include("chunks/il2-overview.js");
      expect(asked(win)).not.to.include("chunks/il2-side-effects.js");
      expectQuiet(record);
    });

    it("fetches Lit's hydration support before any element's code, for a card the page adds to a pre-rendered page", async () => {
      const { win, doc, record } = await openHostPage(PAGE);
      await waitUntil(() => held(doc.querySelector("il2-overview")!));
      // A card the page does not have yet (the page's own schedule is further below).
      doc
        .querySelector("main")!
        .append(doc.createElement("il2-doctor-questions"));
      await rendered(doc, "il2-doctor-questions");
      const timing = (file: string) =>
        win.performance
          .getEntriesByType("resource")
          .find((entry) =>
            entry.name.endsWith(`/dist/${file}`),
          ) as PerformanceResourceTiming;
      const hydration = timing("chunks/hydration.js");
      expect(hydration, "chunks/hydration.js fetched").to.exist;
      // Asked for at once, run only after the support: Lit then watches defer-hydration.
      const questions = win.customElements.get(
        "il2-doctor-questions",
      ) as unknown as {
        observedAttributes: string[];
      };
      expect(questions.observedAttributes).to.include("defer-hydration");
      expect(asked(win)).not.to.include("chunks/il2-overview.js");
      expectQuiet(record);
    });
  });
}

describe("the autoloader with a chunk that fails to load", () => {
  it("logs one error naming the file and renders the other cards", async () => {
    const { win, doc, record } = await openHostPage(
      "/test/hosts/auto-missing-chunk.html?csp=strict",
    );
    await rendered(doc, "il2-overview");
    await waitUntil(() => record.errors.length, "the failure is reported");
    expect(record.errors).to.have.length(1);
    expect(record.errors[0]).to.match(
      /\[il2-widgets\] Could not load http:\/\/[^ ]+\/test\/missing-chunk\/chunks\/il2-assistance\.js/,
    );
    expect(win.customElements.get("il2-assistance")).to.equal(undefined);
    expect(record.warnings).to.deep.equal([]);
    expect(record.violations).to.deep.equal([]);
  });
});

/** Whether an autoloader has run on the page (it hands its source over to the cards there). */
const autoloaderRan = (win: Window) =>
  Symbol.for("il2-widgets.locale-source") in win;

for (const dev of [false, true]) {
  // A reader's page says nothing about it; the development copies (dist/dev/) warn once.
  const warns = dev ? 1 : 0;
  const query = dev ? "&dev" : "";
  const copies = dev ? " (development copies: one warning)" : "";

  describe(`the autoloader loaded twice${copies}`, () => {
    it("works from the first copy and throws nothing", async () => {
      const { win, doc, record } = await openHostPage(
        `/test/hosts/auto-twice.html?csp=strict${query}`,
      );
      await rendered(doc, "il2-overview");
      await rendered(doc, "il2-assistance");
      await waitUntil(() => autoloaderRan(win));
      expect(record.errors).to.deep.equal([]);
      expect(record.violations).to.deep.equal([]);
      expect(record.warnings).to.have.length(warns);
      if (dev) expect(record.warnings[0]).to.match(/loaded more than once/);
    });
  });

  describe(`the autoloader together with the one-file bundle${copies}`, () => {
    const tags = [
      "il2-overview",
      "il2-schedule",
      "il2-side-effects",
      "il2-doctor-questions",
      "il2-assistance",
      "il2-resources",
      "il2-guide",
    ];

    it("after the bundle: leaves every element to it and fetches no chunk, even under the strict CSP", async () => {
      const { win, doc, record } = await openHostPage(
        `/test/hosts/auto-after-bundle.html?csp=strict${query}`,
      );
      for (const tag of tags) await rendered(doc, tag);
      // Let the autoloader run its course.
      await waitUntil(() => autoloaderRan(win), "the autoloader runs");
      await waitUntil(() => record.warnings.length >= warns, "the warning");
      expect(
        fetched(win, dev ? "/dist/dev/" : "/dist/").filter((file) =>
          file.startsWith("chunks/"),
        ),
      ).to.deep.equal([]);
      expect(record.warnings).to.have.length(warns);
      if (dev) expect(record.warnings[0]).to.match(/loaded more than once/);
      expect(record.errors).to.deep.equal([]);
      expect(record.violations).to.deep.equal([]);
    });

    it("before the bundle: works and throws nothing when the policy allows duplicate 'lit-html' policies", async () => {
      const { win, doc, record } = await openHostPage(
        `/test/hosts/auto-before-bundle.html?csp=allow-duplicates${query}`,
      );
      for (const tag of tags) await rendered(doc, tag);
      await waitUntil(() => autoloaderRan(win), "the autoloader runs");
      await waitUntil(() => record.warnings.length >= warns, "the warning");
      expect(record.warnings).to.have.length(warns);
      if (dev) expect(record.warnings[0]).to.match(/loaded more than once/);
      expect(record.errors).to.deep.equal([]);
      expect(record.violations).to.deep.equal([]);
    });
  });
}
