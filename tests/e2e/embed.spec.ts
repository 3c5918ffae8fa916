import { expect, test, type Locator } from "@playwright/test";
import { cardsReady, differingPixels, events, openHostPage, SCRIPT } from "./host-page";

const pair = (a: string, b: string, extra = "") =>
  `<role-compare role-a="${a}" role-b="${b}" ${extra}><a href="#fallback">${a} vs ${b}</a></role-compare>`;

test("several instances on one page are independent", async ({ page }) => {
  await openHostPage(page, pair("team-leader", "plant-manager") + pair("fleet-manager", "warehouse-manager"));
  await cardsReady(page, 2);
  const [first, second] = [page.locator("role-compare").nth(0), page.locator("role-compare").nth(1)];
  await first.getByLabel("Second role").selectOption("quality-manager");
  await expect(first.locator(".rc-dims__title")).toHaveText(/^Team Leader compared with Quality Manager/);
  await expect(second.locator(".rc-dims__title")).toHaveText(/^Fleet Manager compared with Warehouse Manager/);
  await expect(second.getByLabel("Second role")).toHaveValue("warehouse-manager");
});

/** Holds a dimension row and the second picker of the card in `host`, to check later that they are still the card's. */
const holdNodes = (host: Locator) =>
  host.evaluate((el) => {
    const root = el.shadowRoot!;
    (window as any).held = [root.querySelector('.rc-dim[data-dimension="vendors"]'), root.querySelector('.rc-picker[data-side="b"] select')];
  });
const heldNodesStayed = (host: Locator) =>
  host.evaluate((el) => {
    const root = el.shadowRoot!;
    const now = [root.querySelector('.rc-dim[data-dimension="vendors"]'), root.querySelector('.rc-picker[data-side="b"] select')];
    return (window as any).held.every((node: Node, i: number) => node.isConnected && node === now[i]);
  });

test("changing an attribute or property updates the card in place", async ({ page }) => {
  await openHostPage(page, pair("team-leader", "plant-manager"));
  await cardsReady(page, 1);
  const element = page.locator("role-compare");
  await holdNodes(element);
  await element.evaluate((el) => el.setAttribute("role-b", "project-manager"));
  await expect(element.locator(".rc-dims__title")).toHaveText(/^Team Leader compared with Project Manager/);
  await expect(element.getByLabel("Second role")).toHaveValue("project-manager");
  // The same row and picker, rewritten where the pair differs: nothing was replaced.
  expect(await heldNodesStayed(element)).toBe(true);
  await element.evaluate((el) => ((el as unknown as { roleA: string }).roleA = "general-manager"));
  await expect(element.locator(".rc-dims__title")).toHaveText(/^General Manager compared with Project Manager/);
  expect(await element.getAttribute("role-a")).toBe("general-manager");
  await element.evaluate((el) => el.setAttribute("theme", "dark"));
  await expect(element.locator(".rc-card")).toHaveAttribute("data-theme", "dark");
  expect(await heldNodesStayed(element)).toBe(true);
  // A bad value is reported and shown, and goes away when the attribute is fixed.
  await element.evaluate((el) => el.setAttribute("theme", "sepia"));
  await expect(element.locator(".rc-notices")).toContainText('Theme "sepia" is not one of light, dark, auto');
  await element.evaluate((el) => el.setAttribute("theme", "light"));
  await expect(element.locator(".rc-notices")).toHaveCount(0);
  await expect(element.locator(".rc-card")).toHaveAttribute("data-theme", "light");
});

