// `npm run bench`: what the widgets cost a host page, measured in headless Chromium against the
// built files (dist/il2-widgets.js and the demo in demo-dist/). Writes bench-results/latest.json
// and bench-results/latest.md, and prints the tables.
//
//   render cost    N copies of each widget created and rendered (styles and layout included),
//                  against the same rendered markup and styles inserted as static HTML in one go
//                  (Declarative Shadow DOM, no script). Main-thread CPU time (and wall clock),
//                  fresh page per run; median of the runs.
//   time to guide  from the bundle's bytes arriving to <il2-guide> and every card in it rendered.
//   pages          one embed on a page, the one-file bundle against the autoloader: the script
//                  files fetched and their bytes on the wire (gzip), and the time from navigation
//                  to the card rendered, on localhost and over an emulated slow 4G network.
//   heap           JS heap and DOM counters after garbage collection, before and after 1,000
//                  create/render/remove cycles of each widget, after a warm-up round of the
//                  same size (a plain <div> shows the noise).
//   Lighthouse     performance, accessibility, best practices and SEO of the built demo page.
//
// Benchmarks are not tests of speed: nothing here fails on a time or a score. The run fails
// (exit 1) only when something breaks: a page error, a widget that does not render, a missing
// file, or Lighthouse unable to run.
//
//   embed          an article page at phone size with one card above the fold, three ways: the
//                  script-tag embed, pre-rendered (il2-widgets prerender) with the script, and
//                  pre-rendered without any script. Cumulative layout shift and largest
//                  contentful paint measured in the page (4× CPU and a slow-4G network), and
//                  Lighthouse's mobile performance, CLS and LCP for each (full run only).
//
// Usage: node scripts/bench.mjs [--quick] [--only render,guide,pages,heap,lighthouse,embed]
//   --quick  fewer copies, runs and cycles (CI uses it to prove the bench works end to end);
//            Lighthouse still runs, once.
//   --only   run only the named parts.
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";
import { CHROME_ARGS, findChrome } from "./engines.mjs";
import { markdownTable } from "./markdown.mjs";
import { WIDGETS, WIDGET_TAGS } from "./registry.mjs";
import { serve } from "./serve.mjs";

const root = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const PARTS = ["render", "guide", "pages", "heap", "lighthouse", "embed"];
const onlyIndex = args.indexOf("--only");
const parts = new Set(
  onlyIndex >= 0 ? String(args[onlyIndex + 1]).split(",") : PARTS,
);
for (const part of parts) {
  if (!PARTS.includes(part)) {
    console.error(
      `Unknown part "${part}" after --only; use any of ${PARTS.join(", ")}.`,
    );
    process.exit(2);
  }
}

// --quick proves every part works (CI): each measured once, without the warm-up run the full
// benchmark makes before it counts (a cold first run is a fine proof, and halves its time).
const settings = quick
  ? {
      warmups: 0,
      copies: 5,
      runs: 1,
      guideRuns: 1,
      pageRuns: 1,
      cycles: 20,
      lighthouseRuns: 1,
    }
  : {
      warmups: 1,
      copies: 50,
      runs: 7,
      guideRuns: 11,
      pageRuns: 7,
      cycles: 1000,
      lighthouseRuns: 3,
    };
const TAGS = WIDGET_TAGS;
/** The first run of a measured loop: run 0 is the warm-up, not counted; --quick makes none. */
const FIRST_RUN = 1 - settings.warmups;
/** The cards <il2-guide> holds. */
const GUIDE_CARDS = WIDGETS.filter(({ inGuide }) => inGuide).length;
const VIEWPORT = { width: 1280, height: 900 };

const LIGHTHOUSE_CATEGORIES = [
  "performance",
  "accessibility",
  "best-practices",
  "seo",
];

const problems = [];
const fail = (message) => {
  problems.push(message);
  console.error(`error: ${message}`);
};

// ---------------------------------------------------------------------------------------------
// The bench's files, gzipped as any real host would serve them (scripts/serve.mjs). `fixed` files
// are written once at the start into a folder served first, so the whole run measures one build
// even if dist/ is rebuilt meanwhile.

