import { expect, test } from "@playwright/test";

test("the embed generator previews the chosen pair and writes its snippet", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("index.html#embed");
  const generator = page.locator(".demo-gen");
  await expect(generator).toBeVisible();
  await generator.getByLabel("Role A").selectOption("fleet-manager");
  await generator.getByLabel("Role B").selectOption("logistics-manager");
  await generator.getByLabel("Theme").selectOption("dark");

  const preview = generator.locator("role-compare");
  await expect(preview.locator("caption")).toHaveText(/^Fleet Manager compared with Logistics Manager/);
  await expect(preview.locator(".rc-card")).toHaveAttribute("data-theme", "dark");

  const snippet = generator.locator(".demo-gen__snippet");
  const expected =
    `<script type="module" src="${baseURL}role-compare.js"></script>\n` +
    `<role-compare role-a="fleet-manager" role-b="logistics-manager" theme="dark">\n` +
    `  <a href="${baseURL}index.html?a=fleet-manager&amp;b=logistics-manager">Fleet Manager vs Logistics Manager</a>\n` +
    `</role-compare>`;
  await expect(snippet).toHaveText(expected);

  await generator.getByRole("button", { name: "Copy the snippet" }).click();
  await expect(generator.locator(".demo-gen__status")).toHaveText("Copied the snippet to the clipboard.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
});
