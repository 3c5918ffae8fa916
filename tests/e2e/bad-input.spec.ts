import fs from "node:fs";
import path from "node:path";
import { expect, test as base, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { cardIsLive } from "./card-page";
import { events, openHostPage } from "./host-page";

/*
 * Bad input reaching the page, one test per way in: attributes, the <div>
 * form, a property, the demo page's address and host roles. Each case checks
 * the plumbing: its messages reach the card, the console and the error
 * event, the same ones in all three, the card is shown anyway, nothing
 * hostile ran or was inserted and the page around the card is untouched.
 * The messages' words are tested natively (src/embed/config.rs,
 * tests/dataset.rs), not here.
 */

const SENTINEL = '<p id="sentinel">still here</p>';
const img = '<img src=x onerror="window.__pwned=1">';
const scriptBreakout = '"><script>window.__pwned=1</script>';

/** The shipped Team Leader, as host data would copy it. */
function teamLeader() {
  const data = JSON.parse(fs.readFileSync(path.join(__dirname, "../../data/roles.json"), "utf8"));
  return data.roles.find((r: { id: string }) => r.id === "team-leader");
}

/** The cases share one browser context per worker; each test still gets its own page. */
const test = base.extend<object, { sharedContext: BrowserContext }>({
  sharedContext: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
      await use(context);
      await context.close();
    },
    { scope: "worker" },
  ],
  page: async ({ sharedContext }, use) => {
    const page = await sharedContext.newPage();
    await use(page);
    await page.close();
  },
});

interface Case {
  name: string;
  /** Where the bad input goes. */
  where: "element" | "div" | "property" | "address";
  a?: string;
  b?: string;
  theme?: string;
  /** The `state` attribute. */
  state?: string;
  /** Text of the <script type="application/json"> child. */
  json?: string;
  /** For "property": the value assigned to `roleB` once the card shows. */
  setRoleB?: string;
  /** For "address": the query string. */
  query?: string;
  /** How many problems reach the card, the console and the event. */
  problems: number;
  /** The title of the comparison shown anyway. */
  title?: RegExp;
  /** The friendly message shown instead of a comparison. */
  message?: RegExp;
}

const cases: Case[] = [
  {
    name: "an unknown id in role-a",
    where: "element",
    a: "astronaut",
    b: "plant-manager",
    problems: 1,
    title: /^Operations Manager compared with Plant Manager/,
  },
  {
    name: "markup in role-a, a script breakout in the theme",
    where: "element",
    a: img,
    b: "plant-manager",
    theme: scriptBreakout,
    problems: 2,
    title: /^Operations Manager compared with Plant Manager/,
  },
  {
    name: "100 KB in role-a is shortened",
    where: "element",
    a: "x".repeat(100 * 1024),
    b: "plant-manager",
    problems: 1,
  },
  {
    name: "markup in the state, and a state the figures do not cover",
    where: "element",
    a: "team-leader",
    b: "plant-manager",
    state: img,
    problems: 1,
    title: /^Team Leader compared with Plant Manager/,
  },
  {
    name: "<div data-role-compare> with a state the figures do not cover",
    where: "div",
    a: "team-leader",
    b: "plant-manager",
    state: "ZZ",
    problems: 1,
    title: /^Team Leader compared with Plant Manager/,
  },
  {
    name: "the same role on both sides",
    where: "element",
    a: "team-leader",
    b: "team-leader",
    problems: 0,
    message: /same role/,
  },
  {
    name: "<div data-role-compare> with an empty id and a bad theme",
    where: "div",
    a: "",
    b: "team-leader",
    theme: "neon",
    problems: 2,
    title: /^Operations Manager compared with Team Leader/,
  },
  {
    name: "markup assigned to the roleB property",
    where: "property",
    a: "team-leader",
    b: "plant-manager",
    setRoleB: '"><img src=x onerror=alert(1)>',
    problems: 1,
    title: /^Team Leader compared with Procurement Manager/,
  },
  {
    name: "address: an unknown id and encoded markup",
    where: "address",
    query: `?a=astronaut&b=${encodeURIComponent(img)}`,
    problems: 2,
    title: /^Operations Manager compared with Procurement Manager/,
  },
  {
    name: "address: + and a broken escape, decoded by the browser",
    where: "address",
    query: "?a=%3Csvg+onload%3Dalert(1)%3E&b=%E2%82",
    problems: 2,
  },
  {
    name: "host roles: markup in a title",
    where: "element",
    a: "store-manager",
    b: "operations-manager",
    json: JSON.stringify({ roles: [{ ...teamLeader(), id: "store-manager", title: img }] }),
    problems: 2,
    title: /^Chief Operating Officer compared with Operations Manager/,
  },
  {
    name: "host roles: malformed JSON",
    where: "element",
    a: "store-manager",
    b: "operations-manager",
    json: '{"roles": [{"id": "store-manager", ',
    problems: 2,
  },
];

// ---------------------------------------------------------------- running a case

const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

