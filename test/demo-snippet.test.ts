// The demo page's embed code: what a site owner copies must be valid HTML that gives the
// element exactly the settings they chose, with the right script tag. Also checks that the demo
// offers a control for every attribute the manifest lists.
import { expect } from "@open-wc/testing";
import {
  readWidgets,
  type DemoAttribute,
  type DemoWidget,
  type ManifestJson,
} from "../demo/widgets.js";
import { embedSnippet } from "../demo/snippet.js";
import { ALL_TAGS } from "./helpers.js";
import { loadDemoManifest } from "./demo-widgets.js";

const attribute = (
  name: string,
  kind: DemoAttribute["kind"] = "text",
  choices: string[] = [],
  defaultValue = "",
): DemoAttribute => ({
  name,
  description: "",
  kind,
  choices,
  defaultValue,
  fieldName: name,
  typeText: kind === "boolean" ? "boolean" : "string",
  shared: false,
});

const widget = (
  tag: string,
  attributes: DemoAttribute[],
  slots: DemoWidget["slots"] = [],
): DemoWidget => ({
  tag,
  id: tag.slice(4),
  className: "",
  summary: "",
  attributes,
  slots,
  events: [],
  packageName: "il2-widgets",
  importPath: "il2-widgets/il2-widgets.js",
  localeImports: {},
  reactComponent: null,
});

/** Shaped like the real schedule card in the manifest: text, boolean and choice attributes. */
const schedule = widget("il2-schedule", [
  attribute("start-date"),
  attribute("no-date-input", "boolean"),
  attribute("rest-days", "text", [], "7-10"),
  attribute("theme", "choice", ["light", "dark", "auto"], "light"),
  attribute("heading-level", "choice", ["1", "2", "3", "4", "5", "6"], "2"),
  attribute("lang", "language"),
]);

const assistance = widget(
  "il2-assistance",
  [attribute("program-href"), attribute("lang", "language")],
  [{ name: "contact", description: "" }],
);

/** The snippet as a browser reads it when a site owner pastes it into a page. */
function pasted(snippet: string) {
  const template = document.createElement("template");
  // A <template> parses without running the script or upgrading the element.
  template.innerHTML = snippet;
  const { content } = template;
  return {
    scripts: [...content.querySelectorAll("script")],
    elements: [...content.children].filter(
      (child) => child.localName !== "script",
    ),
  };
}

/** The one widget element in a pasted snippet, with its attributes by name. */
function pastedElement(snippet: string) {
  const { elements } = pasted(snippet);
  expect(elements, "elements in the snippet").to.have.length(1);
  const element = elements[0]!;
  return {
    element,
    attributes: Object.fromEntries(
      [...element.attributes].map(({ name, value }) => [name, value]),
    ),
  };
}

