import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 4173);
/** The Leptos app example (examples/leptos-app/dist), served on the next port. */
export const EXAMPLE_URL = `http://127.0.0.1:${PORT + 1}/`;
// The build under test (make test builds dist/).
const DIST = process.env.E2E_DIST ?? "dist";

/** End-to-end tests against the release build in dist/, in Debian's Chromium. */
export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  timeout: 30_000,
  // Two browsers at once: the 2-core build machine runs them while cargo compiles too.
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: "chromium",
    launchOptions: {
      // The system browser: Playwright must never download one.
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
    },
  },
  webServer: [
    {
      // Served as `make demo` serves it: with Access-Control-Allow-Origin: * (frame pages in a sandbox need it).
      command: `python3 scripts/serve.py ${PORT} --bind 127.0.0.1 --directory ${DIST}`,
      url: `http://127.0.0.1:${PORT}/index.html`,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "ignore",
    },
    {
      command: `python3 -m http.server ${PORT + 1} --bind 127.0.0.1 --directory examples/leptos-app/dist`,
      url: `${EXAMPLE_URL}index.html`,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "ignore",
    },
  ],
});
