// The demo's settings in the address: a shared link, a reload and Back give the same view, and a
// hand-edited or hostile address falls back like a bad attribute would, naming what it reset.
import { expect } from "@open-wc/testing";
import {
  PAGE_PARAMETERS,
  defaultSettings,
  parseSettings,
  serializeSettings,
  withValue,
  type PlaygroundSettings,
  type SettingsContext,
} from "../demo/url-state.js";
import { embedTabs } from "../demo/embed-tabs.js";
import type { DemoWidget } from "../demo/widgets.js";
import { loadDemoManifest } from "./demo-widgets.js";
import "./helpers.js";

let widgets: DemoWidget[];
let context: SettingsContext;

before(async () => {
  ({ widgets } = await loadDemoManifest());
  context = {
    widgets,
    languages: ["en", "es"],
    embedTabs: embedTabs.map((tab) => tab.id),
    defaultWidth: 720,
    sampleSlot: (slot, language, tag) =>
      slot === "contact"
        ? `Sample contact${tag === "il2-side-effects" ? " for the care team" : ""} (${language})`
        : "",
  };
});

const parse = (search: string) => parseSettings(search, context);
const widgetNamed = (tag: string) => widgets.find((item) => item.tag === tag)!;

/** Settings with every control away from its default: the hardest round trip. */
function everythingSet(widget: DemoWidget): PlaygroundSettings {
  const settings = defaultSettings(widget, context);
  for (const attribute of widget.attributes) {
    settings.values[attribute.name] =
      attribute.kind === "boolean"
        ? true
        : attribute.kind === "choice"
          ? attribute.choices.at(-1)!
          : attribute.kind === "language"
            ? "es"
            : attribute.kind === "number"
              ? "2"
              : `a&b=c#d?e+f %20 "g" <h> ñ 🙂\nline`;
  }
  for (const slot of widget.slots)
    settings.slots[slot.name] = `Call & ask: "Room 2" <b>#1</b>`;
  return {
    ...settings,
    previewWidth: 430,
    embed: "angular",
    printPreview: true,
  };
}

