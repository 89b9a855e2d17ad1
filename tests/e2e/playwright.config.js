// Playwright Test configuration for SixTwo's end-to-end tier.
//
// The tests drive the built app in dist/ (`trunk build`, or `trunk build --release` via
// `cargo xtask dist`) in Debian's Chromium. Browsers are never downloaded: the executable is
// /usr/bin/chromium (override with SIXTWO_CHROMIUM). Run with `npx --no playwright test`.
import { defineConfig } from "@playwright/test";

const port = Number(process.env.PORT ?? 8089);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "./specs",
  // Each test gets a fresh browser context, hence fresh localStorage; one worker keeps the
  // shared 2-core machine responsive and the timings honest.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: "test-results",
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    browserName: "chromium",
    baseURL,
    locale: "en-GB",
    timezoneId: "Europe/London",
    viewport: { width: 1280, height: 900 },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    actionTimeout: 10_000,
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: process.env.SIXTWO_CHROMIUM ?? "/usr/bin/chromium",
      args: [
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
  projects: [{ name: "chromium" }],
  webServer: {
    command: "node serve.mjs",
    url: `${baseURL}/`,
    env: { PORT: String(port) },
    // A server left running from another checkout would serve the wrong build, so one is
    // started for every run unless SIXTWO_REUSE_SERVER asks to reuse it.
    reuseExistingServer: Boolean(process.env.SIXTWO_REUSE_SERVER),
    timeout: 30_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
