import { expect, test, type Page, type Route } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { cardIsLive } from "./card-page";
import { differingPixels, events, openHostPage, SCRIPT } from "./host-page";

/*
 * The card in the page's HTML: pair pages rendered natively, complete without
 * script, styled under a strict policy, loading nothing more while it is only
 * read, and taken over by the core at the reader's first pointer or focus on
 * it, without a visible change.
 */

const AXE = require.resolve("axe-core/axe.min.js");
const roles: string[] = JSON.parse(readFileSync(path.join(__dirname, "../../data/roles.json"), "utf8")).roles.map((r: { id: string }) => r.id);
const PAIR = "compare/operations-manager-vs-procurement-manager.html";

/** Every unordered pair's page, in dataset order. */
const pairPages = roles.flatMap((a, i) => roles.slice(i + 1).map((b) => `compare/${a}-vs-${b}.html`));

/** The <role-compare> element of a pair's page, with its pre-rendered card. */
async function prerenderedElement(page: Page, pairPage: string): Promise<string> {
  const html = await (await page.request.get(pairPage)).text();
  const element = html.match(/<role-compare[\s\S]*<\/role-compare>/)?.[0];
  if (!element) throw new Error(`${pairPage} has no card`);
  // The page sits in compare/; a host page sits at the root.
  return element.replaceAll('"../', '"');
}

/** Holds the core's wasm until `release()` is called. */
async function holdCore(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const requested: string[] = [];
  await page.route("**/role-compare-core*", async (route: Route) => {
    requested.push(new URL(route.request().url()).pathname);
    await released;
    await route.continue();
  });
  return { release, requested };
}

test("without JavaScript, a pair's page shows the whole comparison and nothing pretends to work", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAIR);
  const card = page.locator("role-compare .rc-card");
  await expect(card.locator(".rc-role__title")).toHaveText(["Operations Manager", "Procurement Manager"]);
  await expect(card.locator(".rc-role__summary")).toHaveCount(2);
  await expect(card.locator(".rc-keys__list li")).toHaveCount(4);
  await expect(card.locator(".rc-glance").first()).toContainText("Median pay $105,770");
  await expect(card.locator(".rc-dim")).toHaveCount(15);
  for (const row of await card.locator(".rc-dim").all()) await expect(row.locator("summary")).toBeVisible();
  await expect(card.locator(".rc-meter svg")).toHaveCount(14);
  // Native disclosures open without script: the texts and the sources.
  await card.locator('.rc-dim[data-dimension="vendors"] summary').click();
  await expect(card.locator('.rc-dim[data-dimension="vendors"] .rc-dim__text')).toHaveCount(2);
  await expect(card.locator('.rc-dim[data-dimension="vendors"] .rc-dim__text').first()).toBeVisible();
  await card.locator(".rc-sources__summary").first().click();
  await expect(card.locator(".rc-facts__source a").first()).toHaveAttribute("href", /^https:\/\/www\.bls\.gov\//);
  // The pickers are disabled (they list every role, the titles in attributes); the
  // controls that need script are not there at all (only their places); the pair
  // pages are linked instead.
  await expect(card.getByLabel("First role")).toBeDisabled();
  await expect(card.getByLabel("First role").locator("option")).toHaveCount(roles.length);
  await expect(card.getByLabel("First role").locator("option:checked")).toHaveAttribute("label", "Operations Manager");
  await expect(card.locator("button, input")).toHaveCount(0);
  await expect(card.getByText("Open all dimensions")).toHaveCount(0);
  await expect(card.getByRole("link", { name: "All comparisons" })).toBeVisible();
  // The element's own fallback (for sanitizers and feed readers) is hidden by the card.
  await expect(page.locator("role-compare > .rc-fallback li").first()).toBeHidden();
  await expect(page.locator("role-compare > .rc-fallback li")).toHaveCount(4);
  await page.screenshot({ path: "test-results/screenshots/pair-page-no-js.png", fullPage: true });
  await context.close();
});

