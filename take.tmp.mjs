import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox"] });
const url = "http://127.0.0.1:8123/compare/operations-manager-vs-procurement-manager.html";
for (const js of [false, true]) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: js });
  const page = await ctx.newPage();
  page.on("console", (m) => console.log("console:", m.type(), m.text()));
  page.on("pageerror", (e) => console.log("pageerror:", e.message));
  const reqs = [];
  page.on("request", (r) => reqs.push(r.url().replace("http://127.0.0.1:8123/", "")));
  await page.goto(url);
  await page.waitForTimeout(1500);
  const state = await page.evaluate(() => {
    const el = document.querySelector("role-compare");
    const r = el.shadowRoot;
    return { hasRoot: !!r, mounts: r?.querySelectorAll("[data-rc-mount]").length, disabled: r?.querySelectorAll(":disabled").length, adopted: r?.adoptedStyleSheets.length, text: r?.querySelector(".rc-dims__title")?.textContent };
  });
  console.log(js ? "JS" : "noJS", JSON.stringify(state), reqs.join(" "));
  await page.screenshot({ path: `/tmp/pair-${js ? "js" : "nojs"}.png`, fullPage: false });
  await ctx.close();
}
await browser.close();
