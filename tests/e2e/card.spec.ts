import { expect, test } from "@playwright/test";
import { CardPage } from "./card-page";

test("shows the default pair with a full table", async ({ page }) => {
  const card = new CardPage(page);
  await card.open();
  await expect(card.first).toHaveValue("operations-manager");
  await expect(card.second).toHaveValue("procurement-manager");
  await expect(card.caption).toHaveText("Operations Manager compared with Procurement Manager, dimension by dimension");
  await expect(card.rows).toHaveCount(15);
  await expect(card.card.locator(".rc-keys li")).toHaveCount(5);
  await expect(card.card.locator(".rc-keys__note")).toContainText("Bottom line");
});

test("choosing roles updates the table, key differences and address", async ({ page }) => {
  const card = new CardPage(page);
  await card.open();
  await card.first.selectOption("fleet-manager");
  await card.second.selectOption({ label: "Warehouse Manager" });
  await expect(card.caption).toHaveText("Fleet Manager compared with Warehouse Manager, dimension by dimension");
  await expect(card.card.locator("thead th")).toHaveText(["Dimension", "Fleet Manager", "Warehouse Manager", "Where they sit"]);
  const [fleet, warehouse] = await card.rowTexts("scope");
  expect(fleet.length).toBeGreaterThan(60);
  expect(warehouse.length).toBeGreaterThan(60);
  expect(fleet).not.toEqual(warehouse);
  await expect(card.status).toHaveText("Comparing Fleet Manager with Warehouse Manager");
  await expect(page).toHaveURL(/\?a=fleet-manager&b=warehouse-manager$/);
  const keys = card.card.locator(".rc-keys li");
  expect(await keys.count()).toBeGreaterThanOrEqual(3);
});

test("swap exchanges the two roles", async ({ page }) => {
  const card = new CardPage(page);
  await card.open("?a=team-leader&b=plant-manager");
  await card.swap.click();
  await expect(card.first).toHaveValue("plant-manager");
  await expect(card.second).toHaveValue("team-leader");
  await expect(card.caption).toHaveText(/^Plant Manager compared with Team Leader/);
  await expect(page).toHaveURL(/\?a=plant-manager&b=team-leader$/);
});

test("the same role on both sides gives a friendly message", async ({ page }) => {
  const card = new CardPage(page);
  await card.open();
  await card.second.selectOption("operations-manager");
  await expect(card.card.locator(".rc-message")).toContainText("same role");
  await expect(card.card.locator("table")).toHaveCount(0);
});

test("differences only hides rows where both roles sit at the same place", async ({ page }) => {
  const card = new CardPage(page);
  await card.open("?a=fleet-manager&b=warehouse-manager");
  const equal = await card.card.locator("tr[data-equal]").count();
  expect(equal).toBeGreaterThan(0);
  await expect(card.visibleRows()).toHaveCount(15);
  await card.toggle.check();
  await expect(card.visibleRows()).toHaveCount(15 - equal);
  await card.toggle.uncheck();
  await expect(card.visibleRows()).toHaveCount(15);
});

test("the address restores the pair, and unknown ids fall back with a note", async ({ page }) => {
  const card = new CardPage(page);
  await card.open("?a=general-manager&b=project-manager");
  await expect(card.first).toHaveValue("general-manager");
  await expect(card.second).toHaveValue("project-manager");

  const warnings: string[] = [];
  page.on("console", (msg) => msg.type() === "warning" && warnings.push(msg.text()));
  await card.open("?a=astronaut&b=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
  await expect(card.first).toHaveValue("operations-manager");
  await expect(card.second).toHaveValue("procurement-manager");
  const notes = card.card.locator(".rc-notices");
  await expect(notes).toContainText('Role A "astronaut" is not in the dataset');
  await expect(notes).toContainText('Role B "<img src=x onerror=alert(1)>" is not a valid role id');
  await expect(page.locator("img")).toHaveCount(0);
  await expect(card.card.locator("img")).toHaveCount(0);
  expect(warnings.join("\n")).toContain("astronaut");
});

test("a keyboard alone can compare two roles", async ({ page }) => {
  const card = new CardPage(page);
  await card.open();
  await card.first.focus();
  await expect(card.first).toBeFocused();
  // Down once reaches Procurement Manager (the same as role B), down again Team Leader.
  await page.keyboard.press("ArrowDown");
  await expect(card.card.locator(".rc-message")).toContainText("same role");
  await page.keyboard.press("ArrowDown");
  await expect(card.first).toHaveValue("team-leader");
  await page.keyboard.press("Tab");
  await expect(card.swap).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(card.second).toHaveValue("team-leader");
  await page.keyboard.press("Tab");
  await expect(card.second).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(card.toggle).toBeFocused();
  await page.keyboard.press("Space");
  await expect(card.toggle).toBeChecked();
  await expect(card.caption).toHaveText(/compared with Team Leader/);
});

for (const width of [320, 375, 1280]) {
  test(`fits ${width} px without horizontal scroll (screenshot)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const card = new CardPage(page);
    await card.open("?a=operations-manager&b=procurement-manager");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    const stacked = await card.card.locator("thead").evaluate((el) => getComputedStyle(el).position === "absolute");
    expect(stacked).toBe(width < 700);
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

test("print shows every row and hides the controls", async ({ page }) => {
  const card = new CardPage(page);
  await card.open("?a=fleet-manager&b=warehouse-manager");
  await card.toggle.check();
  await page.emulateMedia({ media: "print" });
  await expect(card.visibleRows()).toHaveCount(15);
  await expect(card.card.locator(".rc-controls")).toBeHidden();
});
