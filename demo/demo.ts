/// <reference types="vite/client" />
// The demo page as a playground: one widget at a time (from custom-elements.json), its settings,
// light and dark previews at a chosen width, a print preview, the embed code in every form and an
// event log. Every setting lives in the address (demo/url-state.ts): control changes replace the
// history entry, a widget switch adds one, Back and Forward restore the view.
import { html, render, nothing } from "lit";
import "../src/il2-widgets.js";
import { availableLanguages } from "../src/index.js";
import { printOnly } from "../src/shared/print.js";
import packageJson from "../package.json";
import { widgets, type DemoAttribute, type DemoWidget } from "./manifest.js";
import { embedTabs, type EmbedTab } from "./embed-tabs.js";
import { DEFAULT_DOCS_BASE, DOCS_PAGES, docsBaseUrl } from "./docs-links.js";
import { showAsPrinted } from "./print-preview.js";
import {
  MAX_WIDTH,
  MIN_WIDTH,
  defaultSettings,
  parseSettings,
  serializeSettings,
  widgetOf,
  withValue,
  type PlaygroundSettings,
  type SettingsContext,
} from "./url-state.js";

/**
 * Sample text for named slots, per language, so the demo shows what a slot is for: by the widget
 * and slot (`il2-side-effects contact`), else by the slot's name alone. No phone numbers: the
 * side-effects card's own attributes show how a host gives those.
 */
const sampleSlotText: Record<string, Record<string, string>> = {
  contact: {
    en: "Financial counselor: Room 210, Main Hospital. Open Monday to Friday, 9 to 5.",
    es: "Consejero financiero: sala 210, hospital principal. Abierto de lunes a viernes, de 9 a 5.",
  },
  "il2-side-effects contact": {
    en: "Oncology unit: 4th floor, Main Hospital. A nurse is there day and night.",
    es: "Unidad de oncología: 4.º piso, hospital principal. Hay personal de enfermería de día y de noche.",
  },
};

/** Names of the shipped languages in themselves: Intl.DisplayNames costs 10–20 ms on first use. */
const endonyms: Record<string, string> = { en: "English", es: "español" };

/** A language's own name for itself, e.g. `es — español`. */
function languageLabel(language: string): string {
  if (endonyms[language]) return `${language} — ${endonyms[language]}`;
  try {
    return `${language} — ${new Intl.DisplayNames([language], { type: "language" }).of(language) ?? language}`;
  } catch {
    return language;
  }
}

const WIDTH_PRESETS = [
  { label: "Phone", width: 360 },
  { label: "Tablet", width: 768 },
  { label: "Desktop", width: 1200 },
];

/**
 * The preview width when the address names none: 720 px where the page has two columns, else
 * what fits the screen (a phone sees its own width, not a sideways-scrolling card).
 */
function fittingWidth(): number {
  if (window.innerWidth >= 1100) return 720;
  const fits = Math.floor((window.innerWidth - 56) / 10) * 10;
  return Math.min(720, Math.max(MIN_WIDTH, fits));
}

const context: SettingsContext = {
  widgets,
  languages: availableLanguages(),
  embedTabs: embedTabs.map((tab) => tab.id),
  defaultWidth: fittingWidth(),
  sampleSlot: (slot, language, tag) => {
    const texts = sampleSlotText[`${tag} ${slot}`] ?? sampleSlotText[slot];
    return texts?.[language] ?? texts?.en ?? "";
  },
};

const docsBase = docsBaseUrl(
  (packageJson as { repository?: unknown }).repository,
);

let { settings, rejected } = parseSettings(location.search, context);
/** The latest events of the widget on show, newest first. */
let events: string[] = [];
let copyStatus = "";

const currentWidget = () => widgetOf(settings, context);

// ---------------------------------------------------------------------------------------------
// The address

let pendingReplace: ReturnType<typeof setTimeout> | undefined;

/**
 * Writes the settings into the address. Control changes replace the entry (coalesced: a slider
 * drag would otherwise hit the browser's limit on history calls); a widget switch pushes one.
 */
function writeAddress(mode: "push" | "replace") {
  clearTimeout(pendingReplace);
  pendingReplace = undefined;
  if (mode === "push") {
    history.pushState(null, "", serializeSettings(settings, context));
    return;
  }
  pendingReplace = setTimeout(flushAddress, 100);
}

/** Writes a waiting replacement now (before a new entry, or when the page is left). */
function flushAddress() {
  if (pendingReplace === undefined) return;
  clearTimeout(pendingReplace);
  pendingReplace = undefined;
  const search = serializeSettings(settings, context);
  if (search !== location.search) history.replaceState(null, "", search);
}

