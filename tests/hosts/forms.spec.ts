import { expect, test, type Locator, type Page } from "@playwright/test";
import path from "node:path";
import { cardIsLive } from "../e2e/card-page";
import { AFTER, BEFORE, FORMS, type Form } from "./forms";
import { published, WIDGET_URL } from "./wordpress";

/*
 * Each form the README offers for WordPress, published in a real WordPress
 * (global-setup.ts) and read in Chromium at 1280 and 375 px (the projects):
 * the card where the form promises it, live once the reader reaches for it;
 * only the readable fallback where kses took the card; the frame with the
 * whole card for a pasted address; the theme's CSS changing no style inside
 * the card; not one console message. A screenshot of every post at each width
 * goes to test-results/hosts/.
 */

const SCREENSHOTS = path.join(__dirname, "../../test-results/hosts");

/** Text as WordPress shows it (wptexturize makes quotes and dashes typographic), compared plainly. */
const plain = (text: string) =>
  text
    .replace(/[‘’′]/g, "'")
    .replace(/[“”″]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/…/g, "...")
    .replace(/×/g, "x")
    .replace(/\s+/g, " ")
    .trim();

/** Every console message and uncaught error of the page and its frames. */
function watchConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on("console", (message) => messages.push(`${message.type()}: ${message.text()} (${message.location().url})`));
  page.on("pageerror", (error) => messages.push(`uncaught: ${error.message}`));
  return messages;
}

/** An element's box in the page's coordinates. */
const pageBox = (locator: Locator) =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { x: box.x + scrollX, y: box.y + scrollY, width: box.width, height: box.height };
  });

/** The text column: the box of the paragraph before the embed, and where the paragraph after it starts. */
async function textColumn(page: Page) {
  const before = await pageBox(page.getByText(BEFORE));
  const after = await pageBox(page.getByText(AFTER));
  return { left: before.x, right: before.x + before.width, top: before.y + before.height, bottom: after.y };
}

/** Fails unless `box` lies in the column, between the paragraphs around the embed (1 px of rounding). */
function expectInColumn(box: { x: number; y: number; width: number; height: number } | null, column: Awaited<ReturnType<typeof textColumn>>, what: string) {
  expect(box, `${what} is shown`).not.toBeNull();
  const { x, y, width, height } = box!;
  expect(width, `${what} has a width`).toBeGreaterThan(0);
  expect.soft({ left: x >= column.left - 1, right: x + width <= column.right + 1, top: y >= column.top - 1, bottom: y + height <= column.bottom + 1 },
    `${what} (${Math.round(x)}, ${Math.round(y)}, ${Math.round(width)} × ${Math.round(height)}) lies in the text column ` +
      `(${Math.round(column.left)} to ${Math.round(column.right)}, below ${Math.round(column.top)}, above ${Math.round(column.bottom)})`,
  ).toEqual({ left: true, right: true, top: true, bottom: true });
}

/**
 * The computed style of every element of the card in `host`'s shadow root,
 * from its container (`part="root"`) down (the mount point above it draws
 * nothing): one line per element, its properties sorted (custom properties
 * only the card's own, `--rc-*`).
 */
function cardStyles(host: Locator): Promise<string[]> {
  return host.evaluate((element) => {
    const root = element.shadowRoot!.querySelector('[part~="root"]')!;
    return [root, ...root.querySelectorAll("*")]
      .filter((node) => !["LINK", "STYLE", "TEMPLATE", "SCRIPT"].includes(node.tagName))
      .map((node) => {
        const style = getComputedStyle(node);
        const name = `${node.tagName.toLowerCase()}${[...node.classList].map((c) => `.${c}`).join("")}`;
        const values = [...style].filter((p) => !p.startsWith("--") || p.startsWith("--rc-")).sort().map((p) => `${p}: ${style.getPropertyValue(p)}`);
        return `${name} { ${values.join("; ")} }`;
      });
  });
}

/**
 * Fails if the theme changed any style inside the card: the card in the post
 * against the same code on a bare page of the widget host, at the same width
 * and in the same state (live).
 */