test("without JavaScript, a pair's page has no accessibility violations", async ({ page }) => {
  // axe needs script, so the page is served as a browser without script would
  // build it: no script runs, and what <noscript> holds is shown.
  await page.route(`**/${PAIR}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text())
      .replace(/<script[^>]*><\/script>/g, "")
      .replace(/<noscript>([\s\S]*?)<\/noscript>/g, "$1");
    await route.fulfill({ response, body: html });
  });
  await page.goto(PAIR);
  const card = page.locator("role-compare .rc-card");
  await expect(card.getByLabel("First role")).toBeDisabled();
  await expect(card.getByRole("link", { name: "All comparisons" })).toBeVisible();
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
    return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => JSON.stringify(n.target)).join(", ")}`);
  });
  expect(violations).toEqual([]);
});

test("every pair has a page with its title, canonical link and card", async ({ page }) => {
  expect(pairPages.length).toBe((roles.length * (roles.length - 1)) / 2);
  await page.goto("compare/index.html");
  await expect(page.locator(".demo-pairs a")).toHaveCount(pairPages.length);
  const sitemap = await (await page.request.get("sitemap.xml")).text();
  for (const pairPage of pairPages) {
    const response = await page.request.get(pairPage);
    expect(response.status(), pairPage).toBe(200);
    const html = await response.text();
    const checked = await page.evaluate(
      ({ html }) => {
        const doc = new DOMParser().parseFromString(html, "text/html");
        const element = doc.querySelector("role-compare");
        return {
          title: doc.title,
          canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? "",
          description: doc.querySelector('meta[name="description"]')?.getAttribute("content") ?? "",
          shadowRoot: element?.querySelector(":scope > template")?.getAttribute("shadowrootmode"),
          dims: element?.querySelector("template")?.content.querySelectorAll(".rc-dim").length,
          bodyParsed: doc.body.lastElementChild?.tagName,
        };
      },
      { html },
    );
    expect(checked.title, pairPage).toMatch(/^.+ vs .+: how the two roles compare$/);
    expect(checked.canonical.endsWith(pairPage), pairPage).toBe(true);
    expect(checked.description.length, pairPage).toBeGreaterThan(50);
    expect(checked.shadowRoot, pairPage).toBe("open");
    expect(checked.dims, pairPage).toBe(15);
    expect(checked.bodyParsed, pairPage).toBe("MAIN");
    expect(sitemap).toContain(`/${pairPage}</loc>`);
  }
});

test("twenty pre-rendered cards with no space reserved do not shift the page", async ({ page }) => {
  const cards = await Promise.all(pairPages.slice(0, 20).map((p) => prerenderedElement(page, p)));
  await page.addInitScript(() => {
    (window as any).__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as any[]) if (!e.hadRecentInput) (window as any).__cls += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await openHostPage(page, cards.map((c, i) => `<h2>Pair ${i + 1}</h2>${c}<p>Text after the card.</p>`).join("\n"));
  // Read down the page, the pointer on every card: each is taken over on the way.
  for (const card of await page.locator("role-compare").all()) {
    await card.locator(".rc-roles").hover();
    await cardIsLive(card);
  }
  expect(await page.evaluate(() => (window as any).__cls)).toBe(0);
});

/** Resolves once the page has loaded, every card's observers have reported and the browser is idle. */
async function settled(page: Page) {
  await page.waitForLoadState("load");
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        new IntersectionObserver((_, observer) => {
          observer.disconnect();
          requestIdleCallback(resolve);
        }, { rootMargin: "100% 0px" }).observe(document.querySelector("role-compare")!),
      ),
  );
}

