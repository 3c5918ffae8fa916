import { readFileSync } from "node:fs";
import path from "node:path";
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
  // While the pair's page for the new choice loads, the snippet made for the
  // last choice is neither shown nor copied.
  await expect(generator.locator(".demo-gen__snippet")).toContainText('role-b="fleet-manager"><template');
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/compare/logistics-manager-vs-fleet-manager.html", async (route) => {
    await held;
    await route.continue();
  });
  await generator.getByLabel("Theme").selectOption("dark");
  await expect(generator.locator(".demo-gen__snippet")).toHaveText("Loading the pre-rendered card…");
  release();

  const preview = generator.locator("role-compare");
  await expect(preview.locator(".rc-dims__title")).toHaveText(/^Logistics Manager compared with Fleet Manager/);
  await expect(preview.locator(".rc-card")).toHaveAttribute("data-theme", "dark");

  // The pair's page markup, with absolute addresses and the theme chosen.
  const snippet = generator.locator(".demo-gen__snippet");
  await expect(snippet).toContainText('theme="dark"><template shadowrootmode="open">');
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
        "[^<]+</li>(<li>[^<]+</li>)+</ul>(<p>Bottom line: [^<]+</p>)?(<p>Moving between them: [^<]+</p>)?</div>\n</role-compare>$",
    );
  await expect(snippet).toHaveText(short());
  await expect(generator.locator(".demo-gen__note")).toBeHidden();

  await expect(generator.getByRole("radio", { name: /^Short snippet/ })).toBeChecked();

  // A post about one topic: only some dimensions, which only the short snippet can show.
  const kinds = ["Pre-rendered snippet", "Frame", "Address to paste", "Picture and link"];
  await generator.getByLabel(/^Pre-rendered snippet/).check();
  await generator.getByLabel("Career path").uncheck();
  // The form chosen could not show them: the choice moves to the short snippet, and says so.
  await expect(generator.getByRole("radio", { name: /^Short snippet/ })).toBeChecked();
  await expect(generator.locator(".demo-gen__note")).toHaveText(
    "Switched to the short snippet: only it can show a chosen set of dimensions.",
  );
  // Every other form is off while only some dimensions are chosen, and says why, in view and to assistive technology.
  for (const name of kinds) {
    const radio = generator.getByRole("radio", { name: new RegExp(`^${escape(name)}:`) });
    await expect(radio, name).toBeDisabled();
    const why = generator.locator(`#${await radio.getAttribute("aria-describedby")}`);
    await expect(why, name).toBeVisible();
    await expect(why, name).toContainText("Off while only some dimensions are checked");
    await expect(radio, name).toHaveAccessibleDescription(/^Off while only some dimensions are checked: the .+ every dimension\.$/);
  }
  await expect(generator.getByRole("radio", { name: /^Short snippet/ })).toBeEnabled();
  await generator.getByLabel("Skill set").uncheck();
  await expect(snippet).toHaveText(
    short(' dimensions="scope,supply-chain,vendors,people,strategy,finance,quality,risk,data,compliance,technology,customers,communication"'),
  );
  await expect(generator.locator("role-compare .rc-dim")).toHaveCount(13);

  // The last dimension shown cannot be unchecked: no empty list is ever handed out.
  const boxes = generator.locator(".demo-gen__dimensions input[type=checkbox]");
  await expect(boxes).toHaveCount(15);
  for (const box of (await boxes.all()).slice(1)) {
    if (await box.isChecked()) await box.uncheck();
  }
  const last = boxes.first();
  await expect(last).toBeChecked();
  await expect(last).toBeDisabled();
  await expect(last).toHaveAccessibleDescription("A card shows at least one dimension: this one stays.");
  await expect(generator.locator("#demo-gen-last-dimension")).toBeVisible();
  await expect(snippet).toContainText(' dimensions="scope" style="display:block"');
  await expect(generator.locator("role-compare .rc-dim")).toHaveCount(1);
  expect(await snippet.textContent()).not.toContain('dimensions=""');

  // Every dimension again: every form is back, without a reason; the choice stays the short snippet.
  await boxes.nth(1).check();
  await expect(last).toBeEnabled();
  await expect(generator.locator("#demo-gen-last-dimension")).toBeHidden();
  for (const box of await boxes.all()) await box.check();
  await expect(generator.locator(".demo-gen__why:visible")).toHaveCount(0);
  for (const name of kinds) {
    const radio = generator.getByRole("radio", { name: new RegExp(`^${escape(name)}:`) });
    await expect(radio, name).toBeEnabled();
    await expect(radio, name).not.toHaveAttribute("aria-describedby");
  }
  await expect(generator.getByRole("radio", { name: /^Short snippet/ })).toBeChecked();
  await expect(generator.locator(".demo-gen__note")).toBeHidden();
  await expect(snippet).toHaveText(short());

  // With some dimensions chosen while the short snippet is already the choice, nothing moves: no note.
  await generator.getByLabel("Career path").uncheck();
  await expect(generator.locator(".demo-gen__note")).toBeHidden();
});

