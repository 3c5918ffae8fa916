import { expect, test, type Frame, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { openHostPage } from "./host-page";

/*
 * A pair's frame page (embed/<pair>.html) inside a frame sandboxed as
 * WordPress frames what it discovers through oEmbed: `allow-scripts` only (an
 * opaque origin, so the card's files load with CORS), a secret in the
 * address. It reports its height in the forms hosts understand.
 */

const PAIR = "operations-manager-vs-procurement-manager";
const SECRET = "Xy12ab34Cd";

/** A host page that frames the pair at 600 px (styled as `style` says) and keeps every message the frame posts. */
async function frameHost(page: Page, query = "", style = "border:0") {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript(() => {
    const w = window as any;
    w.received = [];
    addEventListener("message", (e) => w.received.push(e.data));
  });
  await openHostPage(
    page,
    `<iframe id="f" sandbox="allow-scripts" data-secret="${SECRET}" width="600" height="300" style="${style}"
       src="embed/${PAIR}.html${query}#?secret=${SECRET}"></iframe>`,
  );
  const frame = await waitForFrame(page);
  return { frame, errors };
}

async function waitForFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes("/embed/"))).toBe(true);
  const frame = page.frames().find((f) => f.url().includes("/embed/"))!;
  await frame.waitForLoadState();
  return frame;
}

/** The frame's content height, measured inside it: the bottom of its card in the document. */
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.querySelector("role-compare")!.getBoundingClientRect().bottom + scrollY));

/** The reader's pointer enters the frame, and its card goes live (the core loaded across origins). */
async function live(frame: Frame) {
  await frame.page().locator("#f").hover();
  await expect.poll(() => frame.evaluate(() => document.querySelector("role-compare")?.shadowRoot?.querySelector("button.rc-swap") !== null)).toBe(true);
}

test("a sandboxed frame answers WordPress's ready with its content height", async ({ page }) => {
  const { frame, errors } = await frameHost(page);
  await live(frame);
  // The frame's origin is opaque (no allow-same-origin): no storage, CORS for the core.
  expect(await frame.evaluate(() => origin)).toBe("null");
  // WordPress's host script, after the frame loaded: "ready", with the secret.
  await page.evaluate((secret) => {
    (window as any).received = [];
    (document.getElementById("f") as HTMLIFrameElement).contentWindow!.postMessage({ message: "ready", secret }, "*");
  }, SECRET);
  const wordpress = () => page.evaluate(() => (window as any).received.filter((m: any) => m && m.message === "height"));
  await expect.poll(async () => (await wordpress()).length).toBeGreaterThan(0);
  const [message] = await wordpress();
  expect(message.secret).toBe(SECRET);
  const height = await contentHeight(frame);
  expect(message.value).toBe(height);
  // WordPress clamps frames to 200-1,000 px: closed (the dimensions folded
  // behind one disclosure), the card fits at 600 px.
  expect(height).toBeGreaterThanOrEqual(200);
  expect(height).toBeLessThanOrEqual(1000);
  test.info().annotations.push({ type: "closed card height at 600 px", description: String(height) });
  // Sized to what it reports, the frame shows the whole card, no scrolling.
  await page.evaluate((h) => ((document.getElementById("f") as HTMLIFrameElement).height = String(h)), height);
  await expect.poll(() => frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);
  expect(errors).toEqual([]);
});

test("the frame reports every change of its height as iframe.resize, AMP's embed-size and our own message", async ({ page }) => {
  const { frame } = await frameHost(page);
  await live(frame);
  const last = (pick: (m: any) => number | undefined) =>
    page.evaluate((source) => {
      const read = new Function("m", `return (${source})(m)`) as (m: any) => number | undefined;
      const heights = (window as any).received.map((m: any) => read(m)).filter((h: any) => typeof h === "number");
      return heights.at(-1);
    }, pick.toString());
  const resize = (m: any) => {
    if (typeof m !== "string") return undefined;
    const data = JSON.parse(m);
    return data.context === "iframe.resize" ? data.height : undefined;
  };
  const amp = (m: any) => (m && m.sentinel === "amp" && m.type === "embed-size" ? m.height : undefined);
  const ours = (m: any) => (m && m.type === "role-compare:height" ? m.height : undefined);
  const closed = await contentHeight(frame);
  await expect.poll(() => last(resize)).toBe(closed);
  expect(await last(amp)).toBe(closed);
  expect(await last(ours)).toBe(closed);
  // Opening the folded dimensions grows the card: the new height is reported.
  await frame.locator(".rc-dims__fold-summary").click();
  await expect.poll(() => contentHeight(frame)).toBeGreaterThan(closed);
  await expect.poll(async () => (await last(resize)) === (await contentHeight(frame)) && (await last(amp)) === (await last(resize))).toBe(true);
});

