// The playground's settings and the page address, both ways: every control's value lives in the
// query string (`?widget=schedule&start-date=2027-03-08&lang=es`), so reload, Back and a shared
// link give the same view. Values from the address are checked against the manifest's attribute
// types the way the cards check attributes; anything unusable falls back and is reported by name.
// Pure: no DOM, no location; the page passes `location.search` in and writes the result back.
import type { DemoAttribute, DemoWidget } from "./widgets.js";

export interface PlaygroundSettings {
  /** The widget on show (its tag). */
  widget: string;
  /** Each attribute's setting: '' or false = not set (the card's own default). */
  values: Record<string, string | boolean>;
  /** Text for each named slot ('' = nothing slotted). */
  slots: Record<string, string>;
  /** Width of the previews in CSS pixels. */
  previewWidth: number;
  /** The embed tab chosen (an id from demo/embed-tabs.ts). */
  embed: string;
  printPreview: boolean;
}

export interface SettingsContext {
  widgets: DemoWidget[];
  /** The registered languages (`availableLanguages()`). */
  languages: string[];
  /** Embed tab ids, the default first. */
  embedTabs: string[];
  /** Preview width when the address names none (the page picks one that fits the screen). */
  defaultWidth: number;
  /** The demo's sample text for a widget's slot in a language, or ''. */
  sampleSlot: (slot: string, language: string, tag: string) => string;
}

export const MIN_WIDTH = 280;
export const MAX_WIDTH = 1200;
/** Longer text from the address is refused: no attribute needs it, and it keeps the page light. */
export const MAX_TEXT_LENGTH = 2000;

/** Parameter names that are the playground's own, not attributes. */
export const PAGE_PARAMETERS = {
  widget: "widget",
  width: "preview-width",
  embed: "embed",
  print: "print-preview",
} as const;
/** `slot.contact=…`: the dot keeps slot names apart from attribute names. */
const SLOT_PREFIX = "slot.";

/**
 * The demo's own defaults where they differ from the card's: the page's outline is h1 (the page),
 * h2 (the widget's name), so the cards start at h3.
 */
const demoDefaults: Record<string, string> = { "heading-level": "3" };

const FALSE_WORDS = ["false", "0", "off", "no"];

function demoDefault(attribute: DemoAttribute): string | boolean {
  if (attribute.kind === "boolean") return false;
  const value = demoDefaults[attribute.name];
  return value !== undefined &&
    (attribute.kind !== "choice" || attribute.choices.includes(value))
    ? value
    : "";
}

/** One attribute's value from the address, checked like the card checks the attribute. */
export function parseValue(
  attribute: DemoAttribute,
  raw: string,
  languages: readonly string[],
): { value: string | boolean; valid: boolean } {
  if (attribute.kind === "boolean")
    return {
      value: !FALSE_WORDS.includes(raw.trim().toLowerCase()),
      valid: true,
    };
  if (raw.length > MAX_TEXT_LENGTH) return { value: "", valid: false };
  if (attribute.kind === "text") return { value: raw, valid: true };
  const word = raw.trim();
  if (word === "") return { value: "", valid: true };
  if (attribute.kind === "choice") {
    // The cards accept their keywords in any case, with spaces around (parseTheme).
    const choice = attribute.choices.find(
      (item) => item.toLowerCase() === word.toLowerCase(),
    );
    return choice === undefined
      ? { value: "", valid: false }
      : { value: choice, valid: true };
  }
  if (attribute.kind === "language") {
    const language = languages.find(
      (item) => item.toLowerCase() === word.toLowerCase(),
    );
    return language === undefined
      ? { value: "", valid: false }
      : { value: language, valid: true };
  }
  // number: numeric text only, as the number control gives it.
  return /^[+-]?(?:\d{1,15}(?:\.\d{0,15})?|\.\d{1,15})$/.test(word)
    ? { value: word, valid: true }
    : { value: "", valid: false };
}

function widgetNamed(
  name: string,
  widgets: DemoWidget[],
): DemoWidget | undefined {
  const wanted = name.trim().toLowerCase();
  return widgets.find(
    (widget) => widget.id === wanted || widget.tag === wanted,
  );
}

const languageOf = (values: PlaygroundSettings["values"]) =>
  typeof values.lang === "string" && values.lang ? values.lang : "en";

/**
 * A widget's starting settings. With `from`, what applies to every widget carries over: the
 * shared card attributes (theme, language, heading level), the preview width, the embed tab and
 * the print preview.
 */
export function defaultSettings(
  widget: DemoWidget,
  context: SettingsContext,
  from?: PlaygroundSettings,
): PlaygroundSettings {
  const values: PlaygroundSettings["values"] = {};
  for (const attribute of widget.attributes) {
    const carried = from?.values[attribute.name];
    values[attribute.name] =
      attribute.shared && carried !== undefined
        ? carried
        : demoDefault(attribute);
  }
  const language = languageOf(values);
  return {
    widget: widget.tag,
    values,
    slots: Object.fromEntries(
      widget.slots.map((slot) => [
        slot.name,
        context.sampleSlot(slot.name, language, widget.tag),
      ]),
    ),
    previewWidth: from?.previewWidth ?? context.defaultWidth,
    embed: from?.embed ?? context.embedTabs[0] ?? "",
    printPreview: from?.printPreview ?? false,
  };
}

