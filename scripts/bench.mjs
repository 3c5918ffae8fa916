// `make bench`: shipped sizes and, in headless Chromium, what a card costs a
// page: time to the first card painted and to the card ready for the reader,
// main-thread work before the first interaction, layout shift, bytes fetched
// while a card is still below the fold, the time a change takes, the card's
// heights and memory, as medians over repeated runs. Prints one table and
// writes bench/results.json. Timings are only reported (this machine is
// noisy); the size ceiling is enforced by `make test`.
import { createServer } from "node:http";
import { readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { chromium } from "@playwright/test";
import { measure, shippedSizes } from "./sizes.mjs";

const ROOT = new URL("..", import.meta.url).pathname;
const DIST = process.env.BENCH_DIST ?? join(ROOT, "dist");
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
// Another build's dist/ (e.g. of an earlier commit) to measure in turn with this
// one, run by run, so the machine's drift affects both alike.
const BASELINE = process.env.BENCH_BASELINE;
const CHANGES_PER_RUN = 20;
// Start-up varies most from load to load: each run loads the demo this many times.
const LOADS_PER_RUN = 3;
const KB = 1024;
const TARGETS = { coreBrotli: 88_000, changeMedianMs: 2, changeP95Ms: 8, cls: 0, longestTaskMs: 50, heights: { 375: 2550, 1280: 1600 } };

const ROLES = JSON.parse(readFileSync(join(ROOT, "data/roles.json"), "utf8")).roles.map((r) => r.id);
const PAIRS = ROLES.flatMap((a, i) => ROLES.slice(i + 1).map((b) => [a, b])).filter((_, i) => i % 7 === 0).slice(0, 20);

/** A page with 20 cards, as a long comparison post would have: `cards` gives each element's markup. */
function twentyCards(cards, head = "") {
  const body = cards.map((card, i) => `<h2>Pair ${i + 1}</h2>${card}<p>Text after the card.</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>20 cards</title>
<script type="module" src="role-compare.js"></script>${head}</head><body>${body.join("\n")}</body></html>`;
}

/** The short snippet's element for a pair. */
const shortCard = ([a, b]) => `<role-compare role-a="${a}" role-b="${b}"><a href="#">${a} vs ${b}</a></role-compare>`;

/** The pre-rendered element of a pair, from its page in `dist` (null for a build without pair pages). */
function prerenderedCard(dist, [a, b]) {
  const file = join(dist, "compare", `${a}-vs-${b}.html`);
  if (!existsSync(file)) return null;
  return readFileSync(file, "utf8").match(/<role-compare[\s\S]*<\/role-compare>/)[0].replaceAll('"../', '"');
}

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png", ".json": "application/json" };
/** The frame page measured (a pair's page in embed/, framed at 600 px by hosts). */
const FRAME_PAGE = "embed/operations-manager-vs-procurement-manager.html";

/** The frame page's bytes, and the pictures in og/ (count, total and largest), of a build (null where it has none). */
function reachSizes(dist) {
  const frame = join(dist, FRAME_PAGE);
  const og = join(dist, "og");
  const pictures = existsSync(og) ? readdirSync(og).filter((f) => f.endsWith(".png")).map((f) => readFileSync(join(og, f)).length) : [];
  return {
    frame_page: existsSync(frame) ? measure(readFileSync(frame)) : null,
    og: pictures.length ? { count: pictures.length, bytes: pictures.reduce((a, b) => a + b, 0), largest: Math.max(...pictures) } : null,
  };
}

const COMPRESSED = new Set([".html", ".js", ".wasm", ".css", ".svg", ".json"]);
const compressed = new Map();
/** A file's bytes brotli-compressed (quality 11, as `make bench` measures sizes), once per file. */
function brotli(file) {
  if (!compressed.has(file)) {
    const bytes = readFileSync(file);
    compressed.set(file, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
  }
  return compressed.get(file);
}

function serve(dist) {
  const pages = {
    "/bench-20.html": twentyCards(PAIRS.map(shortCard)),
    "/bench-20-reserved.html": twentyCards(PAIRS.map(shortCard), "<style>role-compare { display: block; min-height: 1100px }</style>"),
  };
  const prerendered = PAIRS.map((pair) => prerenderedCard(dist, pair));
  if (prerendered.every(Boolean)) {
    pages["/bench-20-prerendered.html"] = twentyCards(prerendered);
    pages["/bench-below-fold.html"] = twentyCards([`<div style="height: 4000px">A long post.</div>${prerendered[0]}`]);
    pages["/bench-in-view.html"] = twentyCards([`<p>A post.</p>${prerendered[0]}<p>More of the post.</p>`]);
  }
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (pages[path]) {
      res.writeHead(200, { "content-type": "text/html" });
      return res.end(pages[path]);
    }
    const file = normalize(join(dist, path === "/" ? "index.html" : path));
    if (!file.startsWith(dist) || !existsSync(file)) {
      res.writeHead(404);
      return res.end();
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const headers = { "content-type": type, "access-control-allow-origin": "*" };
    // Text and wasm go out brotli-compressed, as a real host sends them.
    if (COMPRESSED.has(extname(file)) && /\bbr\b/.test(req.headers["accept-encoding"] ?? "")) {
      res.writeHead(200, { ...headers, "content-encoding": "br" });
      return res.end(brotli(file));
    }
    res.writeHead(200, headers);
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, prerendered: Boolean(pages["/bench-20-prerendered.html"]) })));
}

