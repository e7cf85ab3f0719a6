/// <reference types="node" />
// prerender(): renders every il2 card in an HTML document or fragment as declarative shadow DOM, on
// Node, with @lit-labs/ssr. Only the cards change: each gets a <template shadowrootmode="open">
// right after its start tag; every other byte of the HTML (host attributes, slotted children,
// scripts, comments, even malformed markup) is passed through as it was.
import { LitElementRenderer } from "@lit-labs/ssr/lib/lit-element-renderer.js";
import { collectResultSync } from "@lit-labs/ssr/lib/render-result.js";
import type { RenderInfo } from "@lit-labs/ssr/lib/render-value.js";
import { parse, parseFragment, type DefaultTreeAdapterMap } from "parse5";
import { SERVER_CHILDREN, type LightChild } from "../shared/light-children.js";
import { redirectWarnings } from "../shared/warn.js";
import { ELEMENTS } from "./elements.js";

type ParentNode = DefaultTreeAdapterMap["parentNode"];
type ChildNode = DefaultTreeAdapterMap["childNode"];
type Element = DefaultTreeAdapterMap["element"];
type Template = DefaultTreeAdapterMap["template"];

const HTML_NAMESPACE = "http://www.w3.org/1999/xhtml";

export interface PrerenderOptions {
  /**
   * Language for cards when neither the card nor the HTML around it sets `lang` (a BCP 47 tag,
   * e.g. `es`). Default: English. In the browser a card still follows the page's `lang`, so give
   * the card or an ancestor `lang` when the page around it does not say.
   */
  lang?: string;
  /** Receives each developer warning (a bad attribute value…). Default: `console.warn`. */
  onWarning?: (message: string) => void;
}

export interface PrerenderResult {
  /** The HTML with every il2 card pre-rendered. */
  html: string;
  /** How many cards were rendered (a guide counts once, with the cards inside it). */
  cards: number;
  /** The developer warnings the cards gave, once each. */
  warnings: string[];
}

/** One change to the input: the text between `start` and `end` becomes `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Renders every il2 element in `html` (a whole document or a fragment) as declarative shadow DOM
 * and returns the new HTML. A card's language is its own `lang`, else the nearest ancestor's in
 * the HTML (up to `<html lang>`), else `options.lang`, else English. Tags that are not il2 cards
 * (including unknown `il2-…` names) and all other text pass through untouched.
 */
export function prerender(
  html: string,
  options: PrerenderOptions = {},
): Promise<string> {
  // A promise, so a later version may render cards that wait for data; today's render in one go.
  return new Promise((resolve) =>
    resolve(prerenderWithReport(html, options).html),
  );
}

/** prerender(), also telling how many cards were rendered and what they warned about. */
export function prerenderWithReport(
  html: string,
  options: PrerenderOptions = {},
): PrerenderResult {
  if (typeof html !== "string")
    throw new TypeError(
      `prerender() needs the HTML as a string; got ${html === null ? "null" : typeof html}.`,
    );
  const warnings: string[] = [];
  const report = options.onWarning ?? ((message) => console.warn(message));
  const restore = redirectWarnings((message) => {
    warnings.push(message);
    report(message);
  });
  try {
    const tree = looksLikeDocument(html)
      ? parse(html, { sourceCodeLocationInfo: true })
      : parseFragment(html, { sourceCodeLocationInfo: true });
    const edits: Edit[] = [];
    collectEdits(tree, options.lang?.trim() ?? "", edits);
    let output = html;
    // From the end backwards, so earlier offsets stay valid.
    for (const { start, end, text } of edits.sort((a, b) => b.start - a.start))
      output = output.slice(0, start) + text + output.slice(end);
    return { html: output, cards: edits.length, warnings };
  } finally {
    restore();
  }
}

/** A document has a doctype or an <html>, <head> or <body> before anything else but comments. */
function looksLikeDocument(html: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype|html|head|body)[\s>/]/i.test(
    html,
  );
}

