import { expect, test } from "@playwright/test";
import { openHostPage, SCRIPT } from "./host-page";

/** `text` as a regular expression that matches it literally. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("the embed generator hands out the pre-rendered snippet, which works on another page", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("index.html#embed");
  const generator = page.locator(".demo-gen");
  await expect(generator).toBeVisible();
  await generator.getByLabel("Role A").selectOption("logistics-manager");
  await generator.getByLabel("Role B").selectOption("fleet-manager");
  await generator.getByLabel("Theme").selectOption("dark");

  const preview = generator.locator("role-compare");
  await expect(preview.locator(".rc-dims__title")).toHaveText(/^Logistics Manager compared with Fleet Manager/);
  await expect(preview.locator(".rc-card")).toHaveAttribute("data-theme", "dark");

  // The pair's page markup, with absolute addresses and the theme chosen.
  const snippet = generator.locator(".demo-gen__snippet");
  await expect(snippet).toContainText("<template shadowrootmode=\"open\">");
  const text = (await snippet.textContent())!;
  expect(text.startsWith(
    `<script type="module" src="${baseURL}role-compare.js"></script>\n` +
      `<role-compare role-a="logistics-manager" role-b="fleet-manager" theme="dark"><template shadowrootmode="open">` +
      `<link rel="stylesheet" href="${baseURL}role-compare.css">`,
  )).toBe(true);
  expect(text).toContain('data-theme="dark"');
  expect(text).toContain(`href="${baseURL}compare/logistics-manager-vs-fleet-manager.html"`);
  expect(text).not.toContain('href="../');
  expect(text.trimEnd().endsWith("</role-compare>")).toBe(true);
  // Its fallback: the title linked to the pair's page, the key differences.
  expect(text).toContain(`<div class="rc-fallback"><p><a href="${baseURL}compare/logistics-manager-vs-fleet-manager.html">Logistics Manager vs Fleet Manager</a></p><ul><li>`);
  await generator.getByRole("button", { name: "Copy", exact: true }).click();
  await expect(generator.locator(".demo-gen__status")).toHaveText("Copied to the clipboard.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

  // Pasted into a blog post, it shows the card before any script.
  const element = text.slice(text.indexOf("<role-compare"));
  await page.route("**/role-compare.js", (route) => route.abort());
  await openHostPage(page, element, { head: SCRIPT });
  await expect(page.locator("role-compare .rc-dims__title")).toHaveText(/^Logistics Manager compared with Fleet Manager/);
  await expect(page.locator("role-compare .rc-card")).toHaveCSS("background-color", "rgb(21, 26, 34)");
});

test("the short snippet on request, and for a chosen set of dimensions", async ({ page, baseURL }) => {
  await page.goto("index.html#embed");
  const generator = page.locator(".demo-gen");
  await generator.getByLabel("Role A").selectOption("fleet-manager");
  await generator.getByLabel("Role B").selectOption("logistics-manager");
  const snippet = generator.locator(".demo-gen__snippet");
  // Reversed from the pair page's order: the pre-rendered snippet says so.
  await expect(generator.locator(".demo-gen__note")).toHaveText(
    "Pre-rendered, the pair reads as on its page: Logistics Manager first, then Fleet Manager. The short snippet keeps your order.",
  );
  await generator.getByLabel(/^Short snippet/).check();
  // The element is a block from the start; its fallback is the title linked, the key differences and bottom line.
  const short = (dimensions = "") =>
    new RegExp(
      "^" +
        escape(
          `<script type="module" src="${baseURL}role-compare.js"></script>\n` +
            `<role-compare role-a="fleet-manager" role-b="logistics-manager" theme="auto"${dimensions} style="display:block">\n` +
            `  <div class="rc-fallback"><p><a href="${baseURL}index.html?a=fleet-manager&amp;b=logistics-manager">Fleet Manager vs Logistics Manager</a></p><ul><li>`,
        ) +
        "[^<]+</li>(<li>[^<]+</li>)+</ul>(<p>Bottom line: [^<]+</p>)?</div>\n</role-compare>$",
    );
  await expect(snippet).toHaveText(short());
  await expect(generator.locator(".demo-gen__note")).toBeHidden();

  // A post about one topic: only some dimensions, which only the short snippet can show.
  await generator.getByLabel(/^Pre-rendered snippet/).check();
  await generator.getByLabel("Career path").uncheck();
  await generator.getByLabel("Skill set").uncheck();
  await expect(generator.locator(".demo-gen__note")).toHaveText("Only the short snippet can show a chosen set of dimensions.");
  await expect(snippet).toHaveText(
    short(' dimensions="scope,supply-chain,vendors,people,strategy,finance,quality,risk,data,compliance,technology,customers,communication"'),
  );
  await expect(generator.locator("role-compare .rc-dim")).toHaveCount(13);
});

test("the generator hands out the frame, the address to paste and the picture with a link, each with where it works", async ({ page, baseURL, request }) => {
  await page.goto("index.html#embed");
  const generator = page.locator(".demo-gen");
  await generator.getByLabel("Role A").selectOption("fleet-manager");
  await generator.getByLabel("Role B").selectOption("logistics-manager");
  await generator.getByLabel("Theme").selectOption("light");
  const snippet = generator.locator(".demo-gen__snippet");
  // Every form has its line on where it works; the code sits beside the choices, the preview after them.
  await expect(generator.locator(".demo-gen__kind label")).toHaveCount(5);
  for (const where of ["allow scripts", "frames but not scripts", "oEmbed", "newsletters, Substack, Medium"]) {
    await expect(generator.locator(".demo-gen__kind")).toContainText(where);
  }
  const [kind, code, preview] = await Promise.all(
    [".demo-gen__kind", ".demo-gen__snippet", ".demo-gen__preview"].map(async (s) => (await generator.locator(s).boundingBox())!),
  );
  expect(preview.y).toBeGreaterThan(Math.max(kind.y + kind.height, code.y + code.height));

  const pair = "logistics-manager-vs-fleet-manager";
  await generator.getByLabel(/^Frame/).check();
  await expect(snippet).toHaveText(
    `<iframe src="${baseURL}embed/${pair}.html?theme=light" title="Logistics Manager vs Fleet Manager" width="600" height="1000" style="width:100%;border:0" loading="lazy"></iframe>\n` +
      `<script async src="${baseURL}role-compare-frame.js"></script>`,
  );
  await generator.getByLabel(/^Address to paste/).check();
  await expect(snippet).toHaveText(`${baseURL}compare/${pair}.html`);
  await generator.getByLabel(/^Picture and link/).check();
  await expect(snippet).toContainText(`<a href="${baseURL}compare/${pair}.html"><img src="${baseURL}og/${pair}.png" width="600" height="315" alt="Logistics Manager vs Fleet Manager.`);
  // Every address handed out is there.
  for (const path of [`embed/${pair}.html`, `compare/${pair}.html`, `og/${pair}.png`, "role-compare-frame.js"]) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
});
