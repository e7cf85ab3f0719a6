// Helpers shared by the benchmark pages (a classic script, loaded before anything else).
// Not widget code: it reads rendered shadow roots and serializes them for the static floor.
(() => {
  const TAGS = [
    "il2-overview",
    "il2-schedule",
    "il2-side-effects",
    "il2-self-check",
    "il2-doctor-questions",
    "il2-assistance",
    "il2-resources",
    "il2-guide",
  ];
  const TAG_SELECTOR = TAGS.join(",");
  const VOID = new Set([
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
  ]);
  const RAW_TEXT = new Set(["style", "script"]);

  /** Waits until every il2 element in `elements`, and every il2 element inside their shadow roots, has rendered. */
  async function settle(elements) {
    let pending = [...elements];
    while (pending.length) {
      await Promise.all(pending.map((element) => element.updateComplete));
      pending = pending.flatMap((element) => [
        ...(element.shadowRoot?.querySelectorAll(TAG_SELECTOR) ?? []),
      ]);
    }
  }

  /** Forces style recalculation and layout of the whole document (reading geometry does that). */
  function forceLayout(container) {
    return (
      container.getBoundingClientRect().height + document.body.offsetHeight
    );
  }

  /** Throws unless every element shows its title: the check that a copy really rendered. */
  function assertRendered(elements) {
    for (const element of elements) {
      const title = element.shadowRoot?.querySelector(
        '[part~="title"], [part~="guide-title"]',
      );
      if (!title?.textContent?.trim())
        throw new Error(`<${element.localName}> did not render its title`);
      for (const inner of element.shadowRoot.querySelectorAll(TAG_SELECTOR))
        assertRendered([inner]);
    }
  }

  /** All text a shadow tree shows, nested shadow roots included (for comparing widget and static copies). */
  function deepText(node) {
    if (node.nodeType === Node.TEXT_NODE)
      return node.parentElement && RAW_TEXT.has(node.parentElement.localName)
        ? ""
        : node.data;
    let text = "";
    if (node.shadowRoot) text += deepText(node.shadowRoot);
    for (const child of node.childNodes) text += deepText(child);
    return text;
  }

  const escapeText = (text) =>
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/\u00a0/g, "&nbsp;");
  const escapeAttribute = (text) =>
    text
      .replace(/&/g, "&amp;")
      .replace(/"/g, "&quot;")
      .replace(/\u00a0/g, "&nbsp;");

  function serializeChildren(parent) {
    let html = "";
    for (const child of parent.childNodes) html += serializeNode(child);
    return html;
  }

  /** The shadow root as Declarative Shadow DOM: its adopted style sheets become one <style>. */
  function serializeShadowRoot(root) {
    const css = root.adoptedStyleSheets
      .map((sheet) =>
        [...sheet.cssRules].map((rule) => rule.cssText).join("\n"),
      )
      .join("\n");
    const focus = root.delegatesFocus ? " shadowrootdelegatesfocus" : "";
    return `<template shadowrootmode="${root.mode}"${focus}>${css ? `<style>${css}</style>` : ""}${serializeChildren(root)}</template>`;
  }

  /** Markup of a rendered node, shadow roots included; Lit's comment markers are left out. */
  function serializeNode(node) {
    if (node.nodeType === Node.TEXT_NODE) {
      return node.parentElement && RAW_TEXT.has(node.parentElement.localName)
        ? node.data
        : escapeText(node.data);
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return "";
    const name = node.localName;
    const attributes = [...node.attributes]
      .map(
        (attribute) =>
          ` ${attribute.name}="${escapeAttribute(attribute.value)}"`,
      )
      .join("");
    let html = `<${name}${attributes}>`;
    if (node.shadowRoot) html += serializeShadowRoot(node.shadowRoot);
    if (VOID.has(name)) return html;
    html += serializeChildren(name === "template" ? node.content : node);
    return `${html}</${name}>`;
  }

  window.il2Bench = {
    TAGS,
    settle,
    forceLayout,
    assertRendered,
    deepText,
    serialize: serializeNode,
  };
})();