function change(next: PlaygroundSettings) {
  settings = next;
  rejected = [];
  copyStatus = "";
  writeAddress("replace");
  renderPage();
}

function switchTo(widget: DemoWidget) {
  if (widget.tag === settings.widget) return;
  flushAddress();
  settings = defaultSettings(widget, context, settings);
  rejected = [];
  events = [];
  copyStatus = "";
  writeAddress("push");
  renderPage();
}

window.addEventListener("popstate", () => {
  // A change still waiting belongs to the entry just left: never write it into this one.
  clearTimeout(pendingReplace);
  pendingReplace = undefined;
  const before = settings.widget;
  ({ settings, rejected } = parseSettings(location.search, context));
  if (settings.widget !== before) events = [];
  copyStatus = "";
  renderPage();
});
window.addEventListener("pagehide", flushAddress);

// ---------------------------------------------------------------------------------------------
// The cards in the previews

type StageKind = "chosen" | "other" | "print";

/** Applies the settings to a preview card as real attributes, the way a host page would. */
function applySettings(element: HTMLElement, kind: StageKind) {
  const widget = currentWidget();
  const chosenTheme = String(settings.values.theme || "light");
  const otherTheme = chosenTheme === "dark" ? "light" : "dark";
  for (const attribute of widget.attributes) {
    const value =
      attribute.name === "theme" && kind === "other"
        ? otherTheme
        : settings.values[attribute.name];
    if (value === false || value === "" || value === undefined)
      element.removeAttribute(attribute.name);
    else element.setAttribute(attribute.name, value === true ? "" : value);
  }
  const slotted = widget.slots.filter((slot) =>
    settings.slots[slot.name]?.trim(),
  );
  const same =
    element.children.length === slotted.length &&
    slotted.every(
      (slot, index) =>
        element.children[index]!.slot === slot.name &&
        element.children[index]!.textContent === settings.slots[slot.name],
    );
  // Only when the text changed: a card re-reads its slots on every change (questions keep marks).
  if (!same)
    element.replaceChildren(
      ...slotted.map((slot) => {
        const paragraph = document.createElement("p");
        paragraph.slot = slot.name;
        paragraph.textContent = settings.slots[slot.name]!;
        return paragraph;
      }),
    );
  if (kind === "print") void showAsPrinted(element);
}

function logEvent(event: Event) {
  const detail = JSON.stringify((event as CustomEvent).detail) ?? "";
  events = [
    `${event.type} ${detail.length > 160 ? `${detail.slice(0, 160)}…` : detail}`,
    ...events,
  ].slice(0, 5);
  renderPage();
}

/** Resolves once the next frame has been drawn. */
const afterNextFrame = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => setTimeout(resolve)),
  );

const waitingStages = new Set<HTMLElement>();
let adding = false;

/**
 * Adds the cards to empty previews one per drawn frame, once a preview comes near the screen:
 * each is a short task, so the page stays responsive while a big widget (the guide holds five
 * cards) renders, and a preview far below (the other theme on a phone, the paper) costs nothing
 * until the reader scrolls near (Lighthouse: Total Blocking Time). The preview frames have a
 * fixed height, so nothing moves when a card arrives.
 */
async function addWaitingCards() {
  if (adding) return;
  adding = true;
  for (const stage of waitingStages) {
    waitingStages.delete(stage);
    await afterNextFrame();
    if (!stage.isConnected || stage.firstElementChild) continue;
    const widget = currentWidget();
    const card = document.createElement(widget.tag);
    const kind = stage.dataset.stage as StageKind;
    // Events from the card in your theme only: the other copies would log each action again.
    if (kind === "chosen")
      for (const name of widget.events) card.addEventListener(name, logEvent);
    stage.append(card);
    applySettings(card, kind);
  }
  adding = false;
}

const nearScreen = new IntersectionObserver(
  (entries) => {
    for (const entry of entries.filter((item) => item.isIntersecting)) {
      nearScreen.unobserve(entry.target);
      waitingStages.add(entry.target as HTMLElement);
    }
    void addWaitingCards();
  },
  { rootMargin: "25% 0px" },
);

