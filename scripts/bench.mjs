// `make bench`: shipped sizes and, in headless Chromium, start-up, update,
// layout-shift, long-task and memory figures, as medians over repeated runs.
// Prints one table and writes bench/results.json. Timings are only reported
// (this machine is noisy); the size ceiling is enforced by `make test`.
import { createServer } from "node:http";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { chromium } from "@playwright/test";
import { shippedSizes } from "./sizes.mjs";

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
const TARGETS = {
  totalBrotli: 45 * KB,
  firstCardMs: 60,
  changeP95Ms: 8,
  cls: 0,
  longestTaskMs: 50,
};

const ROLES = [
  "operations-manager", "procurement-manager", "team-leader", "plant-manager", "fleet-manager",
  "warehouse-manager", "supply-chain-manager", "logistics-manager", "production-manager",
  "project-manager", "quality-manager", "purchasing-agent", "general-manager",
];

/** The line the README gives a page that wants no layout shift while cards load. */
const RESERVE = "<style>role-compare { display: block; min-height: 1100px }</style>";

/** A page with 20 cards, as a long comparison post would have (`head` adds to its head). */
function twentyCards(head = "") {
  const cards = Array.from({ length: 20 }, (_, i) => {
    const a = ROLES[i % ROLES.length];
    const b = ROLES[(i + 1 + (i % 3)) % ROLES.length];
    return `<h2>Pair ${i + 1}</h2><role-compare role-a="${a}" role-b="${b}"><a href="#">${a} vs ${b}</a></role-compare>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>20 cards</title>
<script type="module" src="role-compare.js"></script>${head}</head><body>${cards.join("\n")}</body></html>`;
}

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css", ".svg": "image/svg+xml" };

function serve(dist) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (path === "/bench-20.html" || path === "/bench-20-reserved.html") {
      res.writeHead(200, { "content-type": "text/html" });
      return res.end(twentyCards(path.includes("reserved") ? RESERVE : ""));
    }
    const file = normalize(join(dist, path === "/" ? "index.html" : path));
    if (!file.startsWith(dist) || !existsSync(file)) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
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
 * Milliseconds from module start to the first paint after `cards` cards
 * mounted. Waits inside the page on a PerformanceObserver rather than by
 * polling, which would add work to the very timeline being measured.
 */
function paintedAfter(page, cards) {
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
          resolve(painted.startTime - performance.getEntriesByName("role-compare:start")[0].startTime);
        };
        observer.observe({ type: "mark" });
        check();
      }),
    cards,
  );
}

/**
 * Times `count` changes of the demo card's second select: from setting the
 * value and firing `change` until the card's last DOM write for it (seen by a
 * MutationObserver, whose callback runs right after the writes of each batch).
 * The caption must then name the new role.
 */
function timeChanges(page, count) {
  return page.evaluate(async ({ count, roles }) => {
    const root = document.querySelector("role-compare[data-rc-demo]").shadowRoot;
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
      const next = roles.filter((r) => r !== a && r !== select.value)[i % 5];
      const title = select.querySelector(`option[value="${next}"]`).textContent.trim();
      lastWrite = 0;
      const t0 = performance.now();
      select.value = next;
      select.dispatchEvent(new Event("change"));
      await settle();
      if (!root.querySelector("caption")?.textContent.includes(`with ${title}`)) {
        throw new Error(`the caption does not name ${title}`);
      }
      times.push(lastWrite - t0);
    }
    observer.disconnect();
    return times;
  }, { count, roles: ROLES });
}