test("after a sequence of attribute changes the card shows what a fresh card for the final attributes shows", async ({ page }) => {
  // Without role-b, role B takes its default unless role A holds it already.
  await openHostPage(page, '<role-compare id="changed" role-a="team-leader"></role-compare>');
  await cardsReady(page, 1);
  const changed = page.locator("#changed");
  const steps: [string, string | null][] = [
    ["theme", "dark"],
    ["role-a", "procurement-manager"], // the default B: B moves to another role
    ["dimensions", "scope,people"],
    ["role-b", "fleet-manager"],
    ["role-b", null],
    ["theme", "sepia"],
    ["dimensions", null],
  ];
  for (const [name, value] of steps) {
    await changed.evaluate((el, [name, value]) => (value === null ? el.removeAttribute(name!) : el.setAttribute(name!, value)), [name, value]);
  }
  // A fresh card with the final attributes, beside it.
  await page.evaluate(() => {
    const fresh = document.createElement("role-compare");
    fresh.id = "fresh";
    for (const { name, value } of [...document.getElementById("changed")!.attributes]) if (name !== "id") fresh.setAttribute(name, value);
    document.body.append(fresh);
  });
  await cardsReady(page, 2);
  const fresh = page.locator("#fresh");
  const seen = (host: Locator) =>
    host.evaluate((el) => {
      const root = el.shadowRoot!;
      const text = (selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent);
      return {
        title: text(".rc-dims__title"),
        pickers: [...root.querySelectorAll("select")].map((s) => (s as HTMLSelectElement).value),
        theme: root.querySelector(".rc-card")!.getAttribute("data-theme"),
        rows: [...root.querySelectorAll(".rc-dim")].map((row) => row.getAttribute("data-dimension")),
        notices: text(".rc-notices__item"),
      };
    });
  await expect.poll(() => seen(changed)).toEqual(await seen(fresh));
  expect((await seen(fresh)).pickers[0]).toBe("procurement-manager");
  expect((await seen(fresh)).pickers[1]).not.toBe("procurement-manager");
});

test("elements inserted and removed at run time mount and unmount", async ({ page }) => {
  await openHostPage(page, '<div id="slot"></div>');
  await page.evaluate(() => {
    const el = document.createElement("role-compare");
    el.setAttribute("role-a", "logistics-manager");
    el.setAttribute("role-b", "supply-chain-manager");
    document.getElementById("slot")!.append(el);
  });
  await cardsReady(page, 1);
  await expect(page.locator("role-compare .rc-dims__title")).toHaveText(/^Logistics Manager compared with Supply Chain Manager/);
  // Removed, the element's card is unmounted (its shadow root emptied of the card).
  await page.evaluate(() => {
    (window as any).removed = document.querySelector("role-compare")!;
    (window as any).removed.remove();
  });
  await expect
    .poll(() => page.evaluate(() => (window as any).removed.shadowRoot.querySelectorAll(".rc-root").length))
    .toBe(0);
  await page.evaluate(() => document.getElementById("slot")!.append(document.createElement("role-compare")));
  await cardsReady(page, 1);
  await expect(page.locator("role-compare .rc-root")).toHaveCount(1);
});

test("a strict Content-Security-Policy needs only 'wasm-unsafe-eval' and connect-src", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await openHostPage(page, pair("operations-manager", "procurement-manager"), {
    csp: "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'",
  });
  await cardsReady(page, 1);
  await expect(page.locator("role-compare .rc-card")).toHaveCSS("background-color", "rgb(255, 255, 255)");
  expect(problems).toEqual([]);
});

test("aggressive global CSS changes nothing inside the card", async ({ page }) => {
  const shot = async (head: string) => {
    await openHostPage(page, `<div style="width: 720px">${pair("operations-manager", "procurement-manager", 'theme="light"')}</div>`, {
      head: SCRIPT + head,
    });
    await cardsReady(page, 1);
    return page.locator("role-compare .rc-card").screenshot();
  };
  const clean = await shot("");
  const hostile = await shot(`<style>
    html { font-size: 6px !important; }
    * { font: italic 30px/3 serif !important; color: red !important; letter-spacing: 4px !important;
        text-transform: uppercase !important; list-style: none !important; box-sizing: content-box !important;
        text-align: right !important; white-space: nowrap !important; word-spacing: 9px !important;
        visibility: visible !important; cursor: wait !important; margin: 0 !important; padding: 0 !important; }
    p, div, section, ul, li, h3 { margin: 40px !important; padding: 20px !important; background: yellow !important; }
    table, select, button, td, th { all: unset !important; }
  </style>`);
  // Same size, and the same pixels but for anti-aliasing at the pictures'
  // sub-pixel edges (a leak of fonts, colors or spacing would change tens of
  // thousands); the rounded corners show the host's own background and are left out.
  const { width, height } = (await page.locator("role-compare .rc-card").boundingBox())!;
  const differing = await differingPixels(page, clean, hostile, { tolerance: 24, corner: 10 });
  expect(differing).toBeLessThan(width * height * 0.001);
});

