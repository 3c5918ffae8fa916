/*
 * The checks that matter most to a page that embeds <role-compare>, run in
 * Firefox (firefox.test.mjs: `defineChecks("firefox")`); Chromium is
 * Playwright's (tests/e2e/).
 *
 * One browser session per engine serves the checks with script on; each check
 * starts from a blank page at 1280×900 and opens its own pages under its own
 * server scope (fresh URLs, its own request log), so none depends on another.
 * The check without script starts a session of its own. Every wait polls a
 * condition with a deadline.
 */

import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, beforeEach, describe, test as nodeTest } from "node:test";
import { By } from "selenium-webdriver";
import {
  hostPage,
  pair,
  PAIR,
  PAIR_TITLE,
  prerenderedElement,
  SCRIPT,
  SHOTS,
  startBrowser,
  startServer,
  waitFor,
} from "./harness.mjs";

/** `element` with loading="near": its core loads when it comes within a viewport, as before on-intent loading. */
const loadingNear = (element) => element.replace("<role-compare ", '<role-compare loading="near" ');

const DEMO_CARD = "#rc-demo-card role-compare";
/** Every check has a deadline of its own (its waits have shorter ones). */
const test = (name, fn) => nodeTest(name, { timeout: 30_000 }, fn);
const title = (a, b) => `${a} compared with ${b}, dimension by dimension`;
/** The sessions and servers still open, closed on an interrupt as well as after the checks. */
const open = new Set();
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, async () => {
    await Promise.allSettled([...open].map((resource) => (resource.quit ?? resource.close).call(resource)));
    process.exit(130);
  });
}