async function memory(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  const wasm = await page.evaluate(() => customElements.get("role-compare").wasmMemoryBytes);
  return usedSize + wasm;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** One run on `base`: the demo page, then the 20-card pages; figures are added to `runs`. */
async function measureRun(browser, base, runs) {
  for (let load = 1; load < LOADS_PER_RUN; load++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/index.html`);
    runs.firstCard.push(await paintedAfter(page, 1));
    await context.close();
  }
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(observePage);
    await page.goto(`${base}/index.html`);
    runs.firstCard.push(await paintedAfter(page, 1));
    await paintedAfter(page, 2); // the embed generator's preview card
    runs.memory.push(await memory(page));
    // Layout shift from loading only: the scripted changes below are not user input.
    runs.cls.push(await page.evaluate(() => window.__bench.cls));
    runs.changes.push(...(await timeChanges(page, CHANGES_PER_RUN)));
    runs.longest.push(await page.evaluate(() => window.__bench.longest));
    await page.goto(`${base}/bench-20.html`);
    runs.twenty.push(await paintedAfter(page, 20));
    runs.cls20.push(await page.evaluate(() => window.__bench.cls));
    runs.longest.push(await page.evaluate(() => window.__bench.longest));
    await page.goto(`${base}/bench-20-reserved.html`);
    await paintedAfter(page, 20);
    runs.cls20reserved.push(await page.evaluate(() => window.__bench.cls));
  } finally {
    await context.close();
  }
}

function summarize(runs) {
  return {
    first_card_ms: median(runs.firstCard),
    twenty_cards_ms: median(runs.twenty),
    change_median_ms: median(runs.changes),
    change_p95_ms: percentile(runs.changes, 95),
    cls_demo: Math.max(...runs.cls),
    cls_twenty: Math.max(...runs.cls20),
    cls_twenty_reserved: Math.max(...runs.cls20reserved),
    longest_task_ms: Math.max(...runs.longest),
    memory_after_mount_bytes: median(runs.memory),
  };
}

async function main() {
  const builds = [{ name: "this build", dist: resolve(DIST) }];
  if (BASELINE) builds.push({ name: `baseline (${BASELINE})`, dist: resolve(BASELINE) });
  for (const build of builds) {
    build.sizes = shippedSizes(ROOT, build.dist);
    build.server = await serve(build.dist);
    build.base = `http://127.0.0.1:${build.server.address().port}`;
    build.runs = { firstCard: [], twenty: [], changes: [], cls: [], cls20: [], cls20reserved: [], longest: [], memory: [] };
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
      for (const build of order) await measureRun(browser, build.base, build.runs);
    }
  } finally {
    await browser.close();
    for (const build of builds) build.server.close();
  }

  const [{ sizes, runs }] = builds;
  const results = {
    date: new Date().toISOString(),
    runs: RUNS,
    sizes,
    timings: summarize(runs),
  };
  writeFileSync(join(ROOT, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);

  const t = results.timings;
  const met = (ok) => (ok ? "met" : "NOT met");
  const kb = (n) => `${(n / KB).toFixed(1)} KB`;
  const rows = [
    ...sizes.files.map((f) => [f.name, `${f.raw}`, `${f.gzip}`, `${f.brotli}`, ""]),
    ["total shipped", `${sizes.total.raw}`, `${sizes.total.gzip}`, `${sizes.total.brotli}`,
      `${kb(sizes.total.brotli)} brotli; target <= 45 KB: ${met(sizes.total.brotli <= TARGETS.totalBrotli)}`],
    ["  of which dataset text", `${sizes.dataset.raw}`, `${sizes.dataset.gzip}`, `${sizes.dataset.brotli}`,
      `measured alone; target < 10 KB: ${met(sizes.dataset.brotli < 10 * KB)}`],
    ["  of which card CSS (minified)", `${sizes.css.raw}`, `${sizes.css.gzip}`, `${sizes.css.brotli}`, "measured alone"],
  ];
  console.log(`\nrole-compare bench (${RUNS} runs, headless Chromium, 1280x900)\n`);
  console.log("| shipped file | raw | gzip -9 | brotli | |");
  console.log("|---|---|---|---|---|");
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
  console.log("\n| timing (median of runs) | figure | target |");
  console.log("|---|---|---|");
  const line = (name, value, target) => console.log(`| ${name} | ${value} | ${target} |`);
  line(`module start -> first card painted (demo page, ${RUNS * LOADS_PER_RUN} loads)`, `${t.first_card_ms.toFixed(1)} ms`, `<= 60 ms: ${met(t.first_card_ms <= TARGETS.firstCardMs)}`);
  line("module start -> 20 cards painted", `${t.twenty_cards_ms.toFixed(1)} ms`, "reported");
  line("dropdown change -> card updated, median", `${t.change_median_ms.toFixed(2)} ms`, "reported");
  line("dropdown change -> card updated, p95", `${t.change_p95_ms.toFixed(2)} ms`, `<= 8 ms: ${met(t.change_p95_ms <= TARGETS.changeP95Ms)}`);
  line("CLS while loading, demo page (worst run)", t.cls_demo.toFixed(4), `0: ${met(t.cls_demo === 0)}`);
  line("CLS, 20-card page without reserved space (worst run)", t.cls_twenty.toFixed(4), `0: ${met(t.cls_twenty === 0)}`);
  line("CLS, 20-card page reserving space as the README says (worst run)", t.cls_twenty_reserved.toFixed(4), `0: ${met(t.cls_twenty_reserved === 0)}`);
  line("longest main-thread task (worst run)", t.longest_task_ms ? `${t.longest_task_ms.toFixed(0)} ms` : "none over 50 ms", `none over 50 ms: ${met(t.longest_task_ms <= TARGETS.longestTaskMs)}`);
  line("JS heap + wasm memory after mounting (demo)", `${(t.memory_after_mount_bytes / KB / KB).toFixed(2)} MB`, "reported");
  if (BASELINE) {
    const [now, before] = builds.map((b) => ({ size: b.sizes.total.brotli, ...summarize(b.runs) }));
    console.log(`\n| before / after (runs interleaved) | ${builds[1].name} | this build |`);
    console.log("|---|---|---|");
    const pair = (name, key, digits, unit = "") =>
      console.log(`| ${name} | ${before[key].toFixed(digits)}${unit} | ${now[key].toFixed(digits)}${unit} |`);
    pair("shipped total, brotli", "size", 0, " B");
    pair("first card painted", "first_card_ms", 1, " ms");
    pair("20 cards painted", "twenty_cards_ms", 1, " ms");
    pair("change, median", "change_median_ms", 2, " ms");
    pair("change, p95", "change_p95_ms", 2, " ms");
    pair("longest task", "longest_task_ms", 0, " ms");
    pair("memory after mounting", "memory_after_mount_bytes", 0, " B");
  }
  console.log("\nwritten: bench/results.json");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
