/*
 * The Firefox harness: a static server for the built site (with per-test
 * scopes that can block or hold files), Firefox sessions through
 * WebDriver (selenium-webdriver, classic commands plus WebDriver BiDi for the
 * console and a script that runs before the page's own), and small helpers
 * that read a card's state from its shadow root.
 *
 * Nothing here downloads anything: the browsers and drivers are the system's
 * (paths below, overridable by environment variables) and selenium-manager is
 * kept offline and never consulted, because every driver path is explicit.
 */

import { Builder, By } from "selenium-webdriver";
import firefox from "selenium-webdriver/firefox.js";
import LogInspector from "selenium-webdriver/bidi/logInspector.js";
import ScriptManager from "selenium-webdriver/bidi/scriptManager.js";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";

// selenium-manager must never fetch a browser or a driver.
process.env.SE_OFFLINE = "true";

/** The repository (paths below are relative to it unless absolute). */
const ROOT = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), "../..");
/** The built site under test: `dist` unless ENGINES_DIST says otherwise. */
export const DIST = path.resolve(ROOT, process.env.ENGINES_DIST ?? "dist");
/** Where the screenshots go: test-results/screenshots/engines unless ENGINES_SHOTS says otherwise. */
export const SHOTS = path.resolve(ROOT, process.env.ENGINES_SHOTS ?? "test-results/screenshots/engines");

export const BINARIES = {
  firefox: {
    browser: process.env.FIREFOX_BIN ?? firstExisting(["/usr/bin/firefox-esr", "/usr/bin/firefox"]),
    // `cargo install geckodriver` puts it in ~/.cargo/bin.
    driver: process.env.GECKODRIVER ?? firstExisting([...onPath("geckodriver"), path.join(os.homedir(), ".cargo/bin/geckodriver")]),
  },
};

/** The pair page every pre-rendered check uses, and its card's title. */
export const PAIR = "compare/operations-manager-vs-procurement-manager.html";
export const PAIR_TITLE = "Operations Manager compared with Procurement Manager, dimension by dimension";

function firstExisting(paths) {
  return paths.find((p) => existsSync(p)) ?? paths[paths.length - 1];
}

function onPath(name) {
  return (process.env.PATH ?? "").split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, name));
}

/** Fails early, with what to do, when the site or a binary is missing. */
export function checkSetup(engine) {
  const missing = [];
  if (!existsSync(path.join(DIST, "role-compare.js"))) missing.push(`the built site (${DIST}/role-compare.js; run make build or set ENGINES_DIST)`);
  for (const [what, file] of Object.entries(BINARIES[engine])) {
    if (!existsSync(file)) missing.push(`${engine} ${what} (${file}; run scripts/install-tools.sh)`);
  }
  if (missing.length) throw new Error(`cannot run the ${engine} checks, missing: ${missing.join("; ")}`);
}

// ---------------------------------------------------------------- waiting

/**
 * Polls `probe` until it returns something truthy (returned), or throws after
 * `timeout` ms with `message` and the last value seen. Never a fixed sleep.
 */