test("when the wasm cannot load, the fallback stays", async ({ page }) => {
  await page.route("**/*.wasm", (route) => route.abort());
  const warnings: string[] = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await openHostPage(page, pair("operations-manager", "procurement-manager"));
  await expect(page.getByRole("link", { name: "operations-manager vs procurement-manager" })).toBeVisible();
  await expect.poll(() => warnings.join("\n")).toContain("the fallback content stays");
  expect(await page.locator("role-compare").evaluate((el) => el.shadowRoot)).toBeNull();
});

test("including the script twice is harmless", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await openHostPage(page, pair("team-leader", "plant-manager"), {
    head: SCRIPT + '<script type="module" src="role-compare.js?again"></script>',
  });
  await cardsReady(page, 1);
  // Both copies of the module have run (each marks its start) and one card is shown.
  await page.waitForFunction(() => performance.getEntriesByName("role-compare:start").length === 2);
  await expect(page.locator("role-compare .rc-root")).toHaveCount(1);
  expect(errors).toEqual([]);
});

test("change and error events carry their detail", async ({ page }) => {
  await openHostPage(page, pair("team-leader", "plant-manager") + pair("nobody", "plant-manager", 'theme="neon"'));
  await cardsReady(page, 2);
  await page.locator("role-compare").first().getByLabel("First role").selectOption("quality-manager");
  await expect.poll(async () => (await events(page)).filter((e) => e.type === "role-compare:change")).toEqual([
    { type: "role-compare:change", detail: { roleA: "quality-manager", roleB: "plant-manager", state: null } },
  ]);
  const errors = (await events(page)).filter((e) => e.type === "role-compare:error");
  expect(errors).toHaveLength(1);
  expect(errors[0].detail.messages).toEqual([
    'Role A "nobody" is not in the dataset; showing the default instead.',
    'Theme "neon" is not one of light, dark, auto; using auto.',
  ]);
  await expect(page.locator("role-compare").nth(1).locator(".rc-notices")).toContainText('Role A "nobody"');
});

test("host roles are added, and broken host data is listed", async ({ page }) => {
  const shipped = await (await page.request.get("index.html")).ok();
  expect(shipped).toBe(true);
  const role = {
    id: "store-manager",
    title: "Store Manager",
    summary: "Runs a single shop: its staff, its stock and the customers who walk in every day.",
    suits_you_if: "you like being on the shop floor with customers",
    facts: null,
    dimensions: {} as Record<string, { text: string; position: number | null }>,
  };
  const ids = ["scope", "supply-chain", "vendors", "people", "strategy", "finance", "quality", "risk", "data",
    "compliance", "technology", "customers", "communication", "skills", "career"];
  for (const id of ids) {
    role.dimensions[id] = { text: `What a store manager does about ${id}, told in one plain sentence for the test.`, position: id === "career" ? null : 3 };
  }
  const good = JSON.stringify({ roles: [role] });
  const bad = JSON.stringify({ roles: [{ ...role, title: "<b>Boss</b>", dimensions: { scope: role.dimensions.scope } }] });
  await openHostPage(
    page,
    `<role-compare role-a="store-manager" role-b="operations-manager"><script type="application/json">${good}</script></role-compare>` +
      `<role-compare role-a="store-manager" role-b="operations-manager"><script type="application/json">${bad}</script></role-compare>`,
  );
  await cardsReady(page, 2);
  const [withRoles, broken] = [page.locator("role-compare").nth(0), page.locator("role-compare").nth(1)];
  await expect(withRoles.locator(".rc-dims__title")).toHaveText(/^Store Manager compared with Operations Manager/);
  await expect(broken.locator(".rc-notices")).toContainText('role "store-manager": title contains markup');
  await expect(broken.locator(".rc-notices")).toContainText('dimension "supply-chain": no description');
  await expect(broken.locator("b")).toHaveCount(0);
  // Role A is unknown without the host roles: it falls back to the first role other than role B.
  await expect(broken.locator(".rc-dims__title")).toHaveText(/^Chief Operating Officer compared with Operations Manager/);
});