describe("the demo's address", () => {
  describe("without settings", () => {
    it("shows the first widget with the demo's defaults, cards at h3", () => {
      const { settings, rejected } = parse("");
      expect(rejected).to.deep.equal([]);
      expect(settings.widget).to.equal("il2-overview");
      expect(settings.values).to.deep.equal({
        sections: "",
        collapsible: false,
        theme: "",
        "heading-level": "3",
        lang: "",
        "reviewed-by": "",
        "reviewed-on": "",
      });
      expect(settings).to.deep.include({
        previewWidth: 720,
        embed: "module",
        printPreview: false,
      });
    });

    it("writes back only the widget", () => {
      expect(serializeSettings(parse("").settings, context)).to.equal(
        "?widget=overview",
      );
    });
  });

  describe("a shared link", () => {
    it("opens the widget with its settings (the issue's example)", () => {
      const { settings, rejected } = parse(
        "?widget=schedule&start-date=2027-03-08&lang=es",
      );
      expect(rejected).to.deep.equal([]);
      expect(settings.widget).to.equal("il2-schedule");
      expect(settings.values).to.deep.include({
        "start-date": "2027-03-08",
        lang: "es",
        "heading-level": "3",
        "no-date-input": false,
      });
    });

    it("comes back exactly for every widget with every control changed", () => {
      for (const widget of widgets) {
        const settings = everythingSet(widget);
        const search = serializeSettings(settings, context);
        const back = parse(search);
        expect(back.rejected, `${widget.tag}: ${search}`).to.deep.equal([]);
        expect(back.settings, `${widget.tag}: ${search}`).to.deep.equal(
          settings,
        );
      }
    });

    it("names only what differs from the defaults, widget first", () => {
      const schedule = widgetNamed("il2-schedule");
      let settings = defaultSettings(schedule, context);
      settings = withValue(settings, "start-date", "2027-03-08", context);
      settings = withValue(settings, "no-date-input", true, context);
      settings = withValue(settings, "heading-level", "", context);
      expect(serializeSettings(settings, context)).to.equal(
        "?widget=schedule&start-date=2027-03-08&no-date-input&heading-level=",
      );
    });

    it("takes the widget by name or tag, in any case", () => {
      for (const name of ["schedule", "il2-schedule", " IL2-Schedule "])
        expect(parse(`?widget=${name}`).settings.widget, name).to.equal(
          "il2-schedule",
        );
    });

    it("takes keywords the way the cards do: any case, spaces around", () => {
      const { settings, rejected } = parse(
        "?widget=overview&theme=%20DARK%20&heading-level=%204&lang=ES",
      );
      expect(rejected).to.deep.equal([]);
      expect(settings.values).to.deep.include({
        theme: "dark",
        "heading-level": "4",
        lang: "es",
      });
    });

    it("reads switches like attributes: present is on, unless it says false", () => {
      const on = (search: string) =>
        parse(`?widget=overview&${search}`).settings.values.collapsible;
      expect(on("collapsible")).to.equal(true);
      expect(on("collapsible=")).to.equal(true);
      expect(on("collapsible=%3Cb%3E")).to.equal(true);
      expect(on("collapsible=false")).to.equal(false);
      expect(on("collapsible=0")).to.equal(false);
    });

    it("keeps slot text, and an empty slot stays empty", () => {
      const assistance = "?widget=assistance";
      expect(parse(assistance).settings.slots.contact).to.equal(
        "Sample contact (en)",
      );
      expect(parse(`${assistance}&lang=es`).settings.slots.contact).to.equal(
        "Sample contact (es)",
      );
      expect(
        parse(`${assistance}&slot.contact=`).settings.slots.contact,
      ).to.equal("");
      expect(
        parse(`${assistance}&slot.contact=Ask%20Ana`).settings.slots.contact,
      ).to.equal("Ask Ana");
    });

    it("gives each widget its own sample text for a slot name two widgets share", () => {
      expect(parse("?widget=side-effects").settings.slots.contact).to.equal(
        "Sample contact for the care team (en)",
      );
      const sideEffects = defaultSettings(
        widgetNamed("il2-side-effects"),
        context,
      );
      // The sample is the default: a shared link leaves it out, and a new language changes it.
      expect(serializeSettings(sideEffects, context)).to.equal(
        "?widget=side-effects",
      );
      expect(
        withValue(sideEffects, "lang", "es", context).slots.contact,
      ).to.equal("Sample contact for the care team (es)");
    });
  });

  describe("a hand-edited or hostile link", () => {
    const cases: [string, string, (settings: PlaygroundSettings) => unknown][] =
      [
        [
          "widget=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
          "widget",
          (s) => s.widget,
        ],
        [
          "widget=overview&theme=dark%22%20onload%3D%22alert(1)",
          "theme",
          (s) => s.values.theme,
        ],
        [
          "widget=overview&heading-level=9",
          "heading-level",
          (s) => s.values["heading-level"],
        ],
        [
          "widget=overview&heading-level=javascript:alert(1)",
          "heading-level",
          (s) => s.values["heading-level"],
        ],
        [
          "widget=overview&lang=%3Csvg%20onload%3Dalert(1)%3E",
          "lang",
          (s) => s.values.lang,
        ],
        ["widget=overview&lang=fr", "lang", (s) => s.values.lang],
        [
          "widget=schedule&doses-per-day=3;alert(1)",
          "doses-per-day",
          (s) => s.values["doses-per-day"],
        ],
        [
          "widget=schedule&doses-per-day=1e3",
          "doses-per-day",
          (s) => s.values["doses-per-day"],
        ],
        [
          "widget=overview&preview-width=99999",
          "preview-width",
          (s) => s.previewWidth,
        ],
        [
          "widget=overview&preview-width=-300",
          "preview-width",
          (s) => s.previewWidth,
        ],
        [
          "widget=overview&preview-width=4e2",
          "preview-width",
          (s) => s.previewWidth,
        ],
        ["widget=overview&embed=__proto__", "embed", (s) => s.embed],
        [
          `widget=schedule&rest-days=${"9".repeat(3000)}`,
          "rest-days",
          (s) => s.values["rest-days"],
        ],
        [
          `widget=assistance&slot.contact=${"x".repeat(3000)}`,
          "slot.contact",
          (s) => s.slots.contact,
        ],
      ];

    for (const [search, name, read] of cases) {
      it(`falls back and names ${name}: ?${search.slice(0, 60)}`, () => {
        const { settings, rejected } = parse(`?${search}`);
        expect(rejected).to.deep.equal([name]);
        const widget =
          name === "widget" ? widgets[0]! : widgetNamed(settings.widget);
        expect(read(settings)).to.deep.equal(
          read(defaultSettings(widget, context)),
        );
      });
    }

    it("hands any text attribute to the card as written, which judges it like an attribute", () => {
      const attack = `"><script>alert(1)</script>`;
      const { settings, rejected } = parse(
        `?widget=schedule&start-date=${encodeURIComponent(attack)}&dose-times=${encodeURIComponent("{{7*7}}")}`,
      );
      expect(rejected).to.deep.equal([]);
      expect(settings.values["start-date"]).to.equal(attack);
      expect(settings.values["dose-times"]).to.equal("{{7*7}}");
    });

    it("ignores names that are no setting of this widget, and cannot add keys", () => {
      const { settings, rejected } = parse(
        "?widget=overview&start-date=2027-03-08&__proto__=x&constructor=y&toString=z&slot.contact=hi",
      );
      expect(rejected).to.deep.equal([]);
      expect(Object.keys(settings.values).sort()).to.deep.equal(
        widgetNamed("il2-overview")
          .attributes.map((item) => item.name)
          .sort(),
      );
      expect(settings.slots).to.deep.equal({});
      expect(({} as Record<string, unknown>).x).to.equal(undefined);
    });

    it("writes back a clean address without the unusable values", () => {
      const { settings } = parse(
        "?widget=overview&theme=%3Cb%3E&collapsible&junk=1",
      );
      expect(serializeSettings(settings, context)).to.equal(
        "?widget=overview&collapsible",
      );
    });
  });

  describe("switching widgets", () => {
    it("keeps what every card shares and the page settings, and starts the rest afresh", () => {
      let schedule = defaultSettings(widgetNamed("il2-schedule"), context);
      for (const [name, value] of [
        ["start-date", "2027-03-08"],
        ["theme", "dark"],
        ["lang", "es"],
        ["heading-level", "4"],
      ] as const)
        schedule = withValue(schedule, name, value, context);
      schedule = {
        ...schedule,
        previewWidth: 400,
        embed: "vue",
        printPreview: true,
      };
      const assistance = defaultSettings(
        widgetNamed("il2-assistance"),
        context,
        schedule,
      );
      expect(assistance.values).to.deep.equal({
        "program-href": "",
        theme: "dark",
        "heading-level": "4",
        lang: "es",
        "reviewed-by": "",
        "reviewed-on": "",
      });
      expect(assistance.slots).to.deep.equal({
        contact: "Sample contact (es)",
      });
      expect(assistance).to.deep.include({
        previewWidth: 400,
        embed: "vue",
        printPreview: true,
      });
    });
  });

  describe("changing the language", () => {
    it("changes the sample slot text, but never text the reader wrote", () => {
      const assistance = defaultSettings(
        widgetNamed("il2-assistance"),
        context,
      );
      expect(
        withValue(assistance, "lang", "es", context).slots.contact,
      ).to.equal("Sample contact (es)");
      const own = { ...assistance, slots: { contact: "Ask for Ana" } };
      expect(withValue(own, "lang", "es", context).slots.contact).to.equal(
        "Ask for Ana",
      );
    });
  });

  it("has page parameters no widget uses as an attribute name", () => {
    const reserved: string[] = Object.values(PAGE_PARAMETERS);
    for (const widget of widgets)
      for (const attribute of widget.attributes) {
        expect(reserved, widget.tag).not.to.include(attribute.name);
        expect(attribute.name, widget.tag).not.to.match(/^slot\./);
      }
  });
});