export async function waitFor(probe, { timeout = 10_000, interval = 50, message = "condition" } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (last) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const seen = lastError ? `error: ${lastError.message}` : `last value: ${JSON.stringify(last)}`;
      throw new Error(`timed out after ${timeout} ms waiting for ${message} (${seen})`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

// ---------------------------------------------------------------- server

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".xml": "application/xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * One test's view of the site: everything under `base` is dist/ (so a host
 * page at `base` loads `role-compare.js` beside it), plus the pages the test
 * adds. It logs every request made under it, and can answer 404 for the wasm
 * or hold the core's files until the test releases them. Each scope has its
 * own URLs, so nothing cached or loaded for one test reaches another.
 */
class Scope {
  constructor(origin, id) {
    this.id = id;
    this.base = `${origin}/s/${id}/`;
    /** Paths requested under this scope, e.g. "/role-compare-core_bg.wasm", in order. */
    this.requests = [];
    this.pages = new Map();
    this.blockWasm = false;
    this.gate = null;
    this.release = () => {};
  }

  /** Adds a page at `name` (e.g. "host.html") with an optional Content-Security-Policy header; returns its URL. */
  page(name, html, { csp } = {}) {
    this.pages.set(name, { html, csp });
    return this.base + name;
  }

  /** Holds every `role-compare-core*` response until `release()` is called. */
  holdCore() {
    let release;
    const held = new Promise((resolve) => (release = resolve));
    this.gate = held;
    this.release = () => {
      this.gate = null;
      release();
    };
    return this;
  }

  /** The requests whose path contains `part`. */
  requested(part) {
    return this.requests.filter((p) => p.includes(part));
  }
}

export async function startServer(dist = DIST) {
  const scopes = new Map();
  let next = 1;
  const server = http.createServer(async (req, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
      const match = pathname.match(/^\/s\/(\d+)\/(.*)$/);
      const scope = match ? scopes.get(Number(match[1])) : null;
      const rel = match ? match[2] : pathname.slice(1);
      scope?.requests.push(`/${rel}`);
      // As every host of dist/ must (README, "Hosting dist/"): a sandboxed frame page has an opaque origin.
      const headers = { "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" };
      const page = scope?.pages.get(rel);
      if (page) {
        if (page.csp) headers["Content-Security-Policy"] = page.csp;
        res.writeHead(200, { ...headers, "Content-Type": TYPES[".html"] });
        return res.end(page.html);
      }
      if (scope?.blockWasm && rel.endsWith(".wasm")) {
        res.writeHead(404, { ...headers, "Content-Type": "text/plain" });
        return res.end("blocked by the test");
      }
      if (scope?.gate && rel.startsWith("role-compare-core")) await scope.gate;
      let file = path.join(dist, rel);
      if (!file.startsWith(dist)) {
        res.writeHead(403);
        return res.end();
      }
      if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
      if (!existsSync(file)) {
        // Browsers ask for /favicon.ico on pages that name no icon: answer quietly.
        res.writeHead(rel === "favicon.ico" ? 204 : 404, headers);
        return res.end();
      }
      if (res.destroyed) return;
      res.writeHead(200, { ...headers, "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
      res.end(readFileSync(file));
    } catch (error) {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    }
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    /** A fresh scope (see Scope). */
    scope() {
      const scope = new Scope(origin, next++);
      scopes.set(scope.id, scope);
      return scope;
    },
    async close() {
      for (const scope of scopes.values()) scope.release();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

// ---------------------------------------------------------------- pages

/** The embed line every host page uses. */
export const SCRIPT = '<script type="module" src="role-compare.js"></script>';

/** A host page at the scope's root: `body`, with `head` (default: the embed line). */
export function hostPage(body, { head = SCRIPT, title = "Host page" } = {}) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

/** A plain <role-compare> with its fallback link. */
export function pair(a, b, extra = "") {
  return `<role-compare role-a="${a}" role-b="${b}" ${extra}><a href="#fallback">${a} vs ${b}</a></role-compare>`;
}

/** The <role-compare> element of a pair's page, with its pre-rendered card, for a page at the site's root. */
export function prerenderedElement(pairPage = PAIR, dist = DIST) {
  const html = readFileSync(path.join(dist, pairPage), "utf8");
  const element = html.match(/<role-compare[\s\S]*<\/role-compare>/)?.[0];
  if (!element) throw new Error(`${pairPage} has no card`);
  return element.replaceAll('"../', '"');
}

// ---------------------------------------------------------------- browsers

/** Firefox prefs that stop its background traffic (updates, telemetry, safe browsing, captive portal, ...). */
const FIREFOX_PREFS = {
  "app.update.auto": false,
  "app.update.enabled": false,
  "app.normandy.enabled": false,
  "app.shield.optoutstudies.enabled": false,
  "browser.aboutwelcome.enabled": false,
  "browser.newtabpage.enabled": false,
  "browser.ping-centre.telemetry": false,
  "browser.region.network.url": "",
  "browser.region.update.enabled": false,
  "browser.safebrowsing.blockedURIs.enabled": false,
  "browser.safebrowsing.downloads.enabled": false,
  "browser.safebrowsing.malware.enabled": false,
  "browser.safebrowsing.phishing.enabled": false,
  "browser.safebrowsing.provider.google4.updateURL": "",
  "browser.safebrowsing.provider.mozilla.updateURL": "",
  "browser.search.geoip.url": "",
  "browser.search.update": false,
  "browser.startup.homepage": "about:blank",
  "browser.startup.page": 0,
  "browser.topsites.contile.enabled": false,
  "captivedetect.canonicalURL": "",
  "datareporting.healthreport.uploadEnabled": false,
  "datareporting.policy.dataSubmissionEnabled": false,
  "dom.push.connection.enabled": false,
  "dom.push.enabled": false,
  "extensions.blocklist.enabled": false,
  "extensions.getAddons.cache.enabled": false,
  "extensions.systemAddon.update.enabled": false,
  "extensions.update.enabled": false,
  "geo.provider.network.url": "",
  "identity.fxaccounts.enabled": false,
  "media.gmp-manager.updateEnabled": false,
  "network.captive-portal-service.enabled": false,
  "network.connectivity-service.enabled": false,
  "network.dns.disablePrefetch": true,
  "network.http.speculative-parallel-limit": 0,
  "network.prefetch-next": false,
  "network.trr.mode": 5,
  "services.settings.server": "http://127.0.0.1:9/",
  "toolkit.telemetry.enabled": false,
  "toolkit.telemetry.server": "",
  "toolkit.telemetry.unified": false,
  // Anything not on the loopback (which Firefox never proxies) would go to a closed port.
  "network.proxy.type": 1,
  "network.proxy.http": "127.0.0.1",
  "network.proxy.http_port": 9,
  "network.proxy.ssl": "127.0.0.1",
  "network.proxy.ssl_port": 9,
  "network.proxy.no_proxies_on": "127.0.0.1,localhost",
  // The same fixed scale as Chromium, so CSS pixels are device pixels in screenshots.
  "layout.css.devPixelsPerPx": "1.0",
  // Scrollbars that take no room, as Chromium's --hide-scrollbars and phones: a
  // 375 px viewport lays the page out at 375 px in both engines.
  "ui.useOverlayScrollbars": 1,
  // No tab icons: Firefox would fetch /favicon.ico for a page that names no
  // icon (a request of the browser's, and an img-src violation under a policy
  // without img-src, which is not the card's doing).
  "browser.chrome.site_icons": false,
};

/**
 * Runs before any script of every page in the session (a BiDi preload
 * script, so no page's CSP applies to it): collects the cards' events, uncaught
 * errors, console.error/console.warn calls and CSP violations in window.__rcProbe.
 */
const PROBE = `() => {
  if (window.__rcProbe) return;
  const probe = { events: [], errors: [], consoleErrors: [], warnings: [], violations: [], resources: [] };
  Object.defineProperty(window, "__rcProbe", { value: probe });
  const text = (value) => (value instanceof Error ? value.name + ": " + value.message : typeof value === "object" ? JSON.stringify(value) : String(value));
  for (const type of ["role-compare:change", "role-compare:error"]) {
    document.addEventListener(type, (event) =>
      probe.events.push({ type, detail: JSON.parse(JSON.stringify(event.detail)), bubbles: event.bubbles, composed: event.composed }),
    );
  }
  window.addEventListener("error", (event) => {
    if (event instanceof ErrorEvent) probe.errors.push(text(event.error ?? event.message) + " at " + event.filename + ":" + event.lineno);
    else probe.resources.push((event.target?.tagName ?? "?") + " " + (event.target?.src ?? event.target?.href ?? ""));
  }, true);
  window.addEventListener("unhandledrejection", (event) => probe.errors.push("unhandled rejection: " + text(event.reason)));
  document.addEventListener("securitypolicyviolation", (event) =>
    probe.violations.push({ directive: event.effectiveDirective || event.violatedDirective, blocked: event.blockedURI, sample: event.sample }),
  );
  for (const [level, list] of [["error", probe.consoleErrors], ["warn", probe.warnings]]) {
    const original = console[level];
    console[level] = function (...args) {
      list.push(args.map(text).join(" "));
      return original.apply(this, args);
    };
  }
}`;

const DEFAULT_SIZE = { width: 1280, height: 900 };

/**
 * Starts a headless browser session. With `javascript: false` scripts are off
 * (javascript.enabled=false) and no BiDi channel is opened. Otherwise the session
 * has the PROBE preload script and collects the browser's log entries (BiDi
 * log.entryAdded: console calls, uncaught exceptions, and whatever the engine
 * reports there) in `session.logs`.
 */
export async function startBrowser(engine, { javascript = true } = {}) {
  checkSetup(engine);
  const started = Date.now();
  const profile = mkdtempSync(path.join(os.tmpdir(), `rc-engines-${engine}-`));
  let driver;
  try {
    driver = await launch(engine, profile, javascript);
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const session = new Session(engine, driver, profile);
  try {
    await driver.manage().setTimeouts({ script: 10_000, pageLoad: 20_000, implicit: 0 });
    const caps = await driver.getCapabilities();
    session.version = `${caps.getBrowserName()} ${caps.getBrowserVersion()}`;
    if (javascript) {
      const inspector = await LogInspector(driver);
      await inspector.onLog((entry) => session.logs.push({ type: entry.type, level: entry.level, text: entry.text }));
      const scripts = await ScriptManager([], driver);
      await scripts.addPreloadScript(PROBE);
    }
    session.startup = Date.now() - started;
    return session;
  } catch (error) {
    await session.quit();
    throw error;
  }
}

/** Starts the engine's driver and browser with a fresh profile in `profile`; returns the WebDriver. */
async function launch(engine, profile, javascript) {
  const { browser, driver } = BINARIES[engine];
  if (engine === "firefox") {
    // Firefox keeps its windows at least 500 px wide (--window-min-width in
    // its own browser-shared.css), so a 375 px viewport needs a profile whose
    // userChrome.css lifts that limit; the page itself is untouched.
    // (geckodriver copies this profile and adds the prefs below to the copy.)
    mkdirSync(path.join(profile, "chrome"));
    writeFileSync(path.join(profile, "chrome", "userChrome.css"), ":root { --window-min-width: 0px !important; min-width: 0 !important; }\n");
    const options = new firefox.Options()
      .setBinary(browser)
      .setProfile(profile)
      .setPreference("toolkit.legacyUserProfileCustomizations.stylesheets", true)
      .addArguments("-headless", `--width=${DEFAULT_SIZE.width}`, `--height=${DEFAULT_SIZE.height}`);
    for (const [name, value] of Object.entries(FIREFOX_PREFS)) options.setPreference(name, value);
    if (!javascript) options.setPreference("javascript.enabled", false);
    else options.enableBidi();
    return new Builder().forBrowser("firefox").setFirefoxOptions(options).setFirefoxService(new firefox.ServiceBuilder(driver)).build();
  }
  throw new Error(`unknown engine ${engine}`);
}

export class Session {
  constructor(engine, driver, profile) {
    this.engine = engine;
    this.driver = driver;
    this.profile = profile;
    /** BiDi log entries since the last `fresh()`: { type, level, text }. */
    this.logs = [];
    this.version = "";
    this.startup = 0;
  }

  /** A blank page at the default window size, and an empty log: each test starts here. */
  async fresh(size = DEFAULT_SIZE) {
    await this.driver.get("about:blank");
    await this.setViewport(size.width, size.height);
    this.logs.length = 0;
  }

  /** Sets the window so that the page's viewport (window.innerWidth × innerHeight) is exactly width × height. */
  async setViewport(width, height) {
    const window = this.driver.manage().window();
    await window.setRect({ width, height });
    const inner = await this.driver.executeScript("return [window.innerWidth, window.innerHeight]");
    if (inner[0] !== width || inner[1] !== height) {
      const rect = await window.getRect();
      await window.setRect({ width: rect.width + width - inner[0], height: rect.height + height - inner[1] });
    }
    const after = await this.driver.executeScript("return [window.innerWidth, window.innerHeight]");
    if (after[0] !== width) throw new Error(`${this.engine}: viewport is ${after[0]}×${after[1]}, wanted ${width}×${height}`);
  }

  /**
   * Opens `url`. WebDriver's navigation waits for the load event, which
   * Firefox holds back while a dynamic import started before it is pending
   * (the core, when a test holds it): with `waitForLoad: false` the page is
   * opened from script and only its parsing is waited for.
   */
  async open(url, { waitForLoad = true } = {}) {
    if (waitForLoad) return this.driver.get(url);
    await this.driver.executeScript("location.assign(arguments[0])", url);
    await waitFor(
      () => this.driver.executeScript("return location.href === arguments[0] && document.readyState !== 'loading'", url),
      { message: `${url} to be parsed` },
    );
  }

  /** Runs `fn` (a function, serialised) in the page with `args`; returns its (awaited) result. */
  async run(fn, ...args) {
    return this.driver.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       Promise.resolve().then(() => (${fn}).apply(null, [...arguments].slice(0, -1)))
         .then((value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }));`,
      ...args,
    ).then((result) => {
      if (result?.error) throw new Error(`in the page: ${result.error}`);
      return result?.value;
    });
  }

  /** What the PROBE script collected on the current page. */
  probe() {
    return this.run(() => window.__rcProbe ?? null);
  }

  /** The state of the `index`-th element matching `host` (see CARD_STATE). */
  card(host = "role-compare", index = 0) {
    return this.run(cardState, host, index);
  }

  /** Waits until the card's state satisfies `check` (given the state); returns that state. */
  waitCard(check, { host = "role-compare", index = 0, timeout = 10_000, message = "the card" } = {}) {
    return waitFor(async () => {
      const state = await this.card(host, index);
      return state && check(state) ? state : false;
    }, { timeout, message });
  }

  /** Waits until the card is taken over or mounted by the core (its shadow root adopted the core's stylesheet). */
  waitLive(host = "role-compare", index = 0, timeout = 15_000) {
    return this.waitCard((s) => s.live && s.title, { host, index, timeout, message: `${host}[${index}] to be live` });
  }

  /** An element inside the shadow root of the `index`-th `host`, as a WebDriver element (fetched anew each time). */
  async inCard(selector, host = "role-compare", index = 0) {
    const hosts = await this.driver.findElements(By.css(host));
    if (!hosts[index]) throw new Error(`no ${host}[${index}]`);
    const root = await hosts[index].getShadowRoot();
    return root.findElement(By.css(selector));
  }

  /** Picks `value` in the card's picker for side "a" or "b", as a reader does: a WebDriver click on the option. */
  async pick(side, value, host = "role-compare", index = 0) {
    const select = await this.inCard(`.rc-picker[data-side="${side}"] select`, host, index);
    await select.findElement(By.css(`option[value="${value}"]`)).click();
  }

  /** Moves the pointer onto an element of the card (WebDriver actions: the pointer enters the card). */
  async hover(selector, host = "role-compare", index = 0) {
    await this.driver.actions().move({ origin: await this.inCard(selector, host, index) }).perform();
  }

  /** Clicks an element of the card with WebDriver (scrolled into view, hit-tested). */
  async click(selector, host = "role-compare", index = 0) {
    await (await this.inCard(selector, host, index)).click();
  }

  async quit() {
    try {
      await this.driver.quit();
    } catch {
      // already gone
    }
    if (this.profile) rmSync(this.profile, { recursive: true, force: true });
  }
}

/**
 * Reads one card's state from its shadow root (runs in the page). `live` means
 * the core runs it; `visibleDims` counts the rows that take up space.
 */
function cardState(hostSelector, index) {
  const host = document.querySelectorAll(hostSelector)[index];
  if (!host) return null;
  const root = host.shadowRoot;
  if (!root) return { shadow: false, live: false, fallback: host.textContent.trim() };
  const q = (s) => root.querySelector(s);
  const qa = (s) => [...root.querySelectorAll(s)];
  const shown = (el) => el.getClientRects().length > 0;
  const dims = qa(".rc-dim");
  const picker = (side) => q(`.rc-picker[data-side="${side}"] select`);
  return {
    shadow: true,
    // Live: the core drew it (a pre-rendered card has only a placeholder where the swap button goes).
    live: root.querySelector("button.rc-swap") !== null,
    title: q(".rc-dims__title")?.textContent.trim() ?? null,
    theme: q(".rc-card")?.getAttribute("data-theme") ?? null,
    a: picker("a")?.value ?? null,
    b: picker("b")?.value ?? null,
    pickersDisabled: [picker("a")?.disabled, picker("b")?.disabled],
    dims: dims.length,
    visibleDims: dims.filter(shown).length,
    equalDims: qa(".rc-dim[data-equal]").length,
    differencesOnly: q(".rc-toggle__input")?.checked ?? null,
    notices: qa(".rc-notices__item").map((n) => n.textContent.trim()),
    background: q(".rc-card") ? getComputedStyle(q(".rc-card")).backgroundColor : null,
  };
}