export function defineChecks(engine) {
  describe(engine, { timeout: 120_000 }, () => {
    let server;
    let session;
    /** What this engine supports of what the card uses (read once, in the session's first blank page). */
    let features;

    before(async () => {
      server = await startServer();
      open.add(server);
      session = await startBrowser(engine);
      open.add(session);
      await session.fresh();
      features = await session.run(() => ({
        declarativeShadowDom: Object.hasOwn(HTMLTemplateElement.prototype, "shadowRootMode"),
        adoptedStyleSheets: "adoptedStyleSheets" in ShadowRoot.prototype,
        lightDark: CSS.supports("color", "light-dark(#000, #fff)"),
        containerQueries: CSS.supports("container-type", "inline-size"),
        detailsContent: CSS.supports("selector(::details-content)"),
        contentVisibility: CSS.supports("content-visibility", "auto"),
      }));
    }, { timeout: 60_000 });

    after(async () => {
      await session?.quit();
      open.delete(session);
      await server?.close();
      open.delete(server);
    });

    beforeEach(() => session.fresh());

    /** Opens a host page (`body` under a fresh scope, served with `csp` if given); returns the scope. */
    async function openHost(body, { csp, head, scope = server.scope() } = {}) {
      const url = scope.page("host.html", hostPage(body, { head }), { csp });
      // With the core held, the load event may wait for it (Firefox): do not wait for it then.
      await session.open(url, { waitForLoad: !scope.gate });
      return scope;
    }

    test("the engine supports what the card uses (declarative shadow DOM, light-dark(), container queries, ::details-content, content-visibility)", async (t) => {
      t.diagnostic(`${session.version}, session started in ${session.startup} ms`);
      t.diagnostic(`features: ${JSON.stringify(features)}`);
      // The card cannot run without constructable stylesheets in a shadow root (that is how it is "live").
      assert.equal(features.adoptedStyleSheets, true);
      // light-dark() gives the themes their colours: check the computed result, not just the parser.
      // Container queries switch the card to two columns from 560 px: check the layout in a narrow and a wide box.
      const scope = await openHost(
        `<div style="width: 400px">${pair("team-leader", "plant-manager", 'theme="dark"')}</div>` +
          `<div style="width: 700px">${pair("team-leader", "plant-manager", 'theme="light"')}</div>`,
      );
      await session.waitLive("role-compare", 0);
      await session.waitLive("role-compare", 1);
      const columns = await session.run(() =>
        [...document.querySelectorAll("role-compare")].map((host) => {
          const roles = host.shadowRoot.querySelector(".rc-roles");
          return getComputedStyle(roles).gridTemplateColumns.split(" ").length;
        }),
      );
      const [dark, light] = [await session.card("role-compare", 0), await session.card("role-compare", 1)];
      if (features.lightDark) {
        assert.equal(dark.background, "rgb(21, 26, 34)", "dark theme background (light-dark second value)");
        assert.equal(light.background, "rgb(255, 255, 255)", "light theme background (light-dark first value)");
      } else {
        t.diagnostic(`${engine} lacks light-dark(): the card's colours are invalid at computed time, the reader gets the browser's defaults`);
        assert.ok(dark.title, "the card still renders its content");
      }
      if (features.containerQueries) assert.deepEqual(columns, [1, 2], "one column in a 400 px box, two in a 700 px box");
      else {
        t.diagnostic(`${engine} lacks container queries: the reader gets the one-column layout at every width`);
        assert.deepEqual(columns, [1, 1]);
      }
      // Only the print styles use ::details-content (to print closed rows' texts) and content-visibility.
      if (!features.detailsContent) t.diagnostic(`${engine} lacks ::details-content: a printed card shows only the open rows' texts`);
      if (!features.contentVisibility) t.diagnostic(`${engine} lacks content-visibility: no effect on screen (print only)`);
      if (!features.declarativeShadowDom) t.diagnostic(`${engine} lacks declarative shadow DOM: pre-rendered cards show their fallback link until the core mounts them`);
      assert.equal(scope.requested("role-compare-core").length, 2);
    });

    test("1. the demo card renders and reacts: choose a role, swap, differences only", async () => {
      const scope = server.scope();
      await session.driver.get(`${scope.base}index.html`);
      const first = await session.waitLive(DEMO_CARD);
      assert.equal(first.title, PAIR_TITLE);
      assert.deepEqual([first.dims, first.visibleDims], [15, 15]);

      await session.pick("b", "general-manager", DEMO_CARD);
      const picked = await session.waitCard((s) => s.title === title("Operations Manager", "General Manager"), {
        host: DEMO_CARD,
        message: "the title after choosing General Manager",
      });
      assert.ok(picked.equalDims > 0, "this pair has rows where both roles sit at the same place");

      await session.click(".rc-swap", DEMO_CARD);
      const swapped = await session.waitCard((s) => s.title === title("General Manager", "Operations Manager"), {
        host: DEMO_CARD,
        message: "the title after the swap",
      });
      assert.deepEqual([swapped.a, swapped.b], ["general-manager", "operations-manager"]);

      await session.click(".rc-toggle__input", DEMO_CARD);
      const differences = await session.waitCard((s) => s.differencesOnly && s.visibleDims < s.dims, {
        host: DEMO_CARD,
        message: "fewer rows with differences only",
      });
      assert.equal(differences.visibleDims, differences.dims - differences.equalDims);

      await session.click(".rc-toggle__input", DEMO_CARD);
      await session.waitCard((s) => !s.differencesOnly && s.visibleDims === 15, { host: DEMO_CARD, message: "all rows again" });
    });

    test("2. several cards on one page are independent", async () => {
      await openHost(pair("team-leader", "plant-manager") + pair("fleet-manager", "warehouse-manager"));
      await session.waitLive("role-compare", 0);
      await session.waitLive("role-compare", 1);

      await session.pick("b", "quality-manager", "role-compare", 0);
      await session.waitCard((s) => s.title === title("Team Leader", "Quality Manager"), { index: 0, message: "the first card's new title" });
      const second = await session.card("role-compare", 1);
      assert.equal(second.title, title("Fleet Manager", "Warehouse Manager"));
      assert.deepEqual([second.a, second.b], ["fleet-manager", "warehouse-manager"]);

      await session.click(".rc-toggle__input", "role-compare", 1);
      const toggled = await session.waitCard((s) => s.differencesOnly && s.visibleDims < s.dims, { index: 1, message: "differences only in the second card" });
      assert.equal(toggled.visibleDims, toggled.dims - toggled.equalDims);
      const untouched = await session.card("role-compare", 0);
      assert.equal(untouched.differencesOnly, false);
      assert.equal(untouched.visibleDims, untouched.dims);
      assert.equal(untouched.title, title("Team Leader", "Quality Manager"));
    });

    test("3. attribute and property changes update the card (role-b, roleA, theme)", async () => {
      await openHost(pair("team-leader", "plant-manager"));
      await session.waitLive();
      await session.run(() => document.querySelector("role-compare").setAttribute("role-b", "project-manager"));
      await session.waitCard((s) => s.title === title("Team Leader", "Project Manager"), { message: "role-b re-render" });
      await session.run(() => (document.querySelector("role-compare").roleA = "general-manager"));
      const state = await session.waitCard((s) => s.title === title("General Manager", "Project Manager"), { message: "roleA re-render" });
      assert.deepEqual([state.a, state.b], ["general-manager", "project-manager"]);
      assert.equal(await session.run(() => document.querySelector("role-compare").getAttribute("role-a")), "general-manager");

      await session.run(() => document.querySelector("role-compare").setAttribute("theme", "dark"));
      const dark = await session.waitCard((s) => s.theme === "dark", { message: 'data-theme="dark"' });
      if (features.lightDark) assert.equal(dark.background, "rgb(21, 26, 34)");
      await session.run(() => document.querySelector("role-compare").setAttribute("theme", "light"));
      const light = await session.waitCard((s) => s.theme === "light", { message: 'data-theme="light"' });
      if (features.lightDark) assert.equal(light.background, "rgb(255, 255, 255)");
    });

    test("4. when the wasm cannot load (404), the fallback stays and a warning is logged", async () => {
      const scope = server.scope();
      scope.blockWasm = true;
      await openHost(pair("operations-manager", "procurement-manager"), { scope });
      const probe = await waitFor(
        async () => {
          const p = await session.probe();
          return p.warnings.some((w) => w.includes("the fallback content stays")) && p;
        },
        { message: "the console warning" },
      );
      assert.match(probe.warnings.join("\n"), /^role-compare: the card could not load \(.+\); the fallback content stays\.$/m);
      // The browser's own log (WebDriver BiDi) has the same warning.
      await waitFor(() => session.logs.some((e) => e.level === "warn" && e.text.includes("the fallback content stays")), {
        message: "the warning in the BiDi log",
      });
      assert.deepEqual(scope.requested(".wasm"), ["/role-compare-core_bg.wasm"]);
      const link = await session.driver.findElement(By.linkText("operations-manager vs procurement-manager"));
      assert.equal(await link.isDisplayed(), true, "the fallback link is shown");
      assert.deepEqual(await session.card(), { shadow: false, live: false, fallback: "operations-manager vs procurement-manager" });
      assert.deepEqual(probe.errors, [], "nothing uncaught");
    });

    test("5. a strict Content-Security-Policy header: the cards render with no violation", async () => {
      const csp = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'";
      // A card mounted by the core, and a pre-rendered one taken over by it.
      // (The pre-rendered one first, with loading="near": in view, it is taken over at once.)
      await openHost(loadingNear(prerenderedElement()) + pair("team-leader", "plant-manager"), { csp });
      assert.notEqual(await session.probe(), null, "the probe runs despite the policy (BiDi preload script)");
      const [takenOver, mounted] = [await session.waitLive("role-compare", 0), await session.waitLive("role-compare", 1)];
      assert.equal(mounted.title, title("Team Leader", "Plant Manager"));
      assert.equal(takenOver.title, PAIR_TITLE);
      const styled = await session.run(() =>
        [...document.querySelectorAll("role-compare")].map((host) => [
          getComputedStyle(host.shadowRoot.querySelector(".rc-card")).backgroundColor,
          getComputedStyle(host.shadowRoot.querySelector(".rc-role")).borderLeftWidth,
        ]),
      );
      assert.deepEqual(styled, [["rgb(255, 255, 255)", "4px"], ["rgb(255, 255, 255)", "4px"]]);
      await session.pick("a", "fleet-manager", "role-compare", 0);
      await session.waitCard((s) => s.title === title("Fleet Manager", "Procurement Manager"), { message: "a pick under the policy" });

      const probe = await session.probe();
      assert.deepEqual(probe.violations, [], "no securitypolicyviolation event");
      assert.deepEqual([probe.errors, probe.consoleErrors], [[], []]);
      assert.deepEqual(session.logs.filter((e) => /content.security.policy|CSP/i.test(e.text)), []);

      // The listener works in this engine: an inline style attribute is a violation of this policy.
      await session.run(() => document.body.setAttribute("style", "outline: 1px solid red"));
      const caught = await waitFor(
        async () => {
          const { violations } = await session.probe();
          return violations.length > 0 && violations;
        },
        { message: "the control violation" },
      );
      assert.equal(caught.length, 1);
      assert.match(caught[0].directive, /^style-src(-attr)?$/);
    });

    test("6. hostile page CSS does not change the card's computed styles", async () => {
      const hostile = `<style>
        html { font-size: 6px !important; }
        * { font: italic 30px/3 serif !important; color: red !important; letter-spacing: 4px !important;
            text-transform: uppercase !important; list-style: none !important; box-sizing: content-box !important;
            text-align: right !important; white-space: nowrap !important; word-spacing: 9px !important;
            cursor: wait !important; margin: 0 !important; padding: 0 !important; }
        p, div, section, ul, li, h3, details, summary { margin: 40px !important; padding: 20px !important; background: yellow !important; }
        table, select, button, input, label, td, th { all: unset !important; }
      </style>`;
      const body = `<div style="width: 720px">${pair("operations-manager", "procurement-manager", 'theme="light"')}</div><p id="outside">Host text</p>`;
      const styles = async (head) => {
        await openHost(body, { head: SCRIPT + head });
        await session.waitLive();
        return session.run(() => {
          const root = document.querySelector("role-compare").shadowRoot;
          const props = ["font-family", "font-size", "font-style", "font-weight", "line-height", "color", "letter-spacing", "word-spacing",
            "text-transform", "text-align", "white-space", "margin-top", "padding-top", "background-color", "box-sizing", "list-style-type", "cursor"];
          const selectors = [".rc-card", ".rc-role__title", ".rc-role__summary", ".rc-keys__list li", ".rc-picker__label", ".rc-picker__select",
            ".rc-swap", ".rc-toggle", ".rc-dims__title", ".rc-dim__summary", ".rc-dim__label", ".rc-dim__text"];
          const out = {};
          for (const selector of selectors) {
            const el = root.querySelector(selector);
            const computed = getComputedStyle(el);
            out[selector] = Object.fromEntries(props.map((p) => [p, computed.getPropertyValue(p)]));
          }
          const rect = root.querySelector(".rc-card").getBoundingClientRect();
          out.cardSize = [Math.round(rect.width), Math.round(rect.height)];
          const outside = getComputedStyle(document.getElementById("outside"));
          out.outside = [outside.fontSize, outside.color, outside.fontStyle];
          return out;
        });
      };
      const clean = await styles("");
      const attacked = await styles(hostile);
      // The hostile sheet is in force on the page itself...
      assert.deepEqual(attacked.outside, ["30px", "rgb(255, 0, 0)", "italic"]);
      assert.notDeepEqual(clean.outside, attacked.outside);
      // ...and changes nothing inside the card.
      delete clean.outside;
      delete attacked.outside;
      assert.deepEqual(attacked, clean);
      assert.equal(clean[".rc-dims__title"]["font-style"], "normal");
      assert.equal(clean[".rc-dim__text"]["letter-spacing"], "normal");
    });

    test("7. change and error events reach a listener on document with their detail", async () => {
      await openHost(pair("team-leader", "plant-manager") + pair("nobody", "plant-manager", 'theme="neon"'));
      await session.waitLive("role-compare", 0);
      const broken = await session.waitLive("role-compare", 1);
      await session.pick("a", "quality-manager", "role-compare", 0);
      const probe = await waitFor(
        async () => {
          const p = await session.probe();
          return p.events.some((e) => e.type === "role-compare:change") && p;
        },
        { message: "the change event" },
      );
      assert.deepEqual(probe.events.filter((e) => e.type === "role-compare:change"), [
        { type: "role-compare:change", detail: { roleA: "quality-manager", roleB: "plant-manager", state: null }, bubbles: true, composed: true },
      ]);
      assert.deepEqual(probe.events.filter((e) => e.type === "role-compare:error"), [
        {
          type: "role-compare:error",
          detail: {
            messages: [
              'Role A "nobody" is not in the dataset; showing the default instead.',
              'Theme "neon" is not one of light, dark, auto; using auto.',
            ],
          },
          bubbles: true,
          composed: true,
        },
      ]);
      assert.deepEqual(broken.notices, [
        'Role A "nobody" is not in the dataset; showing the default instead.',
        'Theme "neon" is not one of light, dark, auto; using auto.',
      ]);
    });

    for (const [name, page, host] of [
      ["the demo page", "index.html", DEMO_CARD],
      ["a pair page", PAIR, "role-compare"],
      ["the example blog page (two cards, strict policy in a meta tag)", "embed-example.html", "role-compare"],
    ]) {
      test(`8. no console errors and no uncaught errors on ${name}`, async () => {
        const scope = server.scope();
        await session.driver.get(scope.base + page);
        // A pair page's card is pre-rendered: the reader reaches for it.
        if (page === PAIR) await session.hover(".rc-roles", host);
        await session.waitLive(host);
        if (page === "index.html") {
          // The demo's own wasm replaces the generator's placeholder.
          await waitFor(() => session.run(() => !document.getElementById("rc-generator").textContent.includes("Loading")), {
            message: "the embed generator",
          });
        }
        if (page === "embed-example.html") {
          const dark = await session.waitLive("role-compare", 1);
          assert.equal(dark.theme, "dark");
        }
        await session.pick("b", "team-leader", host);
        await session.waitCard((s) => s.title === title("Operations Manager", "Team Leader"), { host, message: "a pick" });
        await session.click(".rc-swap", host);
        await session.waitCard((s) => s.title === title("Team Leader", "Operations Manager"), { host, message: "a swap" });
        const probe = await session.probe();
        assert.deepEqual(
          { errors: probe.errors, consoleErrors: probe.consoleErrors, failedResources: probe.resources, violations: probe.violations },
          { errors: [], consoleErrors: [], failedResources: [], violations: [] },
        );
        assert.deepEqual(session.logs.filter((e) => e.level === "error" || e.type === "javascript"), [], "BiDi log errors");
        // Nothing stored either (which also keeps the checks, all on one origin, independent).
        assert.deepEqual(await session.run(() => [document.cookie, localStorage.length, sessionStorage.length]), ["", 0, 0]);
      });
    }

    test("9a. without JavaScript, a pair page shows the card's title, 15 rows, disabled pickers and no dead controls", async (t) => {
      const noScript = await startBrowser(engine, { javascript: false });
      open.add(noScript);
      try {
        const scope = server.scope();
        await noScript.driver.get(scope.base + PAIR);
        // Only WebDriver element commands here: nothing runs in the page.
        const host = await noScript.driver.findElement(By.css("role-compare"));
        if (!features.declarativeShadowDom) {
          t.diagnostic(`${engine} lacks declarative shadow DOM: without script the reader gets the fallback link`);
          const link = await noScript.driver.findElement(By.css("role-compare > .rc-fallback a"));
          assert.equal(await link.isDisplayed(), true);
          return;
        }
        const root = await host.getShadowRoot();
        assert.equal(await (await root.findElement(By.css(".rc-dims__title"))).getText(), PAIR_TITLE);
        assert.equal((await root.findElements(By.css(".rc-dim"))).length, 15);
        for (const side of ["a", "b"]) {
          const select = await root.findElement(By.css(`.rc-picker[data-side="${side}"] select`));
          assert.equal(await select.isDisplayed(), true);
          assert.equal(await select.isEnabled(), false, `picker ${side} disabled`);
        }
        // The controls that need script are not there, only invisible placeholders.
        assert.deepEqual((await root.findElements(By.css("button, input"))).length, 0);
        assert.equal(await (await root.findElement(By.css(".rc-swap"))).isDisplayed(), false);
        // <noscript> shows (scripting is really off), and the native disclosures work without it.
        const all = await root.findElement(By.css(".rc-controls__all"));
        assert.deepEqual([await all.isDisplayed(), await all.getText()], [true, "All comparisons"]);
        const vendorsText = await root.findElement(By.css('.rc-dim[data-dimension="vendors"] .rc-dim__text'));
        assert.equal(await vendorsText.isDisplayed(), false);
        await (await root.findElement(By.css('.rc-dim[data-dimension="vendors"] summary'))).click();
        await waitFor(() => vendorsText.isDisplayed(), { message: "the opened row's text" });
        assert.deepEqual(scope.requested("role-compare"), ["/role-compare.css"], "no script was fetched");
      } finally {
        await noScript.quit();
        open.delete(noScript);
      }
    });

    /**
     * Where the engine lacks declarative shadow DOM, a pre-rendered card is an
     * inert <template> beside its fallback link: the reader sees the link, and
     * the core mounts the card at once (nothing to take over, no lazy loading).
     * Returns true when that is what this engine does (and has been checked).
     */
    async function withoutDeclarativeShadowDom(t) {
      if (features.declarativeShadowDom) return false;
      t.diagnostic(`${engine} lacks declarative shadow DOM: checked that the fallback link shows and the core mounts the card instead`);
      const scope = server.scope().holdCore();
      await openHost(prerenderedElement(), { scope });
      await waitFor(() => scope.requested("role-compare-core").length > 0, { message: "the core to be asked for at once" });
      const link = await session.driver.findElement(By.css("role-compare > .rc-fallback a"));
      assert.equal(await link.isDisplayed(), true, "the fallback link shows while the core loads");
      scope.release();
      await session.waitLive();
      return true;
    }

    test("9e. a pre-rendered card in view loads nothing while it is read; a pointer entering it loads the core", async (t) => {
      if (await withoutDeclarativeShadowDom(t)) return;
      const scope = await openHost(`<p>A post.</p>${prerenderedElement()}<p>More of the post.</p>`);
      // Settle: loaded, an observer of ours (made after the card's) has reported, and the browser is idle.
      await session.run(
        () =>
          new Promise((resolve) => {
            const observer = new IntersectionObserver(() => {
              observer.disconnect();
              requestIdleCallback(resolve);
            });
            observer.observe(document.querySelector("role-compare"));
          }),
      );
      assert.equal(await session.run(() => customElements.get("role-compare").coreRequested), false);
      assert.deepEqual(scope.requested("role-compare-core"), []);
      await session.hover(".rc-roles");
      await session.waitLive();
      assert.deepEqual(scope.requested("role-compare-core").sort(), ["/role-compare-core.js", "/role-compare-core_bg.wasm"]);
    });

    test('9b. with loading="near", a pre-rendered card 3000 px below the fold loads the core only when scrolled near', async (t) => {
      if (await withoutDeclarativeShadowDom(t)) return;
      const scope = await openHost(`<div style="height: 3000px">A long post.</div>${loadingNear(prerenderedElement())}`);
      // Settle: an observer made now, with the card's margin, reports after the card's own (made earlier) has.
      const near = await session.run(
        () =>
          new Promise((resolve) => {
            const observer = new IntersectionObserver((entries) => {
              observer.disconnect();
              requestAnimationFrame(() => requestAnimationFrame(() => resolve(entries[0].isIntersecting)));
            }, { rootMargin: "100% 0px" });
            observer.observe(document.querySelector("role-compare"));
          }),
      );
      assert.equal(near, false, "the card is more than a viewport away");
      assert.equal(await session.run(() => customElements.get("role-compare").coreRequested), false);
      assert.deepEqual(scope.requested("role-compare-core"), []);
      const waiting = await session.card();
      assert.deepEqual([waiting.live, waiting.title], [false, PAIR_TITLE], "the pre-rendered card waits");

      await session.run(() => window.scrollTo(0, 1800));
      await session.waitLive();
      assert.equal(await session.run(() => customElements.get("role-compare").coreRequested), true);
      assert.deepEqual(scope.requested("role-compare-core").sort(), ["/role-compare-core.js", "/role-compare-core_bg.wasm"]);
    });

    /**
     * Opens a host page with the pre-rendered card and the core held, and lets
     * the reader reach for it (`reach`: the pointer onto it by default);
     * returns the scope once the card waits, styled and usable.
     */
    async function prerenderedWaiting(wrapper = (card) => card, reach = () => session.hover(".rc-roles")) {
      const scope = server.scope().holdCore();
      await openHost(wrapper(prerenderedElement()), { scope });
      await reach();
      await waitFor(() => scope.requested("role-compare-core").length > 0, { message: "the core to be asked for (and held)" });
      await session.waitCard((s) => !s.live && s.pickersDisabled.every((d) => d === false), { message: "the pre-rendered card's controls enabled" });
      await waitFor(
        () => session.run(() => getComputedStyle(document.querySelector("role-compare").shadowRoot.querySelector(".rc-role")).borderLeftWidth === "4px"),
        { message: "the pre-rendered card styled" },
      );
      return scope;
    }

    test("9c. the takeover keeps the card's geometry (within 1 px)", async (t) => {
      if (await withoutDeclarativeShadowDom(t)) return;
      const scope = await prerenderedWaiting((card) => `<div style="width: 760px">${card}</div>`);
      const boxes = () =>
        session.run(() => {
          const root = document.querySelector("role-compare").shadowRoot;
          const box = (el) => {
            const r = el.getBoundingClientRect();
            return [r.x, r.y, r.width, r.height];
          };
          const dims = root.querySelectorAll(".rc-dim");
          return {
            card: box(root.querySelector(".rc-card")),
            title: box(root.querySelector(".rc-dims__title")),
            swap: box(root.querySelector(".rc-swap")),
            lastRow: box(dims[dims.length - 1]),
          };
        });
      const before = await boxes();
      scope.release();
      await session.waitLive();
      const after = await boxes();
      for (const part of Object.keys(before)) {
        before[part].forEach((value, i) =>
          assert.ok(Math.abs(value - after[part][i]) <= 1, `${part} [x, y, w, h] before ${before[part]} after ${after[part]}`),
        );
      }
    });

    test("9d. a pick made in the pre-rendered picker before the core has loaded is shown once it has", async (t) => {
      if (await withoutDeclarativeShadowDom(t)) return;
      const options = () =>
        session.run(() => document.querySelector("role-compare").shadowRoot.querySelectorAll('.rc-picker[data-side="b"] option').length);
      // The focus reaching the card asks for the core.
      const scope = await prerenderedWaiting(undefined, () =>
        session.run(() => document.querySelector("role-compare").shadowRoot.querySelector('.rc-picker[data-side="b"] select').focus()),
      );
      assert.equal(await options(), 18, "pre-rendered: every role");
      await session.pick("b", "fleet-manager");
      const focused = () =>
        session.run(() => {
          const active = document.querySelector("role-compare").shadowRoot.activeElement;
          return active?.closest(".rc-picker")?.getAttribute("data-side") ?? active?.tagName ?? null;
        });
      const before = await focused();
      scope.release();
      await session.waitCard((s) => s.live && s.title === title("Operations Manager", "Fleet Manager"), { message: "the pick, shown by the live card" });
      assert.equal(await focused(), before, "the focus stays where it was");
    });

    test("10. a pair's frame page, sandboxed with allow-scripts only, goes live and is sized to its card by role-compare-frame.js", async () => {
      await openHost(
        `<iframe id="f" sandbox="allow-scripts" width="600" height="300" style="border:0" src="${PAIR.replace("compare/", "embed/")}"></iframe>` +
          '<script src="role-compare-frame.js"></script>',
      );
      const frame = await session.driver.findElement(By.css("#f"));
      // The reader's pointer enters the frame: its card loads the core.
      await session.driver.actions().move({ origin: frame }).perform();
      // Inside the frame (WebDriver switches into it): is its card live, and where does it end?
      const inside = async () => {
        await session.driver.switchTo().frame(frame);
        try {
          return await session.driver.executeScript(
            "const h = document.querySelector('role-compare'); return [origin, h.shadowRoot.querySelector('button.rc-swap') !== null, Math.ceil(h.getBoundingClientRect().bottom + scrollY)];",
          );
        } finally {
          await session.driver.switchTo().defaultContent();
        }
      };
      const sized = await waitFor(
        async () => {
          const [origin, live, bottom] = await inside();
          const height = await session.run(() => document.getElementById("f").getBoundingClientRect().height);
          return live && height === bottom && [origin, height];
        },
        { message: "the frame's card live, and the frame as tall as the card", timeout: 15_000 },
      );
      assert.equal(sized[0], "null", "an opaque origin");
      assert.ok(sized[1] > 300, `grown from its given 300 px to the whole card: ${sized[1]} px`);
    });

    test("10b. a frame page kept hidden as wp-embed.js hides it reports its height unasked", async () => {
      // WordPress clips the frame out of sight until its first height message and
      // sends "ready" before the frame listens: the frame must report on its own.
      await openHost(
        `<iframe id="f" sandbox="allow-scripts" width="600" height="300" style="position: absolute; clip: rect(1px, 1px, 1px, 1px)"
           src="${PAIR.replace("compare/", "embed/")}#?secret=Xy12ab34Cd"></iframe>` +
          "<script>window.heights = []; addEventListener('message', (e) => e.data && e.data.message === 'height' && e.data.secret === 'Xy12ab34Cd' && window.heights.push(e.data.value));</script>",
      );
      const heights = await waitFor(
        async () => {
          const seen = await session.run(() => window.heights.slice());
          return seen.length > 0 && seen;
        },
        { message: "a height message from the hidden frame", timeout: 10_000 },
      );
      assert.ok(Math.min(...heights) > 0, `never 0: ${heights}`);
    });

    for (const width of [375, 1280]) {
      test(`screenshot of the demo card at ${width} px`, async (t) => {
        await session.fresh({ width, height: 900 });
        await session.driver.get(`${server.scope().base}index.html`);
        await session.waitLive(DEMO_CARD);
        // A viewport tall enough for the whole card (same width, so the same layout), then the element.
        const bottom = await session.run(async (selector) => {
          await document.fonts.ready;
          const r = document.querySelector(selector).getBoundingClientRect();
          return Math.ceil(r.bottom + window.scrollY);
        }, DEMO_CARD);
        await session.setViewport(width, Math.min(bottom + 20, 6000));
        await session.run(() => window.scrollTo(0, 0));
        const rect = await session.run((selector) => {
          const r = document.querySelector(selector).shadowRoot.querySelector(".rc-card").getBoundingClientRect();
          return [r.width, r.height];
        }, DEMO_CARD);
        const card = await session.inCard(".rc-card", DEMO_CARD);
        const png = Buffer.from(await card.takeScreenshot(), "base64");
        mkdirSync(SHOTS, { recursive: true });
        const file = path.join(SHOTS, `${engine}-${width}.png`);
        writeFileSync(file, png);
        const size = [png.readUInt32BE(16), png.readUInt32BE(20)];
        t.diagnostic(`${file}: ${size.join("×")} (card ${rect.map(Math.round).join("×")})`);
        assert.ok(Math.abs(size[0] - rect[0]) <= 1 && Math.abs(size[1] - rect[1]) <= 1, `the whole card: ${size} vs ${rect}`);
      });
    }
  });
}