/** Brings every preview in line with the settings: new cards for a new widget, else attributes. */
function syncCards() {
  for (const stage of document.querySelectorAll<HTMLElement>("[data-stage]")) {
    const card = stage.firstElementChild as HTMLElement | null;
    if (card?.localName === settings.widget)
      applySettings(card, stage.dataset.stage as StageKind);
    else {
      stage.replaceChildren();
      // Observing again reports where it is now, so a stage in view gets its card at once.
      nearScreen.observe(stage);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Controls

const setValue = (name: string, value: string | boolean) =>
  change(withValue(settings, name, value, context));

function control(attribute: DemoAttribute) {
  const id = `setting-${attribute.name}`;
  const value = settings.values[attribute.name];
  const help = html`<small id="${id}-help">${attribute.description}</small>`;
  const label = html`<label for=${id}><code>${attribute.name}</code></label>`;
  const fromSelect = (event: Event) =>
    setValue(attribute.name, (event.target as HTMLSelectElement).value);
  const fromInput = (event: Event) =>
    setValue(attribute.name, (event.target as HTMLInputElement).value);
  switch (attribute.kind) {
    case "boolean":
      return html`<div class="field checkbox">
        <input
          type="checkbox"
          id=${id}
          aria-describedby="${id}-help"
          .checked=${value === true}
          @change=${(event: Event) =>
            setValue(
              attribute.name,
              (event.target as HTMLInputElement).checked,
            )}
        />
        ${label} ${help}
      </div>`;
    case "choice":
    case "language": {
      const options =
        attribute.kind === "choice" ? attribute.choices : context.languages;
      const defaultLabel =
        attribute.kind === "language"
          ? "(the page's language: English)"
          : `(default${attribute.defaultValue ? `: ${attribute.defaultValue}` : ""})`;
      return html`<div class="field">
        ${label}
        <select id=${id} aria-describedby="${id}-help" @change=${fromSelect}>
          <option value="" ?selected=${value === ""}>${defaultLabel}</option>
          ${options.map(
            (option) =>
              html`<option value=${option} ?selected=${value === option}>
                ${attribute.kind === "language" ? languageLabel(option) : option}
              </option>`,
          )}
        </select>
        ${help}
      </div>`;
    }
    default: {
      const placeholder = attribute.name.endsWith("date")
        ? "YYYY-MM-DD"
        : attribute.name.endsWith("href")
          ? "https://…"
          : "";
      return html`<div class="field">
        ${label}
        <input
          type=${attribute.kind === "number" ? "number" : "text"}
          id=${id}
          aria-describedby="${id}-help"
          .value=${String(value ?? "")}
          placeholder=${placeholder}
          @input=${fromInput}
        />
        ${help}
      </div>`;
    }
  }
}

function settingsForm(widget: DemoWidget) {
  return html`<form
    class="controls"
    aria-label="Settings for ${widget.tag}"
    @submit=${(event: Event) => event.preventDefault()}
  >
    <h3>Settings</h3>
    ${widget.attributes.map(control)}
    ${widget.slots.map(
      (slot) =>
        html`<div class="field">
          <label for="slot-${slot.name}"
            >Slot <code>${slot.name}</code> (text)</label
          >
          <input
            type="text"
            id="slot-${slot.name}"
            aria-describedby="slot-${slot.name}-help"
            .value=${settings.slots[slot.name] ?? ""}
            @input=${(event: Event) =>
              change({
                ...settings,
                slots: {
                  ...settings.slots,
                  [slot.name]: (event.target as HTMLInputElement).value,
                },
              })}
          />
          <small id="slot-${slot.name}-help">${slot.description}</small>
        </div>`,
    )}
  </form>`;
}

function previewBar() {
  const width = settings.previewWidth;
  return html`<div class="preview-bar">
    <div class="field width-field">
      <label for="preview-width"
        >Preview width: <output for="preview-width">${width}px</output></label
      >
      <input
        id="preview-width"
        type="range"
        min=${MIN_WIDTH}
        max=${MAX_WIDTH}
        step="10"
        .value=${String(width)}
        @input=${(event: Event) =>
          change({
            ...settings,
            previewWidth: Number((event.target as HTMLInputElement).value),
          })}
      />
    </div>
    <div class="presets" role="group" aria-label="Preset widths">
      ${WIDTH_PRESETS.map(
        (preset) =>
          html`<button
            type="button"
            aria-pressed=${width === preset.width ? "true" : "false"}
            @click=${() => change({ ...settings, previewWidth: preset.width })}
          >
            ${preset.label} <span class="px">${preset.width}px</span>
          </button>`,
      )}
    </div>
    <div class="field checkbox">
      <input
        type="checkbox"
        id="print-preview"
        .checked=${settings.printPreview}
        @change=${(event: Event) =>
          change({
            ...settings,
            printPreview: (event.target as HTMLInputElement).checked,
          })}
      />
      <label for="print-preview">Print preview</label>
    </div>
  </div>`;
}

/**
 * A preview frame. Only the card in your theme is live: the other theme's copy and the paper copy
 * are `inert`, pictures to compare, so keyboard and screen-reader users meet each control and
 * landmark once (two live copies would repeat every named region: axe's landmark-unique).
 */
function preview(kind: "chosen" | "other", caption: string) {
  return html`<figure class="preview">
    <figcaption id="caption-${kind}">${caption}</figcaption>
    <div
      class="frame"
      tabindex="0"
      role="region"
      aria-labelledby="caption-${kind}"
    >
      <div class="stage" data-stage=${kind} .inert=${kind !== "chosen"}></div>
    </div>
  </figure>`;
}

function printPane() {
  return html`<figure class="preview print-pane">
    <figcaption>
      <span id="caption-print"
        >As printed, on Letter paper with the usual margins</span
      >
      <button
        type="button"
        @click=${() => {
          const card = document.querySelector('[data-stage="print"] > *');
          if (card) printOnly(card);
        }}
      >
        Print this card…
      </button>
    </figcaption>
    <p class="note">
      The card's own print styles, applied on screen. Page breaks are not shown.
    </p>
    <div
      class="frame paper-frame"
      tabindex="0"
      role="region"
      aria-labelledby="caption-print"
    >
      <div class="paper">
        <div class="stage" data-stage="print" .inert=${true}></div>
      </div>
    </div>
  </figure>`;
}

// ---------------------------------------------------------------------------------------------
// Embed code

let asyncCode = { key: "", code: "" };

const PREPARING = "Preparing the code…";
const NOT_MADE = "The code could not be made. Try again.";

/** The code of a tab for the current settings (a tab may compute it asynchronously). */
function codeOf(tab: EmbedTab): string {
  const input = {
    widget: currentWidget(),
    values: settings.values,
    slots: settings.slots,
    live: import.meta.env.DEV,
  };
  const result = tab.code(input);
  if (typeof result === "string") return result;
  const key = `${tab.id}${serializeSettings(settings, context)}`;
  if (asyncCode.key === key) return asyncCode.code;
  void result.then(
    (code) => {
      asyncCode = { key, code };
      renderPage();
    },
    () => {
      asyncCode = { key, code: NOT_MADE };
      renderPage();
    },
  );
  return PREPARING;
}

const availableTabs = () =>
  embedTabs.filter((tab) => tab.available(currentWidget()));

const chosenTab = () => {
  const tabs = availableTabs();
  return tabs.find((tab) => tab.id === settings.embed) ?? tabs[0]!;
};

function chooseTab(tab: EmbedTab, focus: boolean) {
  change({ ...settings, embed: tab.id });
  if (focus) document.getElementById(`tab-${tab.id}`)?.focus();
}

/** Arrow keys, Home and End move between the tabs (the ARIA tabs pattern, automatic activation). */
function onTabKey(event: KeyboardEvent) {
  const tabs = availableTabs();
  const index = tabs.indexOf(chosenTab());
  const next = {
    ArrowRight: tabs[(index + 1) % tabs.length],
    ArrowLeft: tabs[(index - 1 + tabs.length) % tabs.length],
    Home: tabs[0],
    End: tabs[tabs.length - 1],
  }[event.key];
  if (!next) return;
  event.preventDefault();
  chooseTab(next, true);
}

async function copyCode(code: string) {
  try {
    await navigator.clipboard.writeText(code);
    copyStatus = "Copied to the clipboard.";
  } catch {
    copyStatus = "Could not copy. Select the code and copy it yourself.";
  }
  renderPage();
}

function embedSection() {
  const tabs = availableTabs();
  const chosen = chosenTab();
  const code = codeOf(chosen);
  const docs = DOCS_PAGES.find((page) => page.path === chosen.docs);
  return html`<section class="embed" aria-labelledby="embed-title">
    <h3 id="embed-title">Embed code</h3>
    <div
      class="tabs"
      role="tablist"
      aria-label="Ways to embed"
      @keydown=${onTabKey}
    >
      ${tabs.map(
        (tab) =>
          html`<button
            type="button"
            role="tab"
            id="tab-${tab.id}"
            aria-selected=${tab === chosen ? "true" : "false"}
            aria-controls="embed-panel"
            tabindex=${tab === chosen ? 0 : -1}
            @click=${() => chooseTab(tab, false)}
          >
            ${tab.label}
          </button>`,
      )}
    </div>
    <div role="tabpanel" id="embed-panel" aria-labelledby="tab-${chosen.id}">
      ${
        chosen.about
          ? html`<p class="embed-about" id="embed-about">${chosen.about}</p>`
          : nothing
      }
      <pre
        tabindex="0"
        aria-label="${chosen.label} code"
        aria-describedby=${chosen.about ? "embed-about" : nothing}
      ><code>${code}</code></pre>
      <div class="embed-actions">
        <button
          type="button"
          aria-disabled=${code === PREPARING || code === NOT_MADE ? "true" : "false"}
          @click=${() => {
            // Not the placeholder: a developer who copies too early gets told, not a wrong paste.
            if (code === PREPARING || code === NOT_MADE) {
              copyStatus = "The code is not ready yet.";
              renderPage();
            } else void copyCode(code);
          }}
        >
          Copy
        </button>
        <span role="status" class="copy-status">${copyStatus}</span>
        ${
          docs
            ? html`<a href="${docsBase}${docs.path}">More in ${docs.label}</a>`
            : nothing
        }
      </div>
    </div>
  </section>`;
}

function eventLog(widget: DemoWidget) {
  return html`<section class="event-log" aria-labelledby="events-title">
    <h3 id="events-title">Events</h3>
    ${
      widget.events.length
        ? html`<p>
              Fires
              ${widget.events.map(
                (name, index) => html`${index ? ", " : ""}<code>${name}</code>`,
              )}.
            </p>
            <div role="log" aria-label="Latest events">
              ${
                events.length
                  ? html`<ol>
                      ${events.map((entry) => html`<li><code>${entry}</code></li>`)}
                    </ol>`
                  : html`<p>None yet. Use the card to fire one.</p>`
              }
            </div>`
        : html`<p>This widget fires no events.</p>`
    }
  </section>`;
}

// ---------------------------------------------------------------------------------------------
// The page

function widgetHref(widget: DemoWidget) {
  return serializeSettings(defaultSettings(widget, context, settings), context);
}

function onNavClick(event: MouseEvent, widget: DemoWidget) {
  // A new tab or window keeps the browser's own behaviour.
  if (
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  )
    return;
  event.preventDefault();
  switchTo(widget);
}

function themeCaption(kind: "chosen" | "other") {
  const chosen = String(settings.values.theme || "light");
  if (kind === "chosen")
    return chosen === "auto"
      ? "Your settings (theme auto: follows your system)"
      : `Your settings (theme ${chosen})`;
  return `Same settings, theme ${chosen === "dark" ? "light" : "dark"} (view only)`;
}

function renderPage() {
  const widget = currentWidget();
  document.title = `<${widget.tag}>: il2-widgets demo`;
  document.documentElement.style.setProperty(
    "--preview-width",
    `${settings.previewWidth}px`,
  );
  render(
    html`<ul>
      ${widgets.map(
        (item) =>
          html`<li>
            <a
              href=${widgetHref(item)}
              aria-current=${item === widget ? "page" : "false"}
              @click=${(event: MouseEvent) => onNavClick(event, item)}
              ><code>&lt;${item.tag}&gt;</code></a
            >
          </li>`,
      )}
    </ul>`,
    document.querySelector<HTMLElement>("#widget-nav")!,
  );
  render(
    html`<div class="intro">
        <h2 id="widget-title"><code>&lt;${widget.tag}&gt;</code></h2>
        <p class="summary">${widget.summary}</p>
        ${
          rejected.length
            ? html`<p class="notice" role="status">
                The link had settings this page cannot use, so they are back to
                their defaults:
                ${rejected.map(
                  (name, index) =>
                    html`${index ? ", " : ""}<code>${name}</code>`,
                )}.
              </p>`
            : nothing
        }
      </div>
      <div class="workbench">
        <div class="stage-column">
          ${previewBar()}
          <div class="previews">
            ${preview("chosen", themeCaption("chosen"))}
            ${preview("other", themeCaption("other"))}
          </div>
          ${settings.printPreview ? printPane() : nothing}
        </div>
        <div class="side">
          ${settingsForm(widget)} ${embedSection()} ${eventLog(widget)}
        </div>
      </div>`,
    document.querySelector("main")!,
  );
  syncCards();
}

/** Points the page's docs links (in index.html) at the base address, once it is not the default. */
function pointDocsLinks() {
  if (docsBase === DEFAULT_DOCS_BASE) return;
  for (const link of document.querySelectorAll<HTMLAnchorElement>(
    "#docs-nav a[data-path]",
  ))
    link.href = `${docsBase}${link.dataset.path}`;
}

pointDocsLinks();
renderPage();
// A link with unusable values: show the reader the cleaned address, keep the notice on screen.
if (rejected.length)
  history.replaceState(null, "", serializeSettings(settings, context));