describe("the demo's embed code", () => {
  describe("a value with HTML's special characters", () => {
    const tricky = `Room "B" <east> & 'west' &amp; more`;

    it("reaches the element exactly as typed, as one attribute, with nothing injected", () => {
      const snippet = embedSnippet(
        schedule,
        { "rest-days": tricky, theme: "dark" },
        {},
        "module",
      );
      const { element, attributes } = pastedElement(snippet);
      expect(element.localName).to.equal("il2-schedule");
      expect(attributes).to.deep.equal({ "rest-days": tricky, theme: "dark" });
    });

    it('is escaped in the code: no raw " or < inside the value, & written as &amp;', () => {
      const snippet = embedSnippet(
        schedule,
        { "rest-days": tricky },
        {},
        "module",
      );
      expect(snippet).to.contain(
        `rest-days="Room &quot;B&quot; &lt;east> &amp; 'west' &amp;amp; more"`,
      );
    });

    it("cannot close the tag early or add an attribute of its own", () => {
      const attack = `x"><img src=x onerror=alert(1)><il2-schedule theme="dark`;
      const snippet = embedSnippet(
        schedule,
        { "start-date": attack },
        {},
        "classic",
      );
      const { element, attributes } = pastedElement(snippet);
      expect(attributes).to.deep.equal({ "start-date": attack });
      expect(element.children).to.have.length(0);
      expect(pasted(snippet).scripts).to.have.length(1);
    });

    it("in slot text stays text: no markup, no entities doubled or lost", () => {
      const text = `Call <b>us</b> & ask for "Ana" > 5 &lt; 6`;
      const snippet = embedSnippet(assistance, {}, { contact: text }, "module");
      expect(snippet).to.contain(
        `<p slot="contact">Call &lt;b&gt;us&lt;/b&gt; &amp; ask for "Ana" &gt; 5 &amp;lt; 6</p>`,
      );
      const { element } = pastedElement(snippet);
      const [paragraph, ...others] = [...element.children];
      expect(others).to.have.length(0);
      expect(paragraph!.localName).to.equal("p");
      expect(paragraph!.getAttribute("slot")).to.equal("contact");
      expect(paragraph!.textContent).to.equal(text);
      expect(paragraph!.children).to.have.length(0);
    });
  });

  describe("boolean attributes", () => {
    it("appear bare when on", () => {
      const snippet = embedSnippet(
        schedule,
        { "no-date-input": true },
        {},
        "module",
      );
      expect(snippet).to.contain("<il2-schedule no-date-input>");
      expect(pastedElement(snippet).attributes).to.deep.equal({
        "no-date-input": "",
      });
    });

    it("are left out when off", () => {
      const snippet = embedSnippet(
        schedule,
        { "no-date-input": false },
        {},
        "module",
      );
      expect(snippet).not.to.contain("no-date-input");
      expect(pastedElement(snippet).attributes).to.deep.equal({});
    });
  });

  describe("settings left at their defaults", () => {
    it("are left out: empty text, the (default) choice, unset values and switches that are off", () => {
      const snippet = embedSnippet(
        schedule,
        {
          "start-date": "",
          "no-date-input": false,
          theme: "",
          "heading-level": "",
          lang: "",
        },
        { contact: "" },
        "module",
      );
      expect(snippet.split("\n")[1]).to.equal("<il2-schedule></il2-schedule>");
    });

    it("leave out a slot whose text is only spaces", () => {
      const snippet = embedSnippet(
        assistance,
        {},
        { contact: "  \n " },
        "module",
      );
      expect(snippet).not.to.contain("slot=");
      expect(snippet.split("\n")[1]).to.equal(
        "<il2-assistance></il2-assistance>",
      );
    });

    it("and a setting the widget does not have never appears", () => {
      const snippet = embedSnippet(
        assistance,
        { persist: true, "rest-days": "5" },
        {},
        "module",
      );
      expect(pastedElement(snippet).attributes).to.deep.equal({});
    });

    it("while every chosen setting appears once, in the widget's order", () => {
      const snippet = embedSnippet(
        schedule,
        {
          lang: "es",
          "heading-level": "3",
          "start-date": "2027-03-08",
          "no-date-input": true,
        },
        {},
        "module",
      );
      expect(snippet.split("\n")[1]).to.equal(
        '<il2-schedule start-date="2027-03-08" no-date-input heading-level="3" lang="es"></il2-schedule>',
      );
    });
  });

  describe("the script tag", () => {
    it("module: loads the ES-module bundle with type=module", () => {
      const snippet = embedSnippet(schedule, {}, {}, "module");
      const [script, ...others] = pasted(snippet).scripts;
      expect(others).to.have.length(0);
      expect(script!.type).to.equal("module");
      expect(script!.getAttribute("src")).to.match(/\/il2-widgets\.js$/);
      expect(snippet.indexOf("<script")).to.equal(0);
    });

    it("classic: loads the IIFE bundle as a deferred classic script", () => {
      const snippet = embedSnippet(schedule, {}, {}, "classic");
      const [script, ...others] = pasted(snippet).scripts;
      expect(others).to.have.length(0);
      expect(script!.hasAttribute("type")).to.equal(false);
      expect(script!.defer).to.equal(true);
      expect(script!.getAttribute("src")).to.match(/\/il2-widgets\.iife\.js$/);
    });

    it("names bundles the package really ships", async () => {
      const { exports } = (await (await fetch("/package.json")).json()) as {
        exports: Record<string, unknown>;
      };
      for (const kind of ["module", "classic"] as const) {
        const [script] = pasted(embedSnippet(schedule, {}, {}, kind)).scripts;
        const file = script!.getAttribute("src")!.split("/").pop()!;
        expect(Object.keys(exports), kind).to.include(`./${file}`);
      }
    });
  });

  describe("the language", () => {
    it("appears as lang when one is chosen", () => {
      const snippet = embedSnippet(assistance, { lang: "es" }, {}, "module");
      expect(snippet).to.contain('<il2-assistance lang="es">');
    });

    it("is left out for the page default", () => {
      const snippet = embedSnippet(assistance, { lang: "" }, {}, "module");
      expect(snippet).not.to.contain("lang=");
    });
  });
});

