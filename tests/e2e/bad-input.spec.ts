import fs from "node:fs";
import path from "node:path";
import { expect, test as base, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { events, openHostPage } from "./host-page";

/*
 * Bad input, one test per case: attributes, the demo page's address and host
 * roles. Each case says what the card must show; every case also checks that
 * nothing hostile ran or was inserted, that the page threw nothing, and that
 * the rest of the page is untouched.
 */

const SENTINEL = '<p id="sentinel">still here</p>';
const KEBAB = "an id is written in kebab-case: lower-case letters and digits, words joined by single dashes";
const HOST = "Host roles were not used: ";
const STORE = 'role "store-manager": ';
const UNKNOWN_STORE = 'Role A "store-manager" is not in the dataset; showing the default instead.';

/**
 * The cases share one browser context per worker (a fresh context per test
 * costs more than the test itself); each test still gets its own page, with
 * its own routes, init scripts and window.
 */
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

// ---------------------------------------------------------------- messages

/** Rust's `{:?}` of a string (enough of it for these inputs). */
function debug(text: string): string {
  let out = "";
  for (const c of text) {
    if (c === "\\") out += "\\\\";
    else if (c === '"') out += '\\"';
    else if (c === "\t") out += "\\t";
    else if (c === "\n") out += "\\n";
    else if (c === "\r") out += "\\r";
    else if (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f) out += `\\u{${c.charCodeAt(0).toString(16)}}`;
    else out += c;
  }
  return `"${out}"`;
}

/** The widget's clipping of quoted values (40 characters in notices, 60 in dataset problems). */
function clip(text: string, keep: number): string {
  const chars = [...text];
  return chars.length <= keep ? text : chars.slice(0, keep).join("") + "…";
}

function idReason(value: string): string {
  const v = value.trim();
  if (v === "") return "the id is empty";
  if (new TextEncoder().encode(v).length > 64) return `the id is ${new TextEncoder().encode(v).length} characters long; at most 64 are allowed`;
  return KEBAB;
}

const badId = (side: "A" | "B", value: string) =>
  `Role ${side} ${debug(clip(value.trim(), 40))} is not a valid role id (${idReason(value)}); showing the default instead.`;
const unknownRole = (side: "A" | "B", id: string) => `Role ${side} "${id}" is not in the dataset; showing the default instead.`;
const badTheme = (value: string) => `Theme ${debug(clip(value, 40))} is not one of light, dark, auto; using auto.`;
const host = (problem: string) => `${HOST}${problem}.`;

// ---------------------------------------------------------------- host roles

interface Entry {
  text: string;
  position: number | null;
}
type Role = Record<string, any> & { dimensions: Record<string, Entry> };

const dataset = JSON.parse(fs.readFileSync(path.join(__dirname, "../../data/roles.json"), "utf8"));

/** A valid new role: the shipped Team Leader under the id "store-manager". */
function storeManager(): Role {
  const role = structuredClone(dataset.roles.find((r: Role) => r.id === "team-leader")) as Role;
  role.id = "store-manager";
  role.title = "Store Manager";
  return role;
}

/** A pair note that is valid in itself. */
const NOTE = "Choose the store if you like customers in front of you; choose operations for the whole flow.";

/** Host data with one store-manager role, changed by `change`. */
function hostRoles(change: (role: Role, data: Record<string, any>) => void = () => {}): string {
  const role = storeManager();
  const data: Record<string, any> = { roles: [role] };
  change(role, data);
  return JSON.stringify(data);
}

// ---------------------------------------------------------------- cases

interface Case {
  name: string;
  /** Where the bad input goes: the element's attributes, a <div data-role-compare>, a property set after mounting, or the demo address. */
  where: "element" | "div" | "property" | "address";
  a?: string;
  b?: string;
  theme?: string;
  /** Text of the <script type="application/json"> child (written as given, with "</" escaped). */
  json?: string;
  /** For "property": the value assigned to `roleB` once the card shows. */
  setRoleB?: string;
  /** For "address": the query string. */
  query?: string;
  /** Exactly the notices the card lists, in order. */
  notices?: (string | RegExp)[];
  /** The friendly message that replaces the table. */
  message?: string | RegExp;
  /** The caption of the table shown anyway. */
  caption?: RegExp;
}

const STORE_PAIR = { a: "store-manager", b: "operations-manager", caption: /^Procurement Manager compared with Operations Manager/ };

/** A host-roles case: the store-manager role broken once; the card lists the problem and keeps the built-in roles. */
function hostCase(name: string, json: string, problems: (string | RegExp)[]): Case {
  return { name, where: "element", ...STORE_PAIR, json, notices: [...problems.map((p) => (typeof p === "string" ? host(p) : p)), UNKNOWN_STORE] };
}

const img = '<img src=x onerror="window.__pwned=1">';
const scriptBreakout = '"><script>window.__pwned=1</script>';
const jsUrl = "javascript:window.__pwned=1";
const svg = "<svg onload=alert(1)>";
const hundredKb = "x".repeat(100 * 1024);
const longText = "A store manager ".repeat(19) + "runs a shop."; // 316 characters

const cases: Case[] = [
  // Attributes.
  { name: "unknown id in role-a", where: "element", a: "astronaut", b: "plant-manager", notices: [unknownRole("A", "astronaut")], caption: /^Operations Manager compared with Plant Manager/ },
  { name: "unknown id in role-b", where: "element", a: "team-leader", b: "astronaut", notices: [unknownRole("B", "astronaut")], caption: /^Team Leader compared with Procurement Manager/ },
  { name: "empty role-a", where: "element", a: "", b: "plant-manager", notices: [badId("A", "")], caption: /^Operations Manager compared with Plant Manager/ },
  { name: "whitespace-only role-b", where: "element", a: "team-leader", b: "  \t  ", notices: [badId("B", "  \t  ")], caption: /^Team Leader compared with Procurement Manager/ },
  { name: "the same role on both sides", where: "element", a: "team-leader", b: "team-leader", message: /same role/ },
  { name: "100 KB role-a", where: "element", a: hundredKb, b: "plant-manager", notices: [badId("A", hundredKb)], caption: /^Operations Manager compared with Plant Manager/ },
  { name: "100 KB of markup in theme", where: "element", a: "team-leader", b: "plant-manager", theme: img.repeat(2700), notices: [badTheme(img.repeat(2700))], caption: /^Team Leader compared with Plant Manager/ },
  { name: "unknown theme", where: "element", a: "team-leader", b: "plant-manager", theme: "neon", notices: [badTheme("neon")], caption: /^Team Leader compared with Plant Manager/ },
  { name: "<img onerror> in theme", where: "element", a: "team-leader", b: "plant-manager", theme: img, notices: [badTheme(img)], caption: /^Team Leader compared with Plant Manager/ },
  { name: "script breakout in theme", where: "element", a: "team-leader", b: "plant-manager", theme: scriptBreakout, notices: [badTheme(scriptBreakout)] },
  { name: "javascript: in theme", where: "element", a: "team-leader", b: "plant-manager", theme: "javascript:alert(1)", notices: [badTheme("javascript:alert(1)")] },
  { name: "<img onerror> in role-a", where: "element", a: img, b: "plant-manager", notices: [badId("A", img)], caption: /^Operations Manager compared with Plant Manager/ },
  { name: "script breakout in role-b", where: "element", a: "team-leader", b: scriptBreakout, notices: [badId("B", scriptBreakout)], caption: /^Team Leader compared with Procurement Manager/ },
  { name: "javascript: URL in role-a", where: "element", a: jsUrl, b: "plant-manager", notices: [badId("A", jsUrl)] },
  { name: "<svg onload> in role-b", where: "element", a: "team-leader", b: svg, notices: [badId("B", svg)] },
  { name: "upper-case id", where: "element", a: "Team-Leader", b: "plant-manager", notices: [badId("A", "Team-Leader")] },
  { name: "kebab-case id over 64 characters", where: "element", a: "a".repeat(65), b: "plant-manager", notices: [badId("A", "a".repeat(65))] },
  {
    name: "both ids and the theme bad at once",
    where: "element",
    a: img,
    b: "astronaut",
    theme: scriptBreakout,
    notices: [badId("A", img), unknownRole("B", "astronaut"), badTheme(scriptBreakout)],
    caption: /^Operations Manager compared with Procurement Manager/,
  },
  { name: "<div data-role-compare> with markup and a bad theme", where: "div", a: img, b: "team-leader", theme: "neon", notices: [badId("A", img), badTheme("neon")], caption: /^Operations Manager compared with Team Leader/ },
  { name: "markup assigned to the roleB property", where: "property", a: "team-leader", b: "plant-manager", setRoleB: '"><img src=x onerror=alert(1)>', notices: [badId("B", '"><img src=x onerror=alert(1)>')], caption: /^Team Leader compared with Procurement Manager/ },

  // The demo page's address.
  { name: "address: unknown id", where: "address", query: "?a=astronaut&b=team-leader", notices: [unknownRole("A", "astronaut")], caption: /^Operations Manager compared with Team Leader/ },
  { name: "address: the same role twice", where: "address", query: "?a=fleet-manager&b=fleet-manager", message: /same role/ },
  { name: "address: <img onerror>", where: "address", query: `?a=${encodeURIComponent(img)}&b=plant-manager`, notices: [badId("A", img)], caption: /^Operations Manager compared with Plant Manager/ },
  { name: "address: script breakout", where: "address", query: `?a=team-leader&b=${encodeURIComponent(scriptBreakout)}`, notices: [badId("B", scriptBreakout)], caption: /^Team Leader compared with Procurement Manager/ },
  { name: "address: javascript: URL, not encoded", where: "address", query: `?a=${jsUrl}&b=${jsUrl}`, notices: [badId("A", jsUrl), badId("B", jsUrl)], caption: /^Operations Manager compared with Procurement Manager/ },
  { name: "address: markup with + and a broken escape", where: "address", query: "?a=%3Csvg+onload%3Dalert(1)%3E&b=%E2%82", notices: [badId("A", "<svg onload=alert(1)>"), badId("B", "\uFFFD")] },
  { name: "address: 8 KB value", where: "address", query: `?a=${"y".repeat(8192)}`, notices: [badId("A", "y".repeat(8192))], caption: /^Operations Manager compared with Procurement Manager/ },

  // Host roles: markup and hostile links.
  hostCase("host roles: <img onerror> in a title", hostRoles((r) => (r.title = img)), [`${STORE}title contains markup or control characters; write plain text`]),
  hostCase("host roles: script breakout in a summary", hostRoles((r) => (r.summary = `${scriptBreakout} runs a shop.`)), [`${STORE}summary contains markup or control characters; write plain text`]),
  hostCase(
    "host roles: markup in a dimension text",
    hostRoles((r) => (r.dimensions.scope.text = `Runs one shop <b onmouseover="window.__pwned=1">and</b> every till, shelf and rota in it.`)),
    [`${STORE}dimension "scope": text contains markup or control characters; write plain text`],
  ),
  hostCase("host roles: javascript: link as a fact source", hostRoles((r) => (r.facts.median_pay.source = jsUrl)), [`${STORE}median_pay ${debug(jsUrl)} is not a plain https:// link`]),
  hostCase("host roles: control character in a title", hostRoles((r) => (r.title = "Store\u0007Manager")), [`${STORE}title contains markup or control characters; write plain text`]),

  // Host roles: malformed and oversized JSON.
  hostCase("host JSON: truncated", hostRoles().slice(0, 500), [/^Host roles were not used: malformed JSON at line 1, column 501: /]),
  hostCase("host JSON: trailing comma in an object", '{"roles": [],}', [/^Host roles were not used: malformed JSON at line 1, column 14: expected a quoted field name\.$/]),
  hostCase("host JSON: trailing comma in a list", hostRoles().replace(/\]\}$/, ",]}"), [/^Host roles were not used: malformed JSON at line 1, column \d+: /]),
  hostCase("host JSON: single quotes", "{'roles': []}", [/^Host roles were not used: malformed JSON at line 1, column 2: expected a quoted field name\.$/]),
  hostCase("host JSON: 10000 nested lists", "[".repeat(10_000), [/^Host roles were not used: malformed JSON at line 1, column 65: nested more than 64 levels deep\.$/]),
  hostCase("host JSON: 10000 nested objects", '{"a":'.repeat(10_000), [/^Host roles were not used: malformed JSON at line 1, column \d+: nested more than 64 levels deep\.$/]),
  (() => {
    const json = hostRoles((_, data) => (data.padding = "p".repeat(520 * 1024)));
    return hostCase("host JSON: over 512 KB", json, [`the dataset is ${json.length} characters long; it must be 2 to 524288`]);
  })(),
  hostCase("host JSON: not JSON at all", "roles: store-manager", [/^Host roles were not used: malformed JSON at line 1, column 1: /]),

  // Host roles: wrong types.
  hostCase("host JSON: a list at the top", "[1, 2]", ['"the dataset" should be an object, not a list', '"roles" is empty']),
  hostCase("host JSON: roles is an object", '{"roles": {"id": "store-manager"}}', ['"roles" should be a list, not an object', '"roles" is empty']),
  hostCase("host JSON: a number as title", hostRoles((r) => (r.title = 42)), [`${STORE}"title" should be text, not a number`, `${STORE}title is 0 characters long; it must be 1 to 80`]),
  hostCase("host JSON: a position as text", hostRoles((r) => ((r.dimensions.scope as any).position = "3")), [
    `${STORE}dimension "scope": "position" should be a whole number, not text`,
    `${STORE}dimension "scope": a position from 1 to 5 is needed, since the dimension has an axis`,
  ]),
  hostCase("host JSON: a fractional position", hostRoles((r) => (r.dimensions.people.position = 2.5)), [
    `${STORE}dimension "people": "position" should be a whole number, not a fraction`,
    `${STORE}dimension "people": a position from 1 to 5 is needed, since the dimension has an axis`,
  ]),
  hostCase("host JSON: format version 2", hostRoles((_, data) => (data.version = 2)), ["format version 2 is not supported (this widget reads version 1)"]),

  // Host roles: every dataset rule broken once.
  hostCase("rule: a dimension is missing", hostRoles((r) => delete r.dimensions.quality), [`${STORE}dimension "quality": no description for this dimension`]),
  hostCase("rule: an unknown dimension", hostRoles((r) => (r.dimensions.vibes = { text: r.dimensions.scope.text, position: 3 })), [`${STORE}dimension "vibes": this dimension is not defined in "dimensions"`]),
  hostCase("rule: position 0", hostRoles((r) => (r.dimensions.scope.position = 0)), [`${STORE}dimension "scope": position 0 is out of range; use 1 to 5`]),
  hostCase("rule: position 6", hostRoles((r) => (r.dimensions.risk.position = 6)), [`${STORE}dimension "risk": position 6 is out of range; use 1 to 5`]),
  hostCase("rule: a position is missing", hostRoles((r) => delete (r.dimensions.finance as Partial<Entry>).position), [`${STORE}dimension "finance": a position from 1 to 5 is needed, since the dimension has an axis`]),
  hostCase("rule: a position on career", hostRoles((r) => (r.dimensions.career.position = 3)), [`${STORE}dimension "career": a position is given, but the dimension has no axis`]),
  hostCase("rule: a text too short", hostRoles((r) => (r.dimensions.data.text = "Counts the tills.")), [`${STORE}dimension "data": text is 17 characters long; it must be 60 to 300`]),
  hostCase("rule: a text too long", hostRoles((r) => (r.dimensions.data.text = longText)), [`${STORE}dimension "data": text is ${longText.length} characters long; it must be 60 to 300`]),
  hostCase("rule: an empty title", hostRoles((r) => (r.title = "")), [`${STORE}title is 0 characters long; it must be 1 to 80`]),
  hostCase("rule: a role id used twice", hostRoles((r, data) => data.roles.push(structuredClone(r))), ['role id "store-manager" is used more than once']),
  hostCase("rule: a role id not in kebab-case", hostRoles((r) => (r.id = "Store_Manager")), [`role "Store_Manager": role id "Store_Manager" is not valid: ${KEBAB}`]),
  hostCase("rule: an http:// source link", hostRoles((r) => (r.facts.jobs.source = "http://www.bls.gov/ooh/")), [`${STORE}jobs "http://www.bls.gov/ooh/" is not a plain https:// link`]),
  hostCase("rule: a bad SOC code", hostRoles((r) => (r.facts.occupation.soc = "111021")), [`${STORE}SOC code "111021" is not of the form 11-1021`]),
  hostCase("rule: an unknown field", hostRoles((r) => (r.salary = "$1")), [`${STORE}unknown or repeated field "salary"`]),
  hostCase("rule: a pair note with an unknown role", hostRoles((_, data) => (data.pairs = [{ a: "store-manager", b: "astronaut", note: NOTE }])), ['pair note names unknown role "astronaut"']),
  hostCase("rule: a pair note naming one role twice", hostRoles((_, data) => (data.pairs = [{ a: "store-manager", b: "store-manager", note: NOTE }])), ['pair note names role "store-manager" twice']),
  hostCase("rule: dimensions in host data", hostRoles((_, data) => (data.dimensions = [dataset.dimensions[0]])), ['added roles use the built-in dimensions; remove "dimensions"']),
  hostCase("rule: a dimension described twice", hostRoles().replace('"dimensions":{', `"dimensions":{"scope":${JSON.stringify(storeManager().dimensions.scope)},`), [`${STORE}dimension "scope": "scope" is described twice`]),
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
  await page.waitForTimeout(100); // room for an injected handler to fire
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