test("the short snippet's fallback is the library's own, drawn in the browser as the README has it natively", async ({ page, baseURL }) => {
  const readme = readFileSync(path.join(__dirname, "../../README.md"), "utf8");
  const marker = "<!-- snippet: short operations-manager procurement-manager -->\n```html\n";
  const start = readme.indexOf(marker) + marker.length;
  const expected = readme.slice(start, readme.indexOf("\n```", start)).replaceAll("https://role-compare.github.io/role-compare/", baseURL!);
  await page.goto("index.html#embed");
  const generator = page.locator(".demo-gen");
  await generator.getByLabel(/^Short snippet/).check();
  await expect(generator.locator(".demo-gen__snippet")).toHaveText(expected);
});

test("a state: the short snippet and the frame carry it, the forms that show national pay step aside", async ({ page, baseURL }) => {
  await page.goto("index.html#embed");
  const generator = page.locator(".demo-gen");
  const snippet = generator.locator(".demo-gen__snippet");
  await generator.getByLabel(/^Pay figures for/).selectOption({ label: "Texas" });
  // The pre-rendered card is the pair page's, with the national pay: the choice moves, and says why.
  await expect(generator.getByRole("radio", { name: /^Short snippet/ })).toBeChecked();
  await expect(generator.locator(".demo-gen__note")).toHaveText(
    "Switched to the short snippet: the pre-rendered card, the pair's page and its picture show the national pay.",
  );
  await expect(snippet).toContainText('role-b="procurement-manager" theme="auto" state="TX" style="display:block"');
  // The preview follows.
  await expect(generator.locator("role-compare .rc-glance").first()).toContainText("in Texas, $105,770 nationally");
  for (const name of ["Pre-rendered snippet", "Address to paste", "Picture and link"]) {
    const radio = generator.getByRole("radio", { name: new RegExp(`^${escape(name)}:`) });
    await expect(radio, name).toBeDisabled();
    await expect(radio, name).toHaveAccessibleDescription(/^Off while a state is chosen: .+ the national pay\.$/);
  }
  await generator.getByLabel(/^Frame/).check();
  await expect(snippet).toContainText(`src="${baseURL}embed/operations-manager-vs-procurement-manager.html?state=TX"`);
  await generator.getByLabel("Theme").selectOption("dark");
  await expect(generator.getByLabel(/^The frame's address alone/)).toHaveText(
    `${baseURL}embed/operations-manager-vs-procurement-manager.html?theme=dark&state=TX`,
  );
  // The national figures again: every form is back.
  await generator.getByLabel(/^Pay figures for/).selectOption("");
  await expect(generator.getByRole("radio", { name: /^Pre-rendered snippet/ })).toBeEnabled();
  await expect(generator.getByLabel(/^The frame's address alone/)).toHaveText(
    `${baseURL}embed/operations-manager-vs-procurement-manager.html?theme=dark`,
  );
});

test("each role picker leaves out the role the other holds", async ({ page }) => {
  await page.goto("index.html#embed");
  const generator = page.locator(".demo-gen");
  const [a, b] = [generator.getByLabel("Role A"), generator.getByLabel("Role B")];
  await expect(a).toHaveValue("operations-manager");
  await expect(b).toHaveValue("procurement-manager");
  const disabled = (select: typeof a) => select.locator("option:disabled").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  await expect.poll(() => disabled(a)).toEqual(["procurement-manager"]);
  await expect.poll(() => disabled(b)).toEqual(["operations-manager"]);
  await b.selectOption("fleet-manager");
  await expect.poll(() => disabled(a)).toEqual(["fleet-manager"]);
  await a.selectOption("team-leader");
  await expect.poll(() => disabled(b)).toEqual(["team-leader"]);
  // A disabled option cannot be chosen.
  await expect(a.selectOption("fleet-manager", { timeout: 1000 })).rejects.toThrow();
  await expect(a).toHaveValue("team-leader");
  await generator.getByLabel(/^Short snippet/).check();
  await expect(generator.locator(".demo-gen__snippet")).toContainText('role-a="team-leader" role-b="fleet-manager"');
});

test("the generator hands out the frame, the address to paste and the picture with a link, each with where it works", async ({ page, context, baseURL, request }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
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
    `<iframe src="${baseURL}embed/${pair}.html?theme=light" title="Logistics Manager vs Fleet Manager" width="600" height="1000" frameborder="0" style="width:100%;border:0" loading="lazy"></iframe>\n` +
      `<script async src="${baseURL}role-compare-frame.js"></script>`,
  );
  // And the frame's address alone, for Notion and other hosts that take an address, with its own copy button.
  const address = generator.locator(".demo-gen__frame-address");
  await expect(address).toBeVisible();
  await expect(address).toContainText("for Notion");
  const frameAddress = `${baseURL}embed/${pair}.html?theme=light`;
  await expect(generator.getByLabel(/^The frame's address alone, for Notion/)).toHaveText(frameAddress);
  await address.getByRole("button", { name: "Copy the address" }).click();
  await expect(generator.locator(".demo-gen__status")).toHaveText("The frame's address is copied to the clipboard.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(frameAddress);
  await generator.getByLabel("Theme").selectOption("auto");
  await expect(generator.getByLabel(/^The frame's address alone/)).toHaveText(`${baseURL}embed/${pair}.html`);
  await generator.getByLabel("Theme").selectOption("light");
  await generator.getByLabel(/^Address to paste/).check();
  await expect(address).toBeHidden();
  await expect(snippet).toHaveText(`${baseURL}compare/${pair}.html`);
  await generator.getByLabel(/^Picture and link/).check();
  await expect(snippet).toContainText(`<a href="${baseURL}compare/${pair}.html"><img src="${baseURL}og/${pair}.png" width="600" height="315" alt="Logistics Manager vs Fleet Manager.`);
  // Every address handed out is there.
  for (const path of [`embed/${pair}.html`, `compare/${pair}.html`, `og/${pair}.png`, "role-compare-frame.js"]) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
});

/** Serves the demo page under `origin` (a public-looking address) from the local build, by answering every request there. */
async function serveAs(page: import("@playwright/test").Page, origin: string, baseURL: string) {
  await page.route(`${origin}**`, async (route) => {
    const response = await route.fetch({ url: route.request().url().replace(origin, baseURL) });
    await route.fulfill({ response });
  });
}

test("served from this computer, the generator says its code works only here and how to publish dist/", async ({ page, baseURL }) => {
  // The suite serves dist/ from 127.0.0.1: a local address.
  expect(new URL(baseURL!).hostname).toBe("127.0.0.1");
  await page.goto("index.html#embed");
  const generator = page.locator(".demo-gen");
  const local = generator.locator(".demo-gen__local");
  await expect(local).toBeVisible();
  await expect(local).toContainText(`point at ${new URL(baseURL!).host}`);
  await expect(local).toContainText("so they work only here");
  await expect(local).toContainText("publish dist/ on a public https host");
  await expect(local.getByRole("link", { name: "“Hosting dist/” in the README" })).toHaveAttribute(
    "href",
    "https://github.com/role-compare/role-compare#hosting-dist",
  );
  // Beside the code: in its column, right above it, for every form.
  const code = generator.locator(".demo-gen__snippet");
  for (const kind of [/^Pre-rendered snippet/, /^Short snippet/, /^Frame/, /^Address to paste/, /^Picture and link/]) {
    await generator.getByLabel(kind).check();
    await expect(local).toBeVisible();
    const [note, box] = [(await local.boundingBox())!, (await code.boundingBox())!];
    expect(note.y + note.height).toBeLessThanOrEqual(box.y);
    expect(box.y - (note.y + note.height)).toBeLessThan(80);
    expect(Math.abs(note.x - box.x)).toBeLessThan(20);
  }
});

test("served from a public address, the generator has no such note", async ({ page, baseURL }) => {
  const origin = "https://role-compare.example/";
  await serveAs(page, origin, baseURL!);
  await page.goto(`${origin}index.html#embed`);
  const generator = page.locator(".demo-gen");
  await expect(generator.getByLabel(/^Short snippet/)).toBeVisible();
  await generator.getByLabel(/^Short snippet/).check();
  await expect(generator.locator(".demo-gen__snippet")).toContainText(`src="${origin}role-compare.js"`);
  await expect(generator.locator(".demo-gen__local")).toHaveCount(0);
});