/** Runs before any page script: collects layout shifts and long tasks. */
function observePage() {
  window.__bench = { cls: 0, longest: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__bench.cls += e.value;
  }).observe({ type: "layout-shift", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longest = Math.max(window.__bench.longest, e.duration);
  }).observe({ type: "longtask", buffered: true });
}

/**
 * Milliseconds from navigation to the first paint after `cards` cards were
 * mounted by the core (marks set by role-compare.js). Waits inside the page
 * on a PerformanceObserver rather than by polling.
 */
function mountedAndPainted(page, cards) {
  return page.evaluate(
    (n) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`fewer than ${n} cards painted in 20 s`)), 20_000);
        const observer = new PerformanceObserver(() => check());
        const check = () => {
          const mounts = performance.getEntriesByName("role-compare:mount");
          if (mounts.length < n) return;
          const last = mounts[n - 1].startTime;
          const painted = performance.getEntriesByName("role-compare:painted").find((m) => m.startTime >= last);
          if (!painted) return;
          clearTimeout(timer);
          observer.disconnect();
          resolve(painted.startTime);
        };
        observer.observe({ type: "mark" });
        check();
      }),
    cards,
  );
}

/** Milliseconds from navigation to the first contentful paint (a pre-rendered card paints with the page). */
function firstPaint(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list, observer) => {
          const fcp = list.getEntries().find((e) => e.name === "first-contentful-paint");
          if (fcp) {
            observer.disconnect();
            resolve(fcp.startTime);
          }
        }).observe({ type: "paint", buffered: true });
      }),
  );
}

/** Starts counting the page's main-thread work (CDP), before it navigates. */
async function countMainThread(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  return cdp;
}

/** Main-thread task time since the last navigation began, in ms. */
async function mainThreadMs(cdp) {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return 1000 * (metrics.find((m) => m.name === "TaskDuration")?.value ?? 0);
}

/** The demo card's host element, whichever way the build marks it. */
const DEMO_CARD = "#rc-demo-card role-compare, role-compare[data-rc-demo]";

/**
 * Times `count` changes of the demo card's second select: from setting the
 * value and firing `change` until the card's last DOM write for it (seen by a
 * MutationObserver, whose callback runs right after the writes of each batch).
 */
