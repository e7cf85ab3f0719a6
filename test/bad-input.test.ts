// Bad input never breaks a card: every attribute and public property of every element, read from
// the generated custom-elements.json, is given empty, garbage, huge, HTML-looking and wrongly
// typed values. For each value the card must not throw, must still show its title and its review
// record (the package's dates: no bad value names a reviewer), must render nothing from outside as
// HTML, and must warn the developer exactly as the element's contract says: once for a value it
// cannot use, never for one it accepts.
import { expect, fixture } from "@open-wc/testing";
import "../src/overview/define.js";
import "../src/schedule/define.js";
import "../src/side-effects/define.js";
import "../src/self-check/define.js";
import "../src/questions/define.js";
import "../src/assistance/define.js";
import "../src/resources/define.js";
import "../src/guide/define.js";
import {
  overview,
  schedule,
  sideEffects,
  selfCheck,
  questions,
  assistance,
  resources,
  guide,
} from "../src/locales/en.js";
import { forgetWarnings } from "../src/shared/warn.js";
import {
  PACKAGE_CHECK,
  longDay,
  nextReviewAfter,
} from "../src/shared/review-record.js";
import { ALL_TAGS, expectWarning, shadow, warnings } from "./helpers.js";
import { WIDGETS as REGISTRY, type WidgetEntry } from "../src/widgets.js";

// ── The manifest ────────────────────────────────────────────────────────────────────────────

interface ManifestAttribute {
  name: string;
  type?: { text: string };
}

interface ManifestMember {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  type?: { text: string };
}

interface ManifestDeclaration {
  customElement?: boolean;
  tagName?: string;
  attributes?: ManifestAttribute[];
  members?: ManifestMember[];
}

interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

/** The element API as published: what a page can set. */
const manifest = (await (
  await fetch("/custom-elements.json")
).json()) as Manifest;

const declarations = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName);

const declarationOf = (tag: string) =>
  declarations.find((declaration) => declaration.tagName === tag);

/** Attributes: name, and whether it is a boolean (present means true, whatever its text). */
const attributesOf = (tag: string) =>
  (declarationOf(tag)?.attributes ?? []).map((attribute) => ({
    name: attribute.name,
    boolean: attribute.type?.text === "boolean",
  }));

/**
 * Public properties, JS-only ones (`questions`, `today`) included: name, the name its warnings
 * use (the attribute's, else the property's) and whether it is a boolean.
 */
const propertiesOf = (tag: string) =>
  (declarationOf(tag)?.members ?? [])
    .filter(
      (member) =>
        member.kind === "field" &&
        (member.privacy ?? "public") === "public" &&
        !member.static &&
        !member.readonly &&
        !member.name.startsWith("#"),
    )
    .map((member) => ({
      name: member.name,
      warnsAs: member.attribute ?? member.name,
      boolean: member.type?.text === "boolean",
    }));

// ── The widgets and the values ──────────────────────────────────────────────────────────────

interface Widget {
  tag: (typeof ALL_TAGS)[number];
  /** How the card is set up before each value, when not the default card. */
  state?: string;
  /** The default card's title, in English. */
  title: string;
  /** The part holding the widget's own title. */
  titlePart: string;
  /** Brings a fresh card to `state` (sets properties a page would set). */
  prepare?: (el: Card) => void;
  /** What must also hold after each value of the setting `name`. */
  check?: (el: Card, name: string) => void;
}

/** The dated schedule's first day and fixed "today" (day 3 of cycle 1), as a reader sees them. */
const FIRST_DAY = "Monday, March 8, 2027";
const FIXED_TODAY = "Wednesday, March 10, 2027";

/**
 * A bad value never shows a wrong date: the first day is the host's or none (only a bad start
 * date drops it), and today's place names the fixed day, or the reader's real date once `today`
 * is refused.
 */
function expectNoWrongDate(el: Card, name: string): void {
  const text = shadow(el).querySelector(".course")?.textContent ?? "";
  const firstDay = /Your first day of IL-2 is ([^.]+)\./.exec(text)?.[1];
  if (name === "start-date" || name === "startDate")
    expect(firstDay, "first day").to.be.oneOf([FIRST_DAY, undefined]);
  else expect(firstDay, "first day").to.equal(FIRST_DAY);
  const note = shadow(el).querySelector(".today-note")?.textContent?.trim();
  if (name === "today" || name === "start-date" || name === "startDate") {
    const realToday = new Intl.DateTimeFormat("en-US", {
      weekday: "long",
      year: "numeric",
      month: "long",
      day: "numeric",
    }).format(new Date());
    if (note)
      expect(note, "today note").to.satisfy(
        (shown: string) =>
          shown.includes(FIXED_TODAY) || shown.includes(realToday),
      );
  } else
    expect(note, "today note").to.equal(
      `Today, ${FIXED_TODAY}, is day 3 of cycle 1.`,
    );
}

