import { defineConfig, type LaunchOptions } from "@playwright/test";

/*
 * The host tests: a real WordPress (tests/hosts/wordpress.sh, which starts it
 * and the widget host and sets the environment these tests read), read in
 * Debian's Chromium at two widths. `make test-hosts` runs them:
 *   tests/hosts/wordpress.sh run npx playwright test -c tests/hosts/playwright.config.ts
 * forms.spec.ts: each form the README offers, published and read; kses.spec.ts:
 * every snippet through the test WordPress's kses; plugin.spec.ts (the
 * WordPress plugin's own tests, when it has them) runs at both widths too.
 */

/** Debian's Chromium, as the end-to-end tests launch it (../../playwright.config.ts). */
export const launchOptions: LaunchOptions = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

/** Where the screenshots of every post go. */
export const SCREENSHOTS = "test-results/hosts";

export default defineConfig({
  testDir: ".",
  outputDir: "../../test-results/hosts/output",
  globalSetup: "./global-setup.ts",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  use: { browserName: "chromium", launchOptions },
  projects: [
    { name: "1280", testMatch: /(forms|plugin)\.spec\.ts/, use: { viewport: { width: 1280, height: 800 } } },
    { name: "375", testMatch: /(forms|plugin)\.spec\.ts/, use: { viewport: { width: 375, height: 812 }, isMobile: false } },
    { name: "kses", testMatch: /kses\.spec\.ts/ },
  ],
});
