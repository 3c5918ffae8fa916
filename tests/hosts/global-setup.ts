import { chromium } from "@playwright/test";
import { writeFileSync } from "node:fs";
import { AFTER, BEFORE, FORMS, PAIR, type Snippets } from "./forms";
import { launchOptions } from "./playwright.config";
import { htmlBlock, paragraph, POSTS_FILE, publish, rest, WIDGET_URL } from "./wordpress";

/**
 * Each form's code, made as the demo page's generator makes it
 * (site/src/snippet.rs, site/src/demo/prerendered.rs) from the pair's page in
 * dist/: the pre-rendered snippet is the script tag and the page's element
 * with every address made absolute; the short one the script tag and the
 * element with the page's fallback, linked to the demo page; the div form the
 * README's, with the same fallback; the address the pair page's.
 */
async function snippetsFromDist(): Promise<Snippets> {
  const browser = await chromium.launch(launchOptions);
  try {
    const page = await browser.newPage();
    const address = `${WIDGET_URL}compare/${PAIR.a}-vs-${PAIR.b}.html`;
    await page.goto(address);
    const { element, fallback } = await page.evaluate(async (address) => {
      const html = await (await fetch(address)).text();
      const element = new DOMParser().parseFromString(html, "text/html").querySelector("role-compare")!;
      const template = element.querySelector("template")!;
      for (const linked of [element, ...element.querySelectorAll("[href]"), ...template.content.querySelectorAll("[href]")]) {
        const href = linked.getAttribute("href");
        if (href) linked.setAttribute("href", new URL(href, address).href);
      }
      const fallback = element.querySelector(":scope > .rc-fallback")!.cloneNode(true) as Element;
      fallback.querySelector("a")!.setAttribute("href", new URL(`../index.html?a=${element.getAttribute("role-a")}&b=${element.getAttribute("role-b")}`, address).href);
      return { element: element.outerHTML, fallback: fallback.outerHTML };
    }, address);
    const script = `<script type="module" src="${WIDGET_URL}role-compare.js"></script>`;
    return {
      prerendered: `${script}\n${element}`,
      short: `${script}\n<role-compare role-a="${PAIR.a}" role-b="${PAIR.b}" theme="auto" style="display:block">\n  ${fallback}\n</role-compare>`,
      div: `<div data-role-compare data-role-a="${PAIR.a}" data-role-b="${PAIR.b}" data-theme="auto">\n  ${fallback}\n</div>`,
      address,
    };
  } finally {
    await browser.close();
  }
}

/** What the block editor saves for a pasted address on its own line. */
const embedBlock = (url: string) =>
  `<!-- wp:embed {"url":"${url}"} -->\n<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\n${url}\n</div></figure>\n<!-- /wp:embed -->`;

/** Publishes every form (forms.ts) through the REST API and records the posts for the specs. */
export default async function globalSetup() {
  const snippets = await snippetsFromDist();
  // The Administrator's reusable block, for the Author's post.
  const block = await rest("admin", "wp/v2/blocks", {
    title: "Role comparison",
    content: htmlBlock(snippets.prerendered),
    status: "publish",
  });
  const posts: Record<string, object> = {};
  await Promise.all(
    FORMS.map(async (form) => {
      const embed =
        form.slug === "reusable-author"
          ? `<!-- wp:block {"ref":${block.id}} /-->`
          : form.shows === "frame"
            ? embedBlock(snippets.address)
            : htmlBlock(snippets[form.snippet]);
      const content = [paragraph(BEFORE), embed, paragraph(AFTER)].join("\n\n");
      const post = await publish(form.user, form.slug, `Roles compared: ${form.slug}`, content);
      posts[form.slug] = { ...form, ...post };
    }),
  );
  writeFileSync(POSTS_FILE, JSON.stringify({ snippets, posts }, null, 2));
}
