import { expect, test } from "@playwright/test";
import { EXAMPLE_URL } from "../../playwright.config";

// The Leptos app example (examples/leptos-app): <RoleCompare/> in an app of
// its own, the pair held in the app's signals.
test("a Leptos app shows the card and shares the pair through its signals", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(EXAMPLE_URL);

  const card = page.locator(".rc-card");
  const pair = page.locator("#pair");
  await expect(card.locator(".rc-dims__title")).toHaveText(/^Operations Manager compared with Team Leader/);
  await expect(pair).toHaveText("Comparing operations-manager with team-leader (0 changes by the reader)");
  // Styled as in an embed: the stylesheet is in the head once, the card uses the light theme.
  await expect(page.locator("head style#role-compare-styles")).toHaveCount(1);
  await expect(card).toHaveCSS("background-color", "rgb(255, 255, 255)");

  // The reader's pick reaches the app.
  await card.getByLabel("Second role").selectOption("warehouse-manager");
  await expect(pair).toHaveText("Comparing operations-manager with warehouse-manager (1 changes by the reader)");

  // The app's change reaches the card.
  await page.getByRole("button", { name: "Plant vs Fleet Manager" }).click();
  await expect(card.locator(".rc-dims__title")).toHaveText(/^Plant Manager compared with Fleet Manager/);
  await expect(card.getByLabel("First role")).toHaveValue("plant-manager");
  await expect(pair).toHaveText("Comparing plant-manager with fleet-manager (1 changes by the reader)");

  // Pay in a state: the component fetches the file the app serves, once a state is chosen.
  const picker = card.getByLabel("Pay in");
  await picker.focus();
  await picker.selectOption("TX");
  await expect(card.locator(".rc-glance").first()).toContainText(/ in Texas, \$[\d,]+ nationally/);
  expect(errors).toEqual([]);
});