describe("the demo's controls", () => {
  it("cover every attribute of every element in custom-elements.json", async () => {
    const { widgets, manifest } = await loadDemoManifest();
    const elements = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter(
        (declaration) => declaration.customElement && declaration.tagName,
      );
    expect(elements.map((element) => element.tagName)).to.include.members([
      ...ALL_TAGS,
    ]);
    const controls = Object.fromEntries(
      widgets.map((widget) => [
        widget.tag,
        widget.attributes.map((attribute) => attribute.name).sort(),
      ]),
    );
    const expected = Object.fromEntries(
      elements.map((element) => [
        element.tagName!,
        (element.attributes ?? []).map((attribute) => attribute.name).sort(),
      ]),
    );
    expect(controls).to.deep.equal(expected);
  });

  it("offer a switch for each boolean attribute and a list for theme and heading level", async () => {
    const { widgets, manifest } = await loadDemoManifest();
    const booleans = new Set(
      manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .flatMap((declaration) =>
          (declaration.attributes ?? [])
            .filter((attribute) => attribute.type?.text === "boolean")
            .map((attribute) => `${declaration.tagName}:${attribute.name}`),
        ),
    );
    expect(booleans.size, "boolean attributes in the manifest").to.be.above(0);
    for (const widget of widgets) {
      for (const { name, kind, choices } of widget.attributes) {
        const key = `${widget.tag}:${name}`;
        expect(kind === "boolean", key).to.equal(booleans.has(key));
        if (name === "theme")
          expect(choices, key).to.deep.equal(["light", "dark", "auto"]);
        if (name === "heading-level")
          expect(choices, key).to.deep.equal(["1", "2", "3", "4", "5", "6"]);
      }
    }
  });

  it("offer the registered languages for lang, and a number field for numbers", async () => {
    const { widgets } = await loadDemoManifest();
    for (const widget of widgets) {
      const lang = widget.attributes.find((item) => item.name === "lang");
      expect(lang?.kind, widget.tag).to.equal("language");
    }
    const schedule = widgets.find((item) => item.tag === "il2-schedule")!;
    const doses = schedule.attributes.find(
      (item) => item.name === "doses-per-day",
    );
    expect(doses?.kind).to.equal("number");
    expect(doses?.fieldName).to.equal("dosesPerDay");
  });

  it("mark the card base class's attributes as shared by every widget", async () => {
    const { widgets } = await loadDemoManifest();
    for (const widget of widgets) {
      const shared = widget.attributes
        .filter((item) => item.shared)
        .map((item) => item.name)
        .sort();
      expect(shared, widget.tag).to.deep.equal([
        "heading-level",
        "lang",
        "reviewed-by",
        "reviewed-on",
        "theme",
      ]);
    }
  });
});

describe("the demo's widget list", () => {
  it("starts with the overview, then the cards in the guide's order, then the guide", async () => {
    const { widgets } = await loadDemoManifest();
    expect(widgets.map((item) => item.tag)).to.deep.equal([
      "il2-overview",
      "il2-schedule",
      "il2-side-effects",
      "il2-self-check",
      "il2-doctor-questions",
      "il2-assistance",
      "il2-resources",
      "il2-guide",
    ]);
  });

  it("names, for each widget, an import the package really exports and its React component", async () => {
    const { widgets } = await loadDemoManifest();
    const { exports } = (await (await fetch("/package.json")).json()) as {
      exports: Record<string, unknown>;
    };
    const react = (await import("../src/react/index.js")) as Record<
      string,
      unknown
    >;
    for (const widget of widgets) {
      expect(Object.keys(exports), widget.tag).to.include(
        `.${widget.importPath.slice("il2-widgets".length)}`,
      );
      if (widget.reactComponent)
        expect(react[widget.reactComponent], widget.tag).to.be.an("object");
    }
    expect(
      widgets.find((item) => item.tag === "il2-doctor-questions")?.importPath,
    ).to.equal("il2-widgets/doctor-questions");
    expect(
      widgets.filter((item) => item.reactComponent).map((item) => item.tag),
    ).to.include.members([...ALL_TAGS]);
  });

  it("takes a new widget from the manifest with no demo change: after the others, bundle import, no React tab", () => {
    const manifest: ManifestJson = {
      modules: [
        {
          path: "src/self-check/self-check.ts",
          declarations: [
            {
              name: "Il2SelfCheck",
              tagName: "il2-self-check",
              customElement: true,
              summary: "A  short\n check.",
              attributes: [
                { name: "level", type: { text: "'a' | 'b'" }, default: "'a'" },
                {
                  name: "theme",
                  type: { text: "'light' | 'dark'" },
                  inheritedFrom: { name: "Il2Card" },
                },
              ],
              events: [{ name: "il2-self-check-done" }],
            },
          ],
        },
        {
          path: "src/overview/overview.ts",
          declarations: [
            {
              name: "Il2Overview",
              tagName: "il2-overview",
              customElement: true,
            },
          ],
        },
        {
          path: "src/react/index.ts",
          exports: [{ name: "Il2Overview" }],
        },
      ],
    };
    const widgets = readWidgets(manifest, {
      name: "il2-widgets",
      exports: { "./overview": { default: "./dist/esm/overview/define.js" } },
    });
    expect(widgets.map((item) => item.tag)).to.deep.equal([
      "il2-overview",
      "il2-self-check",
    ]);
    const [overview, selfCheck] = widgets;
    expect(overview!.importPath).to.equal("il2-widgets/overview");
    expect(overview!.reactComponent).to.equal("Il2Overview");
    expect(selfCheck).to.deep.include({
      id: "self-check",
      className: "Il2SelfCheck",
      summary: "A short check.",
      importPath: "il2-widgets/il2-widgets.js",
      reactComponent: null,
      events: ["il2-self-check-done"],
    });
    expect(
      selfCheck!.attributes.map((item) => [item.name, item.kind, item.shared]),
    ).to.deep.equal([
      ["level", "choice", false],
      ["theme", "choice", true],
    ]);
    expect(selfCheck!.attributes[0]!.choices).to.deep.equal(["a", "b"]);
  });
});