async function expectThemeChangesNothing(page: Page, host: Locator, code: string, prerendered: boolean) {
  const width = (await host.boundingBox())!.width;
  const inPost = await cardStyles(host);
  const bare = await page.context().newPage();
  try {
    await bare.route(`${WIDGET_URL}bare.html`, (route) =>
      route.fulfill({
        contentType: "text/html; charset=utf-8",
        body: `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bare page</title>${
          code.includes("role-compare.js") ? "" : `<script type="module" src="${WIDGET_URL}role-compare.js"></script>`
        }</head><body><div style="width:${width}px">${code}</div></body></html>`,
      }),
    );
    await bare.goto(`${WIDGET_URL}bare.html`);
    const bareHost = bare.locator("role-compare, [data-role-compare]");
    if (prerendered) await bareHost.hover();
    await cardIsLive(bareHost);
    const onBare = await cardStyles(bareHost);
    expect(inPost.length, "the card has as many elements in the post as on a bare page").toBe(onBare.length);
    const differences = inPost.flatMap((line, i) => {
      if (line === onBare[i]) return [];
      const [ours, theirs] = [line, onBare[i]].map((l) => new Set(l.slice(l.indexOf("{") + 2, -2).split("; ")));
      const changed = [...ours].filter((value) => !theirs.has(value));
      const lost = [...theirs].filter((value) => !ours.has(value));
      const name = (l: string) => l.slice(0, l.indexOf(" {"));
      return [`${name(line)}: ${changed.slice(0, 6).join("; ")} (a bare page's ${name(onBare[i])}: ${lost.slice(0, 6).join("; ")})`];
    });
    expect(differences.slice(0, 20), "styles inside the card that differ from a bare page's").toEqual([]);
  } finally {
    await bare.close();
  }
}

/**
 * The text of the post from the paragraph before the embed to the one after
 * it, block by block: what a reader sees (`seen`: text with a box that no
 * ancestor clips away) and what assistive technology reads (`read`: text not
 * hidden by display, visibility or aria-hidden).
 */
function postText(page: Page): Promise<{ seen: string[]; read: string[] }> {
  return page.evaluate(([before, after]) => {
    const paragraphs = [...document.querySelectorAll("p")];
    const from = paragraphs.find((p) => p.textContent === before)!;
    const to = paragraphs.find((p) => p.textContent === after)!;
    const block = (node: Node) => {
      let element = node.parentElement!;
      while (getComputedStyle(element).display.startsWith("inline") && element.parentElement) element = element.parentElement;
      return element;
    };
    const seen = (text: Text) => {
      const range = document.createRange();
      range.selectNodeContents(text);
      return [...range.getClientRects()].some((rect) => {
        let [left, top, right, bottom] = [rect.left, rect.top, rect.right, rect.bottom];
        for (let element = text.parentElement; element; element = element.parentElement) {
          const style = getComputedStyle(element);
          if (style.visibility !== "visible" || style.opacity === "0") return false;
          if (style.overflow !== "visible") {
            const box = element.getBoundingClientRect();
            [left, top, right, bottom] = [Math.max(left, box.left), Math.max(top, box.top), Math.min(right, box.right), Math.min(bottom, box.bottom)];
          }
        }
        return right - left >= 1 && bottom - top >= 1;
      });
    };
    const read = (text: Text) => {
      for (let element = text.parentElement; element; element = element.parentElement) {
        const style = getComputedStyle(element);
        if (style.display === "none" || style.visibility === "hidden" || element.getAttribute("aria-hidden") === "true") return false;
      }
      return true;
    };
    const lines = (keep: (text: Text) => boolean) => {
      const out: { block: Element; text: string }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const afterFrom = from.compareDocumentPosition(node) & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY);
        const beforeTo = to.contains(node) || to.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING;
        if (!(from.contains(node) || (afterFrom && beforeTo)) || !node.data.trim() || !keep(node)) continue;
        const home = block(node);
        if (out.at(-1)?.block === home) out.at(-1)!.text += node.data;
        else out.push({ block: home, text: node.data });
      }
      return out.map((line) => line.text);
    };
    return { seen: lines(seen), read: lines(read) };
  }, [BEFORE, AFTER]);
}

/** The fallback's blocks in `code` (its title, key differences, bottom line), as text. */
function fallbackLines(page: Page, code: string): Promise<string[]> {
  return page.evaluate((code) => {
    const fallback = new DOMParser().parseFromString(code, "text/html").querySelector(".rc-fallback");
    return [...(fallback?.querySelectorAll("p, li") ?? [])].map((block) => block.textContent ?? "");
  }, code);
}

for (const form of FORMS) {
  test(`${form.slug}: ${form.what}`, async ({ page }, testInfo) => {
    const { snippets, posts } = published();
    const post = posts[form.slug];
    const code = snippets[form.snippet];
    const messages = watchConsole(page);
    const coreRequests: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("role-compare-core")) coreRequests.push(request.url());
    });
    await page.goto(post.link);
    const content = page.locator(".wp-block-post-content");
    try {
      await expect(page.getByText(AFTER)).toBeVisible();
      // What the post holds leaves its structure whole: the paragraph after it is still in the post.
      await expect.soft(content.getByText(AFTER), "the paragraph after the embed is still in the post's content").toHaveCount(1, { timeout: 2000 });
      // Measured when asked: a card drawn late moves the paragraph after it.
      const column = () => textColumn(page);
      await check[form.shows](page, content, column, code, coreRequests);
    } finally {
      await page.screenshot({ path: path.join(SCREENSHOTS, `${form.slug}-${testInfo.project.name}.png`), fullPage: true });
    }
    expect(messages, "console messages").toEqual([]);
  });
}

