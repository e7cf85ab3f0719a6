// Styles every card shares: design tokens, a typography reset against inherited host styles,
// light/dark themes, forced colours, reduced motion, print and container-query layout.
import { css } from "lit";

export const cardStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    min-width: 0;
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  /*
   * A pre-rendered card before (or without) its script: the host is not :defined yet, or is held
   * back from hydrating ([defer-hydration]: the autoloader brings its code when it is needed).
   * Controls that need script keep their place but stay invisible (.needs-script), so nothing
   * moves when the script arrives and no reader meets a button that does nothing. .script-only
   * and .no-script swap a control for plain text (a section toggle for its heading's words).
   */
  :host(:not(:defined)) .needs-script,
  :host([defer-hydration]) .needs-script {
    visibility: hidden;
  }
  :host(:not(:defined)) .script-only,
  :host([defer-hydration]) .script-only,
  :host(:defined:not([defer-hydration])) .no-script {
    display: none !important;
  }

  /*
   * The card's root resets every inherited text property: host pages may set uppercase,
   * letter-spacing, italics, odd line heights or a 10px root font size. "medium" is the reader's
   * own default size (usually 16px), which a page's html { font-size } cannot shrink.
   */
  .card {
    /* Each default is a light-dark() pair: the card's color-scheme (set by its theme) picks one. */
    --_text: var(--il2-color-text, light-dark(#1b2330, #eef1f6));
    --_muted: var(--il2-color-muted, light-dark(#4a5567, #bcc6d3));
    --_background: var(--il2-color-background, light-dark(#ffffff, #161b22));
    --_surface: var(--il2-color-surface, light-dark(#f3f6fa, #1f2631));
    --_accent: var(--il2-color-accent, light-dark(#1d5c8c, #8ec5f5));
    --_on-accent: var(--il2-color-on-accent, light-dark(#ffffff, #0d1117));
    --_border: var(--il2-color-border, light-dark(#c6d0dc, #435062));
    --_focus: var(--il2-color-focus, light-dark(#1d5c8c, #ffd166));
    --_error: var(--il2-color-error, light-dark(#a4262c, #ffaba3));
    --_radius: var(--il2-radius, 12px);
    --_space: var(--il2-space, 16px);
    color-scheme: light;

    box-sizing: border-box;
    margin: 0;
    padding: clamp(16px, 4cqi, 32px);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font-family: var(
      --il2-font-family,
      system-ui,
      -apple-system,
      "Segoe UI",
      Roboto,
      "Helvetica Neue",
      Arial,
      sans-serif
    );
    font-size: var(--il2-font-size, medium);
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    font-stretch: normal;
    line-height: var(--il2-line-height, 1.55);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    text-decoration: none;
    white-space: normal;
    overflow-wrap: break-word;
    hyphens: manual;
    cursor: auto;
  }

  .card.theme-dark {
    color-scheme: dark;
  }

  .card.theme-auto {
    color-scheme: light dark;
  }

  .card *,
  .card *::before,
  .card *::after {
    box-sizing: border-box;
  }

  .header {
    margin-block-end: calc(var(--_space) * 0.75);
  }

  .title {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.25;
    font-weight: 700;
    color: var(--_text);
  }

  .lede {
    margin: 0.5em 0 0;
    font-size: 1.0625em;
    max-width: 70ch;
  }

  /* A draft translation pack's "not reviewed yet" line: plain, but not to be missed. */
  .draft-note {
    margin: 0.5em 0 0;
    font-weight: 700;
  }

  .body {
    font-size: 1.0625em;
  }

  .body p,
  .body ul,
  .body ol {
    margin: 0 0 0.75em;
    max-width: 70ch;
  }

  .body li + li {
    margin-block-start: 0.35em;
  }

  .subheading {
    margin: 0 0 0.4em;
    font-size: 1.15em;
    line-height: 1.3;
    font-weight: 700;
    color: var(--_text);
  }

  .footer {
    margin-block-start: var(--_space);
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
    font-size: 0.9375em;
    color: var(--_muted);
  }

  .footer p {
    margin: 0 0 0.5em;
    max-width: 70ch;
  }

  .footer p:last-child {
    margin-block-end: 0;
  }

  .care-note {
    color: var(--_text);
    font-weight: 600;
  }

  /* A calm tile for a section inside a card: surface colour with an accent edge. */
  .tile {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-radius: calc(var(--_radius) * 0.75);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
  }

  .tile > :last-child {
    margin-block-end: 0;
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  button,
  input,
  textarea,
  select {
    font: inherit;
    letter-spacing: inherit;
    text-transform: none;
    color: inherit;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Narrow phones: give the words the room, not the padding. */
  @container (max-width: 420px) {
    .card {
      padding: 12px;
      border-radius: calc(var(--_radius) * 0.75);
    }
    .body ul,
    .body ol {
      padding-inline-start: 1.25em;
    }
    .tile {
      padding: 10px;
      padding-inline-start: 12px;
    }
  }

  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .tile {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .card *,
    .card *::before,
    .card *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media print {
    .card,
    .card.theme-dark,
    .card.theme-auto {
      --_text: #000;
      --_muted: #000;
      --_background: #fff;
      --_surface: #fff;
      --_accent: #000;
      --_border: #000;
      color-scheme: light;
      border-color: #000;
      padding: 0;
      border: 0;
      font-size: 12pt;
    }
    .no-print {
      display: none !important;
    }
    .tile {
      padding: 0;
      border: 0;
      background: none;
    }
    /* Small units stay whole on paper; sections may run onto the next page, or a long list
       (the questions, the schedule's course) would leave a page nearly empty before it. */
    .body li {
      break-inside: avoid;
    }
    .title,
    .subheading {
      break-after: avoid;
    }
  }
`;