/** Walks the tree, noting an edit for every il2 card; `lang` is the nearest ancestor's. */
function collectEdits(node: ParentNode, lang: string, edits: Edit[]): void {
  for (const child of node.childNodes) {
    if (!isElement(child)) continue;
    const ownLang = attribute(child, "lang")?.trim();
    const childLang = ownLang || lang;
    // Ordinary <template> content is inert: nothing in it is shown, so nothing is rendered.
    if (child.tagName === "template") continue;
    const location = child.sourceCodeLocation?.startTag;
    if (
      child.tagName in ELEMENTS &&
      String(child.namespaceURI) === HTML_NAMESPACE &&
      location
    ) {
      const existing = existingShadowTemplate(child);
      const range = existing?.sourceCodeLocation;
      const start = range ? range.startOffset : location.endOffset;
      const end = range ? range.endOffset : location.endOffset;
      edits.push({ start, end, text: renderCard(child, lang) });
    }
    collectEdits(child, childLang, edits);
  }
}

function isElement(node: ChildNode): node is Element {
  return "tagName" in node;
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** A declarative shadow root the card already has (HTML pre-rendered before): it is replaced. */
function existingShadowTemplate(element: Element): Template | undefined {
  const first = element.childNodes.find(
    (node) => isElement(node) || ("value" in node && node.value.trim() !== ""),
  );
  if (
    first &&
    isElement(first) &&
    first.tagName === "template" &&
    first.attrs.some(
      ({ name }) => name === "shadowrootmode" || name === "shadowroot",
    )
  )
    return first as Template;
  return undefined;
}

/** The card's element children as the card reads them (its slotted questions, for instance). */
function lightChildren(element: Element): LightChild[] {
  return element.childNodes.filter(isElement).map((child) => ({
    slot: attribute(child, "slot") ?? "",
    getAttribute: (name: string) => attribute(child, name) ?? null,
    textContent: textOf(child),
  }));
}

function textOf(node: ParentNode | ChildNode): string {
  if ("value" in node && node.nodeName === "#text") return node.value;
  if (!("childNodes" in node)) return "";
  return node.childNodes.map(textOf).join("");
}

/** The card's shadow root as a declarative `<template>`, rendered by Lit's server renderer. */
function renderCard(element: Element, inheritedLang: string): string {
  const renderer = new LitElementRenderer(element.tagName);
  (renderer.element as unknown as Record<symbol, unknown>)[SERVER_CHILDREN] =
    lightChildren(element);
  for (const { name, value } of element.attrs)
    renderer.setAttribute(name, value);
  // There is no page around the card on the server: it is told the lang of the HTML around it.
  (renderer.element as { serverInheritedLang?: string }).serverInheritedLang =
    inheritedLang;
  const renderInfo: RenderInfo = {
    elementRenderers: [LitElementRenderer],
    customElementInstanceStack: [renderer],
    // The card is the host of what renders inside it: cards within (the guide's) wait for it
    // to hydrate first (`defer-hydration`).
    customElementHostStack: [renderer],
    eventTargetStack: renderer.element ? [renderer.element] : [],
    slotStack: [],
    deferHydration: false,
  };
  renderer.connectedCallback();
  const shadow = renderer.renderShadow(renderInfo) ?? [];
  const mode = renderer.shadowRootOptions.mode ?? "open";
  return `<template shadowrootmode="${mode}">${validComments(collectResultSync(shadow))}</template>`;
}

/**
 * Lit's server renderer marks some empty parts with `<?>` (lit/lit#2470): browsers read it as an
 * empty comment, but HTML validators reject it and a CMS may escape or strip it. An empty real
 * comment is the same node to the browser and to hydration (Lit skips comments that are not its
 * part markers). Lit escapes `<` in text and attribute values, so `<?>` here is only ever a marker.
 */
export function validComments(html: string): string {
  return html.replaceAll("<?>", "<!---->");
}