async function serveBench(folder, fixed = new Map()) {
  const fixedFolder = mkdtempSync(join(tmpdir(), "il2-bench-"));
  for (const [path, body] of fixed) {
    mkdirSync(dirname(join(fixedFolder, path)), { recursive: true });
    writeFileSync(join(fixedFolder, path), body);
  }
  const server = await serve(
    [
      ["/", fixedFolder],
      ["/", folder],
    ],
    {
      gzip: true,
      onMissing: (path) => fail(`bench server: missing ${path}`),
      // Vite's hashed assets never change; everything else is revalidated.
      setHeaders: (response, path) =>
        response.setHeader(
          "cache-control",
          path.includes("/assets/")
            ? "public, max-age=31536000, immutable"
            : "no-cache",
        ),
    },
  );
  return {
    origin: server.origin,
    async close() {
      await server.close();
      rmSync(fixedFolder, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Pages: every page is watched; an uncaught error, console error or failed request is a problem.

async function openPage(browser, url, label, { beforeLoad } = {}) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    colorScheme: "light",
    reducedMotion: "no-preference",
  });
  const page = await context.newPage();
  page.on("pageerror", (error) =>
    fail(`${label}: page error: ${error.message}`),
  );
  page.on("console", (message) => {
    if (message.type() === "error")
      fail(`${label}: console error: ${message.text()}`);
    else if (message.type() === "warning")
      console.warn(`[${label}] console warning: ${message.text()}`);
  });
  page.on("requestfailed", (request) =>
    fail(`${label}: request failed: ${request.url()}`),
  );
  page.on("response", (response) => {
    if (response.status() >= 400)
      fail(`${label}: HTTP ${response.status()} for ${response.url()}`);
  });
  await beforeLoad?.(page);
  await page.goto(url, { waitUntil: "load" });
  return { page, close: () => context.close() };
}

/**
 * Measures `work` (a page.evaluate) both ways: wall-clock milliseconds from the page's own
 * performance.now() (its `ms`), and the main thread's CPU time in tasks over the same call
 * (`cpuMs`, from DevTools with thread ticks), which other programs on the machine don't inflate.
 */
async function measure(page, work) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  const taskSeconds = async () =>
    (await cdp.send("Performance.getMetrics")).metrics.find(
      (metric) => metric.name === "TaskDuration",
    )?.value ?? NaN;
  const before = await taskSeconds();
  const result = await work();
  const after = await taskSeconds();
  await cdp.detach();
  return { ...result, cpuMs: (after - before) * 1000 };
}

const whenAllDefined = (page) =>
  page.waitForFunction(
    (tags) => tags.every((tag) => customElements.get(tag)),
    TAGS,
    { timeout: 10_000 },
  );

/** Two animation frames, so the page is idle and painted before a measurement starts. */
const idle = (page) =>
  page.evaluate(
    () =>
      new Promise((done) =>
        requestAnimationFrame(() => requestAnimationFrame(done)),
      ),
  );

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value, digits = 1) => Number(value.toFixed(digits));
const normalize = (text) => text.replace(/\s+/g, " ").trim();

// ---------------------------------------------------------------------------------------------
// Render cost

/** Each widget rendered once, serialized as static HTML with Declarative Shadow DOM. */
async function captureStaticMarkup(browser, origin) {
  const { page, close } = await openPage(
    browser,
    `${origin}/bench/pages/widgets.html`,
    "capture",
  );
  try {
    await whenAllDefined(page);
    return await page.evaluate(async (tags) => {
      const stage = document.getElementById("stage");
      const captured = {};
      for (const tag of tags) {
        const element = document.createElement(tag);
        stage.append(element);
        await window.il2Bench.settle([element]);
        window.il2Bench.assertRendered([element]);
        captured[tag] = {
          html: window.il2Bench.serialize(element),
          text: window.il2Bench.deepText(element),
        };
        element.remove();
      }
      return captured;
    }, TAGS);
  } finally {
    await close();
  }
}

async function renderWidgets(browser, origin, tag, copies) {
  const { page, close } = await openPage(
    browser,
    `${origin}/bench/pages/widgets.html`,
    `render ${tag}`,
  );
  try {
    await whenAllDefined(page);
    await idle(page);
    const timing = await measure(page, () =>
      page.evaluate(
        async ({ tag, copies }) => {
          const stage = document.getElementById("stage");
          const start = performance.now();
          const elements = Array.from({ length: copies }, () =>
            document.createElement(tag),
          );
          stage.append(...elements);
          await window.il2Bench.settle(elements);
          window.il2Bench.forceLayout(stage);
          return { ms: performance.now() - start };
        },
        { tag, copies },
      ),
    );
    const height = await page.evaluate(() => {
      const stage = document.getElementById("stage");
      window.il2Bench.assertRendered([...stage.children]);
      return stage.getBoundingClientRect().height;
    });
    return { ...timing, height };
  } finally {
    await close();
  }
}

async function renderStatic(browser, origin, tag, html) {
  const { page, close } = await openPage(
    browser,
    `${origin}/bench/pages/static.html`,
    `static ${tag}`,
  );
  try {
    await page.evaluate((markup) => {
      window.__markup = markup;
    }, html);
    await idle(page);
    const timing = await measure(page, () =>
      page.evaluate(() => {
        const stage = document.getElementById("stage");
        const start = performance.now();
        stage.setHTMLUnsafe(window.__markup);
        window.il2Bench.forceLayout(stage);
        return { ms: performance.now() - start };
      }),
    );
    const check = await page.evaluate(() => {
      const stage = document.getElementById("stage");
      const copies = [...stage.children];
      window.il2Bench.assertRendered(copies);
      return {
        height: stage.getBoundingClientRect().height,
        text: window.il2Bench.deepText(copies[0]),
      };
    });
    return { ...timing, ...check };
  } finally {
    await close();
  }
}

