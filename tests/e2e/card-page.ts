import { expect, type Locator, type Page } from "@playwright/test";

/** The demo page's comparison card, as a reader sees it. */
export class CardPage {
  readonly card: Locator;
  readonly first: Locator;
  readonly second: Locator;
  readonly swap: Locator;
  readonly toggle: Locator;
  readonly caption: Locator;
  readonly rows: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    // The demo card (the embed generator's preview is another card on the page).
    this.card = page.locator("role-compare[data-rc-demo] .rc-card");
    this.first = this.card.getByLabel("First role");
    this.second = this.card.getByLabel("Second role");
    this.swap = this.card.getByRole("button", { name: "Swap the two roles" });
    this.toggle = this.card.getByLabel("Differences only");
    this.caption = this.card.locator("caption");
    this.rows = this.card.locator("tbody tr");
    this.status = this.card.getByRole("status");
  }

  /** Opens the demo (optionally with a query string) and waits for the card. */
  async open(query = "") {
    await this.page.goto(`index.html${query}`);
    await expect(this.card).toBeVisible();
  }

  /** The role descriptions of one dimension's row: [role A, role B]. */
  async rowTexts(dimension: string): Promise<string[]> {
    const row = this.card.locator(`tr[data-dimension="${dimension}"]`);
    return [await row.locator('td[data-side="a"]').innerText(), await row.locator('td[data-side="b"]').innerText()];
  }

  visibleRows(): Locator {
    return this.card.locator("tbody tr:visible");
  }
}