async function expectOutcome(card: Locator, c: Case) {
  if (c.message) {
    await expect(card.locator(".rc-message")).toBeVisible();
    await expect(card.locator(".rc-message")).toContainText(c.message);
    await expect(card.locator("table")).toHaveCount(0);
  }
  if (c.notices) {
    await expect(card.locator(".rc-notices")).toBeVisible();
    await expect(card.locator(".rc-notices__item")).toHaveText(c.notices);
  } else {
    await expect(card.locator(".rc-notices")).toHaveCount(0);
  }
  if (c.caption) await expect(card.locator("caption")).toHaveText(c.caption);
  if (c.json !== undefined) {
    // Host data with any problem is not used at all: the built-in roles stay, the new one is absent.
    await expect(card.getByLabel("First role").locator("option")).toHaveCount(dataset.roles.length);
    await expect(card.locator('option[value="store-manager"]')).toHaveCount(0);
  }
}

test.describe("bad input", () => {
  for (const c of cases) {
    test(c.name, async ({ page }) => {
      const dialogs: string[] = [];
      const errors: string[] = [];
      page.on("dialog", (d) => {
        dialogs.push(`${d.type()}: ${d.message()}`);
        void d.dismiss();
      });
      page.on("pageerror", (e) => errors.push(e.message));

      let card: Locator;
      if (c.where === "address") {
        await openDemo(page, c.query ?? "");
        card = page.locator("role-compare[data-rc-demo]");
      } else {
        await openHostPage(page, `<main>${elementHtml(c)}</main>${SENTINEL}`);
        card = page.locator("role-compare, [data-role-compare]").first();
        if (c.setRoleB !== undefined) {
          await expect(card.locator(".rc-card")).toBeVisible();
          await card.evaluate((el, value) => ((el as unknown as { roleB: string }).roleB = value), c.setRoleB);
        }
      }
      await expectOutcome(card, c);

      if (c.where !== "address") {
        // The same problems, in full, leave the card as one error event (none when there is nothing to report).
        const expected = c.notices ?? [];
        const errorEvents = async () => (await events(page)).filter((e) => e.type === "role-compare:error");
        await expect.poll(async () => (await errorEvents()).length).toBe(expected.length > 0 ? 1 : 0);
        const messages: string[] = (await errorEvents())[0]?.detail.messages ?? [];
        expect(messages).toHaveLength(expected.length);
        expected.forEach((want, i) => (typeof want === "string" ? expect(messages[i]).toBe(want) : expect(messages[i]).toMatch(want)));
      }
      await expectUnharmed(page, dialogs, errors);
    });
  }
});