test("role-compare-frame.js sizes a host's frames to their cards, and ?theme= sets the theme", async ({ page }) => {
  await openHostPage(
    page,
    `<iframe id="f" sandbox="allow-scripts" width="600" height="300" style="border:0" src="embed/${PAIR}.html?theme=dark"></iframe>
     <script src="role-compare-frame.js"></script>`,
  );
  const frame = await waitForFrame(page);
  await expect(frame.locator(".rc-card")).toHaveAttribute("data-theme", "dark");
  await live(frame);
  await expect(frame.locator(".rc-card")).toHaveAttribute("data-theme", "dark");
  const height = await contentHeight(frame);
  await expect.poll(() => page.evaluate(() => document.getElementById("f")!.getBoundingClientRect().height)).toBe(height);
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate((w) => (document.getElementById("f")!.style.width = `${Math.min(600, w - 16)}px`), width);
    // A loaded machine may take a while to lay the frame out again and report.
    await expect
      .poll(async () => (await page.evaluate(() => document.getElementById("f")!.getBoundingClientRect().height)) === (await contentHeight(frame)), {
        timeout: 15_000,
      })
      .toBe(true);
    await page.screenshot({ path: `test-results/screenshots/frame-${width}.png`, fullPage: true });
  }
});

test("every pair's frame, as first shown, fits the 1,000 px a host allows at every width from 320 to 600 px", async ({ page }) => {
  test.setTimeout(120_000);
  const data = JSON.parse(readFileSync(path.join(__dirname, "../../data/roles.json"), "utf8"));
  const roles: { id: string; title: string }[] = data.roles;
  const pairs = roles.flatMap((a, i) => roles.slice(i + 1).map((b) => [a.id, b.id, `${a.title} compared with ${b.title}, dimension by dimension`]));
  // A folded card, as a frame page shows it (no margin around it), at each width in
  // turn; every pair in the page in one round trip.
  await openHostPage(page, '<role-compare folded style="display:block;margin:0"></role-compare>');
  const host = page.locator("role-compare");
  await expect(host.locator(".rc-card")).toBeVisible();
  const measured = await host.evaluate(async (el, { pairs, widths }) => {
    const root = el.shadowRoot!;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const out: { width: number; pair: string; height: number; open: number }[] = [];
    for (const width of widths) {
      (el as HTMLElement).style.width = `${width}px`;
      for (const [a, b, caption] of pairs) {
        el.setAttribute("role-a", a);
        el.setAttribute("role-b", b);
        for (let waited = 0; root.querySelector(".rc-dims")?.getAttribute("aria-label") !== caption; waited++) {
          if (waited > 600) throw new Error(`the card never named ${a} and ${b}`);
          await frame();
        }
        out.push({ width, pair: `${a}/${b}`, height: Math.ceil(el.getBoundingClientRect().height), open: root.querySelectorAll("details[open]").length });
      }
    }
    return out;
  }, { pairs, widths: [320, 343, 375, 400, 450, 500, 550, 600] });
  expect(measured).toHaveLength(8 * pairs.length);
  expect(measured.filter((m) => m.open > 0)).toEqual([]);
  const tallest = measured.reduce((w, m) => (m.height > w.height ? m : w));
  console.log(`frames: tallest ${tallest.height} px (${tallest.pair} at ${tallest.width} px)`);
  expect(measured.filter((m) => m.height > 1000).map((m) => `${m.pair} at ${m.width} px: ${m.height} px`)).toEqual([]);
});

test("a frame kept hidden as WordPress keeps it until it reports tells its height without being asked", async ({ page }) => {
  // wp-embed.js clips the frame out of sight until its first height message, and sends
  // "ready" before the frame listens: no rendering step runs in it, and no ready arrives.
  const { frame, errors } = await frameHost(page, "", "position: absolute; clip: rect(1px, 1px, 1px, 1px)");
  const heights = () => page.evaluate(() => (window as any).received.filter((m: any) => m && m.message === "height").map((m: any) => m.value));
  await expect.poll(async () => (await heights()).length).toBeGreaterThan(0);
  expect(Math.min(...(await heights()))).toBeGreaterThan(0);
  // The last report is the card's height with its stylesheet: what WordPress then shows.
  await expect.poll(async () => (await heights()).at(-1)).toBe(await contentHeight(frame));
  expect(errors).toEqual([]);
});
