// Embedding anywhere: real host pages, loaded in an iframe from the test server, using the
// built bundles exactly as a site would (strict CSP with Trusted Types, double loading, many widgets).
import { expect, waitUntil } from "@open-wc/testing";
import "../src/il2-widgets.js";
import { ALL_TAGS, loadFrame, visibleText } from "./helpers.js";

interface HostRecord {
  warnings: string[];
  errors: string[];
  violations: string[];
}

interface HostPage {
  win: Window & typeof globalThis & { __hostRecord: HostRecord };
  doc: Document;
  record: HostRecord;
}

async function openHostPage(path: string, timeout = 4000): Promise<HostPage> {
  const iframe = await loadFrame(
    { src: path },
    { title: path, width: 1000, height: 600 },
  );
  const win = iframe.contentWindow as HostPage["win"];
  await waitUntil(
    () => ALL_TAGS.every((tag) => win.customElements.get(tag)),
    "every widget gets defined",
    { timeout },
  );
  const elements = [
    ...win.document.querySelectorAll<
      HTMLElement & { updateComplete: Promise<unknown> }
    >(ALL_TAGS.join(",")),
  ];
  await Promise.all(elements.map((element) => element.updateComplete));
  return { win, doc: win.document, record: win.__hostRecord };
}

afterEach(() =>
  document.querySelectorAll("iframe").forEach((iframe) => iframe.remove()),
);

function expectEveryWidgetRendered(doc: Document, copies = 1) {
  for (const tag of ALL_TAGS) {
    const elements = [...doc.querySelectorAll(tag)];
    expect(elements, tag).to.have.length(copies);
    for (const element of elements) {
      const title = element.shadowRoot?.querySelector(
        '[part="title"], [part="guide-title"]',
      );
      expect(title?.textContent?.trim(), `${tag} title`).to.match(
        /IL-2|melanoma/i,
      );
      // Every card ends with its review record and sources; the guide shows its one, at its end.
      expect(
        element.shadowRoot?.querySelector('[part="source"]')?.textContent,
        `${tag} review record`,
      ).to.match(/^Checked against its sources: .*Melanoma Research Alliance/);
    }
  }
}

