import { expect, test, type Browser, type Locator, type Page, type TestInfo } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cardIsLive } from "../e2e/card-page";
import { paragraph, publish, rest, WIDGET_URL, WP_DIR, WP_URL } from "./wordpress";

/*
 * The WordPress plugin (dist/wordpress/role-compare.zip, which
 * tests/hosts/wordpress.sh installs and activates), in the real WordPress:
 * an Author inserts the block and the shortcode (through the REST API, and
 * the block through the editor itself), pastes a pair's address; a reader
 * sees the card painted with the page (in its HTML, no script needed) and
 * live after reaching for it, with the core from the blog's own plugin
 * folder and nothing from another origin; bad input shows the nearest pair's
 * fallback and a note only editors see, and no PHP warning; a bad setting is
 * refused with a message; uninstalling removes the option. Screenshots at
 * 1280 and 375 px go to test-results/hosts/plugin-*.png.
 *
 * The spec adds one must-use plugin to the throwaway WordPress (written here,
 * gone with its folder): it logs every PHP error and "doing it wrong" notice
 * raised in the plugin's files, and gives the plugin's option its stored value
 * only to requests with the cookie `role_compare_real_option`; every other
 * request sees it empty (the default). So the settings test, which saves a
 * real value for a moment, changes nothing for the tests that run beside it.
 */

const SCREENSHOTS = path.join(__dirname, "../../test-results/hosts");
const PLUGIN = "role-compare/role-compare.php";
/** Where the plugin serves the widget's files from: the blog itself. */
const WIDGET = `${WP_URL}/wp-content/plugins/role-compare/widget/`;
const HOSTED = "https://role-compare.github.io/role-compare/";
const ERRORS = path.join(WP_DIR, "wp-content", "role-compare-php-errors.log");
const REAL_OPTION = "role_compare_real_option";
const installed = process.env.WP_PLUGIN === PLUGIN;

const MU_PLUGIN = `<?php
/**
 * Plugin Name: role-compare plugin tests
 * Description: Written by tests/hosts/plugin.spec.ts in the throwaway WordPress only.
 */
// Every PHP error and "doing it wrong" notice from the plugin's files, for the tests to read.
set_error_handler(function ($level, $message, $file, $line) {
    if (strpos($file, '/plugins/role-compare/') !== false) {
        file_put_contents(WP_CONTENT_DIR . '/role-compare-php-errors.log', "PHP error $level: $message ($file:$line)\\n", FILE_APPEND);
    }
    return false;
});
add_action('doing_it_wrong_run', function ($function, $message) {
    if (strpos($function . $message, 'role-compare') !== false) {
        file_put_contents(WP_CONTENT_DIR . '/role-compare-php-errors.log', "doing it wrong: $function: $message\\n", FILE_APPEND);
    }
}, 10, 2);
// The option as stored only for the settings test (its cookie); empty, the default, for every other request.
add_filter('pre_option_role_compare_host', function ($pre) {
    return isset($_COOKIE['${REAL_OPTION}']) ? $pre : '';
});
`;

/** Runs PHP code with the test WordPress loaded; returns what it printed. */
function php(code: string): string {
  const url = new URL(WP_URL);
  return execFileSync("php", [], {
    input: `<?php
$_SERVER['HTTP_HOST'] = '${url.host}';
$_SERVER['WORDPRESS_CONFIG'] = 'role-compare-tests';
require '/usr/share/wordpress/wp-load.php';
${code}`,
    encoding: "utf8",
  });
}

/** The project's width (1280 or 375). */
const width = (testInfo: TestInfo) => testInfo.project.use.viewport?.width ?? 1280;

/** A browser context at the project's size; without script if asked. */
const newContext = (browser: Browser, testInfo: TestInfo, options: { javaScriptEnabled?: boolean } = {}) =>
  browser.newContext({ viewport: testInfo.project.use.viewport ?? { width: 1280, height: 800 }, ...options });

/** A full-page screenshot into test-results/hosts/. */
async function screenshot(page: Page, name: string, testInfo: TestInfo) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `plugin-${name}-${width(testInfo)}.png`), fullPage: true });
}

