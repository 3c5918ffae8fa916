import { expect, type Page } from "@playwright/test";

/** The embed line every host page uses. */
export const SCRIPT = '<script type="module" src="role-compare.js"></script>';

export interface HostOptions {
  /** A Content-Security-Policy header for the page. */
  csp?: string;
  /** Extra markup for <head> (styles, a second script tag, ...). */
  head?: string;
}

/**
 * Serves `body` as a page on the same origin as dist/ (so `role-compare.js`
 * resolves) and opens it. Events the cards send are collected in `window.rcEvents`.
 */
export async function openHostPage(page: Page, body: string, options: HostOptions = {}) {
  const headers: Record<string, string> = options.csp ? { "Content-Security-Policy": options.csp } : {};
  await page.route("**/host-page.html", (route) =>
    route.fulfill({
      contentType: "text/html; charset=utf-8",
      headers,
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title>${
        options.head ?? SCRIPT
      }</head><body>${body}</body></html>`,
    }),
  );
  await page.addInitScript(() => {
    const w = window as unknown as { rcEvents: { type: string; detail: unknown }[] };
    w.rcEvents = [];
    for (const type of ["role-compare:change", "role-compare:error"]) {
      document.addEventListener(type, (event) => w.rcEvents.push({ type, detail: (event as CustomEvent).detail }));
    }
  });
  await page.goto("host-page.html");
}

/** The events collected so far. */
export function events(page: Page): Promise<{ type: string; detail: any }[]> {
  return page.evaluate(() => (window as unknown as { rcEvents: { type: string; detail: unknown }[] }).rcEvents);
}

/** Waits until every <role-compare> on the page shows its card. */
export async function cardsReady(page: Page, count: number) {
  await expect(page.locator("role-compare .rc-card, [data-role-compare] .rc-card")).toHaveCount(count);
}

/**
 * Counts the pixels that differ by more than `tolerance` (in any channel)
 * between two PNG screenshots, leaving out `corner`-sized squares at the four
 * corners and the two outermost pixels on each side (where the page behind
 * shows through rounded corners and a card's sub-pixel edges). Screenshots
 * of different sizes fail the test: the card changed size.
 */
export async function differingPixels(
  page: Page,
  a: Buffer,
  b: Buffer,
  { tolerance, corner }: { tolerance: number; corner: number },
): Promise<number> {
  return page.evaluate(
    async ({ a, b, tolerance, corner }) => {
      const pixels = async (base64: string) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext("2d")!;
        context.drawImage(bitmap, 0, 0);
        return { width: bitmap.width, height: bitmap.height, data: context.getImageData(0, 0, bitmap.width, bitmap.height).data };
      };
      const [x, y] = [await pixels(a), await pixels(b)];
      if (x.width !== y.width || x.height !== y.height) return `the sizes differ: ${x.width}×${x.height} and ${y.width}×${y.height}`;
      let count = 0;
      for (let row = 0; row < x.height; row++) {
        for (let col = 0; col < x.width; col++) {
          const nearX = col < corner || col >= x.width - corner;
          const nearY = row < corner || row >= x.height - corner;
          const onEdge = row < 2 || col < 2 || row >= x.height - 2 || col >= x.width - 2;
          if ((nearX && nearY) || onEdge) continue;
          const i = (row * x.width + col) * 4;
          for (let c = 0; c < 3; c++) {
            if (Math.abs(x.data[i + c] - y.data[i + c]) > tolerance) {
              count++;
              break;
            }
          }
        }
      }
      return count;
    },
    { a: a.toString("base64"), b: b.toString("base64"), tolerance, corner },
  ).then((count) => {
    if (typeof count === "string") throw new Error(count);
    return count;
  });
}
