import { expect, type Locator, type Page } from "@playwright/test";

/** The demo page's comparison card, as a reader sees it. */
export class CardPage {
  readonly host: Locator;
  readonly card: Locator;
  readonly first: Locator;
  readonly second: Locator;
  readonly swap: Locator;
  readonly toggle: Locator;
  readonly openAll: Locator;
  readonly title: Locator;
  readonly rows: Locator;
  readonly keys: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    // The demo card (the embed generator's preview is another card on the page).
    this.host = page.locator("#rc-demo-card role-compare");
    this.card = this.host.locator(".rc-card");
    this.first = this.card.getByLabel("First role");
    this.second = this.card.getByLabel("Second role");
    this.swap = this.card.getByRole("button", { name: "Swap the two roles" });
    this.toggle = this.card.getByLabel("Differences only");
    this.openAll = this.card.locator(".rc-open-all");
    this.title = this.card.locator(".rc-dims__title");
    this.rows = this.card.locator(".rc-dim");
    this.keys = this.card.locator(".rc-keys__list li");
    this.status = this.card.getByRole("status");
  }

  /** Opens the demo (optionally with a query string) and waits until the card is live. */
  async open(query = "") {
    await this.page.goto(`index.html${query}`);
    await expect(this.card).toBeVisible();
    await cardIsLive(this.host);
  }

  /** What both roles do on one dimension: [role A, role B]. */
  async rowTexts(dimension: string): Promise<string[]> {
    const row = this.card.locator(`.rc-dim[data-dimension="${dimension}"]`);
    return [
      await row.locator('.rc-dim__role[data-side="a"] dd').textContent() ?? "",
      await row.locator('.rc-dim__role[data-side="b"] dd').textContent() ?? "",
    ];
  }

  visibleRows(): Locator {
    return this.card.locator(".rc-dim:visible");
  }
}

/** Waits until the core runs the card in `host` (it drew the swap button, of which a pre-rendered card has only the place). */
export async function cardIsLive(host: Locator) {
  await expect
    .poll(() => host.evaluate((el) => el.shadowRoot?.querySelector("button.rc-swap") != null), { message: "the card is live" })
    .toBe(true);
}
