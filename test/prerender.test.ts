// Pre-rendered cards in real host pages: HTML made by il2-widgets/ssr (the built dist/ssr, served by
// the test server's middleware) and hydrated by the built bundles, as a site would use them.
// Layout shift needs a page that paints (the test pages here run side by side in the background):
// test/node/prerender-cls.test.mjs measures it in a page of its own.
import { expect, waitUntil } from "@open-wc/testing";
import { ALL_TAGS, loadFrame } from "./helpers.js";
import { en } from "../src/locales/en.js";
import { es } from "../src/locales/es.js";

interface HostRecord {
  warnings: string[];
  errors: string[];
  violations: string[];
}

type HostWindow = Window &
  typeof globalThis & {
    __hostRecord?: HostRecord;
    __loadBundle?: () => Promise<unknown>;
  };

type Card = HTMLElement & { updateComplete: Promise<unknown> };

interface Opened {
  win: HostWindow;
  doc: Document;
  frame: HTMLIFrameElement;
}

/** Opens a host page in an iframe of the given size; `scripts: false` disables JavaScript in it. */
async function open(
  path: string,
  { width = 1000, height = 800, scripts = true } = {},
): Promise<Opened> {
  const frame = await loadFrame(
    { src: path },
    {
      title: path,
      width,
      height,
      prepare: (frame) => {
        frame.style.border = "0";
        // In view: Chromium neither paints nor measures layout shift in an iframe scrolled out
        // of sight.
        frame.style.position = "fixed";
        frame.style.inset = "0 auto auto 0";
        // Without allow-scripts nothing runs, as in a browser with JavaScript off; same origin
        // keeps the page readable by the test.
        if (!scripts) frame.setAttribute("sandbox", "allow-same-origin");
      },
    },
  );
  const win = frame.contentWindow as HostWindow;
  return { win, doc: frame.contentDocument!, frame };
}

/** Waits until every il2 card in the page is defined and has rendered. */
async function hydrated(win: HostWindow): Promise<Card[]> {
  const cards = () => [
    ...win.document.querySelectorAll<Card>(ALL_TAGS.join(",")),
  ];
  await waitUntil(
    () => cards().every((card) => win.customElements.get(card.localName)),
    "every card defined",
    { timeout: 4000 },
  );
  await Promise.all(cards().map((card) => card.updateComplete));
  // The guide's cards hydrate when the guide does.
  for (const guide of win.document.querySelectorAll("il2-guide"))
    await Promise.all(
      [...guide.shadowRoot!.querySelectorAll<Card>(".item > *")].map(
        (card) => card.updateComplete,
      ),
    );
  return cards();
}

/** Every element in a card's shadow root and in the shadow roots of the cards inside it. */
function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll("*")) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

const CONTROLS = "button, input, select, textarea, a[href]";

/** Controls a reader can see (and so try to use) in a card. */
const visibleControls = (card: Element) =>
  deepElements(card.shadowRoot!).filter(
    (element) =>
      element.matches(CONTROLS) &&
      element.checkVisibility({ visibilityProperty: true }),
  );

const title = (card: Element) =>
  card
    .shadowRoot!.querySelector('[part="title"], [part="guide-title"]')!
    .textContent.trim();

/** Runs axe-core inside the host page on each card; returns "tag: rule" for every violation. */
async function axeViolations(win: HostWindow, cards: Element[]) {
  const page = win as HostWindow & {
    axe?: { run(context: Element): Promise<{ violations: { id: string }[] }> };
  };
  if (!page.axe) {
    const script = win.document.createElement("script");
    script.src = "/node_modules/axe-core/axe.min.js";
    const loaded = new Promise((resolve) =>
      script.addEventListener("load", resolve, { once: true }),
    );
    win.document.head.append(script);
    await loaded;
  }
  const found: string[] = [];
  for (const card of cards) {
    const { violations } = await page.axe!.run(card);
    found.push(...violations.map(({ id }) => `${card.localName}: ${id}`));
  }
  return found;
}

/**
 * The server's HTML for `path`, parsed into this test page (where no il2 element is defined, so
 * the cards stay exactly as the server made them, as for a reader without JavaScript).
 */
async function serverHtmlHere(path: string): Promise<HTMLElement> {
  const html = await (await fetch(path)).text();
  const holder = document.createElement("div");
  holder.setHTMLUnsafe(html);
  document.body.append(holder);
  return holder;
}