/**
 * A bad value never puts a wrong number in front of the reader: the card shows the host's numbers
 * it accepted (only a bad value for that very setting drops one), and the emergency number is the
 * host's or 911 (911 only after a bad emergency-number).
 */
function expectNoInventedNumber(el: Card, name: string): void {
  const links = [...shadow(el).querySelectorAll('[part="phone"]')].map((link) =>
    link.getAttribute("href"),
  );
  const kept = [
    ...(/care-?team-?phone/i.test(name) ? [] : ["tel:5550100100"]),
    ...(/after-?hours-?phone/i.test(name) ? [] : ["tel:5550100199"]),
  ];
  expect(links, "phone links").to.include.members(kept);
  for (const href of links)
    expect(href, "phone link").to.be.oneOf([
      "tel:5550100100",
      "tel:5550100199",
    ]);
  const emergency =
    shadow(el).querySelector('[part="emergency"]')?.textContent ?? "";
  expect(emergency, "emergency number").to.match(
    /emergency-?number/i.test(name) ? /\b(112|911)\b/ : /\b112\b/,
  );
}

const WIDGETS: readonly Widget[] = [
  { tag: "il2-overview", title: overview.title, titlePart: "title" },
  { tag: "il2-schedule", title: schedule.title, titlePart: "title" },
  {
    tag: "il2-schedule",
    state: "with the reader's dates",
    title: schedule.title,
    titlePart: "title",
    prepare: (el) => {
      el.setAttribute("start-date", "2027-03-08");
      (el as unknown as { today: string }).today = "2027-03-10";
    },
    check: expectNoWrongDate,
  },
  { tag: "il2-side-effects", title: sideEffects.title, titlePart: "title" },
  {
    tag: "il2-side-effects",
    state: "with the host's numbers",
    title: sideEffects.title,
    titlePart: "title",
    prepare: (el) => {
      el.setAttribute("care-team-phone", "555-010-0100");
      el.setAttribute("after-hours-phone", "555-010-0199");
      el.setAttribute("emergency-number", "112");
    },
    check: expectNoInventedNumber,
  },
  { tag: "il2-self-check", title: selfCheck.title, titlePart: "title" },
  { tag: "il2-doctor-questions", title: questions.title, titlePart: "title" },
  { tag: "il2-assistance", title: assistance.title, titlePart: "title" },
  { tag: "il2-resources", title: resources.title, titlePart: "title" },
  // The guide's own title; its one review record is its own, the cards inside have none.
  { tag: "il2-guide", title: guide.title, titlePart: "guide-title" },
];

const HTML = '<img src=x onerror="window.__pwned=1">';
const HUGE = "x".repeat(100_000);

const ATTRIBUTE_VALUES = ["", "garbage", HUGE, HTML, " 2 "] as const;
const PROPERTY_VALUES: readonly unknown[] = [
  null,
  undefined,
  42,
  NaN,
  {},
  [],
  "garbage",
  HTML,
  () => 1,
];

/**
 * Beyond the values above: objects that cannot be turned into text at all. Every parser must
 * refuse them without converting them (`quote()` names their type instead).
 */
const UNPRINTABLE_VALUES: readonly unknown[] = [
  Object.create(null),
  Symbol("x"),
  {
    toString() {
      throw new Error("toString throws");
    },
  },
];

/** A short, readable name for a value in test titles and failure lists. */
function describeValue(value: unknown): string {
  if (typeof value === "symbol") return value.toString();
  if (
    value !== null &&
    typeof value === "object" &&
    Object.getPrototypeOf(value) === null
  )
    return "Object.create(null)";
  if (
    value !== null &&
    typeof value === "object" &&
    Object.hasOwn(value, "toString")
  )
    return "{ toString() { throw } }";
  if (typeof value === "string")
    return value.length > 24
      ? `${JSON.stringify(value.slice(0, 12))}… (${value.length} chars)`
      : JSON.stringify(value);
  if (typeof value === "function") return String(value);
  if (Array.isArray(value)) return "[]";
  if (value !== null && typeof value === "object") return "{}";
  return String(value);
}

/**
 * Text each attribute (or its property, given as a string) accepts besides its absence, from each
 * element's JSDoc: these must stay silent. Any other non-boolean text must warn once.
 */
