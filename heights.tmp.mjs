import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
const roles = JSON.parse(readFileSync("data/roles.json", "utf8")).roles.map((r) => r.id);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox"] });
for (const width of [375, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto("http://127.0.0.1:8123/embed-example.html");
  await page.locator("role-compare .rc-card").first().waitFor();
  const results = [];
  for (let i = 0; i < roles.length; i++) for (let j = i + 1; j < roles.length; j++) {
    const r = await page.evaluate(async ([a, b]) => {
      const el = document.querySelector("role-compare");
      el.setAttribute("role-a", a); el.setAttribute("role-b", b);
      for (let k = 0; k < 100; k++) {
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        const cap = el.shadowRoot?.querySelector(".rc-dims__title")?.textContent ?? "";
        if (cap.includes("compared")) { const card = el.shadowRoot.querySelector(".rc-card"); const t = card.getBoundingClientRect().top;
          const titles = [...el.shadowRoot.querySelectorAll(".rc-role__title")].map((e) => e.textContent);
          if (titles.length === 2) return { h: Math.round(card.getBoundingClientRect().height), keys: Math.round(el.shadowRoot.querySelector(".rc-keys").getBoundingClientRect().bottom - t), cap }; }
      }
      return null;
    }, [roles[i], roles[j]]);
    results.push({ pair: `${roles[i]}/${roles[j]}`, ...r });
  }
  results.sort((x, y) => y.keys - x.keys);
  console.log(width, "worst first-screen:", results.slice(0, 3).map((r) => `${r.pair} ${r.keys}`).join(", "));
  results.sort((x, y) => y.h - x.h);
  console.log(width, "worst height:", results.slice(0, 3).map((r) => `${r.pair} ${r.h}`).join(", "));
  await page.close();
}
await browser.close();