/** Logs `user` in through wp-login.php (the throwaway password install.php set). */
async function logIn(page: Page, user: "admin" | "author") {
  await page.goto(`${WP_URL}/wp-login.php`);
  await page.locator("#user_login").fill(user);
  await page.locator("#user_pass").fill(process.env.WP_LOGIN_PASSWORD ?? "");
  await page.locator("#wp-submit").click();
  await page.waitForURL(/\/wp-admin\//);
}

/** A post's HTML as an anonymous reader gets it. */
async function html(link: string): Promise<string> {
  const response = await fetch(link);
  expect(response.status, `${link} answers`).toBe(200);
  return response.text();
}

/** Every request a page makes, by address. */
function watchRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  return urls;
}

/** What the plugin logged of PHP errors in its own files (empty: none). */
const phpErrors = () => (existsSync(ERRORS) ? readFileSync(ERRORS, "utf8") : "");

/** The block's comment, as the block editor saves it. */
const block = (attributes: object) => `<!-- wp:role-compare/card ${JSON.stringify(attributes)} /-->`;
/** The Shortcode block holding `code`. */
const shortcodeBlock = (code: string) => `<!-- wp:shortcode -->\n${code}\n<!-- /wp:shortcode -->`;
/** The Embed block the editor saves for a pasted address. */
const embedBlock = (url: string) =>
  `<!-- wp:embed {"url":"${url}","type":"rich","providerNameSlug":"role-compare"} -->\n<figure class="wp-block-embed is-type-rich is-provider-role-compare"><div class="wp-block-embed__wrapper">\n${url}\n</div></figure>\n<!-- /wp:embed -->`;

/** Each project publishes its own posts (the projects run side by side). */
const slug = (name: string, testInfo: TestInfo) => `plugin-${name}-${testInfo.project.name}`;

/** Checks the card in `host` is pre-rendered and complete: both titles, the key differences, every dimension. */
async function expectCard(host: Locator, titles: [string, string], theme?: string) {
  const card = host.locator(".rc-card");
  await expect(card).toBeVisible();
  await expect(card.locator(".rc-role__title")).toHaveText(titles);
  await expect(card.locator(".rc-keys__list li").first()).toBeVisible();
  await expect(card.locator(".rc-dim")).toHaveCount(15);
  if (theme) await expect(card).toHaveAttribute("data-theme", theme);
  // The shadow root holds the stylesheet's link, the card's mount and the fallback's slot: nothing wpautop added.
  const children = await host.evaluate((element) => [...element.shadowRoot!.children].map((child) => `${child.tagName}${child.hasAttribute("data-rc-mount") ? "[data-rc-mount]" : ""}`));
  expect(children.filter((tag) => !["LINK", "SLOT"].includes(tag))).toEqual(["DIV[data-rc-mount]"]);
  // The fallback stays inside the element (hidden by the card), not pushed out of it by a stray paragraph.
  await expect(host.locator(":scope > .rc-fallback")).toHaveCount(1);
  await expect(host.locator(":scope > .rc-fallback")).toBeHidden();
}

