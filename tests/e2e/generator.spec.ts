import { expect, test } from "@playwright/test";
import { openHostPage, SCRIPT } from "./host-page";

test("the embed generator hands out the pre-rendered snippet, which works on another page", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("index.html#embed");
  const generator = page.locator(".demo-gen");
  await expect(generator).toBeVisible();
  await generator.getByLabel("Role A").selectOption("logistics-manager");
  await generator.getByLabel("Role B").selectOption("fleet-manager");
  await generator.getByLabel("Theme").selectOption("dark");

  const preview = generator.locator("role-compare");
  await expect(preview.locator(".rc-dims__title")).toHaveText(/^Logistics Manager compared with Fleet Manager/);
  await expect(preview.locator(".rc-card")).toHaveAttribute("data-theme", "dark");

  // The pair's page markup, with absolute addresses and the theme chosen.
  const snippet = generator.locator(".demo-gen__snippet");
  await expect(snippet).toContainText("<template shadowrootmode=\"open\">");
  const text = (await snippet.textContent())!;
  expect(text.startsWith(
    `<script type="module" src="${baseURL}role-compare.js"></script>\n` +
      `<role-compare role-a="logistics-manager" role-b="fleet-manager" theme="dark"><template shadowrootmode="open">` +
      `<link rel="stylesheet" href="${baseURL}role-compare.css">`,
  )).toBe(true);
  expect(text).toContain('data-theme="dark"');
  expect(text).toContain(`href="${baseURL}compare/logistics-manager-vs-fleet-manager.html"`);
  expect(text).not.toContain('href="../');
  expect(text.trimEnd().endsWith("</role-compare>")).toBe(true);
  await generator.getByRole("button", { name: "Copy the snippet" }).click();
  await expect(generator.locator(".demo-gen__status")).toHaveText("Copied the snippet to the clipboard.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

  // Pasted into a blog post, it shows the card before any script.
  const element = text.slice(text.indexOf("<role-compare"));
  await page.route("**/role-compare.js", (route) => route.abort());
  await openHostPage(page, element, { head: SCRIPT });
  await expect(page.locator("role-compare .rc-dims__title")).toHaveText(/^Logistics Manager compared with Fleet Manager/);
  await expect(page.locator("role-compare .rc-card")).toHaveCSS("background-color", "rgb(21, 26, 34)");
});

test("the short snippet on request, and for a chosen set of dimensions", async ({ page, baseURL }) => {
  await page.goto("index.html#embed");
  const generator = page.locator(".demo-gen");
  await generator.getByLabel("Role A").selectOption("fleet-manager");
  await generator.getByLabel("Role B").selectOption("logistics-manager");
  const snippet = generator.locator(".demo-gen__snippet");
  // Reversed from the pair page's order: the pre-rendered snippet says so.
  await expect(generator.locator(".demo-gen__note")).toHaveText(
    "Pre-rendered, the pair reads as on its page: Logistics Manager first, then Fleet Manager. The short snippet keeps your order.",
  );
  await generator.getByLabel(/^Short/).check();
  const short = (dimensions = "") =>
    `<script type="module" src="${baseURL}role-compare.js"></script>\n` +
    `<role-compare role-a="fleet-manager" role-b="logistics-manager" theme="auto"${dimensions}>\n` +
    `  <a href="${baseURL}index.html?a=fleet-manager&amp;b=logistics-manager">Fleet Manager vs Logistics Manager</a>\n` +
    `</role-compare>`;
  await expect(snippet).toHaveText(short());
  await expect(generator.locator(".demo-gen__note")).toBeHidden();

  // A post about one topic: only some dimensions, which only the short snippet can show.
  await generator.getByLabel(/^Pre-rendered/).check();
  await generator.getByLabel("Career path").uncheck();
  await generator.getByLabel("Skill set").uncheck();
  await expect(generator.locator(".demo-gen__note")).toHaveText("Only the short snippet can show a chosen set of dimensions.");
  await expect(snippet).toHaveText(
    short(' dimensions="scope,supply-chain,vendors,people,strategy,finance,quality,risk,data,compliance,technology,customers,communication"'),
  );
  await expect(generator.locator("role-compare .rc-dim")).toHaveCount(13);
});
