import { expect, test, type Page } from "@playwright/test";
import { cardIsLive } from "./card-page";
import { cardsReady, openHostPage, SCRIPT } from "./host-page";

/*
 * Accessibility: axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on the demo page
 * and on a host page with one card, in light and dark, narrow and wide (axe
 * looks into the card's open shadow root); a keyboard-only walk through a
 * host card, with every disclosure closed and open.
 */

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const AXE = require.resolve("axe-core/axe.min.js");

/** The card's background in each theme (style/role-compare.css), to be sure the theme asked for is the one checked. */
const BACKGROUND = { light: "rgb(255, 255, 255)", dark: "rgb(21, 26, 34)" };

const HEAD = `<meta name="viewport" content="width=device-width, initial-scale=1">${SCRIPT}`;

/** A plain host page: a heading, some text, and one card. */
function hostPage(theme: string) {
  return `<main><h1>A blog post</h1><p>Some text before the card, with no links in it.</p>
    <role-compare role-a="fleet-manager" role-b="team-leader" theme="${theme}">
      <a href="index.html?a=fleet-manager&amp;b=team-leader">Fleet Manager vs Team Leader</a>
    </role-compare>
    <p>Some text after the card.</p></main>`;
}

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
  html: string;
}
interface AxeResult {
  id: string;
  impact?: string;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/** Runs axe on the whole page and expects no violations; prints every violation in full otherwise. */
async function expectNoViolations(page: Page, label: string) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeResult[]; passes: AxeResult[] }> } }).axe.run(
        document,
        { runOnly: { type: "tag", values: tags }, resultTypes: ["violations", "passes"] },
      ),
    TAGS,
  );
  const report = result.violations.map(
    (v) =>
      `${v.id} [${v.impact}] ${v.help} (${v.helpUrl})\n` +
      v.nodes
        .map((n) => `    target: ${JSON.stringify(n.target)}\n    html: ${n.html.slice(0, 200)}\n    ${(n.failureSummary ?? "").replace(/\n/g, "\n    ")}`)
        .join("\n"),
  );
  if (report.length > 0) console.log(`axe violations on ${label}:\n${report.join("\n")}`);
  expect(report, `axe violations on ${label}`).toEqual([]);
  // The card was checked too: some passing rule has nodes inside a shadow root (targets nest one level per root).
  const shadowNodes = result.passes.flatMap((p) => p.nodes).filter((n) => Array.isArray(n.target[0]));
  expect(shadowNodes.length, "axe results inside the card's shadow root").toBeGreaterThan(10);
}

const widths = [375, 1280];
const schemes = ["light", "dark"] as const;