/** The widget a settings object is for (the first widget if it names none known). */
export function widgetOf(
  settings: PlaygroundSettings,
  context: SettingsContext,
): DemoWidget {
  return widgetNamed(settings.widget, context.widgets) ?? context.widgets[0]!;
}

/**
 * Settings from a query string. `rejected` names each parameter whose value could not be used
 * (the widget, an attribute, a slot or a page setting); unknown parameters are ignored.
 */
export function parseSettings(
  search: string,
  context: SettingsContext,
): { settings: PlaygroundSettings; rejected: string[] } {
  const params = new URLSearchParams(search);
  const rejected: string[] = [];
  const widgetParameter = params.get(PAGE_PARAMETERS.widget);
  let widget = context.widgets[0]!;
  if (widgetParameter !== null) {
    const named = widgetNamed(widgetParameter, context.widgets);
    if (named) widget = named;
    else rejected.push(PAGE_PARAMETERS.widget);
  }
  const settings = defaultSettings(widget, context);

  for (const attribute of widget.attributes) {
    const raw = params.get(attribute.name);
    if (raw === null) continue;
    const { value, valid } = parseValue(attribute, raw, context.languages);
    if (valid) settings.values[attribute.name] = value;
    else rejected.push(attribute.name);
  }

  const language = languageOf(settings.values);
  for (const slot of widget.slots) {
    const raw = params.get(`${SLOT_PREFIX}${slot.name}`);
    if (raw === null)
      settings.slots[slot.name] = context.sampleSlot(
        slot.name,
        language,
        widget.tag,
      );
    else if (raw.length <= MAX_TEXT_LENGTH) settings.slots[slot.name] = raw;
    else rejected.push(`${SLOT_PREFIX}${slot.name}`);
  }

  const width = params.get(PAGE_PARAMETERS.width);
  if (width !== null) {
    const number = /^\s*\d{1,5}\s*$/.test(width) ? Number(width) : NaN;
    if (number >= MIN_WIDTH && number <= MAX_WIDTH)
      settings.previewWidth = number;
    else rejected.push(PAGE_PARAMETERS.width);
  }

  const embed = params.get(PAGE_PARAMETERS.embed);
  if (embed !== null) {
    if (context.embedTabs.includes(embed.trim())) settings.embed = embed.trim();
    else rejected.push(PAGE_PARAMETERS.embed);
  }

  const print = params.get(PAGE_PARAMETERS.print);
  if (print !== null)
    settings.printPreview = !FALSE_WORDS.includes(print.trim().toLowerCase());

  return { settings, rejected };
}

const parameter = (name: string, value: string | true) =>
  value === true
    ? encodeURIComponent(name)
    : `${encodeURIComponent(name)}=${encodeURIComponent(value)}`;

/**
 * The query string for `settings`: the widget, then only what differs from its defaults, so a
 * shared link stays short and readable.
 */
export function serializeSettings(
  settings: PlaygroundSettings,
  context: SettingsContext,
): string {
  const widget = widgetOf(settings, context);
  const defaults = defaultSettings(widget, context);
  const parts = [parameter(PAGE_PARAMETERS.widget, widget.id)];
  for (const attribute of widget.attributes) {
    const value =
      settings.values[attribute.name] ?? defaults.values[attribute.name];
    if (value === defaults.values[attribute.name]) continue;
    if (value === true) parts.push(parameter(attribute.name, true));
    else
      parts.push(parameter(attribute.name, value === false ? "false" : value!));
  }
  const language = languageOf(settings.values);
  for (const slot of widget.slots) {
    const text = settings.slots[slot.name] ?? "";
    if (text !== context.sampleSlot(slot.name, language, widget.tag))
      parts.push(parameter(`${SLOT_PREFIX}${slot.name}`, text));
  }
  if (settings.previewWidth !== context.defaultWidth)
    parts.push(parameter(PAGE_PARAMETERS.width, String(settings.previewWidth)));
  if (settings.embed !== defaults.embed)
    parts.push(parameter(PAGE_PARAMETERS.embed, settings.embed));
  if (settings.printPreview) parts.push(parameter(PAGE_PARAMETERS.print, true));
  return `?${parts.join("&")}`;
}

/**
 * Settings with one attribute changed. A new language also changes the sample slot text, unless
 * the reader has written their own.
 */
export function withValue(
  settings: PlaygroundSettings,
  name: string,
  value: string | boolean,
  context: SettingsContext,
): PlaygroundSettings {
  const values = { ...settings.values, [name]: value };
  const before = languageOf(settings.values);
  const after = languageOf(values);
  const slots = Object.fromEntries(
    Object.entries(settings.slots).map(([slot, text]) => [
      slot,
      before !== after &&
      text === context.sampleSlot(slot, before, settings.widget)
        ? context.sampleSlot(slot, after, settings.widget)
        : text,
    ]),
  );
  return { ...settings, values, slots };
}