const ACCEPTED_TEXT: Record<string, readonly string[]> = {
  // Empty means "not set": inherit the language, show all sections, no date, no times, no link.
  lang: [""],
  sections: [""],
  "start-date": [""],
  "dose-times": [""],
  "program-href": [""],
  "treatments-href": [""],
  "adjuvant-href": [""],
  "research-href": [""],
  "care-team-phone": [""],
  "after-hours-phone": [""],
  "emergency-number": [""],
  // Hours are the host's own words, shown as text: any short text without markup.
  "care-team-hours": ["", "garbage", " 2 "],
  // Empty means "not set": the package's own review dates.
  "reviewed-by": [""],
  "reviewed-on": [""],
  // Numeric text is trimmed: " 2 " is 2.
  "heading-level": [" 2 "],
  "rest-days": [" 2 "],
  "doses-per-day": [" 2 "],
  // Any 1–100 characters of text is a key (only read with `persist`).
  "storage-key": ["garbage", HTML, " 2 "],
};

/** Properties documented to take an array: an empty one is fine. */
const ACCEPTS_ARRAY = new Set(["sections", "questions"]);

/** Expected warnings for one value: none for an accepted value, one for a refused one. */
type Expected = 0 | 1;

function expectedWarnings(
  warnsAs: string,
  boolean: boolean,
  value: unknown,
): Expected {
  // A boolean attribute is on whenever present; a boolean property takes any truthy value.
  if (boolean || value == null) return 0;
  if (typeof value === "string")
    return ACCEPTED_TEXT[warnsAs]?.includes(value) ? 0 : 1;
  if (Array.isArray(value) && value.length === 0 && ACCEPTS_ARRAY.has(warnsAs))
    return 0;
  return 1;
}

/** Extra attributes the fixture needs so an attribute is read at all. */
const SETUP: Record<string, Record<string, string>> = {
  // storage-key is only read with persist (the default key is read for the valid values).
  "il2-doctor-questions storage-key": { persist: "" },
  "il2-doctor-questions storageKey": { persist: "" },
};

// ── Checks ──────────────────────────────────────────────────────────────────────────────────

type Card = HTMLElement & { updateComplete: Promise<boolean> };
const isCard = (element: Element): element is Card =>
  "updateComplete" in element;

/** Every element in a shadow tree, nested cards' shadow roots included (the guide). */
function deepElements(root: ShadowRoot): Element[] {
  const all: Element[] = [];
  for (const element of root.querySelectorAll("*")) {
    all.push(element);
    if (element.shadowRoot) all.push(...deepElements(element.shadowRoot));
  }
  return all;
}

/** Waits until the card and every card inside it have rendered, lang changes included. */
async function settle(el: Card): Promise<void> {
  await el.updateComplete;
  // A reflected `lang` reaches inner cards through a MutationObserver: let it run, then wait again.
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
  await Promise.all(
    deepElements(shadow(el))
      .filter(isCard)
      .map((inner) => inner.updateComplete),
  );
}

const pwned = () => (window as { __pwned?: unknown }).__pwned;

/** The package's own review record, as every card shows it when no host review is usable. */
const PACKAGE_RECORD = new RegExp(
  `^Checked against its sources: ${longDay(PACKAGE_CHECK, "en-US")}\\. Next review: ${longDay(nextReviewAfter(PACKAGE_CHECK), "en-US")}\\. Sources: Melanoma Research Alliance, patient page on IL-2, last updated August 2021; PROLEUKIN prescribing information, revised February 2024`,
);

/** The card still works: its title, its one review record, nothing from outside rendered as HTML. */
function expectWorkingCard(el: Card, widget: Widget): void {
  const title = shadow(el).querySelector(`[part~="${widget.titlePart}"]`);
  expect(title?.textContent?.trim(), "title").to.equal(widget.title);
  const all = deepElements(shadow(el));
  // One review record: the card's own; for the guide, its own footer's, none inside its cards.
  const records = all.filter(
    (element) => element.getAttribute("part") === "source",
  );
  expect(records, "review record").to.have.length(1);
  expect(records[0]!.getRootNode(), "the record's card").to.equal(shadow(el));
  expect(records[0]!.textContent?.trim(), "review record").to.match(
    PACKAGE_RECORD,
  );
  const images = [...all, ...el.querySelectorAll("*")].filter(
    (element) => element.localName === "img",
  );
  expect(images, "<img> in the card").to.deep.equal([]);
  const handlers = all.flatMap((element) =>
    element
      .getAttributeNames()
      .filter((name) => name.startsWith("on"))
      .map((name) => `<${element.localName} ${name}>`),
  );
  expect(handlers, "inline event handlers").to.deep.equal([]);
  expect(pwned(), "window.__pwned").to.equal(undefined);
}