describe("host pages", () => {
  describe("with a strict Content-Security-Policy and Trusted Types", () => {
    for (const bundle of ["module", "classic"]) {
      it(`renders every widget from the ${bundle} bundle with no policy violation`, async () => {
        const response = await fetch(`/test/hosts/csp-${bundle}.html`);
        expect(response.headers.get("content-security-policy")).to.match(
          /require-trusted-types-for 'script'/,
        );
        const { doc, record } = await openHostPage(
          `/test/hosts/csp-${bundle}.html`,
        );
        expectEveryWidgetRendered(doc);
        expect(record.violations).to.deep.equal([]);
        expect(record.errors).to.deep.equal([]);
        expect(record.warnings).to.deep.equal([]);
      });
    }
  });

  describe("the production bundle", () => {
    it("shows exactly the text the source shows (minifying the templates changes no words or spaces)", async () => {
      const { doc } = await openHostPage("/test/hosts/csp-module.html");
      for (const tag of ALL_TAGS) {
        const built = doc.querySelector(tag)!;
        const fromSource = document.createElement(tag) as HTMLElement & {
          updateComplete: Promise<unknown>;
        };
        document.body.append(fromSource);
        try {
          await fromSource.updateComplete;
          const innerCards = (el: Element) => [
            el,
            ...(el.shadowRoot?.querySelectorAll(".item > *") ?? []),
          ];
          const text = (el: Element) =>
            innerCards(el)
              .map((card) => visibleText(card))
              .join("\n");
          expect(text(built), tag).to.equal(text(fromSource));
        } finally {
          fromSource.remove();
        }
      }
    });
  });

  describe("when the bundle is loaded twice, as module and classic scripts together", () => {
    it("keeps working and throws nothing; a reader's page says nothing about it", async () => {
      const { doc, record } = await openHostPage("/test/hosts/twice.html");
      expectEveryWidgetRendered(doc);
      expect(record.errors).to.deep.equal([]);
      expect(record.warnings).to.deep.equal([]);
    });

    it("warns exactly once with the development copy (dist/dev/)", async () => {
      const { doc, record } = await openHostPage("/test/hosts/twice.html?dev");
      expectEveryWidgetRendered(doc);
      expect(record.errors).to.deep.equal([]);
      expect(record.warnings).to.have.length(1);
      expect(record.warnings[0]).to.match(
        /already defined.*loaded more than once/,
      );
    });
  });

  describe("when the bundle is loaded twice under the strict policy", () => {
    it("works and throws nothing when the policy allows duplicate 'lit-html' policies", async () => {
      const path = "/test/hosts/twice.html?csp=allow-duplicates";
      const response = await fetch(path);
      expect(response.headers.get("content-security-policy")).to.match(
        /trusted-types lit-html 'allow-duplicates'/,
      );
      const { doc, record } = await openHostPage(path);
      expectEveryWidgetRendered(doc);
      expect(record.violations).to.deep.equal([]);
      expect(record.errors).to.deep.equal([]);
      expect(record.warnings).to.deep.equal([]);
    });

    it("still shows every widget from the first copy without it; only the extra copies fail (as the README warns)", async () => {
      const { doc, record } = await openHostPage(
        "/test/hosts/twice.html?csp=strict",
      );
      expectEveryWidgetRendered(doc);
      // Each extra copy's Lit stops at its policy (two extra copies, two errors) before it
      // reaches the registration that would warn.
      expect(record.errors).to.have.length(2);
      // Matched by meaning, as each engine words it: Chromium 'Policy with name "lit-html" already
      // exists', Firefox "Content-Security-Policy blocked creating policy named 'lit-html'".
      for (const error of record.errors) {
        expect(error).to.match(/["']lit-html["']/);
        expect(error).to.match(
          /already exists|blocked|refused|not allowed|disallowed|duplicate/i,
        );
      }
      expect(record.warnings).to.deep.equal([]);
    });
  });

  describe("with 100 copies of every widget", () => {
    it("renders them all and fetches nothing but the bundle", async function () {
      // Over a thousand cards (the guide holds five each): a slow machine needs the time.
      this.timeout(60_000);
      const { win, doc, record } = await openHostPage(
        "/test/hosts/many.html?copies=100",
        50_000,
      );
      expectEveryWidgetRendered(doc, 100);
      const fetched = win.performance
        .getEntriesByType("resource")
        .map((entry) => new URL(entry.name).pathname);
      // The test server's own files: the page's helpers and its live-reload socket.
      const harness = [
        "/test/hosts/recorder.js",
        "/test/hosts/widgets.js",
        "/__web-dev-server__web-socket.js",
      ];
      expect(fetched.filter((path) => !harness.includes(path))).to.deep.equal([
        "/dist/il2-widgets.js",
      ]);
      expect(record.errors).to.deep.equal([]);
      expect(record.warnings).to.deep.equal([]);
    });
  });
});

describe('the side-effect-free entry (package.json exports ".")', () => {
  const classNames: Record<string, string> = {
    "il2-overview": "Il2Overview",
    "il2-schedule": "Il2Schedule",
    "il2-side-effects": "Il2SideEffects",
    "il2-self-check": "Il2SelfCheck",
    "il2-doctor-questions": "Il2DoctorQuestions",
    "il2-assistance": "Il2Assistance",
    "il2-resources": "Il2Resources",
    "il2-guide": "Il2Guide",
  };

  it("exports every widget class and defines no tag until a define module is loaded", async function () {
    // Unbundled modules, fetched one by one while other test files run: allow time (not judged).
    this.timeout(20_000);
    const { exports } = (await (await fetch("/package.json")).json()) as {
      exports: Record<string, { default: string }>;
    };
    // The host page imports this file; fail if the package points "." elsewhere.
    expect(exports["."]!.default).to.equal("./dist/esm/index.js");

    const iframe = await loadFrame(
      { src: "/test/hosts/entry-only.html" },
      { title: "entry-only" },
    );
    const win = iframe.contentWindow as Window &
      typeof globalThis & {
        __hostRecord: HostRecord;
        __entry?: Record<string, unknown>;
        __importForTest: (path: string) => Promise<unknown>;
      };
    const record = win.__hostRecord;
    await waitUntil(
      () => win.__entry || record.errors.length,
      "the entry module loads",
      { timeout: 15_000 },
    );
    expect(record.errors).to.deep.equal([]);
    const entry = win.__entry!;

    for (const tag of ALL_TAGS) {
      const exported = entry[classNames[tag]!];
      expect(typeof exported, classNames[tag]).to.equal("function");
      expect(
        (exported as { prototype: unknown }).prototype,
        `${classNames[tag]} is an element class`,
      ).to.be.instanceOf(win.HTMLElement);
    }
    expect(
      ALL_TAGS.filter((tag) => win.customElements.get(tag) !== undefined),
      "tags defined by the entry",
    ).to.deep.equal([]);
    expect(win.document.querySelector("il2-overview")!.shadowRoot).to.equal(
      null,
    );

    // Control: in this same page, the overview's own define module does register its tag,
    // with the very class the entry exports (so the check above looks in the right place).
    const define = exports["./overview"]!.default.replace(/^\./, "");
    await win.__importForTest(define);
    expect(win.customElements.get("il2-overview")).to.equal(entry.Il2Overview);
    expect(
      ALL_TAGS.filter((tag) => win.customElements.get(tag) !== undefined),
    ).to.deep.equal(["il2-overview"]);
    expect(record.errors).to.deep.equal([]);
    expect(
      record.warnings.filter((text) => !/Lit is in dev mode/.test(text)),
    ).to.deep.equal([]);
  });
});