function elementHtml(c: Case): string {
  const div = c.where === "div";
  const prefix = div ? "data-" : "";
  const attrs = [
    div ? "data-role-compare" : "",
    c.a !== undefined ? `${prefix}role-a="${escapeAttribute(c.a)}"` : "",
    c.b !== undefined ? `${prefix}role-b="${escapeAttribute(c.b)}"` : "",
    c.theme !== undefined ? `${prefix}theme="${escapeAttribute(c.theme)}"` : "",
    c.state !== undefined ? `${prefix}state="${escapeAttribute(c.state)}"` : "",
  ].join(" ");
  const json = c.json === undefined ? "" : `<script type="application/json">${c.json.replace(/<\//g, "<\\/")}</script>`;
  const tag = div ? "div" : "role-compare";
  return `<${tag} ${attrs}>${json}<a href="#fallback">Fallback link</a></${tag}>`;
}

/** Opens the demo page with `query`, with the sentinel added at the top of its body. */
async function openDemo(page: Page, query: string) {
  await page.route(
    (url) => url.pathname === "/index.html",
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace("<body>", `<body>${SENTINEL}`);
      await route.fulfill({ response, body });
    },
  );
  await page.goto(`index.html${query}`);
}

/** Nothing hostile ran, nothing was inserted, nothing was thrown, and the page around the card is as it was. */
async function expectUnharmed(page: Page, dialogs: string[], errors: string[]) {
  // A frame and a task later, any injected handler would have fired.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  const injected = await page.evaluate(() => {
    const hostile = "img, iframe, object, embed, frame, [onerror], [onload], [onclick], [onmouseover], a[href^='javascript:' i]";
    const found: string[] = [];
    const describe = (e: Element) => e.outerHTML.slice(0, 120);
    for (const el of document.querySelectorAll("role-compare, [data-role-compare]")) {
      if (el.shadowRoot) found.push(...[...el.shadowRoot.querySelectorAll(`${hostile}, script`)].map(describe));
    }
    found.push(...[...document.querySelectorAll(hostile)].map(describe));
    found.push(...[...document.scripts].filter((s) => s.type !== "module" && s.type !== "application/json").map(describe));
    return found;
  });
  expect(injected).toEqual([]);
  await expect(page.locator("#sentinel")).toHaveText("still here");
  await expect(page.locator("#sentinel")).toBeVisible();
}

/** The messages the card shows, as many as the case's problems, none empty. */
async function expectInCard(card: Locator, c: Case): Promise<string[]> {
  if (c.message) {
    await expect(card.locator(".rc-message")).toContainText(c.message);
    await expect(card.locator(".rc-dims")).toHaveCount(0);
  }
  let shown: string[] = [];
  if (c.problems > 0) {
    await expect(card.locator(".rc-notices__item")).toHaveCount(c.problems);
    shown = await card.locator(".rc-notices__item").allTextContents();
    for (const text of shown) expect(text.trim().length).toBeGreaterThan(20);
  } else {
    await expect(card.locator(".rc-card")).toBeVisible();
    await expect(card.locator(".rc-notices")).toHaveCount(0);
  }
  if (c.title) await expect(card.locator(".rc-dims__title")).toHaveText(c.title);
  if (c.json !== undefined) {
    // Host data with any problem is not used at all: the new role is absent.
    await expect(card.locator('option[value="store-manager"]')).toHaveCount(0);
  }
  return shown;
}

test.describe("bad input", () => {
  for (const c of cases) {
    test(c.name, async ({ page }) => {
      const dialogs: string[] = [];
      const errors: string[] = [];
      const warnings: string[] = [];
      page.on("dialog", (d) => {
        dialogs.push(`${d.type()}: ${d.message()}`);
        void d.dismiss();
      });
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => m.type() === "warning" && m.text().startsWith("role-compare: ") && warnings.push(m.text()));

      let card: Locator;
      if (c.where === "address") {
        await openDemo(page, c.query ?? "");
        card = page.locator("#rc-demo-card role-compare");
        await cardIsLive(card);
      } else {
        await openHostPage(page, `<main>${elementHtml(c)}</main>${SENTINEL}`);
        card = page.locator("role-compare, [data-role-compare]").first();
        if (c.setRoleB !== undefined) {
          await expect(card.locator(".rc-card")).toBeVisible();
          await card.evaluate((el, value) => ((el as unknown as { roleB: string }).roleB = value), c.setRoleB);
        }
      }
      const shown = await expectInCard(card, c);

      // In the console, each message the card shows, once, in full.
      await expect.poll(() => warnings.length).toBe(c.problems);
      expect(warnings.map((w) => w.slice("role-compare: ".length))).toEqual(shown);
      if (c.where !== "address") {
        // And as one error event with the same messages (none when there is nothing to report).
        const errorEvents = async () => (await events(page)).filter((e) => e.type === "role-compare:error");
        await expect.poll(async () => (await errorEvents()).length).toBe(c.problems > 0 ? 1 : 0);
        expect((await errorEvents())[0]?.detail.messages ?? []).toEqual(shown);
      }
      await expectUnharmed(page, dialogs, errors);
    });
  }
});
