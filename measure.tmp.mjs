import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: 375, height: 900 } });
await page.goto(process.argv[2]);
await page.locator("role-compare .rc-card").first().waitFor();
console.log(await page.evaluate(() => {
  const r = document.querySelector("role-compare").shadowRoot;
  const h = (s) => [...r.querySelectorAll(s)].map((e) => Math.round(e.getBoundingClientRect().height));
  return { card: h(".rc-card"), controls: h(".rc-controls"), roles: h(".rc-role"), keys: h(".rc-keys"), items: h(".rc-keys__list li"), note: h(".rc-keys__note"), profiles: h(".rc-profiles"), dims: h(".rc-dims"), dim: h(".rc-dim").slice(0,3), head: h(".rc-dims__head") };
}));
await browser.close();