/** The contact tile of the side-effects card inside the page's guide. */
function guideContactTile(doc: Document): HTMLElement {
  return doc
    .querySelector("il2-guide")!
    .shadowRoot!.querySelector("il2-side-effects")!
    .shadowRoot!.querySelector<HTMLElement>('[part="contact"]')!;
}

afterEach(() => {
  document.querySelectorAll("iframe").forEach((frame) => frame.remove());
  localStorage.removeItem("il2-prerender-test");
});

describe("pre-rendered cards", () => {
  describe("without JavaScript", () => {
    it("shows every card, styled, with its text, dates and open sections, and no control that needs script", async () => {
      const { doc } = await open("/test/prerendered/every-card.html", {
        scripts: false,
      });
      const cards = [...doc.querySelectorAll(ALL_TAGS.join(","))];
      expect(cards.map((card) => card.localName)).to.include.members([
        ...ALL_TAGS,
      ]);
      for (const card of cards) {
        // Nothing defined the element: this is the server's HTML alone.
        expect(doc.defaultView!.customElements.get(card.localName)).to.equal(
          undefined,
        );
        expect(card.shadowRoot, card.localName).to.not.equal(null);
        expect(title(card), card.localName).to.match(/IL-2|melanoma/i);
        const box = card.shadowRoot!.querySelector(".card")!;
        const style = getComputedStyle(box);
        expect(style.borderTopLeftRadius, `${card.localName} styled`).to.equal(
          "12px",
        );
        expect(visibleControls(card), card.localName).to.deep.equal([]);
      }
      const [overview] = cards;
      // Collapsible, yet every section is open: nothing could open one.
      for (const panel of overview!.shadowRoot!.querySelectorAll(".panel"))
        expect(panel.checkVisibility()).to.equal(true);
      expect(overview!.shadowRoot!.textContent).to.include(
        "What IL-2 can do, and its risks",
      );
      const schedule = doc.querySelector("il2-schedule")!;
      const scheduleText = (
        schedule.shadowRoot!.querySelector(".card") as HTMLElement
      ).innerText;
      expect(scheduleText).to.include("Monday, March 3, 2031");
      expect(scheduleText).to.include("6:00 AM, 2:00 PM, and 10:00 PM");
      // The guide's contents list still names every card, as words.
      const guide = doc.querySelector("il2-guide")!;
      const contents = guide.shadowRoot!.querySelector(
        '[part="contents"]',
      ) as HTMLElement;
      expect(contents.innerText).to.include("Questions to ask your doctor");
      // The host's slotted question is in the list, and its contact details are shown.
      const questions = doc.querySelector("il2-doctor-questions")!;
      expect(questions.shadowRoot!.textContent).to.include("Where do I park?");
      expect(doc.querySelector("#contact")!.checkVisibility()).to.equal(true);
      const contactTile = doc
        .querySelector("il2-assistance")!
        .shadowRoot!.querySelector<HTMLElement>('[part="contact"]')!;
      expect(contactTile.checkVisibility()).to.equal(true);
      // The side-effects card's two "when to get help" lists read whole, with the host's details.
      const sideEffects = doc.querySelector("il2-side-effects")!.shadowRoot!;
      for (const part of ["tell-nurse", "at-home", "contact"]) {
        const element = sideEffects.querySelector<HTMLElement>(
          `[part="${part}"]`,
        )!;
        expect(element.checkVisibility(), part).to.equal(true);
      }
      const lists = (sideEffects.querySelector(".help") as HTMLElement)
        .innerText;
      expect(lists).to.include("Tell your nurse right away if you have:");
      expect(lists).to.include("Black or bloody stool (poop)");
      expect(lists).to.include(
        "For trouble breathing or chest pain, call 911 right away.",
      );
      expect(lists).to.include("A fever");
      expect(
        doc.querySelector("#care-team-contact")!.checkVisibility(),
      ).to.equal(true);
      // The guide passes its contact details on to its side-effects card, which shows them under
      // their heading before any script (the server cannot look through the guide's slot: the
      // guide tells the card).
      expect(guideContactTile(doc).checkVisibility()).to.equal(true);
      expect(doc.querySelector("#guide-contact")!.checkVisibility()).to.equal(
        true,
      );
    });

    it("is accessible as the server made it", async function () {
      // axe over every card, the guide's five included: several seconds of one core.
      this.timeout(20_000);
      const holder = await serverHtmlHere(
        "/test/prerendered/every-card.html?script=none",
      );
      try {
        for (const card of holder.querySelectorAll(ALL_TAGS.join(",")))
          await expect(card).to.be.accessible();
      } finally {
        holder.remove();
      }
    });

    it('shows a card inside lang="es" in Spanish', async () => {
      const { doc } = await open("/test/prerendered/every-card.html", {
        scripts: false,
      });
      const spanish = doc.querySelector("#spanish")!;
      expect(title(spanish)).to.equal(es.overview.title);
      expect(spanish.shadowRoot!.querySelector("h3")).to.not.equal(null);
    });
  });

  describe("when the script arrives", () => {
    it("adopts the server's nodes in place: nothing added, nothing rendered twice", async () => {
      const { win, doc } = await open(
        "/test/prerendered/article.html?script=later",
      );
      const card = doc.querySelector<Card>("#overview")!;
      const root = card.shadowRoot!;
      const marked = root.querySelector('[part="title"]')!;
      const before = root.querySelectorAll("*").length;
      const height = card.getBoundingClientRect().height;
      expect(win.customElements.get("il2-overview")).to.equal(undefined);

      await win.__loadBundle!();
      await hydrated(win);
      expect(root.querySelector('[part="title"]')).to.equal(marked);
      expect(root.querySelectorAll("*").length).to.equal(before);
      expect(root.querySelectorAll(".card")).to.have.length(1);
      expect(card.getBoundingClientRect().height).to.equal(height);
      expect(win.__hostRecord!.errors).to.deep.equal([]);
      expect(win.__hostRecord!.warnings).to.deep.equal([]);
    });

    for (const script of ["module", "classic"]) {
      it(`renders every card once with the ${script} bundle, and each works like a live card`, async function () {
        // Hydrates every card, then axe checks each (the guide's five included): long work.
        this.timeout(20_000);
        const { win, doc } = await open(
          `/test/prerendered/every-card.html?script=${script}`,
        );
        const guideTile = guideContactTile(doc);
        const cards = await hydrated(win);
        for (const card of cards)
          expect(
            card.shadowRoot!.querySelectorAll(".card"),
            card.localName,
          ).to.have.length(1);
        // The guide's contact details stay where the server put them.
        expect(guideContactTile(doc)).to.equal(guideTile);
        expect(guideTile.checkVisibility()).to.equal(true);
        expect(win.__hostRecord!.errors).to.deep.equal([]);
        expect(win.__hostRecord!.warnings).to.deep.equal([]);

        // Marking a question.
        const questions = doc.querySelector<Card>("il2-doctor-questions")!;
        const box =
          questions.shadowRoot!.querySelector<HTMLInputElement>("#asked-q1")!;
        expect(box.checkVisibility({ visibilityProperty: true })).to.equal(
          true,
        );
        box.click();
        await questions.updateComplete;
        expect(
          questions
            .shadowRoot!.querySelector('[part="progress"]')!
            .textContent.trim(),
        ).to.equal("You have asked 1 of 11 questions.");

        // Entering a date.
        const schedule = doc.querySelector<Card>("il2-schedule")!;
        const input =
          schedule.shadowRoot!.querySelector<HTMLInputElement>("#start-date")!;
        input.value = "2032-05-03";
        schedule
          .shadowRoot!.querySelector<HTMLButtonElement>(
            'button[type="submit"]',
          )!
          .click();
        await schedule.updateComplete;
        expect(
          (schedule.shadowRoot!.querySelector(".card") as HTMLElement)
            .innerText,
        ).to.include("Monday, May 3, 2032");

        // Opening a collapsed section.
        const overview = doc.querySelector<Card>("il2-overview")!;
        const toggle =
          overview.shadowRoot!.querySelector<HTMLButtonElement>("#toggle-how")!;
        expect(toggle.getAttribute("aria-expanded")).to.equal("false");
        toggle.click();
        await overview.updateComplete;
        expect(toggle.getAttribute("aria-expanded")).to.equal("true");
        expect(await axeViolations(win, cards)).to.deep.equal([]);
      });
    }

    it("shows what only the browser knows right after: saved answers and the host's own questions", async () => {
      localStorage.setItem(
        "il2-prerender-test",
        JSON.stringify({ v: 1, asked: { q2: true }, notes: {}, own: [] }),
      );
      const { win, doc } = await open(
        "/test/prerendered/every-card.html?script=later",
      );
      const questions = doc.querySelector<Card & { questions: string[] }>(
        "il2-doctor-questions",
      )!;
      // The host sets its property before the script arrives, as a framework might.
      questions.questions = ["Can my family stay with me?"];
      await win.__loadBundle!();
      await hydrated(win);
      await questions.updateComplete;
      const root = questions.shadowRoot!;
      expect(
        root.querySelector<HTMLInputElement>("#asked-q2")!.checked,
      ).to.equal(true);
      expect(root.textContent).to.include("Can my family stay with me?");
      expect(root.textContent).to.include("Where do I park?");
      expect(
        root.querySelector('[part="progress"]')!.textContent.trim(),
      ).to.equal("You have asked 1 of 12 questions.");
    });

    it("keeps a Spanish card Spanish, and follows a lang the page sets before the script", async () => {
      const { win, doc } = await open(
        "/test/prerendered/every-card.html?script=later",
      );
      // Set by the page's own script after the server's HTML arrived.
      doc.querySelector("il2-resources")!.setAttribute("lang", "es");
      await win.__loadBundle!();
      await hydrated(win);
      expect(title(doc.querySelector("#spanish")!)).to.equal(es.overview.title);
      const resources = doc.querySelector<Card>("il2-resources")!;
      await resources.updateComplete;
      expect(title(resources)).to.equal(es.resources.title);
      expect(
        resources.shadowRoot!.querySelector(".card")!.getAttribute("lang"),
      ).to.equal("es");
    });
  });

  describe("under the Content-Security-Policy `il2-widgets csp` prints", () => {
    it("is styled before any script runs, and no policy violation fires before or after hydration", async () => {
      const withoutScript = await open(
        "/test/prerendered/every-card.html?script=none&csp=prerendered",
      );
      const response = await fetch(
        "/test/prerendered/every-card.html?script=none&csp=prerendered",
      );
      const policy = response.headers.get("content-security-policy")!;
      expect(policy).to.match(/style-src 'self'( 'sha256-[\w+/=]+')+;/);
      expect(policy).to.include("require-trusted-types-for 'script'");
      expect(policy).to.not.include("unsafe-inline");
      for (const card of withoutScript.doc.querySelectorAll(ALL_TAGS.join(",")))
        expect(
          getComputedStyle(card.shadowRoot!.querySelector(".card")!)
            .borderTopLeftRadius,
          card.localName,
        ).to.equal("12px");
      expect(withoutScript.win.__hostRecord!.violations).to.deep.equal([]);

      const { win } = await open(
        "/test/prerendered/every-card.html?script=module&csp=prerendered",
      );
      await hydrated(win);
      expect(win.__hostRecord!.violations).to.deep.equal([]);
      expect(win.__hostRecord!.errors).to.deep.equal([]);
    });
  });

  describe("when it cannot hydrate", () => {
    for (const [script, warns] of [
      ["module", 0],
      ["dev", 1],
    ] as const)
      it(`renders the card again, once, when the pre-rendered HTML does not match the script (${script === "dev" ? "the development copy warns once" : "no warning on a reader's page"})`, async () => {
        const { win, doc } = await open(
          `/test/prerendered/article.html?tamper=1&script=${script}`,
        );
        await hydrated(win);
        const card = doc.querySelector("#overview")!;
        expect(card.shadowRoot!.querySelectorAll(".card")).to.have.length(1);
        expect(title(card)).to.equal(en.overview.title);
        expect(win.__hostRecord!.warnings).to.have.length(warns);
        if (warns)
          expect(win.__hostRecord!.warnings[0]).to.match(
            /pre-rendered HTML does not match/,
          );
      });

    it("renders the card once, with one warning, when the host's Lit loaded before the hydration support", async () => {
      const { win, doc } = await open("/test/prerendered/lit-first.html");
      await hydrated(win);
      const card = doc.querySelector("il2-overview")!;
      expect(card.shadowRoot!.querySelectorAll(".card")).to.have.length(1);
      // The host's own Lit is its development build here, which says so: only ours count.
      const ours = win.__hostRecord!.warnings.filter((text) =>
        text.startsWith("[il2-widgets]"),
      );
      expect(ours).to.have.length(1);
      expect(ours[0]).to.match(
        /Lit was loaded before il2-widgets' hydration support/,
      );
    });
  });
});
