import { expect, test } from "@playwright/test";
import { kses, published } from "./wordpress";
import type { Snippets } from "./forms";

/*
 * Every kind of snippet through the test WordPress's own wp_kses_post (what an
 * Author's or Contributor's post passes on save): what remains to be seen, as
 * text, is only the fallback's (the pair's title, linked; its key
 * differences; its bottom line), block by block. The browser only parses HTML
 * here; what carries WordPress's screen-reader-text class (a pre-rendered
 * card's markup, its template stripped) every WordPress page hides visually.
 */

const KINDS: (keyof Snippets)[] = ["prerendered", "short", "div"];

for (const kind of KINDS) {
  test(`the ${kind} snippet through wp_kses_post leaves only its fallback's text`, async ({ page }) => {
    const code = published().snippets[kind];
    const kept = kses(code);
    const [fallback, left] = await page.evaluate(
      ([code, kept]) => {
        const parse = (html: string) => {
          const body = new DOMParser().parseFromString(html, "text/html").body;
          for (const hidden of body.querySelectorAll(".screen-reader-text")) hidden.remove();
          return body;
        };
        const text = (node: Element | null) => (node?.textContent ?? "").replace(/\s+/g, " ").trim();
        const read = (root: Element | null) => ({
          text: text(root),
          blocks: [...(root?.querySelectorAll("p, li") ?? [])].map(text),
          links: [...(root?.querySelectorAll("a[href]") ?? [])].map((a) => `${text(a)} -> ${a.getAttribute("href")}`),
        });
        return [read(parse(code).querySelector(".rc-fallback")), read(parse(kept))];
      },
      [code, kept],
    );
    expect(fallback.blocks.length, "the snippet has a fallback").toBeGreaterThan(2);
    expect(left.blocks, "the blocks kses leaves: the fallback's").toEqual(fallback.blocks);
    expect(left.text, `all the text kses leaves is the fallback's; it left:\n${kept.slice(0, 2000)}`).toBe(fallback.text);
    expect(left.links, "the title's link stays").toEqual(fallback.links);
  });
}
