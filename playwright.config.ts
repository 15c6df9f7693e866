import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/lib/find-chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
const browser = findChromium();
if (!browser) {
  throw new Error("No Chromium found for the end-to-end tests. `npm test` installs one; or run `npx playwright install chromium`, `apt-get install chromium`, or set CHROMIUM_PATH.");
}

export default defineConfig({
  testDir: "e2e",
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: browser.bundled ? undefined : browser.path, args: CHROMIUM_ARGS },
      },
    },
  ],
  // The production build (npm test makes it first) on a throwaway seeded database.
  webServer: {
    // Plain node (no npx or tsx wrapper process) so that the shutdown signal reaches the server itself.
    command: "node --import tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    // Let the server drop its database and stop PostgreSQL instead of being killed outright.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