function timeChanges(page, count) {
  return page.evaluate(async ({ count, roles, selector }) => {
    const root = document.querySelector(selector).shadowRoot;
    let lastWrite = 0;
    const observer = new MutationObserver(() => {
      lastWrite = performance.now();
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    const settle = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const times = [];
    for (let i = 0; i < count; i++) {
      const select = root.querySelector('.rc-picker[data-side="b"] select');
      const a = root.querySelector('.rc-picker[data-side="a"] select').value;
      const next = roles.filter((r) => r !== a && r !== select.value && select.querySelector(`option[value="${r}"]`))[i % 5];
      const title = select.querySelector(`option[value="${next}"]`).textContent.trim();
      lastWrite = 0;
      const t0 = performance.now();
      select.value = next;
      select.dispatchEvent(new Event("change"));
      await settle();
      const shown = root.querySelector(".rc-dims__title, caption")?.textContent ?? "";
      if (!shown.includes(`with ${title}`)) throw new Error(`the card does not name ${title}`);
      times.push(lastWrite - t0);
    }
    observer.disconnect();
    return times;
  }, { count, roles: ROLES, selector: DEMO_CARD });
}

/** Waits until the demo card is run by the core. */
async function demoLive(page) {
  // Live: the core drew it (a pre-rendered card has a placeholder where the swap button goes).
  await page.waitForFunction((selector) => Boolean(document.querySelector(selector)?.shadowRoot?.querySelector("button.rc-swap")), DEMO_CARD);
}

async function memory(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  const wasm = await page.evaluate(() => customElements.get("role-compare").wasmMemoryBytes);
  return usedSize + wasm;
}

/** The demo card's height with every disclosure closed, and where its first screen ends, at `width`. */
async function heights(browser, base, width) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/index.html`);
    await demoLive(page);
    return await page.evaluate((selector) => {
      const root = document.querySelector(selector).shadowRoot;
      const card = root.querySelector(".rc-card").getBoundingClientRect();
      const keys = root.querySelector(".rc-keys")?.getBoundingClientRect();
      return { height: card.height, firstScreen: keys ? keys.bottom - card.top : NaN };
    }, DEMO_CARD);
  } finally {
    await context.close();
  }
}

/** Resolves when the page has loaded and the browser has been idle once since. */
function idle(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const after = () => requestIdleCallback(() => resolve(null));
        if (document.readyState === "complete") after();
        else addEventListener("load", after, { once: true });
      }),
  );
}

/** Bytes fetched (per file) by a page with one pre-rendered card in view, read for three seconds without touching it. */
async function readWithoutTouching(ctx, base) {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send("Network.enable");
  const urls = new Map();
  const bytes = new Map();
  cdp.on("Network.responseReceived", (e) => urls.set(e.requestId, new URL(e.response.url).pathname));
  cdp.on("Network.loadingFinished", (e) => bytes.set(urls.get(e.requestId), e.encodedDataLength));
  await page.goto(`${base}/bench-in-view.html`);
  await idle(page);
  await page.waitForTimeout(3000);
  bytes.delete("/bench-in-view.html");
  await page.close();
  return Object.fromEntries(bytes);
}

/**
 * A reader who reaches for a pre-rendered card in view and picks a role at
 * once (the worst case: the core is not there yet): the pointer entering the
 * card -> the core requested, and the pick -> the card showing the new pair.
 * `slow`: Chromium's slow 4G profile (1.6 Mbps down, 750 kbps up, 150 ms
 * round trip) and a CPU 4 times slower.
 */
async function firstPick(browser, base, slow) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    if (slow) {
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 });
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    }
    await page.goto(`${base}/bench-in-view.html`);
    await idle(page);
    await page.evaluate(() => {
      const host = document.querySelector("role-compare");
      host.addEventListener("pointerenter", (e) => (window.__entered = e.timeStamp), { once: true });
    });
    const box = await page.locator("role-compare .rc-roles").boundingBox();
    await page.mouse.move(box.x + 10, box.y + 10);
    return await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error("the pick was not shown in 60 s")), 60_000);
          const root = document.querySelector("role-compare").shadowRoot;
          const select = root.querySelector('.rc-picker[data-side="b"] select');
          const next = [...select.options].find((o) => !o.selected && o.value !== root.querySelector('.rc-picker[data-side="a"] select').value);
          const picked = performance.now();
          select.value = next.value;
          select.dispatchEvent(new Event("change", { bubbles: true }));
          const check = () => {
            const title = root.querySelector(".rc-dims__title")?.textContent ?? "";
            if (!title.includes(`with ${next.label}`)) return;
            observer.disconnect();
            clearTimeout(timer);
            requestAnimationFrame(() => {
              const shown = performance.now();
              const core = performance.getEntriesByType("resource").find((r) => r.name.includes("role-compare-core"));
              resolve({ requested: core ? core.startTime - window.__entered : NaN, shown: shown - picked });
            });
          };
          const observer = new MutationObserver(check);
          observer.observe(root, { subtree: true, childList: true, characterData: true });
          check();
        }),
    );
  } finally {
    await ctx.close();
  }
}

/**
 * Interaction to next paint of picks on the live demo card, by keyboard (the
 * Event Timing API sees only trusted input): the longest interaction of ten
 * picks, or 0 when none took 16 ms (the shortest duration the API reports).
 */
async function pickInp(browser, base) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await ctx.newPage();
    await page.addInitScript(() => {
      window.__interactions = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.interactionId) window.__interactions.push(e.duration);
      }).observe({ type: "event", durationThreshold: 16, buffered: true });
    });
    await page.goto(`${base}/index.html`);
    await demoLive(page);
    const picker = page.locator(DEMO_CARD).getByLabel("Second role");
    await picker.focus();
    for (let i = 0; i < 10; i++) {
      const before = await page.locator(DEMO_CARD).locator(".rc-dims__title").textContent();
      await page.keyboard.press(i % 2 ? "ArrowUp" : "ArrowDown");
      await page.waitForFunction(
        ([selector, text]) => document.querySelector(selector).shadowRoot.querySelector(".rc-dims__title").textContent !== text,
        [DEMO_CARD, before],
      );
    }
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
    return await page.evaluate(() => Math.max(0, ...window.__interactions));
  } finally {
    await ctx.close();
  }
}

const median = (xs) => {
  const s = [...xs].filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** One run on `build`: the demo page, the 20-card pages and a card below the fold; figures are added to `runs`. */
async function measureRun(browser, build) {
  const { base, runs } = build;
  const context = async () => browser.newContext({ viewport: { width: 1280, height: 900 } });
  for (let load = 1; load < LOADS_PER_RUN; load++) {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(`${base}/index.html`);
    runs.demoPaint.push(build.prerendered ? await firstPaint(page) : await mountedAndPainted(page, 1));
    runs.demoLive.push(await mountedAndPainted(page, 1));
    await ctx.close();
  }
  const ctx = await context();
  try {
    const page = await ctx.newPage();
    await page.addInitScript(observePage);
    const work = await countMainThread(page);
    await page.goto(`${base}/index.html`);
    runs.demoPaint.push(build.prerendered ? await firstPaint(page) : await mountedAndPainted(page, 1));
    runs.demoLive.push(await mountedAndPainted(page, 1));
    await demoLive(page);
    runs.mainThread.push(await mainThreadMs(work));
    runs.memory.push(await memory(page));
    // Layout shift from loading only: the scripted changes below are not user input.
    runs.cls.push(await page.evaluate(() => window.__bench.cls));
    runs.longest.push(await page.evaluate(() => window.__bench.longest));
    runs.changes.push(...(await timeChanges(page, CHANGES_PER_RUN)));

    await page.goto(`${base}/bench-20.html`);
    runs.twenty.push(await mountedAndPainted(page, 20));
    runs.cls20.push(await page.evaluate(() => window.__bench.cls));
    runs.longest20.push(await page.evaluate(() => window.__bench.longest));
    await page.goto(`${base}/bench-20-reserved.html`);
    await mountedAndPainted(page, 20);
    runs.cls20reserved.push(await page.evaluate(() => window.__bench.cls));

    if (existsSync(join(build.dist, FRAME_PAGE))) {
      // The frame page at a frame's width: navigation to its first paint.
      const frame = await browser.newContext({ viewport: { width: 600, height: 1000 } });
      const framePage = await frame.newPage();
      await framePage.goto(`${base}/${FRAME_PAGE}`);
      runs.framePaint.push(await firstPaint(framePage));
      await frame.close();
    }

    if (build.prerendered) {
      await work.send("Performance.disable");
      await work.send("Performance.enable");
      await page.goto(`${base}/bench-20-prerendered.html`);
      runs.twentyPre.push(await firstPaint(page));
      // Loaded and idle: what a build loads by itself (the core near the viewport
      // for a build that loads it there), before the reader does anything.
      await idle(page);
      runs.mainThreadPre.push(await mainThreadMs(work));
      runs.longestPre.push(await page.evaluate(() => window.__bench.longest));
      // Read down the page, the pointer on each card, so each is taken over.
      for (const card of await page.locator("role-compare").all()) {
        // The card's top at the top of the viewport (a card is taller than the viewport).
        await card.evaluate((el) => el.scrollIntoView({ block: "start" }));
        const box = await card.boundingBox();
        await page.mouse.move(box.x + 20, box.y + 20);
      }
      await mountedAndPainted(page, 20);
      runs.cls20pre.push(await page.evaluate(() => window.__bench.cls));

      const below = await ctx.newPage();
      const bytes = new Map();
      const cdp = await ctx.newCDPSession(below);
      await cdp.send("Network.enable");
      const urls = new Map();
      cdp.on("Network.responseReceived", (e) => urls.set(e.requestId, new URL(e.response.url).pathname));
      cdp.on("Network.loadingFinished", (e) => bytes.set(urls.get(e.requestId), e.encodedDataLength));
      await below.goto(`${base}/bench-below-fold.html`);
      await below.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 200))));
      bytes.delete("/bench-below-fold.html");
      runs.belowFold.push(Object.fromEntries(bytes));
      await below.close();

      runs.readOnly.push(await readWithoutTouching(ctx, base));
      if (build.pickBeforeCore) {
        runs.firstPick.push(await firstPick(browser, base, false));
        runs.firstPickSlow.push(await firstPick(browser, base, true));
      }
    }
    if (build.pickBeforeCore) runs.inp.push(await pickInp(browser, base));
  } finally {
    await ctx.close();
  }
}

function summarize(runs) {
  const belowFold = runs.belowFold.at(-1) ?? null;
  return {
    demo_first_card_painted_ms: median(runs.demoPaint),
    demo_card_live_ms: median(runs.demoLive),
    demo_main_thread_ms: median(runs.mainThread),
    twenty_prerendered_painted_ms: median(runs.twentyPre),
    twenty_prerendered_main_thread_ms: median(runs.mainThreadPre),
    twenty_short_painted_ms: median(runs.twenty),
    change_median_ms: median(runs.changes),
    change_p95_ms: percentile(runs.changes, 95),
    cls_demo: Math.max(...runs.cls),
    cls_twenty_prerendered: runs.cls20pre.length ? Math.max(...runs.cls20pre) : NaN,
    cls_twenty_short: Math.max(...runs.cls20),
    cls_twenty_short_reserved: Math.max(...runs.cls20reserved),
    longest_task_demo_ms: Math.max(...runs.longest),
    longest_task_twenty_prerendered_ms: runs.longestPre.length ? Math.max(...runs.longestPre) : NaN,
    longest_task_twenty_short_ms: Math.max(...runs.longest20),
    below_fold_bytes: belowFold,
    memory_after_mount_bytes: median(runs.memory),
    frame_page_first_paint_ms: median(runs.framePaint),
    read_only_bytes: runs.readOnly.at(-1) ?? null,
    read_only_core_bytes: median(runs.readOnly.map((r) => Object.entries(r).filter(([f]) => f.includes("core")).reduce((s, [, b]) => s + b, 0))),
    first_pick_core_requested_ms: median(runs.firstPick.map((p) => p.requested)),
    first_pick_shown_ms: median(runs.firstPick.map((p) => p.shown)),
    first_pick_slow_core_requested_ms: median(runs.firstPickSlow.map((p) => p.requested)),
    first_pick_slow_shown_ms: median(runs.firstPickSlow.map((p) => p.shown)),
    pick_inp_ms: median(runs.inp),
  };
}

async function main() {
  const builds = [{ name: "this build", dist: resolve(DIST) }];
  if (BASELINE) builds.push({ name: `baseline (${BASELINE})`, dist: resolve(BASELINE) });
  for (const build of builds) {
    build.sizes = shippedSizes(ROOT, build.dist);
    const { server, prerendered } = await serve(build.dist);
    Object.assign(build, { server, prerendered, base: `http://127.0.0.1:${server.address().port}` });
    build.runs = {
      demoPaint: [], demoLive: [], mainThread: [], twentyPre: [], mainThreadPre: [], twenty: [], changes: [],
      cls: [], cls20pre: [], cls20: [], cls20reserved: [], longest: [], longestPre: [], longest20: [], belowFold: [], memory: [],
      framePaint: [], readOnly: [], firstPick: [], firstPickSlow: [], inp: [],
    };
    // Only a build whose pre-rendered pickers list every role lets the reader pick before the core.
    const card = prerenderedCard(build.dist, PAIRS[0]);
    build.pickBeforeCore = Boolean(card) && (card.match(/<option/g) ?? []).length > 2;
  }
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    for (let run = 0; run < RUNS; run++) {
      // Alternate which build goes first, so neither gains from its place.
      const order = run % 2 ? [...builds].reverse() : builds;
      for (const build of order) await measureRun(browser, build);
    }
    for (const build of builds) {
      build.heights = build.prerendered ? { 375: await heights(browser, build.base, 375), 1280: await heights(browser, build.base, 1280) } : null;
    }
  } finally {
    await browser.close();
    for (const build of builds) build.server.close();
  }

  const [{ sizes, runs, heights: h }] = builds;
  const reach = reachSizes(builds[0].dist);
  const results = { date: new Date().toISOString(), runs: RUNS, sizes, reach, timings: summarize(runs), heights: h };
  writeFileSync(join(ROOT, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);

  const t = results.timings;
  const met = (ok) => (ok ? "met" : "NOT met");
  const kb = (n) => `${(n / KB).toFixed(1)} KB`;
  const ms = (n) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : "n/a");
  const rows = [
    ...sizes.files.map((f) => [f.name, `${f.raw}`, `${f.gzip}`, `${f.brotli}`, ""]),
    ["core total (loader, glue, wasm)", `${sizes.total.raw}`, `${sizes.total.gzip}`, `${sizes.total.brotli}`,
      `${kb(sizes.total.brotli)} brotli; target <= 88,000 B: ${met(sizes.total.brotli <= TARGETS.coreBrotli)}`],
    ["  of which dataset text", `${sizes.dataset.raw}`, `${sizes.dataset.gzip}`, `${sizes.dataset.brotli}`, "measured alone, career paths included; target ≤ 24 KB: " + met(sizes.dataset.brotli <= 24 * KB)],
    ["role-compare.css (pre-rendered cards link it; the loader fetches it beside the core)", `${sizes.css.raw}`, `${sizes.css.gzip}`, `${sizes.css.brotli}`, "a short-snippet card adds it to the core"],
  ];
  console.log(`\nrole-compare bench (${RUNS} runs, headless Chromium, 1280x900)\n`);
  console.log("| shipped file | raw | gzip -9 | brotli | |");
  console.log("|---|---|---|---|---|");
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
  console.log("\n| figure (median of runs; worst run for shifts and tasks) | measured | target |");
  console.log("|---|---|---|");
  const line = (name, value, target = "reported") => console.log(`| ${name} | ${value} | ${target} |`);
  line(`navigation -> demo card painted (${RUNS * LOADS_PER_RUN} loads)`, ms(t.demo_first_card_painted_ms));
  line("navigation -> demo card ready for the reader (core running)", ms(t.demo_card_live_ms));
  line("main-thread time before the first interaction, demo", ms(t.demo_main_thread_ms));
  line("navigation -> first pre-rendered card painted, 20-card page", ms(t.twenty_prerendered_painted_ms));
  line("main-thread time before the first interaction, 20 pre-rendered cards", ms(t.twenty_prerendered_main_thread_ms));
  line("navigation -> 20 short-snippet cards painted", ms(t.twenty_short_painted_ms));
  line("dropdown change -> card updated, median", ms(t.change_median_ms), `<= 2 ms: ${met(t.change_median_ms <= TARGETS.changeMedianMs)}`);
  line("dropdown change -> card updated, p95", ms(t.change_p95_ms), `<= 8 ms: ${met(t.change_p95_ms <= TARGETS.changeP95Ms)}`);
  line("CLS while loading, demo page", t.cls_demo.toFixed(4), `0: ${met(t.cls_demo === 0)}`);
  line("CLS, 20 pre-rendered cards, no reserved space, read to the end", Number.isFinite(t.cls_twenty_prerendered) ? t.cls_twenty_prerendered.toFixed(4) : "n/a", `0: ${met(t.cls_twenty_prerendered === 0)}`);
  line("CLS, 20 short-snippet cards without reserved space", t.cls_twenty_short.toFixed(4));
  line("CLS, 20 short-snippet cards reserving space as the README says", t.cls_twenty_short_reserved.toFixed(4), `0: ${met(t.cls_twenty_short_reserved === 0)}`);
  const task = (v) => (Number.isFinite(v) ? (v ? `${v.toFixed(0)} ms` : "none over 50 ms") : "n/a");
  line("longest main-thread task, demo page", task(t.longest_task_demo_ms), `none over 50 ms: ${met(t.longest_task_demo_ms <= TARGETS.longestTaskMs)}`);
  line("longest main-thread task, 20 pre-rendered cards (before interaction)", task(t.longest_task_twenty_prerendered_ms), `none over 50 ms: ${met(t.longest_task_twenty_prerendered_ms <= TARGETS.longestTaskMs)}`);
  line("longest main-thread task, 20 short-snippet cards", task(t.longest_task_twenty_short_ms));
  const fold = t.below_fold_bytes;
  const core = fold ? Object.entries(fold).filter(([f]) => f.includes("core")).reduce((s, [, b]) => s + b, 0) : NaN;
  line("bytes fetched while a pre-rendered card is below the fold", fold ? `${Object.entries(fold).map(([f, b]) => `${f.slice(1)} ${b}`).join(", ")}; core ${core}` : "n/a", `core 0: ${met(core === 0)}`);
  const read = t.read_only_bytes;
  const readCore = read ? Object.entries(read).filter(([f]) => f.includes("core")).reduce((s, [, b]) => s + b, 0) : NaN;
  line("bytes fetched by a pre-rendered card in view, read for 3 s without touching it", read ? `${Object.entries(read).map(([f, b]) => `${f.slice(1)} ${b}`).join(", ")}; core ${readCore}` : "n/a", `core 0: ${met(readCore === 0)}`);
  line("pointer enters a pre-rendered card -> core requested", ms(t.first_pick_core_requested_ms));
  line("first pick at once in a pre-rendered picker -> card shows the new pair (core loading included)", ms(t.first_pick_shown_ms), `<= 300 ms: ${met(t.first_pick_shown_ms <= 300)}`);
  line("  the same, slow 4G (1.6 Mbps, 150 ms RTT) and CPU 4x slower: core requested", ms(t.first_pick_slow_core_requested_ms));
  line("  the same, slow 4G and CPU 4x slower: pick -> new pair shown", ms(t.first_pick_slow_shown_ms));
  line("interaction to next paint, keyboard picks on a live card (a run's longest of 10, median of runs)", Number.isFinite(t.pick_inp_ms) ? (t.pick_inp_ms ? ms(t.pick_inp_ms) : "under 16 ms") : "n/a", `<= 50 ms: ${met(t.pick_inp_ms <= 50)}`);
  for (const width of [375, 1280]) {
    const hw = h?.[width];
    // As tests/e2e/glance.spec.ts: the key differences end within 800 px on a desktop and
    // by 1,000 px on a phone, where both roles' phrases stack.
    const keysEnd = width === 375 ? 1000 : 800;
    line(`demo card height, every disclosure closed, ${width} px (key differences end at)`, hw ? `${hw.height.toFixed(0)} px (${hw.firstScreen.toFixed(0)} px)` : "n/a",
      `<= ${TARGETS.heights[width]} px (key differences <= ${keysEnd}): ${met(hw && hw.height <= TARGETS.heights[width] && hw.firstScreen <= keysEnd)}`);
  }
  line("JS heap + wasm memory after mounting (demo)", `${(t.memory_after_mount_bytes / KB / KB).toFixed(2)} MB`);
  const frameBytes = reach.frame_page;
  line(`frame page (${FRAME_PAGE}): bytes raw / gzip / brotli`, frameBytes ? `${frameBytes.raw} / ${frameBytes.gzip} / ${frameBytes.brotli}` : "n/a");
  line("navigation -> frame page first paint (600 px wide)", ms(t.frame_page_first_paint_ms));
  line("og/: pictures, total bytes (largest)", reach.og ? `${reach.og.count}, ${reach.og.bytes} (${reach.og.largest})` : "n/a", reach.og ? `each < 100 KB: ${met(reach.og.largest < 100 * KB)}` : "");
  if (BASELINE) {
    const [now, before] = builds.map((b) => ({ size: b.sizes.total.brotli, ...summarize(b.runs) }));
    console.log(`\n| before / after (runs interleaved) | ${builds[1].name} | this build |`);
    console.log("|---|---|---|");
    const pair = (name, key, digits, unit = "") => {
      const show = (v) => (Number.isFinite(v) ? `${v.toFixed(digits)}${unit}` : "n/a");
      console.log(`| ${name} | ${show(before[key])} | ${show(now[key])} |`);
    };
    pair("core (loader, glue, wasm), brotli", "size", 0, " B");
    pair("core bytes fetched by a pre-rendered card in view, read for 3 s without touching it (brotli, as served)", "read_only_core_bytes", 0, " B");
    pair("demo card painted", "demo_first_card_painted_ms", 1, " ms");
    pair("demo card ready for the reader", "demo_card_live_ms", 1, " ms");
    pair("main-thread time before interaction, demo", "demo_main_thread_ms", 1, " ms");
    pair("first pre-rendered card painted, 20 cards", "twenty_prerendered_painted_ms", 1, " ms");
    pair("main-thread time before interaction, 20 pre-rendered cards", "twenty_prerendered_main_thread_ms", 1, " ms");
    pair("20 short-snippet cards painted", "twenty_short_painted_ms", 1, " ms");
    pair("change, median", "change_median_ms", 2, " ms");
    pair("change, p95", "change_p95_ms", 2, " ms");
    pair("CLS, 20 cards without reserved space (pre-rendered where the build has them)", "cls_twenty_prerendered", 4);
    pair("CLS, 20 short-snippet cards without reserved space", "cls_twenty_short", 4);
    pair("longest task, demo", "longest_task_demo_ms", 0, " ms");
    pair("longest task, 20 short-snippet cards", "longest_task_twenty_short_ms", 0, " ms");
    pair("memory after mounting", "memory_after_mount_bytes", 0, " B");
  }
  console.log("\nwritten: bench/results.json");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