test("a pre-rendered card in view, only read, loads nothing more; a pointer entering it loads the core", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await openHostPage(page, `<p>A post.</p>${await prerenderedElement(page, PAIR)}<p>More of the post.</p>`);
  await settled(page);
  await expect(page.locator("role-compare .rc-card")).toBeInViewport();
  expect(requests.filter((r) => r.includes("role-compare-core"))).toEqual([]);
  expect(await page.evaluate(() => (customElements.get("role-compare") as any).coreRequested)).toBe(false);
  // The reader reaches for it: the core's module and wasm are fetched together, and the card goes
  // live, keeping the stylesheet it links (not fetched again).
  await page.locator("role-compare .rc-roles").hover();
  await cardIsLive(page.locator("role-compare"));
  expect(requests.filter((r) => r.includes("role-compare-core")).sort()).toEqual(["/role-compare-core.js", "/role-compare-core_bg.wasm"]);
  expect(requests.filter((r) => r.endsWith(".css"))).toEqual(["/role-compare.css"]);
});

test('with loading="near", a card below the fold loads the core when the reader scrolls near it', async ({ page }) => {
  const card = (await prerenderedElement(page, PAIR)).replace("<role-compare ", '<role-compare loading="near" ');
  const requests: string[] = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await openHostPage(page, `<div style="height: 3000px">A long post.</div>${card}`);
  await settled(page);
  expect(requests.filter((r) => r.includes("role-compare-core"))).toEqual([]);
  // Within a viewport of it, the core loads and takes the card over.
  await page.evaluate(() => window.scrollTo(0, 1800));
  await cardIsLive(page.locator("role-compare"));
  expect(requests.filter((r) => r.includes("role-compare-core")).sort()).toEqual(["/role-compare-core.js", "/role-compare-core_bg.wasm"]);
});

test("the takeover changes no pixel outside the controls' places", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const core = await holdCore(page);
  await openHostPage(page, `<div style="width: 760px">${await prerenderedElement(page, PAIR)}</div>`);
  const host = page.locator("role-compare");
  const card = host.locator(".rc-card");
  await expect(card.locator(".rc-dims__title")).toHaveText(/^Operations Manager compared with Procurement Manager/);
  // Before: the pre-rendered card, its pickers ready for the reader.
  await expect(card.getByLabel("First role")).toBeEnabled();
  // The swap, "differences only" and "open all" need script: pre-rendered, the
  // card holds only invisible placeholders of their size, so their boxes are
  // compared by geometry and left out of the pixels.
  const controls = [card.locator(".rc-swap"), card.locator(".rc-dims__tools")];
  // Within the card (a screenshot may scroll the page).
  const boxes = async () => {
    const origin = (await card.boundingBox())!;
    return Promise.all(controls.map(async (c) => {
      const box = (await c.boundingBox())!;
      return { ...box, x: box.x - origin.x, y: box.y - origin.y };
    }));
  };
  // The pointer enters the card: the core is asked for (and held).
  await card.locator(".rc-roles").hover();
  await expect.poll(() => core.requested.length).toBeGreaterThan(0);
  const boxesBefore = await boxes();
  const before = await card.screenshot({ mask: controls });
  core.release();
  await cardIsLive(host);
  await expect(card.getByRole("button", { name: "Swap the two roles" })).toBeVisible();
  expect(await boxes()).toEqual(boxesBefore);
  const after = await card.screenshot({ mask: controls });
  const { width, height } = (await card.boundingBox())!;
  expect(await differingPixels(page, before, after, { tolerance: 0, corner: 0 })).toBeLessThanOrEqual(Math.floor(width * height * 0.0001));

});