async function benchRender(browser, origin) {
  const captured = await captureStaticMarkup(browser, origin);
  const rows = [];
  for (const tag of TAGS) {
    const staticHtml = captured[tag].html.repeat(settings.copies);
    const widget = [];
    const statics = [];
    let heights = {};
    // Run 0 warms the browser up and is not counted; the order alternates to spread any drift.
    for (let run = FIRST_RUN; run <= settings.runs; run += 1) {
      let w;
      let s;
      if (run % 2) {
        w = await renderWidgets(browser, origin, tag, settings.copies);
        s = await renderStatic(browser, origin, tag, staticHtml);
      } else {
        s = await renderStatic(browser, origin, tag, staticHtml);
        w = await renderWidgets(browser, origin, tag, settings.copies);
      }
      if (run === FIRST_RUN) {
        heights = { widget: w.height, static: s.height };
        // The floor is only fair if it is the same page: same text, same laid-out height.
        if (normalize(s.text) !== normalize(captured[tag].text))
          fail(
            `${tag}: the static copy does not show the same text as the widget`,
          );
        if (Math.abs(w.height - s.height) > 1)
          console.warn(
            `${tag}: static copies lay out ${round(s.height)}px tall, widgets ${round(w.height)}px`,
          );
      }
      if (run === 0) continue;
      widget.push(w);
      statics.push(s);
    }
    const pick = (runs, key) => median(runs.map((r) => r[key]));
    const [widgetMs, staticMs, widgetCpuMs, staticCpuMs] = [
      pick(widget, "ms"),
      pick(statics, "ms"),
      pick(widget, "cpuMs"),
      pick(statics, "cpuMs"),
    ];
    rows.push({
      tag,
      widgetMs: round(widgetMs),
      staticMs: round(staticMs),
      ratio: round(widgetMs / staticMs, 2),
      widgetCpuMs: round(widgetCpuMs),
      staticCpuMs: round(staticCpuMs),
      cpuRatio: round(widgetCpuMs / staticCpuMs, 2),
      widgetRuns: widget.map((r) => ({
        ms: round(r.ms),
        cpuMs: round(r.cpuMs),
      })),
      staticRuns: statics.map((r) => ({
        ms: round(r.ms),
        cpuMs: round(r.cpuMs),
      })),
      staticBytesPerCopy: Buffer.byteLength(captured[tag].html),
      layoutHeightPx: {
        widget: round(heights.widget),
        static: round(heights.static),
      },
    });
    console.log(
      `  render ${tag}: ${round(widgetMs)} ms vs static ${round(staticMs)} ms (main-thread CPU ${round(widgetCpuMs)} vs ${round(staticCpuMs)} ms)`,
    );
  }
  const sum = (key) => rows.reduce((total, row) => total + row[key], 0);
  return {
    copies: settings.copies,
    runs: settings.runs,
    widgets: rows,
    total: {
      widgetMs: round(sum("widgetMs")),
      staticMs: round(sum("staticMs")),
      ratio: round(sum("widgetMs") / sum("staticMs"), 2),
      widgetCpuMs: round(sum("widgetCpuMs")),
      staticCpuMs: round(sum("staticCpuMs")),
      cpuRatio: round(sum("widgetCpuMs") / sum("staticCpuMs"), 2),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Three ways to embed a card in an article: how much the page moves, and when it is readable

/** The ways compared, each an article page served by the bench server. */
const ARTICLE_EMBEDS = [
  {
    id: "script-tag",
    label: "Script tag",
    script: true,
    prerendered: false,
  },
  {
    id: "prerendered",
    label: "Pre-rendered + script",
    script: true,
    prerendered: true,
  },
  {
    id: "prerendered-no-script",
    label: "Pre-rendered, no script",
    script: false,
    prerendered: true,
  },
];

/** The article page for each embed, made once: pre-rendered with the built il2-widgets/ssr. */
async function embedPages() {
  const { prerender } = await import(
    pathToFileURL(join(root, "dist/ssr/index.js")).href
  );
  const source = readFileSync(join(root, "bench/pages/article.html"), "utf8");
  const pages = new Map();
  for (const embed of ARTICLE_EMBEDS) {
    // The README's embed: one module script in the head (deferred by nature).
    const html = source.replace(
      "<!--scripts-->",
      embed.script
        ? '<script type="module" src="/dist/il2-widgets.js"></script>'
        : "",
    );
    pages.set(
      `bench/embed/${embed.id}.html`,
      embed.prerendered ? await prerender(html) : html,
    );
  }
  return pages;
}

/**
 * Loads the page at phone size on a slow phone (4× CPU, slow 4G) and reads the layout shifts and
 * the largest contentful paint the page itself reports, once the card has settled.
 */
async function embedRun(browser, url, label, script) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  page.on("pageerror", (error) =>
    fail(`${label}: page error: ${error.message}`),
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
  await page.addInitScript(() => {
    const metrics = { cls: 0, lcp: 0 };
    window.__embedMetrics = metrics;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (!entry.hadRecentInput) metrics.cls += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
    new PerformanceObserver((list) => {
      const last = list.getEntries().at(-1);
      if (last) metrics.lcp = last.startTime;
    }).observe({ type: "largest-contentful-paint", buffered: true });
  });
  try {
    await page.goto(url, { waitUntil: "load" });
    if (script)
      await page.waitForFunction(() => customElements.get("il2-overview"));
    // Layout shifts and paints are reported a little after the frame that made them.
    await page.waitForTimeout(1500);
    const rendered = await page.evaluate(
      () =>
        document
          .querySelector("il2-overview")
          ?.shadowRoot?.querySelectorAll(".card").length ?? 0,
    );
    if (rendered !== 1)
      fail(`${label}: expected one rendered card, found ${rendered}`);
    return await page.evaluate(() => window.__embedMetrics);
  } finally {
    await context.close();
  }
}

async function benchEmbed(browser, origin, chromePath) {
  const rows = [];
  for (const embed of ARTICLE_EMBEDS) {
    const url = `${origin}/bench/embed/${embed.id}.html`;
    const runs = [];
    for (let run = 0; run < settings.runs; run += 1)
      runs.push(await embedRun(browser, url, embed.label, embed.script));
    const row = {
      ...embed,
      cls: round(median(runs.map((r) => r.cls)), 3),
      lcpMs: round(median(runs.map((r) => r.lcp))),
    };
    // Lighthouse takes about 15 s a run: the full benchmark only.
    if (!quick)
      row.lighthouse = await lighthouseRuns(
        chromePath,
        url,
        settings.lighthouseRuns,
      );
    rows.push(row);
  }
  return { runs: settings.runs, rows };
}

// ---------------------------------------------------------------------------------------------
// Time to the whole guide

async function benchGuide(browser, origin) {
  const runs = [];
  for (let run = FIRST_RUN; run <= settings.guideRuns; run += 1) {
    let cdp;
    const { page, close } = await openPage(
      browser,
      `${origin}/bench/pages/guide.html`,
      "guide",
      {
        beforeLoad: async (newPage) => {
          cdp = await newPage.context().newCDPSession(newPage);
          await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
        },
      },
    );
    try {
      await page.waitForFunction(
        () => window.__guideResult?.done || window.__guideResult?.error,
        undefined,
        { timeout: 10_000 },
      );
      const result = await page.evaluate(() => window.__guideResult);
      // The main thread's CPU time in tasks for the whole page so far: parsing the page, running
      // the bundle and rendering the guide (the page does nothing else).
      const { metrics } = await cdp.send("Performance.getMetrics");
      result.mainThreadCpuMs =
        (metrics.find((metric) => metric.name === "TaskDuration")?.value ??
          NaN) * 1000;
      if (result.error) throw new Error(`guide page: ${result.error}`);
      if (result.cards !== GUIDE_CARDS)
        fail(
          `guide page: expected ${GUIDE_CARDS} cards inside <il2-guide>, found ${result.cards}`,
        );
      if (run > 0) runs.push(result);
    } finally {
      await close();
    }
  }
  // The median page load (by the headline time), so its parts add up; CPU time is its own median.
  const total = (r) => r.renderedAt - r.bundleResponseEnd;
  const middle = [...runs].sort((a, b) => total(a) - total(b))[
    Math.floor((runs.length - 1) / 2)
  ];
  return {
    runs: settings.guideRuns,
    bundleToGuideMs: round(total(middle)),
    bundleRunMs: round(middle.definedAt - middle.bundleResponseEnd),
    guideRenderMs: round(middle.renderedAt - middle.definedAt),
    navigationToGuideMs: round(middle.renderedAt),
    pageMainThreadCpuMs: round(median(runs.map((r) => r.mainThreadCpuMs))),
    runsMs: runs.map((r) => round(total(r))),
  };
}

// ---------------------------------------------------------------------------------------------
// One embed per page: the one-file bundle against the autoloader

const EMBED_CASES = [
  { id: "overview", label: "one <il2-overview>, English", tag: "il2-overview" },
  {
    id: "overview-es",
    label: "one <il2-overview>, Spanish",
    tag: "il2-overview",
    lang: "es",
  },
  { id: "guide", label: "<il2-guide>, English", tag: "il2-guide" },
];
const EMBEDS = ["bundle", "autoloader"];
/**
 * Chromium's own throttling (per request), with Lighthouse's mobile figures: 150 ms round trip,
 * 1.6 Mbit/s down. On localhost the autoloader's chain of requests costs nothing; here each
 * step costs a round trip, and every byte counts.
 */
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

async function loadEmbed(browser, origin, embed, page, network) {
  const query = new URLSearchParams({ embed, tag: page.tag });
  if (page.lang) query.set("lang", page.lang);
  const { page: tab, close } = await openPage(
    browser,
    `${origin}/bench/pages/embed.html?${query}`,
    `${embed} ${page.id}`,
    {
      beforeLoad: async (newPage) => {
        const cdp = await newPage.context().newCDPSession(newPage);
        await cdp.send("Network.enable");
        // No cache between runs: every run fetches what a first visit fetches.
        await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
        if (network)
          await cdp.send("Network.emulateNetworkConditions", network);
      },
    },
  );
  try {
    await tab.waitForFunction(
      () => window.__embedResult?.done || window.__embedResult?.error,
      undefined,
      { timeout: 30_000 },
    );
    const result = await tab.evaluate(() => window.__embedResult);
    if (result.error) throw new Error(`${embed} ${page.id}: ${result.error}`);
    return result;
  } finally {
    await close();
  }
}

async function benchPages(browser, origin) {
  const rows = [];
  const englishTitles = {};
  for (const page of EMBED_CASES) {
    for (const embed of EMBEDS) {
      const times = { localhost: [], slow4g: [] };
      let scripts;
      // Run 0 warms the browser up and is not counted.
      for (let run = FIRST_RUN; run <= settings.pageRuns; run += 1) {
        for (const [network, conditions] of [
          ["localhost", undefined],
          ["slow4g", SLOW_4G],
        ]) {
          const result = await loadEmbed(
            browser,
            origin,
            embed,
            page,
            conditions,
          );
          if (run > 0) times[network].push(result.renderedAt);
          scripts = result.scripts;
          if (!page.lang) englishTitles[page.tag] = result.title;
          else if (result.title === englishTitles[page.tag])
            fail(`${embed} ${page.id}: the card shows English`);
        }
      }
      rows.push({
        page: page.label,
        embed,
        files: scripts.map(({ path }) => path),
        scripts: scripts.length,
        bytes: scripts.reduce((sum, { bytes }) => sum + bytes, 0),
        localhostMs: round(median(times.localhost)),
        slow4gMs: round(median(times.slow4g)),
      });
      console.log(
        `  ${page.id} with the ${embed}: ${scripts.length} script file(s), ${rows.at(-1).bytes} bytes, ` +
          `rendered after ${rows.at(-1).localhostMs} ms (localhost) / ${rows.at(-1).slow4gMs} ms (slow 4G)`,
      );
    }
  }
  return { runs: settings.pageRuns, network: SLOW_4G, rows };
}

// ---------------------------------------------------------------------------------------------
// Heap after create/remove cycles

async function heapNumbers(cdp) {
  // Twice: the first pass can leave objects that only weak callbacks release.
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");
  const dom = await cdp.send("Memory.getDOMCounters");
  return {
    heapBytes: heap.usedSize,
    nodes: dom.nodes,
    listeners: dom.jsEventListeners,
  };
}

async function benchHeap(browser, origin) {
  const rows = [];
  for (const tag of ["div", ...TAGS]) {
    const { page, close } = await openPage(
      browser,
      `${origin}/bench/pages/widgets.html`,
      `heap ${tag}`,
    );
    try {
      await whenAllDefined(page);
      const cdp = await page.context().newCDPSession(page);
      const cycle = (count) =>
        page.evaluate(
          async ({ tag, count }) => {
            const stage = document.getElementById("stage");
            for (let index = 0; index < count; index += 1) {
              const element = document.createElement(tag);
              stage.append(element);
              if (tag !== "div") {
                await window.il2Bench.settle([element]);
                if (index === 0) window.il2Bench.assertRendered([element]);
              }
              element.remove();
            }
          },
          { tag, count },
        );
      // A warm-up round of the same size first: the first copies build what every copy shares
      // (templates, style sheets) and the JIT compiles the hot code. That one-time growth is
      // reported apart; a leak shows as growth in the measured round.
      const loaded = await heapNumbers(cdp);
      await cycle(settings.cycles);
      const before = await heapNumbers(cdp);
      await cycle(settings.cycles);
      const after = await heapNumbers(cdp);
      rows.push({
        tag,
        warmupGrowthBytes: before.heapBytes - loaded.heapBytes,
        beforeBytes: before.heapBytes,
        afterBytes: after.heapBytes,
        deltaBytes: after.heapBytes - before.heapBytes,
        nodesDelta: after.nodes - before.nodes,
        listenersDelta: after.listeners - before.listeners,
      });
    } finally {
      await close();
    }
  }
  return { cycles: settings.cycles, rows };
}

// ---------------------------------------------------------------------------------------------
// Lighthouse on the built demo page

/**
 * Lighthouse (mobile, simulated throttling) on `url`, `runs` times, in a Chrome that
 * chrome-launcher starts for it; the reports, the median run by performance score first.
 */
async function lighthouseMedian(chromePath, url, runs, categories) {
  const chrome = await launch({
    chromePath,
    chromeFlags: ["--headless=new", ...CHROME_ARGS],
  });
  const reports = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "html",
        logLevel: "error",
        onlyCategories: categories,
      });
      const lhr = result?.lhr;
      if (!lhr || lhr.runtimeError)
        throw new Error(
          `Lighthouse on ${url}: ${lhr?.runtimeError?.message ?? "no report"}`,
        );
      for (const category of categories)
        if (typeof lhr.categories[category]?.score !== "number")
          throw new Error(`Lighthouse gave no ${category} score`);
      reports.push({ lhr, html: result.report });
    }
  } finally {
    chrome.kill();
  }
  const score = ({ lhr }) => lhr.categories.performance.score;
  const sorted = [...reports].sort((a, b) => score(a) - score(b));
  return { median: sorted[Math.floor((sorted.length - 1) / 2)], reports };
}