/**
 * The element a setting's warning names: the element's own tag, except for what the guide passes
 * on to a card it holds (the registry's guideForwards): that card checks the value and warns.
 */
function warningTag(tag: string, warnsAs: string): string {
  if (tag !== "il2-guide") return tag;
  const property = warnsAs.replace(/-(\w)/g, (_, letter: string) =>
    letter.toUpperCase(),
  );
  const card = REGISTRY.find((widget: WidgetEntry) =>
    widget.guideForwards?.properties?.includes(property),
  );
  return card?.tag ?? tag;
}

/** Checks the warnings one value caused: as many as expected, naming the element and setting, short. */
function expectWarnings(
  caused: readonly string[],
  expected: Expected,
  tag: string,
  warnsAs: string,
): void {
  expect(caused.length, `warnings: ${caused.join(" | ")}`).to.equal(expected);
  for (const text of caused) {
    expect(text).to.include(`<${tag}>`);
    expect(text).to.include(`${warnsAs}=`);
    // A huge value is quoted short, so it cannot flood the console.
    expect(text.length, "warning length").to.be.below(300);
  }
}

/** Uncaught errors and rejections on the page during a test. */
const uncaught: string[] = [];
const onError = (event: ErrorEvent) =>
  uncaught.push(`error: ${String(event.error ?? event.message)}`);
const onRejection = (event: PromiseRejectionEvent) =>
  uncaught.push(`unhandled rejection: ${String(event.reason)}`);

/** Puts a default card on the page (plus any setup it needs) and waits until it has rendered. */
async function mount(widget: Widget, setup: Record<string, string> = {}) {
  const element = document.createElement(widget.tag) as Card;
  for (const [name, value] of Object.entries(setup))
    element.setAttribute(name, value);
  widget.prepare?.(element);
  const el = await fixture<Card>(element);
  await settle(el);
  return el;
}

interface Case {
  /** The value's name in the failure list. */
  label: string;
  apply: () => void;
  /** Puts the setting back as the default card had it. */
  reset: () => void;
  expected: Expected;
  /** Also run axe in this state. */
  audit: boolean;
}

/**
 * Runs every case on one card: set, check, and (warn once) reset, set again, check no new
 * warning, reset. Failures are collected per value so one bad value doesn't hide the others.
 */
async function runCases(
  el: Card,
  widget: Widget,
  name: string,
  warnsAs: string,
  cases: readonly Case[],
): Promise<void> {
  expectWorkingCard(el, widget);
  widget.check?.(el, name);
  const problems: string[] = [];
  for (const { label, apply, reset, expected, audit } of cases) {
    // Each value starts from a page that has warned about nothing yet.
    forgetWarnings();
    const before = warnings().length;
    uncaught.length = 0;
    try {
      expect(apply, "setting it").not.to.throw();
      await settle(el);
      expectWorkingCard(el, widget);
      widget.check?.(el, name);
      const caused = warnings().slice(before);
      expectWarnings(
        caused,
        expected,
        warningTag(widget.tag, warnsAs),
        warnsAs,
      );
      if (audit) await expect(el).to.be.accessible();
      // Once per page: the same value again, after the default, warns no more.
      expect(reset, "resetting it").not.to.throw();
      await settle(el);
      expect(apply, "setting it again").not.to.throw();
      await settle(el);
      expectWorkingCard(el, widget);
      expect(
        warnings().slice(before + caused.length),
        "warnings for the same value again",
      ).to.deep.equal([]);
      expect(reset, "resetting it").not.to.throw();
      await settle(el);
      expect(uncaught, "uncaught errors").to.deep.equal([]);
    } catch (error) {
      problems.push(
        `${label}: ${error instanceof Error ? error.message : String(error)}`,
      );
      // Leave the card as the next value expects it.
      try {
        reset();
        await settle(el);
      } catch {
        // Reported above.
      }
    }
  }
  if (problems.length)
    expect.fail(`values that broke the card:\n${problems.join("\n")}`);
}

// ── The suite ───────────────────────────────────────────────────────────────────────────────

