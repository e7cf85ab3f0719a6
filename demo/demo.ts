// The demo page: every widget from custom-elements.json with a control for each attribute,
// light and dark previews, an event log and the embed snippet for the current settings.
import { html, render, nothing } from "lit";
import "../src/il2-widgets.js";
import { availableLanguages } from "../src/index.js";
import { widgets, type DemoAttribute, type DemoWidget } from "./manifest.js";
import { embedSnippet, type ScriptKind } from "./snippet.js";

/** The guide's order; widgets added later appear after these. */
const preferredOrder = [
  "il2-guide",
  "il2-overview",
  "il2-schedule",
  "il2-self-check",
  "il2-doctor-questions",
  "il2-assistance",
  "il2-resources",
];
const orderOf = (tag: string) =>
  preferredOrder.includes(tag)
    ? preferredOrder.indexOf(tag)
    : preferredOrder.length;
const orderedWidgets = [...widgets].sort(
  (a, b) => orderOf(a.tag) - orderOf(b.tag),
);

/** Sample text for named slots, per language, so the demo shows what a slot is for. */
const sampleSlotText: Record<string, Record<string, string>> = {
  contact: {
    en: "Financial counselor: Room 210, Main Hospital. Open Monday to Friday, 9 to 5.",
    es: "Consejero financiero: sala 210, hospital principal. Abierto de lunes a viernes, de 9 a 5.",
  },
};
const sampleFor = (slot: string, language: string) =>
  sampleSlotText[slot]?.[language] ?? sampleSlotText[slot]?.en ?? "";

/** The language chosen for every widget ('' = the page's own, English). */
let pageLanguage = "";

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

interface WidgetState {
  values: Record<string, string | boolean>;
  slots: Record<string, string>;
  script: ScriptKind;
  events: string[];
}

const state = new Map<string, WidgetState>();
let previewWidth = 720;

function initialState(widget: DemoWidget): WidgetState {
  const values: Record<string, string | boolean> = {};
  for (const attribute of widget.attributes)
    values[attribute.name] = attribute.kind === "boolean" ? false : "";
  // The demo page's outline: h1 page, h2 per widget, so cards start at h3.
  if ("heading-level" in values) values["heading-level"] = "3";
  const slots = Object.fromEntries(
    widget.slots.map((slot) => [slot.name, sampleFor(slot.name, "en")]),
  );
  return { values, slots, script: "module", events: [] };
}

/** Applies the settings to a preview element as real attributes, the way a host page would. */
function applyToElement(
  element: HTMLElement,
  widget: DemoWidget,
  current: WidgetState,
  theme?: string,
) {
  for (const attribute of widget.attributes) {
    const value =
      attribute.name === "theme" && theme
        ? theme
        : current.values[attribute.name];
    if (value === false || value === "" || value === undefined)
      element.removeAttribute(attribute.name);
    else element.setAttribute(attribute.name, value === true ? "" : value);
  }
  element.replaceChildren(
    ...Object.entries(current.slots)
      .filter(([, text]) => text.trim())
      .map(([slot, text]) => {
        const paragraph = document.createElement("p");
        paragraph.slot = slot;
        paragraph.textContent = text;
        return paragraph;
      }),
  );
}

/** The card in each of the widget's two frames, or null while a frame waits for its card. */
function previewElements(tag: string): (HTMLElement | null)[] {
  return [...document.querySelectorAll(`[data-preview-of="${tag}"]`)].map(
    (frame) => frame.querySelector<HTMLElement>(`:scope > ${tag}`),
  );
}

function update(widget: DemoWidget) {
  const current = state.get(widget.tag)!;
  const chosenTheme = String(current.values.theme || "light");
  const otherTheme = chosenTheme === "dark" ? "light" : "dark";
  const [main, other] = previewElements(widget.tag);
  if (main) applyToElement(main, widget, current);
  if (other) applyToElement(other, widget, current, otherTheme);
  renderWidget(widget);
}

