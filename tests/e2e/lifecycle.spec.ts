import { expect, test, type Page } from "@playwright/test";
import { openHostPage } from "./host-page";

/** JS heap (after a forced garbage collection) and wasm memory, in bytes. */
async function memory(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  const wasm = await page.evaluate(() => (customElements.get("role-compare") as unknown as { wasmMemoryBytes: number }).wasmMemoryBytes);
  await cdp.detach();
  return { js: usedSize, wasm };
}

/** Mounts a card, waits for it, removes it, waits for the unmount; `count` times. */
function cycles(page: Page, count: number) {
  return page.evaluate(async (count) => {
    const slot = document.getElementById("slot")!;
    const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
    for (let i = 0; i < count; i++) {
      const element = document.createElement("role-compare");
      element.setAttribute("role-a", i % 2 ? "team-leader" : "fleet-manager");
      element.setAttribute("role-b", "plant-manager");
      slot.append(element);
      while (!element.shadowRoot?.querySelector(".rc-card")) await tick();
      element.remove();
      await tick();
      if (element.shadowRoot!.querySelector(".rc-root")) throw new Error(`cycle ${i}: the card was not unmounted`);
    }
  }, count);
}

test("1,000 mount/unmount cycles leave memory where it was", async ({ page }) => {
  test.setTimeout(300_000);
  await openHostPage(page, '<div id="slot"></div>');
  // Warm up: V8's code and inline caches and the allocator's pools grow during
  // the first few hundred cycles, then stay flat (seen: +4% by cycle 1,000, +0% after).
  await cycles(page, 1_000);
  const before = await memory(page);
  if (process.env.LIFECYCLE_TRACE) {
    for (let i = 1; i <= 6; i++) {
      await cycles(page, 200);
      console.log(`after ${i * 200} more: ${JSON.stringify(await memory(page))}`);
    }
  }
  await cycles(page, 1_000);
  const after = await memory(page);
  console.log(`memory before ${JSON.stringify(before)}, after 1,000 cycles ${JSON.stringify(after)}`);
  expect(after.wasm).toBeLessThanOrEqual(before.wasm * 1.01);
  expect(after.js).toBeLessThanOrEqual(before.js * 1.01);
});