type Column = Awaited<ReturnType<typeof textColumn>>;
type Check = (page: Page, content: Locator, column: () => Promise<Column>, code: string, coreRequests: string[]) => Promise<void>;

/** The card in the post, its fallback hidden, within the column. */
async function cardInColumn(content: Locator, column: () => Promise<Column>): Promise<Locator> {
  const host = content.locator("role-compare, [data-role-compare]");
  await expect(host).toHaveCount(1);
  await expect(host.locator(".rc-card")).toBeVisible();
  await expect(host.locator(".rc-fallback").first(), "the fallback, hidden by the card").toBeHidden();
  expectInColumn(await pageBox(host), await column(), "the card");
  return host;
}

const check: Record<Form["shows"], Check> = {
  /** The card at once, its core loaded only when the reader reaches for it. */
  async prerendered(page, content, column, code, coreRequests) {
    const host = await cardInColumn(content, column);
    await expect(host.locator(".rc-dims__title")).toHaveText(/^Operations Manager compared with Procurement Manager/);
    await page.waitForLoadState("load");
    expect(coreRequests, "the core is not loaded while the card is only read").toEqual([]);
    await host.hover();
    await cardIsLive(host);
    await expectThemeChangesNothing(page, host, code, true);
  },

  /** The card drawn once the script has loaded. */
  async drawn(page, content, column, code) {
    await cardIsLive(content.locator("role-compare, [data-role-compare]"));
    const host = await cardInColumn(content, column);
    await expect(host.locator(".rc-dims__title")).toHaveText(/^Operations Manager compared with Procurement Manager/);
    await expectThemeChangesNothing(page, host, code, false);
  },

  /** Only the fallback, readable and in the column: kses took the card. */
  async fallback(page, content, column, code) {
    await expect(page.locator("role-compare, template"), "kses took the element and its template").toHaveCount(0);
    const expected = [BEFORE, ...(await fallbackLines(page, code)), AFTER].map(plain);
    expect(expected.length, "the snippet has a fallback").toBeGreaterThan(4);
    const text = await postText(page);
    expect.soft(text.seen.map(plain).filter(Boolean), "what a reader sees of the post: the fallback, between the paragraphs").toEqual(expected);
    // A pre-rendered snippet's card, its template stripped, stays in the post as
    // markup WordPress hides only visually (its screen-reader-text class): no
    // attribute kses keeps can hide it from assistive technology without also
    // hiding the real card in its shadow root. Screen readers read it there.
    if (!code.includes("shadowrootmode")) {
      expect.soft(text.read.map(plain).filter(Boolean), "what assistive technology reads of the post: the fallback, between the paragraphs").toEqual(expected);
    }
    await expect(page.getByRole("link", { name: expected[1] }), "the title, linked").toHaveAttribute("href", /^http:\/\/127\.0\.0\.1:\d+\//, { timeout: 2000 });
    // Everything shown of it lies in the column.
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll(".rc-fallback, .rc-fallback *")]
        .map((node) => node.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0)
        .map((r) => ({ x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height })),
    );
    expect(boxes.length, "the fallback is shown").toBeGreaterThan(0);
    const inColumn = await column();
    for (const box of boxes) expectInColumn(box, inColumn, "a block of the fallback");
  },

  /** The pair's frame: shown, as tall as its whole card, live when the reader reaches for it. */
  async frame(page, content, column) {
    const frame = content.locator("iframe.wp-embedded-content");
    await expect(frame).toHaveCount(1);
    await expect(frame).toHaveAttribute("sandbox", "allow-scripts");
    // WordPress shows the frame (drops its clip) only once the frame has reported its height.
    await expect
      .poll(async () => (await frame.getAttribute("style")) ?? "", { message: "WordPress shows the frame (the frame reported its height)", timeout: 15_000 })
      .not.toMatch(/clip/);
    await expect(content.locator("blockquote.wp-embedded-content"), "the blockquote WordPress shows until then").toBeHidden();
    expectInColumn(await pageBox(frame), await column(), "the frame");
    const inner = (await (await frame.elementHandle())!.contentFrame())!;
    const fit = await inner.evaluate(() => ({
      page: document.documentElement.scrollHeight,
      card: Math.ceil(document.querySelector("role-compare")!.getBoundingClientRect().bottom),
      frame: innerHeight,
    }));
    expect(fit.card, `the whole card shows in the frame (${JSON.stringify(fit)})`).toBeLessThanOrEqual(fit.frame);
    expect(fit.page, `nothing scrolls inside the frame (${JSON.stringify(fit)})`).toBeLessThanOrEqual(fit.frame);
    const host = page.frameLocator("iframe.wp-embedded-content").locator("role-compare");
    await host.hover();
    await cardIsLive(host);
  },
};
