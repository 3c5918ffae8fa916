import { expect, test, type Locator } from "@playwright/test";
import { cardIsLive } from "./card-page";
import { cardsReady, openHostPage, SCRIPT } from "./host-page";

/*
 * The card's pickers on a phone: below 420 px of card each picker has a row
 * of its own, so that a closed picker shows any role's title whole, the
 * longest ("Chief Operating Officer", "Production Supervisor") included.
 */

const HEAD = `<meta name="viewport" content="width=device-width, initial-scale=1">${SCRIPT}`;
const LONGEST = ["Chief Operating Officer", "Production Supervisor"];

interface Fit {
  label: string;
  text: string;
  need: number;
  have: number;
}

/**
 * For each picker of the card in `host`: how wide it is, and how wide it would
 * need to be to show each role's title whole (a copy of it, with the same
 * styles and only that title, at its natural width: text, padding and arrow).
 * `narrow` first squeezes the pickers to that width, to show the measure can fail.
 */
function fits(host: Locator, narrow?: number): Promise<Fit[]> {
  return host.evaluate((element, narrow) => {
    const root = element.shadowRoot!;
    const out: Fit[] = [];
    for (const select of root.querySelectorAll<HTMLSelectElement>("select.rc-picker__select")) {
      if (narrow) select.style.width = `${narrow}px`;
      const have = select.getBoundingClientRect().width;
      const label = select.closest("label")?.firstChild?.textContent?.trim() ?? select.getAttribute("aria-label") ?? "";
      for (const option of select.options) {
        const probe = select.cloneNode(false) as HTMLSelectElement;
        probe.removeAttribute("id");
        probe.append(new Option(option.label));
        Object.assign(probe.style, { width: "max-content", maxWidth: "none", position: "absolute", visibility: "hidden" });
        select.after(probe);
        out.push({ label, text: option.label, need: probe.getBoundingClientRect().width, have });
        probe.remove();
      }
      if (narrow) select.style.width = "";
    }
    return out;
  }, narrow);
}

function expectWhole(measured: Fit[], where: string) {
  expect(measured.length, where).toBeGreaterThan(30);
  for (const title of LONGEST) expect(measured.map((m) => m.text), where).toContain(title);
  const cut = measured.filter((m) => m.need > m.have + 0.5);
  expect(cut, `${where}: titles cut in a closed picker`).toEqual([]);
}

test("at 320 px each closed picker of a card shows every title whole, the longest included", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openHostPage(
    page,
    `<main><role-compare role-a="chief-operating-officer" role-b="production-supervisor"></role-compare></main>`,
    { head: HEAD },
  );
  await cardsReady(page, 1);
  const host = page.locator("role-compare");
  const [first, second] = [host.getByLabel("First role"), host.getByLabel("Second role")];
  await expect(first).toHaveValue("chief-operating-officer");
  await expect(second).toHaveValue("production-supervisor");
  // Each on a row of its own.
  const [a, b] = [(await first.boundingBox())!, (await second.boundingBox())!];
  expect(b.y).toBeGreaterThanOrEqual(a.y + a.height);
  expectWhole(await fits(host), "a host page at 320 px");
  // The measure sees a cut title: squeezed to 120 px, the longest no longer fits.
  const squeezed = await fits(host, 120);
  expect(squeezed.filter((m) => LONGEST.includes(m.text)).every((m) => m.need > m.have)).toBe(true);
});

test("at 320 px the demo page's card shows the longest titles whole", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("index.html?a=chief-operating-officer&b=production-supervisor");
  const host = page.locator("#rc-demo-card role-compare");
  await cardIsLive(host);
  await expect(host.getByLabel("First role")).toHaveValue("chief-operating-officer");
  expectWhole(await fits(host), "the demo page at 320 px");
});