/** Lighthouse's mobile performance, CLS and LCP of an embed's page (median run). */
async function lighthouseRuns(chromePath, url, runs) {
  const { lhr } = (
    await lighthouseMedian(chromePath, url, runs, ["performance"])
  ).median;
  const value = (id) => lhr.audits[id].numericValue;
  return {
    performance: Math.round(lhr.categories.performance.score * 100),
    cls: round(value("cumulative-layout-shift"), 3),
    lcpMs: round(value("largest-contentful-paint")),
    fcpMs: round(value("first-contentful-paint")),
  };
}

async function benchLighthouse(chromePath, demoOrigin) {
  // The median run by performance score (the one that varies); the other categories come with it.
  // Its full report is kept in bench-results/ for reading the details.
  const { median, reports } = await lighthouseMedian(
    chromePath,
    `${demoOrigin}/`,
    settings.lighthouseRuns,
    LIGHTHOUSE_CATEGORIES,
  );
  const { lhr, html } = median;
  mkdirSync(join(root, "bench-results"), { recursive: true });
  writeFileSync(join(root, "bench-results/lighthouse.html"), String(html));
  writeFileSync(
    join(root, "bench-results/lighthouse.json"),
    JSON.stringify(lhr),
  );
  const scores = Object.fromEntries(
    LIGHTHOUSE_CATEGORIES.map((id) => [
      id,
      Math.round(lhr.categories[id].score * 100),
    ]),
  );
  const failing = [];
  for (const id of LIGHTHOUSE_CATEGORIES) {
    for (const ref of lhr.categories[id].auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (
        ref.weight === 0 &&
        !["binary", "numeric"].includes(audit.scoreDisplayMode)
      )
        continue;
      if (ref.weight === 0 && id === "performance") continue; // diagnostics and opportunities without weight
      failing.push({
        category: id,
        id: ref.id,
        title: audit.title,
        score: audit.score,
        displayValue: audit.displayValue ?? "",
      });
    }
  }
  const metric = (id) => lhr.audits[id]?.displayValue ?? "";
  return {
    version: lhr.lighthouseVersion,
    url: lhr.finalDisplayedUrl,
    formFactor: lhr.configSettings.formFactor,
    throttling: lhr.configSettings.throttlingMethod,
    runs: settings.lighthouseRuns,
    scores,
    allRunsPerformance: reports.map((report) =>
      Math.round(report.lhr.categories.performance.score * 100),
    ),
    metrics: {
      firstContentfulPaint: metric("first-contentful-paint"),
      largestContentfulPaint: metric("largest-contentful-paint"),
      totalBlockingTime: metric("total-blocking-time"),
      cumulativeLayoutShift: metric("cumulative-layout-shift"),
      speedIndex: metric("speed-index"),
    },
    failingAudits: failing,
  };
}