test.describe("the WordPress plugin", () => {
  test.skip(!installed, "no plugin installed: make build writes dist/wordpress/role-compare.zip, which wordpress.sh installs");

  test.beforeAll(() => {
    writeFileSync(path.join(WP_DIR, "wp-content", "mu-plugins", "role-compare-plugin-tests.php"), MU_PLUGIN);
  });

  test.afterEach(() => {
    expect(phpErrors(), "PHP errors raised in the plugin's files").toBe("");
  });

  test("an Author's block and shortcode: the card is in the post's HTML, painted without script", async ({ browser }, testInfo) => {
    const post = await publish(
      "author",
      slug("block", testInfo),
      "Two roles compared (the plugin's block and shortcode)",
      [
        paragraph("The block, the roles picked the other way round, light:"),
        block({ roleA: "procurement-manager", roleB: "operations-manager", theme: "light" }),
        paragraph("The shortcode, dark:"),
        shortcodeBlock('[role-compare a="plant-manager" b="team-leader" theme="dark"]'),
        paragraph("That was the comparison; the post goes on here."),
      ].join("\n\n"),
    );
    // kses kept what the Author wrote (the plugin renders it; nothing to filter).
    const saved = await rest("author", `wp/v2/posts/${post.id}?context=edit`);
    expect(saved.content.raw).toContain('<!-- wp:role-compare/card {"roleA":"procurement-manager","roleB":"operations-manager","theme":"light"} /-->');
    expect(saved.content.raw).toContain('[role-compare a="plant-manager" b="team-leader" theme="dark"]');

    // The HTML: both cards pre-rendered in the page order of their pair, their files on the blog.
    const page_ = await html(post.link);
    expect(page_).toContain('<role-compare theme="light" role-a="operations-manager" role-b="procurement-manager"><template shadowrootmode="open">');
    expect(page_).toContain('<role-compare theme="dark" role-a="team-leader" role-b="plant-manager"><template shadowrootmode="open">');
    expect(page_.match(/<link rel="stylesheet" href="([^"]+)"/g)?.filter((l) => l.includes("role-compare.css"))).toEqual([
      `<link rel="stylesheet" href="${WIDGET}role-compare.css"`,
      `<link rel="stylesheet" href="${WIDGET}role-compare.css"`,
    ]);
    expect(page_).toMatch(new RegExp(`<script type="module" src="${WIDGET.replace(/[.?]/g, "\\$&")}role-compare\\.js\\?ver=[^"]+" id="role-compare-js"></script>`));
    expect(page_.match(/<script type="module"/g)).toHaveLength(1);
    expect(page_).toContain(`<a href="${HOSTED}compare/operations-manager-vs-procurement-manager.html">Operations Manager vs Procurement Manager</a>`);
    expect(page_).not.toContain("role-compare-notice");

    // Without script, the reader sees both cards whole.
    const context = await newContext(browser, testInfo, { javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(post.link);
      const hosts = page.locator("role-compare");
      await expect(hosts).toHaveCount(2);
      await expectCard(hosts.nth(0), ["Operations Manager", "Procurement Manager"], "light");
      await expectCard(hosts.nth(1), ["Team Leader", "Plant Manager"], "dark");
      await screenshot(page, "block-and-shortcode-without-script", testInfo);
    } finally {
      await context.close();
    }
  });

  test("a reader sees the card with the page, and it comes alive when reached for, all from the blog", async ({ browser }, testInfo) => {
    const post = await publish(
      "author",
      slug("reader", testInfo),
      "Which role suits you?",
      [paragraph("Here is how the two roles compare."), block({ roleA: "operations-manager", roleB: "procurement-manager" }), paragraph("That was the comparison.")].join("\n\n"),
    );
    const context = await newContext(browser, testInfo);
    try {
      const page = await context.newPage();
      const requests = watchRequests(page);
      const messages: string[] = [];
      page.on("console", (message) => messages.push(`${message.type()}: ${message.text()}`));
      page.on("pageerror", (error) => messages.push(`uncaught: ${error.message}`));
      await page.goto(post.link);
      const host = page.locator("role-compare");
      await expectCard(host, ["Operations Manager", "Procurement Manager"], "auto");
      // Only read: the core is not loaded.
      await page.waitForLoadState("networkidle");
      expect(requests.filter((url) => url.includes("role-compare-core")), "the core, before the reader reaches for the card").toEqual([]);
      await screenshot(page, "reader-before", testInfo);

      // The pointer enters the card: the core comes from the plugin's folder on the blog.
      const wasm = page.waitForRequest(`${WIDGET}role-compare-core_bg.wasm`);
      await host.locator(".rc-card").hover();
      await wasm;
      await cardIsLive(host);
      expect(requests).toContain(`${WIDGET}role-compare-core.js`);
      // A pick works.
      await host.locator(".rc-card").getByLabel("Second role").selectOption("plant-manager");
      await expect(host.locator(".rc-role__title")).toHaveText(["Operations Manager", "Plant Manager"]);
      await screenshot(page, "reader-live", testInfo);

      // Nothing came from another origin.
      const origin = new URL(WP_URL).origin;
      expect(requests.filter((url) => !url.startsWith("data:") && new URL(url).origin !== origin), "requests to another origin").toEqual([]);
      // No console message, but one: PHP's built-in server (the test's router.php) serves .wasm as
      // application/octet-stream, so the core's loader compiles it from its bytes instead, and says so.
      expect(messages.filter((m) => !m.startsWith("warning: `WebAssembly.instantiateStreaming`")), "console messages").toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("a pasted pair address embeds the card without discovery, in a block post and a classic one", async ({ browser }, testInfo) => {
    const address = `${HOSTED}compare/operations-manager-vs-procurement-manager.html`;
    // The editor's preview asks the oEmbed proxy: the plugin answers with the card (WordPress may fetch nothing here).
    const preview = await rest("author", `oembed/1.0/proxy?url=${encodeURIComponent(address)}`);
    expect(preview.type).toBe("rich");
    expect(preview.html).toContain('<role-compare role-a="operations-manager" role-b="procurement-manager"><template shadowrootmode="open">');
    // Only for those who may edit posts, as WordPress's own proxy.
    expect((await fetch(`${WP_URL}/wp-json/oembed/1.0/proxy?url=${encodeURIComponent(address)}`)).status).toBe(401);

    const blocks = await publish("author", slug("address", testInfo), "A pasted address", [paragraph("Before."), embedBlock(address), paragraph("After.")].join("\n\n"));
    // Written without blocks (the classic editor): wpautop and wptexturize run over the post.
    const classic = await publish(
      "author",
      slug("address-classic", testInfo),
      "A pasted address, classic",
      `The roles' differences, in "plain" words:\n\n${address.replace("operations-manager-vs-procurement-manager", "procurement-manager-vs-operations-manager")}\n\nAnd a shortcode:\n\n[role-compare a="buyer" b="purchasing-agent"]\n\nA frame page's address, dark:\n\n${HOSTED}embed/warehouse-manager-vs-fleet-manager.html?theme=dark\n\nThe end.`,
    );
    const context = await newContext(browser, testInfo, { javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      for (const [post, name] of [[blocks, "address-block"], [classic, "address-classic"]] as const) {
        const text = await html(post.link);
        expect(text).not.toContain("<iframe");
        await page.goto(post.link);
        await expect(page.locator("role-compare").first()).toBeVisible();
        await expectCard(page.locator("role-compare").first(), ["Operations Manager", "Procurement Manager"]);
        await screenshot(page, name, testInfo);
      }
      await expectCard(page.locator("role-compare").nth(1), ["Retail Buyer", "Purchasing Agent"]);
      await expectCard(page.locator("role-compare").nth(2), ["Warehouse Manager", "Fleet Manager"], "dark");
    } finally {
      await context.close();
    }
  });

  test("an unknown role shows the nearest pair's fallback, with a note only editors see, and no PHP warning", async ({ browser }, testInfo) => {
    const post = await publish(
      "author",
      slug("unknown", testInfo),
      "Roles that do not exist",
      [
        paragraph("A slip of the keyboard:"),
        block({ roleA: "operations-manger", roleB: "procurement-manager" }),
        paragraph("A role that does not exist, and a theme that does not either:"),
        shortcodeBlock('[role-compare a="astronaut" b="plant-manager" theme="purple"]'),
        paragraph("The same role twice:"),
        block({ roleA: "plant-manager", roleB: "plant-manager" }),
        paragraph("The end."),
      ].join("\n\n"),
    );
    // A reader: three fallbacks (title linked, differences, bottom line), no card, no note, no warning.
    const text = await html(post.link);
    expect(text).not.toContain("<role-compare");
    expect(text).not.toContain("role-compare-notice");
    expect(text).not.toMatch(/(Warning|Notice|Deprecated|Fatal error)<\/b>:/);
    expect(text.match(/<div class="rc-fallback">/g)).toHaveLength(3);
    for (const pair of ["operations-manager-vs-procurement-manager", "operations-manager-vs-plant-manager", "operations-manager-vs-plant-manager"]) {
      expect(text).toContain(`<a href="${HOSTED}compare/${pair}.html">`);
    }

    // The Author, reading their post: the notes.
    const context = await newContext(browser, testInfo);
    try {
      const page = await context.newPage();
      await logIn(page, "author");
      await page.goto(post.link);
      const notes = page.locator(".role-compare-notice");
      await expect(notes).toHaveCount(3);
      await expect(notes.nth(0)).toContainText("“operations-manger” is not one of the roles; showing Operations Manager instead.");
      await expect(notes.nth(1)).toContainText("“astronaut” is not one of the roles; showing Operations Manager instead.");
      await expect(notes.nth(1)).toContainText("The theme “purple” is not light, dark or auto");
      await expect(notes.nth(2)).toContainText("Both roles are Plant Manager");
      await expect(page.locator(".rc-fallback").first()).toBeVisible();
      await screenshot(page, "unknown-role-as-author", testInfo);
    } finally {
      await context.close();
    }
    // The editor's preview shows the note too (the block-renderer endpoint, as the Author).
    const preview = await rest("author", `wp/v2/block-renderer/role-compare/card?context=edit&post_id=${post.id}&attributes[roleA]=nobody&attributes[roleB]=buyer`);
    expect(preview.rendered).toContain("role-compare-notice");
    expect(preview.rendered).toContain("“nobody” is not one of the roles");
  });

  test("the block in the editor: an Author inserts it, picks both roles and the theme in its sidebar, and sees the card", async ({ browser }, testInfo) => {
    test.skip(width(testInfo) < 1000, "the editor at a desktop width");
    const context = await newContext(browser, testInfo);
    try {
      const page = await context.newPage();
      const requests = watchRequests(page);
      await logIn(page, "author");
      await page.goto(`${WP_URL}/wp-admin/post-new.php`);
      await page.waitForFunction(() => (window as any).wp?.blocks?.getBlockType("role-compare/card"));
      // No welcome guide.
      await page.evaluate(() => {
        const editPost = (window as any).wp.data;
        if (editPost.select("core/edit-post").isFeatureActive("welcomeGuide")) editPost.dispatch("core/edit-post").toggleFeature("welcomeGuide");
      });
      const canvas = (await page.locator('iframe[name="editor-canvas"]').count()) ? page.frameLocator('iframe[name="editor-canvas"]') : page;
      await canvas.getByRole("textbox", { name: "Add title" }).fill("Picked in the editor");

      // The inserter: search, insert.
      await page.getByRole("button", { name: "Toggle block inserter" }).click();
      await page.getByPlaceholder("Search").fill("Role comparison");
      await page.getByRole("option", { name: "Role comparison" }).click();
      await page.getByRole("button", { name: "Toggle block inserter" }).click();

      // The sidebar (opened if it is not): both pickers and the theme.
      const settings = page.getByRole("button", { name: "Settings", exact: true });
      if ((await settings.getAttribute("aria-pressed")) !== "true") await settings.click();
      const sidebar = page.locator(".interface-complementary-area");
      await sidebar.getByLabel("First role").selectOption("warehouse-manager");
      await sidebar.getByLabel("Second role").selectOption("fleet-manager");
      await sidebar.getByLabel("Theme").selectOption("dark");

      // The preview: the card itself, pre-rendered by the server, its shadow root attached.
      const host = canvas.locator(".wp-block-role-compare-card role-compare");
      await expect(host.locator(".rc-role__title")).toHaveText(["Warehouse Manager", "Fleet Manager"]);
      await expect(host.locator(".rc-card")).toHaveAttribute("data-theme", "dark");
      await screenshot(page, "editor", testInfo);

      // Reached for, the preview comes alive from the plugin's folder; a pick in it sets the block's roles.
      await host.locator(".rc-card").hover();
      await cardIsLive(host);
      expect(requests).toContain(`${WIDGET}role-compare-core_bg.wasm`);
      await host.locator(".rc-card").getByLabel("First role").selectOption("logistics-manager");
      await expect(sidebar.getByLabel("First role")).toHaveValue("logistics-manager");

      // Published, the post holds the block's comment, and its page the card.
      await page.getByRole("button", { name: "Publish", exact: true }).click();
      await page.locator(".editor-post-publish-panel__header-publish-button").getByRole("button", { name: "Publish" }).click();
      await expect(page.locator(".components-snackbar, .post-publish-panel__postpublish-header").first()).toBeVisible();
      const id = await page.evaluate(() => (window as any).wp.data.select("core/editor").getCurrentPostId());
      const saved = await rest("author", `wp/v2/posts/${id}?context=edit`);
      expect(saved.content.raw).toContain('<!-- wp:role-compare/card {"roleA":"logistics-manager","roleB":"fleet-manager","theme":"dark"} /-->');
      expect(await html(saved.link)).toContain('<role-compare theme="dark" role-a="logistics-manager" role-b="fleet-manager">');
    } finally {
      await context.close();
    }
  });

  test("an address pasted in the editor becomes the card in the Embed block's preview, without discovery", async ({ browser }, testInfo) => {
    test.skip(width(testInfo) < 1000, "the editor at a desktop width");
    const context = await newContext(browser, testInfo);
    try {
      const page = await context.newPage();
      await logIn(page, "author");
      await page.goto(`${WP_URL}/wp-admin/post-new.php`);
      await page.waitForFunction(() => (window as any).wp?.blocks?.getBlockType("role-compare/card"));
      await page.evaluate(() => {
        const data = (window as any).wp.data;
        if (data.select("core/edit-post").isFeatureActive("welcomeGuide")) data.dispatch("core/edit-post").toggleFeature("welcomeGuide");
      });
      // Paste the address into an empty paragraph, as an author does.
      await page.getByRole("button", { name: "Add default block" }).click();
      await page.evaluate((url) => {
        const data = new DataTransfer();
        data.setData("text/plain", url);
        document.activeElement!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
      }, `${HOSTED}compare/plant-manager-vs-team-leader.html`);
      // The Embed block's preview (a sandboxed frame) shows the card, in the order of the pair's page.
      const host = page.frameLocator("iframe.components-sandbox").locator("role-compare");
      await expect(host.locator(".rc-role__title")).toHaveText(["Team Leader", "Plant Manager"]);
      const blocks = await page.evaluate(() => (window as any).wp.data.select("core/block-editor").getBlocks().map((b: any) => [b.name, b.attributes.providerNameSlug]));
      expect(blocks).toEqual([["core/embed", "role-compare"]]);
      await screenshot(page, "editor-pasted-address", testInfo);
    } finally {
      await context.close();
    }
  });

  test("a Contributor can insert it too: the draft keeps the block and renders the card", async ({}, testInfo) => {
    test.skip(width(testInfo) < 1000, "once");
    // A Contributor with an application password (install.php makes an Administrator and an Author).
    const login = `contributor-${testInfo.workerIndex}-${Date.now()}`;
    const password = php(`
      $id = wp_insert_user(['user_login' => '${login}', 'user_pass' => wp_generate_password(), 'user_email' => '${login}@example.test', 'role' => 'contributor']);
      [$password] = WP_Application_Passwords::create_new_application_password($id, ['name' => 'tests']);
      echo $password;
    `);
    const auth = `Basic ${Buffer.from(`${login}:${password}`).toString("base64")}`;
    const content = block({ roleA: "quality-manager", roleB: "production-supervisor", theme: "dark" });
    const response = await fetch(`${WP_URL}/wp-json/wp/v2/posts`, {
      method: "POST",
      headers: { Authorization: auth, "Content-Type": "application/json" },
      body: JSON.stringify({ title: "A Contributor's draft", content, status: "pending" }),
    });
    expect(response.status).toBe(201);
    const post = await response.json();
    const saved = await (await fetch(`${WP_URL}/wp-json/wp/v2/posts/${post.id}?context=edit`, { headers: { Authorization: auth } })).json();
    expect(saved.content.raw).toBe(content);
    expect(saved.content.rendered).toContain('<role-compare theme="dark" role-a="production-supervisor" role-b="quality-manager"><template shadowrootmode="open">');
  });

  test("the setting: an address that is not http(s) is refused with a message; another host serves the widget", async ({ browser }, testInfo) => {
    test.skip(width(testInfo) < 1000, "once: the settings are the same at every width");
    const context = await newContext(browser, testInfo);
    try {
      const page = await context.newPage();
      await logIn(page, "admin");
      await context.addCookies([{ name: REAL_OPTION, value: "1", url: WP_URL }]);
      const field = page.getByLabel("Widget host");
      const save = async (value: string) => {
        await page.goto(`${WP_URL}/wp-admin/options-general.php?page=role-compare`);
        await field.fill(value);
        // Waiting from before the click: wp-admin's script drops settings-updated from the address at once.
        await Promise.all([
          page.waitForURL(/settings-updated=true/, { waitUntil: "commit" }),
          page.getByRole("button", { name: "Save Changes" }).click(),
        ]);
        await page.waitForLoadState("load");
      };
      for (const bad of ["ftp://example.org/role-compare/", "javascript:alert(1)", "role-compare.example.org"]) {
        await save(bad);
        await expect(page.locator("#setting-error-role_compare_host_refused")).toContainText(`“${bad}” is not an http:// or https:// address, so the widget host was not changed.`);
        await expect(field).toHaveValue("");
        if (bad.startsWith("ftp")) await screenshot(page, "setting-refused", testInfo);
      }

      // Another host: the widget's files (and the pair pages' links) come from it.
      try {
        await save(WIDGET_URL);
        await expect(page.locator("#setting-error-settings_updated")).toBeVisible();
        await expect(field).toHaveValue(WIDGET_URL);
        const post = await publish("author", slug("other-host", testInfo), "Served from another host", block({ roleA: "buyer", roleB: "fleet-manager" }));
        const requests = watchRequests(page);
        await page.goto(post.link);
        const host = page.locator("role-compare");
        await expect(host.locator(".rc-role__title")).toHaveText(["Retail Buyer", "Fleet Manager"]);
        await expect(host.locator(".rc-fallback a")).toHaveAttribute("href", `${WIDGET_URL}compare/buyer-vs-fleet-manager.html`);
        await host.locator(".rc-card").hover();
        await cardIsLive(host);
        expect(requests).toContain(`${WIDGET_URL}role-compare.js`);
        expect(requests).toContain(`${WIDGET_URL}role-compare-core_bg.wasm`);
        expect(requests.filter((url) => url.startsWith(WIDGET))).toEqual([]);
      } finally {
        await save("");
        await expect(field).toHaveValue("");
      }
    } finally {
      await context.close();
    }
  });

  test("uninstalling removes the plugin's option", async ({}, testInfo) => {
    test.skip(width(testInfo) < 1000, "once");
    // WordPress's own uninstall_plugin() (what deleting the plugin runs first), the files left in place.
    const out = php(`
      require_once ABSPATH . 'wp-admin/includes/plugin.php';
      global $wpdb;
      // The option as the settings page would store it (this spec's must-use plugin hides it from other requests).
      remove_all_filters('pre_option_role_compare_host');
      delete_option('role_compare_host');
      add_option('role_compare_host', 'https://example.org/role-compare/');
      $count = fn() => $wpdb->get_var("SELECT COUNT(*) FROM $wpdb->options WHERE option_name = 'role_compare_host'");
      echo 'before=' . $count() . "\\n";
      echo 'uninstallable=' . (is_uninstallable_plugin('${PLUGIN}') ? 'yes' : 'no') . "\\n";
      uninstall_plugin('${PLUGIN}');
      echo 'after=' . $count() . "\\n";
    `);
    expect(out).toBe("before=1\nuninstallable=yes\nafter=0\n");
  });
});