function control(widget: DemoWidget, attribute: DemoAttribute) {
  const current = state.get(widget.tag)!;
  const id = `${widget.tag}-${attribute.name}`;
  const value = current.values[attribute.name];
  const set = (next: string | boolean) => {
    current.values[attribute.name] = next;
    update(widget);
  };
  const help = html`<small id="${id}-help">${attribute.description}</small>`;
  if (attribute.kind === "boolean") {
    return html`<div class="field checkbox">
      <input
        type="checkbox"
        id=${id}
        aria-describedby="${id}-help"
        .checked=${value === true}
        @change=${(event: Event) => set((event.target as HTMLInputElement).checked)}
      />
      <label for=${id}><code>${attribute.name}</code></label>
      ${help}
    </div>`;
  }
  if (attribute.kind === "choice") {
    return html`<div class="field">
      <label for=${id}><code>${attribute.name}</code></label>
      <select
        id=${id}
        aria-describedby="${id}-help"
        @change=${(event: Event) => set((event.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${value === ""}>
          (default${attribute.defaultValue ? `: ${attribute.defaultValue}` : ""})
        </option>
        ${attribute.choices.map((choice) => html`<option value=${choice} ?selected=${value === choice}>${choice}</option>`)}
      </select>
      ${help}
    </div>`;
  }
  return html`<div class="field">
    <label for=${id}><code>${attribute.name}</code></label>
    <input
      type="text"
      id=${id}
      aria-describedby="${id}-help"
      .value=${String(value ?? "")}
      placeholder=${attribute.name.endsWith("date") ? "YYYY-MM-DD" : attribute.name.endsWith("href") ? "https://…" : ""}
      @input=${(event: Event) => set((event.target as HTMLInputElement).value)}
    />
    ${help}
  </div>`;
}

async function copySnippet(widget: DemoWidget, status: HTMLElement) {
  const current = state.get(widget.tag)!;
  try {
    await navigator.clipboard.writeText(
      embedSnippet(widget, current.values, current.slots, current.script),
    );
    status.textContent = "Copied to the clipboard.";
  } catch {
    status.textContent =
      "Could not copy. Select the code and copy it yourself.";
  }
}

function renderWidget(widget: DemoWidget) {
  const current = state.get(widget.tag)!;
  const container = document.querySelector<HTMLElement>(
    `[data-controls-of="${widget.tag}"]`,
  )!;
  const snippet = embedSnippet(
    widget,
    current.values,
    current.slots,
    current.script,
  );
  render(
    html`
      <form
        class="controls"
        aria-label="Settings for ${widget.tag}"
        @submit=${(event: Event) => event.preventDefault()}
      >
        ${widget.attributes.map((attribute) => control(widget, attribute))}
        ${widget.slots.map(
          (slot) =>
            html`<div class="field">
              <label for="${widget.tag}-slot-${slot.name}"
                >Slot <code>${slot.name}</code> (text)</label
              >
              <input
                type="text"
                id="${widget.tag}-slot-${slot.name}"
                .value=${current.slots[slot.name] ?? ""}
                @input=${(event: Event) => {
                  current.slots[slot.name] = (
                    event.target as HTMLInputElement
                  ).value;
                  update(widget);
                }}
              />
              <small>${slot.description}</small>
            </div>`,
        )}
      </form>
      <div class="snippet">
        <div class="snippet-bar">
          <h3 id="${widget.tag}-embed">Embed code</h3>
          <label>
            Script
            <select
              @change=${(event: Event) => {
                current.script = (event.target as HTMLSelectElement)
                  .value as ScriptKind;
                renderWidget(widget);
              }}
            >
              <option value="module" ?selected=${current.script === "module"}>
                module
              </option>
              <option value="classic" ?selected=${current.script === "classic"}>
                classic (defer)
              </option>
            </select>
          </label>
          <button
            type="button"
            @click=${(event: Event) =>
              void copySnippet(
                widget,
                (event.target as HTMLElement).nextElementSibling as HTMLElement,
              )}
          >
            Copy
          </button>
          <span role="status" class="copy-status"></span>
        </div>
        <pre
          aria-labelledby="${widget.tag}-embed"
          tabindex="0"
        ><code>${snippet}</code></pre>
      </div>
      ${
        widget.events.length
          ? html`<div class="event-log">
              <h3>Events (${widget.events.join(", ")})</h3>
              ${
                current.events.length
                  ? html`<ol>
                      ${current.events.map((entry) => html`<li><code>${entry}</code></li>`)}
                    </ol>`
                  : html`<p>None yet. Use the card to fire one.</p>`
              }
            </div>`
          : nothing
      }
    `,
    container,
  );
}

function logEvent(widget: DemoWidget, event: Event) {
  const current = state.get(widget.tag)!;
  const detail = JSON.stringify((event as CustomEvent).detail) ?? "";
  current.events = [
    `${event.type} ${detail.length > 160 ? `${detail.slice(0, 160)}…` : detail}`,
    ...current.events,
  ].slice(0, 5);
  renderWidget(widget);
}