test("bad input: at least 40 cases", () => {
  expect(cases.length).toBeGreaterThanOrEqual(40);
  expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
});

test("bad input: with the wasm blocked, the fallback link stays", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.route("**/*.wasm", (route) => route.abort());
  await openHostPage(page, `<role-compare role-a="team-leader" role-b="${escapeAttribute(img)}"><a href="#fallback">Team Leader vs Plant Manager</a></role-compare>${SENTINEL}`);
  const link = page.getByRole("link", { name: "Team Leader vs Plant Manager" });
  await expect(link).toBeVisible();
  await page.waitForTimeout(500);
  await expect(link).toBeVisible();
  expect(await page.locator("role-compare").evaluate((el) => el.shadowRoot)).toBeNull();
  await expect(page.locator("#sentinel")).toHaveText("still here");
  expect(errors).toEqual([]);
});

test("bad input: a host that stops propagation on window, document and body", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await openHostPage(page, `<role-compare role-a="team-leader" role-b="plant-manager"></role-compare>${SENTINEL}`);
  await page.evaluate(() => {
    for (const type of ["click", "change", "input", "keydown"]) {
      for (const target of [window, document, document.body]) {
        target.addEventListener(type, (e) => {
          e.stopImmediatePropagation();
          e.stopPropagation();
        });
      }
    }
  });
  const card = page.locator("role-compare");
  await expect(card.locator("caption")).toHaveText(/^Team Leader compared with Plant Manager/);
  await card.getByLabel("Second role").selectOption("quality-manager");
  await expect(card.locator("caption")).toHaveText(/^Team Leader compared with Quality Manager/);
  await card.getByLabel("First role").focus();
  await page.keyboard.press("ArrowDown");
  await expect(card.getByLabel("First role")).not.toHaveValue("team-leader");
  await expect(card.locator("caption")).not.toHaveText(/^Team Leader compared/);
  await expect(page.locator("#sentinel")).toHaveText("still here");
  expect(errors).toEqual([]);
});
