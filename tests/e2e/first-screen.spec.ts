import { expect, test, type Locator } from "@playwright/test";
import { CardPage } from "./card-page";

/*
 * The demo page leads with the card. On a phone (375 × 667 px) the pickers and
 * both roles' titles are on the first screen and the key differences start
 * within the second; on a desktop (1280 × 800 px) the card's whole first
 * screen (pickers, titles, key differences) shows without scrolling. Only the
 * one-sentence intro and the card's heading stand above the pickers; the
 * popular comparisons and the embed generator come after the card.
 */

const SCREENS = [
  { width: 375, height: 667, wholeFirstScreen: false },
  { width: 1280, height: 800, wholeFirstScreen: true },
] as const;
/** Room between the intro and the pickers: the card's heading and the card's edge, no more. */
const ABOVE_PICKERS = 100;

/** The box of `locator` on the page (the page is at the top, so viewport = page coordinates). */
async function box(locator: Locator) {
  const b = await locator.boundingBox();
  expect(b, `${locator} has a box`).not.toBeNull();
  return { top: b!.y, bottom: b!.y + b!.height };
}

for (const { width, height, wholeFirstScreen } of SCREENS) {
  test(`the demo leads with the card, ${width} × ${height} px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const card = new CardPage(page);
    await card.open();
    await expect(page.locator("#rc-generator")).not.toContainText("Loading the embed generator");
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    const intro = await box(page.locator(".demo-header"));
    const pickers = await box(card.card.locator(".rc-controls"));
    const titles = await Promise.all((await card.card.locator(".rc-role__title").all()).map(box));
    const keys = await box(card.card.locator(".rc-keys"));
    const cardBox = await box(card.card);
    const pairs = await box(page.locator(".demo-pairs"));
    const generator = await box(page.locator("#rc-generator"));
    console.log(
      `${width} × ${height} px: intro ends at ${intro.bottom.toFixed(0)}, pickers ${pickers.top.toFixed(0)}–${pickers.bottom.toFixed(0)}, ` +
        `titles end at ${Math.max(...titles.map((t) => t.bottom)).toFixed(0)}, ` +
        `key differences ${keys.top.toFixed(0)}–${keys.bottom.toFixed(0)}, card ends at ${cardBox.bottom.toFixed(0)} px`,
    );

    expect(titles).toHaveLength(2);
    expect(pickers.top - intro.bottom, "nothing but the card's heading between the intro and the pickers").toBeLessThanOrEqual(ABOVE_PICKERS);
    expect(pickers.bottom, "the pickers are on the first screen").toBeLessThanOrEqual(height);
    for (const title of titles) expect(title.bottom, "both titles are on the first screen").toBeLessThanOrEqual(height);
    expect(keys.top, "the key differences start within the second screen").toBeLessThan(2 * height);
    if (wholeFirstScreen) expect(keys.bottom, "the key differences end on the first screen").toBeLessThanOrEqual(height);
    // What follows the card comes after it.
    expect(pairs.top, "popular comparisons follow the card").toBeGreaterThanOrEqual(cardBox.bottom);
    expect(generator.top, "the generator follows the popular comparisons").toBeGreaterThan(pairs.bottom);
    await page.screenshot({ path: `test-results/screenshots/demo-first-screen-${width}.png` });
  });
}