test("a pick made in the pre-rendered picker before the core has loaded is shown once it has, with the focus", async ({ page }) => {
  const core = await holdCore(page);
  await openHostPage(page, await prerenderedElement(page, PAIR));
  const host = page.locator("role-compare");
  // The focus reaching the card asks for the core; the reader picks while it loads.
  await host.getByLabel("Second role").focus();
  await expect.poll(() => core.requested.length).toBeGreaterThan(0);
  await host.getByLabel("Second role").selectOption("fleet-manager");
  core.release();
  await cardIsLive(host);
  await expect(host.locator(".rc-dims__title")).toHaveText(/^Operations Manager compared with Fleet Manager/);
  await expect(host.getByLabel("Second role")).toBeFocused();
  await expect(host.getByLabel("Second role")).toHaveValue("fleet-manager");
  expect((await events(page)).filter((e) => e.type === "role-compare:change").map((e) => e.detail)).toEqual([
    { roleA: "operations-manager", roleB: "fleet-manager", state: null },
  ]);
  // Announced as any pick is, once the live card's status is in the page.
  await expect(host.getByRole("status")).toHaveText("Comparing Operations Manager with Fleet Manager");
});

test("a picker value set without the reader's pointer or focus starts the core, and the card follows it", async ({ page }) => {
  const core = await holdCore(page);
  await openHostPage(page, await prerenderedElement(page, PAIR));
  const host = page.locator("role-compare");
  await expect(host.getByLabel("Second role")).toBeEnabled();
  expect(await host.getByLabel("Second role").getAttribute("autocomplete")).toBe("off");
  // A script (or a browser restoring a form) sets the value and fires change: no pointer, no focus.
  await host.evaluate((el) => {
    const select = el.shadowRoot!.querySelector('[data-side="b"] select') as HTMLSelectElement;
    select.value = "warehouse-manager";
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await expect.poll(() => core.requested.length).toBeGreaterThan(0);
  core.release();
  await cardIsLive(host);
  await expect(host.locator(".rc-dims__title")).toHaveText(/^Operations Manager compared with Warehouse Manager/);
});

test("a card pre-rendered from another dataset or version is mounted afresh, and the shared core serves every card", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const core = await holdCore(page);
  const current = await prerenderedElement(page, PAIR);
  expect(current).toMatch(/data-rc-mount="[0-9a-f]{16}"/);
  // An older card: another fingerprint, a row the core no longer renders, a wrapper it never wrote.
  const older = current
    .replace(/data-rc-mount="[^"]*"/, 'data-rc-mount="0000000000000000"')
    .replace('data-dimension="vendors"', 'data-dimension="suppliers"')
    .replace('<div class="rc-card__body">', '<div class="wrapper"><div class="rc-card__body">');
  await openHostPage(page, older + current);
  const [old, fresh] = [page.locator("role-compare").nth(0), page.locator("role-compare").nth(1)];
  // The reader opens the same disclosure in both before the core arrives.
  for (const host of [old, fresh]) await host.locator('.rc-dim[data-dimension="scope"] summary').click();
  await expect.poll(() => core.requested.length).toBeGreaterThan(0);
  core.release();
  await cardIsLive(old);
  await cardIsLive(fresh);
  // The older markup is replaced as a new card would be; the current one keeps the reader's disclosure.
  await expect(old.locator('.rc-dim[data-dimension="vendors"]')).toHaveCount(1);
  await expect(old.locator(".wrapper")).toHaveCount(0);
  await expect(old.locator('.rc-dim[data-dimension="scope"] details')).not.toHaveAttribute("open");
  await expect(fresh.locator('.rc-dim[data-dimension="scope"] details')).toHaveAttribute("open", "");
  for (const host of [old, fresh]) {
    await host.getByLabel("Second role").selectOption("fleet-manager");
    await expect(host.locator(".rc-dims__title")).toHaveText(/^Operations Manager compared with Fleet Manager/);
  }
  expect(errors).toEqual([]);
});

/** The card's DOM as text: elements, attributes and texts, without what only one way of rendering has. */
function normalisedCard(page: Page) {
  return page.locator("role-compare").evaluate((host) => {
    const mount = [...host.shadowRoot!.children].find((c) => c.hasAttribute("data-rc-mount"))!;
    const out: string[] = [];
    // Pre-rendered markup carries no comments, so texts the live card keeps
    // apart arrive joined: compare each element's run of texts as one.
    let run = "";
    const flush = (depth: number) => {
      const text = run.replace(/\s+/g, " ");
      if (text.trim()) out.push(`${" ".repeat(depth)}"${text}"`);
      run = "";
    };
    const walk = (node: Node, depth: number) => {
      if (node.nodeType === Node.TEXT_NODE) {
        run += node.textContent!;
        return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      flush(depth);
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      const el = node as Element;
      if (el.tagName === "NOSCRIPT") return; // only without script
      // Pre-rendered, the controls that need script are placeholders (the tests
      // above check them): compared elsewhere.
      if (el.matches(".rc-swap, .rc-dims__tools")) return;
      if (el.tagName === "SELECT") {
        out.push(`${" ".repeat(depth)}<select ${el.getAttribute("class")}> ${(el as HTMLSelectElement).value}`);
        return;
      }
      const attrs = [...el.attributes]
        .filter((a) => a.name !== "disabled") // the pre-rendered card's controls wait for script
        // The pre-rendered mount point waits hidden for its stylesheet (tested with kses).
        .filter((a) => !(el === mount && (a.name === "hidden" || a.name === "class")))
        .map((a) => `${a.name}=${a.name === "href" ? new URL(a.value, document.baseURI).href : a.value}`)
        .sort();
      out.push(`${" ".repeat(depth)}<${el.tagName.toLowerCase()} ${attrs.join(" ")}>`);
      el.childNodes.forEach((child) => walk(child, depth + 1));
      flush(depth + 1);
    };
    walk(mount, 0);
    return out.join("\n");
  });
}

test("the pre-rendered markup is what the browser renders for the same pair", async ({ browser }) => {
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const prerendered = await noScript.newPage();
  await prerendered.goto(PAIR);
  const fromHtml = await normalisedCard(prerendered);
  await noScript.close();

  const live = await browser.newPage();
  await openHostPage(live, '<role-compare role-a="operations-manager" role-b="procurement-manager"></role-compare>');
  await cardIsLive(live.locator("role-compare"));
  const rendered = await normalisedCard(live);
  expect(fromHtml.split("\n").length).toBeGreaterThan(300);
  expect(fromHtml).toBe(rendered);
  await live.close();
});

test("pre-rendered cards are styled under a policy without 'unsafe-inline' styles", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => m.type() === "error" && violations.push(m.text()));
  page.on("pageerror", (e) => violations.push(e.message));
  await page.addInitScript(() => document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`)));
  const policy = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'";
  const core = await holdCore(page);
  await openHostPage(page, await prerenderedElement(page, PAIR), { csp: policy, head: SCRIPT });
  const card = page.locator("role-compare .rc-card");
  // Styled before the core (the linked stylesheet), and after it.
  await expect(card).toHaveCSS("background-color", "rgb(255, 255, 255)");
  await expect(card.locator(".rc-role").first()).toHaveCSS("border-left-width", "4px");
  await card.locator(".rc-roles").hover();
  core.release();
  await cardIsLive(page.locator("role-compare"));
  await expect(card).toHaveCSS("background-color", "rgb(255, 255, 255)");
  expect(violations).toEqual([]);
});

test("a pre-rendered card whose stylesheet cannot load shows its fallback, short, instead of an unstyled card", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.route("**/role-compare.css", (route) => route.abort());
  await page.goto(PAIR);
  const host = page.locator("role-compare");
  // The slot shows the element's own fallback; the card's markup waits hidden.
  await expect(host.locator(".rc-fallback a").first()).toBeVisible();
  await expect(host.locator(".rc-card")).toBeHidden();
  const height = await host.evaluate((el) => el.getBoundingClientRect().height);
  expect(height).toBeGreaterThan(100);
  expect(height).toBeLessThanOrEqual(2400);
  await page.screenshot({ path: "test-results/screenshots/prerendered-without-stylesheet-375.png", fullPage: true });
});