function renderPage() {
  const main = document.querySelector("main")!;
  render(
    orderedWidgets.map(
      (widget) =>
        html`<section
          class="widget-demo"
          id="demo-${widget.tag}"
          aria-labelledby="title-${widget.tag}"
        >
          <h2 id="title-${widget.tag}"><code>&lt;${widget.tag}&gt;</code></h2>
          <p class="summary">${widget.summary}</p>
          <div class="demo-grid">
            <div class="previews">
              <figure>
                <figcaption>Preview with your settings</figcaption>
                <div class="frame" data-preview-of=${widget.tag}></div>
              </figure>
              <figure>
                <figcaption>Same settings, other theme</figcaption>
                <div class="frame" data-preview-of=${widget.tag}></div>
              </figure>
            </div>
            <div class="side" data-controls-of=${widget.tag}></div>
          </div>
        </section>`,
    ),
    main,
  );
  render(
    html`<ul>
      ${orderedWidgets.map(
        (widget) =>
          html`<li>
            <a href="#demo-${widget.tag}"><code>&lt;${widget.tag}&gt;</code></a>
          </li>`,
      )}
    </ul>`,
    document.querySelector<HTMLElement>("#widget-nav")!,
  );
  // Each widget's controls render with its first preview (addPreviews), not all at once here.
  for (const widget of orderedWidgets)
    state.set(widget.tag, initialState(widget));
  addPreviews();
}

/** Resolves once the next frame has been drawn. */
const afterNextFrame = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => setTimeout(resolve)),
  );

/**
 * Puts the widgets into their two preview frames when their section comes within a screen of
 * view, one card per frame drawn: each is a short task, so the page stays responsive (Lighthouse:
 * Total Blocking Time) and sections far down cost nothing until the reader scrolls near. An empty
 * frame holds a screen's height (demo.css), so nothing the reader sees moves when a card arrives.
 */
function addPreviews() {
  const waiting: { widget: DemoWidget; frame: Element }[] = [];
  let adding = false;
  const addWaiting = async () => {
    if (adding) return;
    adding = true;
    for (let next = waiting.shift(); next; next = waiting.shift()) {
      await afterNextFrame();
      const { widget, frame } = next;
      const element = document.createElement(widget.tag);
      for (const name of widget.events)
        element.addEventListener(name, (event) => logEvent(widget, event));
      frame.append(element);
      update(widget);
    }
    adding = false;
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries.filter((item) => item.isIntersecting)) {
        observer.unobserve(entry.target);
        const widget = orderedWidgets.find(
          (item) => entry.target.id === `demo-${item.tag}`,
        )!;
        for (const frame of entry.target.querySelectorAll("[data-preview-of]"))
          waiting.push({ widget, frame });
      }
      void addWaiting();
    },
    { rootMargin: "100% 0px" },
  );
  for (const section of document.querySelectorAll(".widget-demo"))
    observer.observe(section);
}

/** Sets each widget's own `lang`, so the previews switch at run time and the embed code shows it. */
function setLanguage(language: string) {
  const before = pageLanguage || "en";
  pageLanguage = language;
  for (const widget of orderedWidgets) {
    const current = state.get(widget.tag)!;
    if ("lang" in current.values) current.values.lang = language;
    // Sample slot text follows the language unless the user has written their own.
    for (const [slot, text] of Object.entries(current.slots)) {
      if (text === sampleFor(slot, before))
        current.slots[slot] = sampleFor(slot, language || "en");
    }
    update(widget);
  }
  renderGlobalControls();
}

function renderGlobalControls() {
  const setWidth = (width: number) => {
    previewWidth = width;
    document.documentElement.style.setProperty("--preview-width", `${width}px`);
    renderGlobalControls();
  };
  render(
    html`<div class="field">
        <label for="global-lang">Language of every widget</label>
        <select
          id="global-lang"
          @change=${(event: Event) => setLanguage((event.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${pageLanguage === ""}>
            Page default (English)
          </option>
          ${availableLanguages().map(
            (language) =>
              html`<option
                value=${language}
                ?selected=${pageLanguage === language}
              >
                ${languageLabel(language)}
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="global-width"
          >Preview width: <output>${previewWidth}px</output></label
        >
        <input
          id="global-width"
          type="range"
          min="280"
          max="1200"
          step="10"
          .value=${String(previewWidth)}
          @input=${(event: Event) => setWidth(Number((event.target as HTMLInputElement).value))}
        />
      </div>`,
    document.querySelector<HTMLElement>("#global-controls")!,
  );
}

renderPage();
renderGlobalControls();
// `?lang=es` opens the demo in that language (for links and screenshots).
const requestedLanguage =
  new URLSearchParams(location.search).get("lang") ?? "";
if (availableLanguages().includes(requestedLanguage))
  setLanguage(requestedLanguage);
document.documentElement.style.setProperty(
  "--preview-width",
  `${previewWidth}px`,
);