// ---------------------------------------------------------------------------------------------
// Report

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const signedKb = (bytes) =>
  `${bytes >= 0 ? "+" : "−"}${(Math.abs(bytes) / 1024).toFixed(1)} KB`;
const count = (value) => value.toLocaleString("en-US");
const signed = (count) =>
  count > 0 ? `+${count}` : count < 0 ? `−${-count}` : "0";

function report(results) {
  // Markdown tables, in the file and on the console alike.
  const t = markdownTable;
  const code = (text) => `\`${text}\``;
  const parts = [];
  const { render, guide, pages, heap, lighthouse, bundle, embed } = results;
  if (render) {
    parts.push(
      `Render cost: ${render.copies} copies of each widget created and rendered (style and layout included), ` +
        `against the same markup and styles inserted as static HTML in one go. Main-thread CPU time, median of ${render.runs} runs, ` +
        "a fresh page each; the wall-clock ratio is shown too. Goal: ratio ≤ 1.5×.",
      t(
        [
          "Widget",
          "Widget (ms)",
          "Static HTML (ms)",
          "Ratio",
          "Wall-clock ratio",
        ],
        [
          ...render.widgets.map((row) => [
            code(`<${row.tag}>`),
            row.widgetCpuMs.toFixed(1),
            row.staticCpuMs.toFixed(1),
            `${row.cpuRatio.toFixed(2)}×`,
            `${row.ratio.toFixed(2)}×`,
          ]),
          [
            "All together",
            render.total.widgetCpuMs.toFixed(1),
            render.total.staticCpuMs.toFixed(1),
            `${render.total.cpuRatio.toFixed(2)}×`,
            `${render.total.ratio.toFixed(2)}×`,
          ],
        ],
        ["l", "r", "r", "r", "r"],
      ),
    );
  }
  if (guide) {
    parts.push(
      `Time to ${code("<il2-guide>")} rendered (the median of ${guide.runs} page loads): ${guide.bundleToGuideMs.toFixed(1)} ms from the bundle's bytes arriving ` +
        `(${guide.bundleRunMs.toFixed(1)} ms to parse and run ${code(bundle.path)}, ${guide.guideRenderMs.toFixed(1)} ms to render the guide and its ${GUIDE_CARDS} cards); ` +
        `${guide.navigationToGuideMs.toFixed(1)} ms from navigation start on localhost. ` +
        `The page's main thread spent ${guide.pageMainThreadCpuMs.toFixed(1)} ms of CPU time in all (median).`,
    );
  }
  if (pages) {
    parts.push(
      `One embed per page: the script files the page fetched and their bytes on the wire (gzip), and the time from navigation start ` +
        `to the card rendered and laid out (median of ${pages.runs} loads, cache off), on localhost and with Chromium's slow 4G throttling ` +
        `(150 ms per request, 1.6 Mbit/s).`,
      t(
        [
          "Page",
          "Embed",
          "Scripts",
          "Fetched (gzip)",
          "Rendered, localhost",
          "Rendered, slow 4G",
        ],
        pages.rows.map((row) => [
          row.page.replace(/<[^>]+>/, (name) => code(name)),
          row.embed === "bundle"
            ? code("il2-widgets.js")
            : code("il2-autoloader.js"),
          String(row.scripts),
          `${count(row.bytes)} B`,
          `${row.localhostMs.toFixed(0)} ms`,
          `${row.slow4gMs.toFixed(0)} ms`,
        ]),
        ["l", "l", "r", "r", "r", "r"],
      ),
    );
  }
  if (heap) {
    parts.push(
      `Heap: used JS heap and DOM counters after garbage collection, before and after ${count(heap.cycles)} create/render/remove cycles of each widget, ` +
        `measured after a warm-up round of ${count(heap.cycles)} cycles (its one-time growth, mostly compiled code, is shown apart). ` +
        "A plain <div> shows the noise.".replace("<div>", code("<div>")),
      t(
        [
          "Element",
          "Warm-up growth",
          "Heap before",
          "Heap after",
          "Change",
          "DOM nodes",
          "Listeners",
        ],
        heap.rows.map((row) => [
          row.tag === "div" ? `${code("<div>")} (noise)` : code(`<${row.tag}>`),
          signedKb(row.warmupGrowthBytes),
          kb(row.beforeBytes),
          kb(row.afterBytes),
          signedKb(row.deltaBytes),
          signed(row.nodesDelta),
          signed(row.listenersDelta),
        ]),
        ["l", "r", "r", "r", "r", "r", "r"],
      ),
    );
  }
  if (embed) {
    const withLighthouse = embed.rows.some((row) => row.lighthouse);
    parts.push(
      `One ${code("<il2-overview>")} after the first paragraph of an article, at phone size (412 × 823). ` +
        `CLS and LCP as the page reports them on a slowed phone (4× CPU, slow 4G), median of ${embed.runs} loads` +
        (withLighthouse
          ? "; Lighthouse 12 mobile (simulated throttling, median run) beside them."
          : ". (Lighthouse runs in the full benchmark only.)") +
        " Goal when pre-rendered: CLS 0.00 and performance 100.",
      t(
        [
          "Embed",
          "CLS",
          "LCP (ms)",
          ...(withLighthouse
            ? ["Lighthouse perf.", "Lighthouse CLS", "Lighthouse LCP (ms)"]
            : []),
        ],
        embed.rows.map((row) => [
          row.label,
          row.cls.toFixed(2),
          String(Math.round(row.lcpMs)),
          ...(row.lighthouse
            ? [
                String(row.lighthouse.performance),
                row.lighthouse.cls.toFixed(2),
                String(Math.round(row.lighthouse.lcpMs)),
              ]
            : []),
        ]),
        ["l", "r", "r", "r", "r", "r"],
      ),
    );
  }
  if (lighthouse) {
    const s = lighthouse.scores;
    parts.push(
      `Lighthouse ${lighthouse.version} on the built demo page (${lighthouse.formFactor}, ${lighthouse.throttling}d throttling, median of ${lighthouse.runs} run${lighthouse.runs > 1 ? "s" : ""}). ` +
        "Goal: 100, 100, 100, ≥ 95.",
      t(
        ["Performance", "Accessibility", "Best practices", "SEO"],
        [[s.performance, s.accessibility, s["best-practices"], s.seo]],
        ["r", "r", "r", "r"],
      ),
    );
    if (lighthouse.failingAudits.length) {
      parts.push(
        "Audits below a full score:",
        t(
          ["Category", "Audit", "Score", "Value"],
          lighthouse.failingAudits.map((audit) => [
            audit.category,
            audit.id,
            audit.score.toFixed(2),
            audit.displayValue,
          ]),
          ["l", "l", "r", "l"],
        ),
      );
    }
  }
  return parts.join("\n\n");
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const bundlePath = "dist/il2-widgets.js";
  if (!existsSync(join(root, bundlePath)))
    throw new Error(
      `${bundlePath} is missing: run \`npm run build\` first (npm run bench does).`,
    );
  if (
    parts.has("lighthouse") &&
    !existsSync(join(root, "demo-dist/index.html"))
  ) {
    throw new Error(
      "demo-dist/index.html is missing: run `npm run build:demo` first (npm run bench does).",
    );
  }
  const chromePath = await findChrome();
  if (!chromePath)
    throw new Error(
      "No Chrome or Chromium found: set CHROME_PATH or run `npm test` once (it installs one).",
    );

  const started = Date.now();
  const git = (...gitArgs) => {
    try {
      return execFileSync("git", gitArgs, {
        cwd: root,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      }).trim();
    } catch {
      return "";
    }
  };
  const bundleBytes = readFileSync(join(root, bundlePath));
  const results = {
    date: new Date().toISOString(),
    quick,
    settings,
    environment: {
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpu: cpus()[0]?.model ?? "",
      cpus: cpus().length,
      loadAverage: round(loadavg()[0], 2),
    },
    // The commit measured, and whether src/ had changes not yet committed.
    source: {
      commit: git("rev-parse", "--short", "HEAD"),
      srcChanged: git("status", "--porcelain", "--", "src") !== "",
    },
    bundle: {
      path: bundlePath,
      bytes: bundleBytes.length,
      gzipBytes: gzipSync(bundleBytes, { level: 9 }).length,
    },
  };

  if (parts.has("embed") && !existsSync(join(root, "dist/ssr/index.js")))
    throw new Error(
      "dist/ssr/index.js is missing: run `npm run build` first (npm run bench does).",
    );
  // The pages' helpers get the widgets' tags from the registry.
  const lib = `window.IL2_WIDGET_TAGS = ${JSON.stringify(TAGS)};\n${readFileSync(join(root, "bench/pages/lib.js"), "utf8")}`;
  const site = await serveBench(
    root,
    new Map([
      [bundlePath, bundleBytes],
      ["bench/pages/lib.js", lib],
      ...(parts.has("embed") ? await embedPages() : []),
    ]),
  );
  const demo = parts.has("lighthouse")
    ? await serveBench(join(root, "demo-dist"))
    : undefined;
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: CHROME_ARGS,
  });
  try {
    results.environment.chromium = browser.version();
    console.log(
      `Benchmarking ${bundlePath} in Chromium ${browser.version()}${quick ? " (quick)" : ""}…`,
    );
    if (parts.has("render"))
      results.render = await benchRender(browser, site.origin);
    if (parts.has("guide")) {
      console.log("  time to guide…");
      results.guide = await benchGuide(browser, site.origin);
    }
    if (parts.has("pages")) {
      console.log("  one embed per page…");
      results.pages = await benchPages(browser, site.origin);
    }
    if (parts.has("heap")) {
      console.log(`  heap (${settings.cycles} cycles per widget)…`);
      results.heap = await benchHeap(browser, site.origin);
    }
    if (parts.has("embed")) {
      console.log("  embeds on an article page…");
      results.embed = await benchEmbed(browser, site.origin, chromePath);
    }
  } finally {
    await browser.close();
  }
  if (demo) {
    console.log("  Lighthouse on the demo page…");
    try {
      results.lighthouse = await benchLighthouse(chromePath, demo.origin);
    } catch (error) {
      fail(
        `Lighthouse could not run: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  await site.close();
  await demo?.close();
  results.seconds = Math.round((Date.now() - started) / 1000);
  results.problems = problems;

  mkdirSync(join(root, "bench-results"), { recursive: true });
  writeFileSync(
    join(root, "bench-results/latest.json"),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  const { environment: env, source } = results;
  const header =
    `Chromium ${env.chromium}, Node ${process.version}, ${env.cpus} × ${env.cpu} (load average ${env.loadAverage}), ` +
    `commit ${source.commit || "unknown"}${source.srcChanged ? " with uncommitted changes in src/" : ""}, ${results.date.slice(0, 10)}${quick ? ", --quick" : ""}.`;
  writeFileSync(
    join(root, "bench-results/latest.md"),
    `${header}\n\n${report(results)}\n`,
  );
  console.log(`\n${report(results)}\n\n${header}`);
  console.log(
    `Wrote bench-results/latest.json and bench-results/latest.md in ${results.seconds} s.`,
  );
}

try {
  await main();
} catch (error) {
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
}
if (problems.length) {
  console.error(
    `\nThe benchmark hit ${problems.length} problem(s); see above.`,
  );
  process.exit(1);
}
