// The "Paste-ready HTML" embed: the card pre-rendered in the reader's browser, for sites that paste
// HTML into a page editor (a CMS) and cannot run `il2-widgets prerender` on Node.
//
// Made in the browser, not prepared at build time: the settings include free text (dates, links,
// slotted paragraphs), so no build can list every page a developer may ask for. The worker
// (demo/paste-ready-worker.ts) runs src/ssr's prerender() itself, built as dist/ssr is, so the
// HTML is byte for byte what `il2-widgets prerender` writes for the same element
// (test/node/paste-ready.test.mjs compares the two). Nothing here is parsed into the page: the
// HTML is text, shown in the code panel and copied as text.
import { elementMarkup, scriptTag } from "./snippet.js";
import type { DemoWidget } from "./widgets.js";
import type {
  PasteReadyRequest,
  PasteReadyResponse,
} from "./paste-ready-worker.js";

/** The worker's file, beside the demo page (vite.config.ts serves and builds it). */
export const PASTE_READY_WORKER = "paste-ready-worker.js";

export interface PrerenderedCard {
  /** The element with its declarative shadow root, as prerender() gives it. */
  html: string;
  /** The Content-Security-Policy for the page, as `il2-widgets csp` prints it. */
  csp: string;
  /** The developer warnings the card gave (the preview shows them in the console too). */
  warnings: string[];
}

let worker: Worker | undefined;
let lastId = 0;
const waiting = new Map<
  number,
  { resolve: (card: PrerenderedCard) => void; reject: (error: Error) => void }
>();

/** The one worker, started on first use: the demo pays for Lit's server renderer only then. */
function pasteReadyWorker(url: string): Worker {
  if (worker) return worker;
  const started = new Worker(url);
  started.addEventListener(
    "message",
    ({ data }: MessageEvent<PasteReadyResponse>) => {
      const request = waiting.get(data.id);
      waiting.delete(data.id);
      if (!request) return;
      if ("error" in data) request.reject(new Error(data.error));
      else
        request.resolve({
          html: data.html,
          csp: data.csp,
          warnings: data.warnings,
        });
    },
  );
  // A worker that could not load (offline, a missing file): what waits fails, the next asks anew.
  started.addEventListener("error", (event) => {
    for (const request of waiting.values())
      request.reject(new Error(event.message || `${url} could not be loaded`));
    waiting.clear();
    started.terminate();
    if (worker === started) worker = undefined;
  });
  worker = started;
  return started;
}

/** Pre-renders element markup in the worker (a classic worker: every engine runs one). */
export function prerenderInWorker(
  markup: string,
  url = new URL(PASTE_READY_WORKER, document.baseURI).href,
): Promise<PrerenderedCard> {
  return new Promise((resolve, reject) => {
    lastId += 1;
    waiting.set(lastId, { resolve, reject });
    const request: PasteReadyRequest = { id: lastId, markup };
    pasteReadyWorker(url).postMessage(request);
  });
}

/**
 * What the developer pastes: a note (what this is, where the files go, the policy a site with a
 * Content-Security-Policy sends), the pre-rendered card, and the one script tag that adopts it.
 * The note is an HTML comment: a page editor may drop it, and nothing is lost.
 */
export function pasteReadySnippet({
  html,
  csp,
}: Pick<PrerenderedCard, "html" | "csp">): string {
  return `<!-- il2-widgets, pre-rendered: the card is already in this HTML, so it shows before the
     script loads (and without it), and nothing on the page moves when the script arrives.
     Put the il2-widgets files on your site and change /path/to/ to where they are.
     Only if your site sends a Content-Security-Policy header, send this one:
     Content-Security-Policy: ${csp} -->
${html}
${scriptTag("module")}`;
}

/** The paste-ready code for a widget's current settings. */
export async function pasteReadyCode(
  widget: DemoWidget,
  values: Record<string, string | boolean>,
  slots: Record<string, string>,
): Promise<string> {
  return pasteReadySnippet(
    await prerenderInWorker(elementMarkup(widget, values, slots)),
  );
}