for (const width of widths) {
  for (const scheme of schemes) {
    test(`axe: demo page, ${scheme}, ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("index.html?a=operations-manager&b=warehouse-manager");
      await cardIsLive(page.locator("#rc-demo-card role-compare"));
      const card = page.locator("#rc-demo-card role-compare .rc-card");
      await expect(card.locator(".rc-dims__title")).toHaveText(/^Operations Manager compared with Warehouse Manager/);
      await expect(page.locator("#rc-generator")).not.toContainText("Loading the embed generator");
      await expect(card).toHaveCSS("background-color", BACKGROUND[scheme]);
      await expectNoViolations(page, `the demo page (${scheme}, ${width} px)`);
    });

    test(`axe: host page, theme auto, system ${scheme}, ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await openHostPage(page, hostPage("auto"), { head: HEAD });
      await cardsReady(page, 1);
      await expect(page.locator("role-compare .rc-card")).toHaveCSS("background-color", BACKGROUND[scheme]);
      await expectNoViolations(page, `a host page (theme auto, system ${scheme}, ${width} px)`);
      // And with every disclosure open.
      const card = page.locator("role-compare");
      await card.locator(".rc-open-all").click();
      for (const sources of await card.locator(".rc-sources__summary").all()) await sources.click();
      await expect(card.locator("details[open]")).toHaveCount(17);
      await expectNoViolations(page, `a host page, every disclosure open (theme auto, system ${scheme}, ${width} px)`);
    });

    // An explicit theme wins over the system setting: check each against the opposite system scheme.
    const theme = scheme;
    const system = scheme === "dark" ? "light" : "dark";
    test(`axe: host page, theme="${theme}" on a ${system} system, ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: system });
      await openHostPage(page, hostPage(theme), { head: HEAD });
      await cardsReady(page, 1);
      await expect(page.locator("role-compare .rc-card")).toHaveAttribute("data-theme", theme);
      await expect(page.locator("role-compare .rc-card")).toHaveCSS("background-color", BACKGROUND[theme]);
      await expectNoViolations(page, `a host page (theme ${theme}, system ${system}, ${width} px)`);
    });
  }
}

/** The element focused inside the card's shadow root, if focus is in the card. */
function focusedInCard(page: Page) {
  return page.evaluate(() => {
    const host = document.activeElement;
    const inner = host?.shadowRoot?.activeElement;
    if (!host || host.tagName !== "ROLE-COMPARE" || !inner) return null;
    const style = getComputedStyle(inner);
    return {
      tag: inner.tagName.toLowerCase(),
      label: inner.getAttribute("aria-label") ?? inner.closest("label")?.textContent?.trim() ?? inner.id,
      outline: `${style.outlineStyle} ${parseFloat(style.outlineWidth) >= 2}`,
    };
  });
}

test("keyboard only: a host card can be used without a mouse, with a visible focus ring", async ({ page }) => {
  await openHostPage(page, hostPage("auto"), { head: HEAD });
  await cardsReady(page, 1);
  const card = page.locator("role-compare");
  const [first, second] = [card.getByLabel("First role"), card.getByLabel("Second role")];
  const toggle = card.getByLabel("Differences only");

  await page.keyboard.press("Tab");
  await expect(first).toBeFocused();
  expect(await focusedInCard(page)).toMatchObject({ tag: "select", outline: "solid true" });
  await page.keyboard.press("ArrowDown");
  await expect(first).not.toHaveValue("fleet-manager");
  const picked = await first.inputValue();
  const pickedTitle = await first.locator(`option[value="${picked}"]`).getAttribute("label");
  await expect(card.locator(".rc-dims__title")).toHaveText(new RegExp(`^${pickedTitle} compared with Team Leader`));

  await page.keyboard.press("Tab");
  await expect(card.getByRole("button", { name: "Swap the two roles" })).toBeFocused();
  expect(await focusedInCard(page)).toMatchObject({ tag: "button", outline: "solid true" });
  await page.keyboard.press("Enter");
  await expect(first).toHaveValue("team-leader");
  await expect(second).toHaveValue(picked);
  await expect(card.getByRole("status")).toHaveText(`Comparing Team Leader with ${pickedTitle}`);

  await page.keyboard.press("Tab");
  await expect(second).toBeFocused();
  expect(await focusedInCard(page)).toMatchObject({ tag: "select", outline: "solid true" });

  // Moving between the two roles, one disclosure, its state heard.
  await page.keyboard.press("Tab");
  await expect(card.locator(".rc-moves__summary")).toBeFocused();
  expect(await focusedInCard(page)).toMatchObject({ tag: "summary", outline: "solid true" });
  expect(await expandedState(page)).toBe(false);

  // The place the pay is for, then each role's figures and sources, one disclosure each.
  await page.keyboard.press("Tab");
  await expect(card.getByLabel("Pay in")).toBeFocused();
  expect(await focusedInCard(page)).toMatchObject({ tag: "select", outline: "solid true" });
  for (const side of ["a", "b"]) {
    await page.keyboard.press("Tab");
    const sources = card.locator(`.rc-profile[data-side="${side}"] summary`);
    await expect(sources).toBeFocused();
    expect(await focusedInCard(page)).toMatchObject({ tag: "summary", outline: "solid true" });
  }
  await page.keyboard.press("Enter");
  await expect(card.locator('.rc-profile[data-side="b"] .rc-facts__source a').first()).toBeVisible();

  await page.keyboard.press("Tab");
  // The sources' links, then the toggle.
  while (!(await toggle.evaluate((el) => el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el))) {
    await page.keyboard.press("Tab");
  }
  expect(await focusedInCard(page)).toMatchObject({ tag: "input", outline: "solid true" });
  const equal = await card.locator(".rc-dim[data-equal]").count();
  expect(equal).toBeGreaterThan(0);
  await page.keyboard.press("Space");
  await expect(toggle).toBeChecked();
  await expect(card.locator(".rc-dim:visible")).toHaveCount(15 - equal);

  // "Open all", then the first dimension shown: a disclosure whose state a screen reader hears.
  await page.keyboard.press("Tab");
  await expect(card.locator(".rc-open-all")).toBeFocused();
  await page.keyboard.press("Tab");
  const summary = card.locator(".rc-dim:visible summary").first();
  await expect(summary).toBeFocused();
  expect(await focusedInCard(page)).toMatchObject({ tag: "summary", outline: "solid true" });
  expect(await expandedState(page)).toBe(false);
  await page.keyboard.press("Enter");
  await expect(card.locator(".rc-dim:visible details").first()).toHaveAttribute("open", "");
  expect(await expandedState(page)).toBe(true);
});

/** Whether the focused disclosure is expanded, as the browser tells assistive technology. */
async function expandedState(page: Page): Promise<boolean | undefined> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  await cdp.detach();
  const focused = nodes.find(
    (n: any) => n.role?.value !== "RootWebArea" && n.properties?.some((p: any) => p.name === "focused" && p.value.value === true),
  );
  const expanded = focused?.properties?.find((p: any) => p.name === "expanded");
  return expanded?.value.value;
}

/** The names Chromium gives assistive technology for nodes of `role` (its own role names, e.g. "region", "DisclosureTriangle"). */
async function axNames(page: Page, role: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  await cdp.detach();
  return nodes.filter((n: any) => n.role?.value === role && !n.ignored).map((n: any) => n.name?.value ?? "");
}

test("names: the card is a region named for its pair, each role's figures disclosure names its role", async ({ page }) => {
  await openHostPage(page, hostPage("auto"), { head: HEAD });
  await cardsReady(page, 1);
  const card = page.locator("role-compare");
  const named = async (a: string, b: string) => {
    await expect(card.getByRole("region", { name: `Role comparison: ${a} vs ${b}`, exact: true })).toHaveCount(1);
    // Both disclosures read "Figures and sources" and say whose (visually hidden): names of their own.
    const sources = card.locator(".rc-sources__summary");
    await expect(sources).toHaveCount(2);
    await expect(sources.nth(0)).toHaveAccessibleName(`Figures and sources for ${a}`);
    await expect(sources.nth(1)).toHaveAccessibleName(`Figures and sources for ${b}`);
    await expect(sources.nth(0)).toHaveText(/^Figures and sources/);
    // As Chromium tells assistive technology, too.
    await expect.poll(() => axNames(page, "region")).toContain(`Role comparison: ${a} vs ${b}`);
    const disclosures = await axNames(page, "DisclosureTriangle");
    expect(disclosures).toContain(`Figures and sources for ${a}`);
    expect(disclosures).toContain(`Figures and sources for ${b}`);
    expect(disclosures.filter((name) => name.startsWith("Figures and sources"))).toHaveLength(2);
  };
  await named("Fleet Manager", "Team Leader");
  // The names follow the pair.
  await card.getByRole("button", { name: "Swap the two roles" }).click();
  await named("Team Leader", "Fleet Manager");
});
