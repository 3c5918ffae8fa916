import { expect, test } from "@playwright/test";
import { CardPage } from "./card-page";

// The demo page's card: choosing, the address, layout, themes and print (swap,
// the same role twice and differences only are the card's own: tests/web.rs).

test("shows the default pair with every dimension", async ({ page }) => {
  const card = new CardPage(page);
  await card.open();
  await expect(card.first).toHaveValue("operations-manager");
  await expect(card.second).toHaveValue("procurement-manager");
  await expect(card.title).toHaveText("Operations Manager compared with Procurement Manager, dimension by dimension");
  await expect(card.rows).toHaveCount(15);
  await expect(card.keys).toHaveCount(4);
  await expect(card.card.locator(".rc-keys__note")).toContainText("Bottom line");
  // Pickers group the roles by family.
  await expect(card.first.locator("optgroup")).toHaveCount(5);
});

test("choosing roles updates the card, the key differences and the address", async ({ page }) => {
  const card = new CardPage(page);
  await card.open();
  await card.first.selectOption("fleet-manager");
  await card.second.selectOption({ label: "Warehouse Manager" });
  await expect(card.title).toHaveText("Fleet Manager compared with Warehouse Manager, dimension by dimension");
  await expect(card.card.locator(".rc-role__title")).toHaveText(["Fleet Manager", "Warehouse Manager"]);
  const [fleet, warehouse] = await card.rowTexts("scope");
  expect(fleet.length).toBeGreaterThan(60);
  expect(warehouse.length).toBeGreaterThan(60);
  expect(fleet).not.toEqual(warehouse);
  await expect(card.status).toHaveText("Comparing Fleet Manager with Warehouse Manager");
  await expect(page).toHaveURL(/\?a=fleet-manager&b=warehouse-manager$/);
  expect(await card.keys.count()).toBeGreaterThanOrEqual(3);
  // The card links to the pair's own page.
  await expect(card.card.getByRole("link", { name: "Open this comparison on its own page" })).toHaveAttribute(
    "href",
    /\/compare\/warehouse-manager-vs-fleet-manager\.html$/,
  );
});

test("the address restores the pair", async ({ page }) => {
  const card = new CardPage(page);
  await card.open("?a=general-manager&b=project-manager");
  await expect(card.first).toHaveValue("general-manager");
  await expect(card.second).toHaveValue("project-manager");
  await expect(card.title).toHaveText(/^General Manager compared with Project Manager/);
});

for (const width of [320, 375, 1280]) {
  test(`fits ${width} px without horizontal scroll (screenshot)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const card = new CardPage(page);
    await card.open("?a=operations-manager&b=procurement-manager");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    const sideBySide = await card.card.locator(".rc-roles").evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(" ").length === 2);
    expect(sideBySide).toBe(width > 700);
    await page.screenshot({ path: `test-results/screenshots/demo-${width}.png`, fullPage: true });
  });
}

test("dark theme follows the system when auto", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  const card = new CardPage(page);
  await card.open();
  const bg = await card.card.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).toBe("rgb(21, 26, 34)");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: "test-results/screenshots/demo-dark-1280.png", fullPage: true });
});

test("print shows every dimension open and hides the controls", async ({ page }) => {
  const card = new CardPage(page);
  await card.open("?a=fleet-manager&b=warehouse-manager");
  await card.toggle.check();
  await page.emulateMedia({ media: "print" });
  await expect(card.visibleRows()).toHaveCount(15);
  await expect(card.card.locator(".rc-controls")).toBeHidden();
  // Closed disclosures print their content too.
  await expect(card.card.locator(".rc-dim__details[open]")).toHaveCount(0);
  await expect(card.card.locator('.rc-dim[data-dimension="career"] .rc-dim__text').first()).toBeVisible();
  await expect(card.card.locator(".rc-facts").first()).toBeVisible();
});