describe("bad input never breaks a card", function () {
  // The guide renders six cards for each of up to twelve values, each set twice.
  this.timeout(60_000);

  beforeEach(() => {
    uncaught.length = 0;
    addEventListener("error", onError);
    addEventListener("unhandledrejection", onRejection);
    // Warnings from the cards are expected; how many each value causes is checked in runCases.
    expectWarning(/^\[il2-widgets\] <il2-/);
  });

  afterEach(() => {
    removeEventListener("error", onError);
    removeEventListener("unhandledrejection", onRejection);
  });

  after(async () => {
    // An <img onerror> created and dropped would still fire once its load fails: give it time.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(pwned(), "window.__pwned after the suite").to.equal(undefined);
  });

  it("puts every widget of the registry (src/widgets.ts) to the test", () => {
    expect([...new Set(WIDGETS.map((widget) => widget.tag))]).to.have.members([
      ...ALL_TAGS,
    ]);
  });

  it("reads every element's attributes and properties from custom-elements.json", () => {
    expect(
      declarations.map((declaration) => declaration.tagName),
    ).to.include.members([...ALL_TAGS]);
    for (const tag of ALL_TAGS) {
      expect(
        attributesOf(tag).map(({ name }) => name),
        tag,
      ).to.include.members(["lang", "theme", "heading-level"]);
      expect(
        propertiesOf(tag).map(({ name }) => name),
        tag,
      ).to.include.members(["lang", "theme", "headingLevel"]);
    }
    // JS-only properties are in the list too.
    expect(
      propertiesOf("il2-doctor-questions").map(({ name }) => name),
    ).to.include("questions");
    expect(propertiesOf("il2-schedule").map(({ name }) => name)).to.include(
      "today",
    );
    // Private state is not.
    expect(propertiesOf("il2-schedule").map(({ name }) => name)).to.not.include(
      "entered",
    );
  });

  for (const widget of WIDGETS) {
    describe(`<${widget.tag}>${widget.state ? ` ${widget.state}` : ""}`, () => {
      for (const { name, boolean } of attributesOf(widget.tag)) {
        const values = ATTRIBUTE_VALUES;
        it(`attribute ${name}=${ATTRIBUTE_VALUES.map(describeValue).join(", ")}: works, shows no HTML, warns as documented`, async () => {
          const setup = SETUP[`${widget.tag} ${name}`];
          const el = await mount(widget, setup);
          const initial = el.getAttribute(name);
          const reset = () =>
            initial === null
              ? el.removeAttribute(name)
              : el.setAttribute(name, initial);
          await runCases(
            el,
            widget,
            name,
            name,
            values.map((value) => ({
              label: describeValue(value),
              apply: () => el.setAttribute(name, value),
              reset,
              expected: expectedWarnings(name, boolean, value),
              // The lang, heading-level, theme… fallbacks leave an accessible card.
              audit: value === HTML,
            })),
          );
        });
      }

      for (const { name, warnsAs, boolean } of propertiesOf(widget.tag)) {
        const values = [...PROPERTY_VALUES, ...UNPRINTABLE_VALUES];
        it(`property .${name} = ${values.map(describeValue).join(", ")}: works, shows no HTML, warns as documented`, async () => {
          const setup = SETUP[`${widget.tag} ${name}`];
          const el = await mount(widget, setup);
          const loose = el as unknown as Record<string, unknown>;
          const initial = loose[name];
          await runCases(
            el,
            widget,
            name,
            warnsAs,
            values.map((value) => ({
              label: describeValue(value),
              apply: () => {
                loose[name] = value;
              },
              reset: () => {
                loose[name] = initial;
              },
              expected: expectedWarnings(warnsAs, boolean, value),
              audit: false,
            })),
          );
        });
      }
    });
  }

  it("<il2-doctor-questions> shows host questions that look like HTML as plain text", async () => {
    const el = await mount({
      tag: "il2-doctor-questions",
      title: questions.title,
      titlePart: "title",
    });
    const loose = el as unknown as { questions: unknown };
    loose.questions = [HTML, { id: HTML, text: "<b>Bold?</b>" }];
    await settle(el);
    const texts = [
      ...shadow(el).querySelectorAll('[part="question-text"]'),
    ].map((element) => element.textContent?.trim());
    expect(texts).to.include.members([HTML, "<b>Bold?</b>"]);
    expect(shadow(el).querySelector("img, b")).to.equal(null);
    // The host's id is cleaned into a plain one, never used as markup.
    expect(
      [...shadow(el).querySelectorAll("[id]")].every((element) =>
        /^[\w-]+$/.test(element.id),
      ),
      "ids",
    ).to.equal(true);
    expect(pwned()).to.equal(undefined);
    expect(warnings()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