test("<div data-role-compare> is upgraded like the element", async ({ page }) => {
  await openHostPage(page, '<div data-role-compare data-role-a="fleet-manager" data-role-b="logistics-manager"><a href="#">Fleet vs Logistics</a></div>');
  await cardsReady(page, 1);
  const div = page.locator("[data-role-compare]");
  await expect(div.locator(".rc-dims__title")).toHaveText(/^Fleet Manager compared with Logistics Manager/);
  await holdNodes(div);
  await div.evaluate((el) => el.setAttribute("data-role-b", "team-leader"));
  await expect(div.locator(".rc-dims__title")).toHaveText(/^Fleet Manager compared with Team Leader/);
  expect(await heldNodesStayed(div)).toBe(true);
});

test("a host that stops event propagation does not break the card", async ({ page }) => {
  await openHostPage(page, `<main>${pair("team-leader", "plant-manager")}</main>`);
  await page.evaluate(() => {
    for (const type of ["click", "change", "input", "keydown"]) {
      for (const target of [document.querySelector("main")!, document.body, document, window]) {
        target.addEventListener(type, (e) => {
          e.stopImmediatePropagation();
          e.stopPropagation();
        });
      }
    }
  });
  await cardsReady(page, 1);
  const card = page.locator("role-compare");
  await card.getByRole("button", { name: "Swap the two roles" }).click();
  await expect(card.locator(".rc-dims__title")).toHaveText(/^Plant Manager compared with Team Leader/);
  await card.getByLabel("Second role").selectOption("fleet-manager");
  await expect(card.locator(".rc-dims__title")).toHaveText(/^Plant Manager compared with Fleet Manager/);
});

test("the card requests only its module, its wasm and its stylesheet, and stores nothing", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await openHostPage(page, pair("team-leader", "plant-manager"));
  await cardsReady(page, 1);
  await page.locator("role-compare").getByLabel("First role").selectOption("fleet-manager");
  expect(requests.sort()).toEqual(["/host-page.html", "/role-compare-core.js", "/role-compare-core_bg.wasm", "/role-compare.css", "/role-compare.js"]);
  const stored = await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]);
  expect(stored).toEqual(["", 0, 0]);
});

test("the page can style the card's parts, and the card's classes do not leak out", async ({ page }) => {
  await openHostPage(page, pair("team-leader", "plant-manager") + '<p class="rc-card rc-table">host paragraph</p>', {
    head: `${SCRIPT}<style>role-compare::part(card) { outline: 5px solid rgb(255, 0, 0); }</style>`,
  });
  await cardsReady(page, 1);
  await expect(page.locator("role-compare .rc-card")).toHaveCSS("outline-color", "rgb(255, 0, 0)");
  const hostParagraph = page.locator("p.rc-card");
  await expect(hostParagraph).toHaveCSS("padding-top", "0px");
  await expect(hostParagraph).not.toHaveCSS("border-top-style", "solid");
});

test("a dimensions attribute, property or data attribute shows those rows in that order", async ({ page }) => {
  await openHostPage(
    page,
    pair("operations-manager", "procurement-manager", 'dimensions="strategy, vendors,astronauts,scope"') +
      '<div data-role-compare data-role-a="team-leader" data-role-b="plant-manager" data-dimensions="people,risk"></div>',
  );
  await cardsReady(page, 2);
  const [element, div] = [page.locator("role-compare"), page.locator("[data-role-compare]")];
  const shown = (card: typeof element) => card.locator(".rc-dim").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-dimension")));
  expect(await shown(element)).toEqual(["strategy", "vendors", "scope"]);
  await expect(element.locator(".rc-notices")).toHaveText('Dimension "astronauts" is not one of the card\'s dimensions; it is left out.');
  await expect(element.locator(".rc-keys__list")).not.toContainText("Quality focus");
  expect(await shown(div)).toEqual(["people", "risk"]);
  await element.evaluate((el) => ((el as unknown as { dimensions: string[] }).dimensions = ["career", "skills"]));
  await expect.poll(() => shown(element)).toEqual(["career", "skills"]);
  expect(await element.getAttribute("dimensions")).toBe("career,skills");
});
