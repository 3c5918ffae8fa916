import { expect, test, type Page, type Route } from "@playwright/test";
import { cardIsLive } from "./card-page";
import { events, openHostPage } from "./host-page";

/*
 * Pay where the reader lives, in the browser: the state file is fetched only
 * when a state is wanted (once per page), the card follows the `state`
 * attribute, the reader's pick in its "Pay in" picker (live or pre-rendered)
 * and a frame's ?state=, the change event names the state, and a file that
 * cannot load leaves the national figures and says so in the card, the
 * console and the error event. The figures' words are tested natively
 * (src/card.rs); which state a bad attribute gives, too (src/embed/config.rs).
 */

const PAY_FILE = "**/pay-by-state.tsv";
const TEXAS = "$103,230 in Texas, $105,770 nationally";
const NATIONAL = "Median pay $105,770";

/** Counts the requests for the state file. */
async function countPayRequests(page: Page) {
  const requests: string[] = [];
  page.on("request", (request) => {
    if (request.url().endsWith("/pay-by-state.tsv")) requests.push(request.url());
  });
  return requests;
}

const card = (attributes: string) =>
  `<role-compare role-a="operations-manager" role-b="procurement-manager" ${attributes}>` +
  `<a href="#fallback">Fallback</a></role-compare>`;

test("a state attribute shows each role's pay there beside the national figure; two cards fetch the file once", async ({ page }) => {
  const requests = await countPayRequests(page);
  await openHostPage(page, card('state="TX"') + card('state="tx"'));
  const first = page.locator("role-compare").first();
  await expect(first.locator(".rc-glance").first()).toContainText(TEXAS);
  await expect(page.locator("role-compare").nth(1).locator(".rc-glance").first()).toContainText(TEXAS);
  await expect(first.getByLabel("Pay in")).toHaveValue("TX");
  // The state's figures among the sources, with BLS's page for the state.
  await first.locator(".rc-sources__summary").first().click();
  await expect(first.locator('.rc-profile[data-side="a"] .rc-facts__heading')).toHaveText(["In the United States", "In Texas"]);
  await expect(first.locator(".rc-facts--state a").first()).toHaveAttribute("href", /oes_tx\.htm$/);
  expect(requests).toHaveLength(1);
  // The attribute changed by script: the card follows, the file is not fetched again.
  await first.evaluate((el) => ((el as HTMLElement & { state: string }).state = "NJ"));
  await expect(first.locator(".rc-glance").first()).toContainText("in New Jersey, $105,770 nationally");
  await expect(first.getByLabel("Pay in")).toHaveValue("NJ");
  await first.evaluate((el) => el.removeAttribute("state"));
  await expect(first.locator(".rc-glance").first()).toContainText(NATIONAL);
  await expect(first.getByLabel("Pay in")).toHaveValue("");
  expect(requests).toHaveLength(1);
  expect((await events(page)).filter((e) => e.type === "role-compare:error")).toEqual([]);
});

test("a card without a state fetches nothing until the reader picks one; the change event names it", async ({ page }) => {
  const requests = await countPayRequests(page);
  await openHostPage(page, card(""));
  const host = page.locator("role-compare");
  await cardIsLive(host);
  await expect(host.locator(".rc-glance").first()).toContainText(NATIONAL);
  expect(requests).toHaveLength(0);
  // Listed by name, the national figures first, once the reader reaches for the picker
  // (until then a live card lists only the place shown: 54 options cost every card its paint).
  const labels = () => host.getByLabel("Pay in").evaluate((select: HTMLSelectElement) => [...select.options].map((o) => o.label));
  expect(await labels()).toEqual(["United States"]);
  await host.getByLabel("Pay in").focus();
  const names = await labels();
  expect(names.slice(0, 3)).toEqual(["United States", "Alabama", "Alaska"]);
  expect(names).toHaveLength(55);
  await host.getByLabel("Pay in").selectOption({ label: "Texas" });
  await expect(host.locator(".rc-glance").first()).toContainText(TEXAS);
  await host.getByLabel("Pay in").selectOption({ label: "United States" });
  await expect(host.locator(".rc-glance").first()).toContainText(NATIONAL);
  expect(requests).toHaveLength(1);
  expect((await events(page)).filter((e) => e.type === "role-compare:change").map((e) => e.detail)).toEqual([
    { roleA: "operations-manager", roleB: "procurement-manager", state: "TX" },
    { roleA: "operations-manager", roleB: "procurement-manager", state: null },
  ]);
  // A role picked afterwards: the event carries the state still chosen.
  await host.getByLabel("Pay in").selectOption("PR");
  await host.getByLabel("Second role").selectOption("fleet-manager");
  await expect.poll(async () => (await events(page)).filter((e) => e.type === "role-compare:change").at(-1)?.detail).toEqual({
    roleA: "operations-manager",
    roleB: "fleet-manager",
    state: "PR",
  });
});

test("a state picked in a pre-rendered card before the core is there is shown once it is", async ({ page }) => {
  const html = await (await page.request.get("compare/operations-manager-vs-procurement-manager.html")).text();
  const element = html.match(/<role-compare[\s\S]*<\/role-compare>/)![0].replaceAll('"../', '"');
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/role-compare-core*", async (route: Route) => {
    await released;
    await route.continue();
  });
  await openHostPage(page, element);
  const host = page.locator("role-compare");
  await expect(host.locator(".rc-glance").first()).toContainText(NATIONAL);
  await host.getByLabel("Pay in").selectOption("TX");
  release();
  await cardIsLive(host);
  await expect(host.locator(".rc-glance").first()).toContainText(TEXAS);
  await expect(host.getByLabel("Pay in")).toHaveValue("TX");
  expect((await events(page)).filter((e) => e.type === "role-compare:change").map((e) => e.detail)).toEqual([
    { roleA: "operations-manager", roleB: "procurement-manager", state: "TX" },
  ]);
});

test("a frame page takes ?state=", async ({ page }) => {
  await page.goto("embed/operations-manager-vs-procurement-manager.html?state=TX");
  const host = page.locator("role-compare");
  await expect(host.locator(".rc-glance").first()).toContainText(TEXAS);
});

test("a state file that cannot load leaves the national figures and says so", async ({ page }) => {
  const warnings: string[] = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.route(PAY_FILE, (route) => route.abort());
  await openHostPage(page, card('state="TX"'));
  const host = page.locator("role-compare");
  const said = "The pay figures for Texas could not be loaded; the national figures are shown.";
  await expect(host.locator(".rc-pay__status")).toHaveText(said);
  await expect(host.locator(".rc-glance").first()).toContainText(NATIONAL);
  await expect.poll(() => warnings.join("\n")).toContain(said);
  const errors = (await events(page)).filter((e) => e.type === "role-compare:error");
  expect(errors.map((e) => e.detail.messages[0])).toEqual([expect.stringContaining(said)]);
  // Picking another state later tries again (here it fails again, and says so for that state).
  await host.getByLabel("Pay in").focus();
  await host.getByLabel("Pay in").selectOption("NJ");
  await expect(host.locator(".rc-pay__status")).toHaveText(
    "The pay figures for New Jersey could not be loaded; the national figures are shown.",
  );
});
