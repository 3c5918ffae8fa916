import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";

/*
 * At a glance: on the example blog page, for every pair, the pickers, both
 * titles with their summaries and the key differences with the bottom line
 * end within the first 800 px of the card on a desktop; on a phone, where
 * both roles' phrases stack, the key differences start within the first
 * 800 px and end by 1,000 px. The whole card, every disclosure closed, stays
 * within 2,550 px on a phone (2,400 until the card gained "Moving between
 * them" and pickers on rows of their own that show whole titles; 2,500 until
 * it gained the "Pay in" picker's row) and 1,600 px on a desktop.
 */

const data = JSON.parse(readFileSync(path.join(__dirname, "../../data/roles.json"), "utf8"));
const roles: { id: string; title: string }[] = data.roles;
const FIRST_SCREEN = 800;
const KEYS_END = { 375: 1000, 1280: FIRST_SCREEN } as const;
const LIMIT = { 375: 2550, 1280: 1600 } as const;

for (const width of [375, 1280] as const) {
  test(`every pair answers in its first screen and stays short, ${width} px`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    await page.goto("embed-example.html");
    const host = page.locator("role-compare").first();
    await expect(host.locator(".rc-card")).toBeVisible();
    // Every pair in turn, in the page (one round trip): set the attributes, wait
    // for the card to name the pair, measure.
    const measured = await host.evaluate(async (el, pairs) => {
      const root = el.shadowRoot!;
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const out = [];
      for (const [a, b, caption] of pairs) {
        el.setAttribute("role-a", a);
        el.setAttribute("role-b", b);
        for (let waited = 0; root.querySelector(".rc-dims__title")?.textContent !== caption; waited++) {
          if (waited > 600) throw new Error(`the card never named ${a} and ${b}`);
          await frame();
        }
        const top = root.querySelector(".rc-card")!.getBoundingClientRect().top;
        const bottom = (selector: string) => Math.max(...[...root.querySelectorAll(selector)].map((e) => e.getBoundingClientRect().bottom - top));
        out.push({
          pair: `${a}/${b}`,
          firstScreen: Math.max(bottom(".rc-controls"), bottom(".rc-role"), root.querySelector(".rc-keys")!.getBoundingClientRect().top - top),
          keysEnd: bottom(".rc-keys"),
          height: root.querySelector(".rc-card")!.getBoundingClientRect().height,
          open: root.querySelectorAll("details[open]").length,
        });
      }
      return out;
    }, roles.flatMap((a, i) => roles.slice(i + 1).map((b) => [a.id, b.id, `${a.title} compared with ${b.title}, dimension by dimension`])));
    expect(measured).toHaveLength((roles.length * (roles.length - 1)) / 2);
    expect(measured.filter((m) => m.open > 0).map((m) => m.pair)).toEqual([]);
    const most = (key: "firstScreen" | "keysEnd" | "height") => measured.reduce((w, m) => (m[key] > w[key] ? m : w));
    const worst = {
      firstScreen: most("firstScreen").firstScreen,
      pair: most("firstScreen").pair,
      keysEnd: most("keysEnd").keysEnd,
      longest: most("keysEnd").pair,
      height: most("height").height,
      tallest: most("height").pair,
    };
    console.log(
      `${width} px: key differences start by ${worst.firstScreen.toFixed(0)} px (${worst.pair}) and end by ${worst.keysEnd.toFixed(0)} px (${worst.longest}), tallest card ${worst.height.toFixed(0)} px (${worst.tallest})`,
    );
    expect(worst.firstScreen, `first screen of ${worst.pair}`).toBeLessThanOrEqual(FIRST_SCREEN);
    expect(worst.keysEnd, `key differences of ${worst.longest}`).toBeLessThanOrEqual(KEYS_END[width]);
    expect(worst.height, `height of ${worst.tallest}`).toBeLessThanOrEqual(LIMIT[width]);
  });
}
