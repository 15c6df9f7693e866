import { defineConfig, devices } from "@playwright/test";
import { SERVER_CONDITION } from "./scripts/lib/build";
import { CHROMIUM_ARGS, findChromium } from "./scripts/lib/find-chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
// Test files call the domain layer, whose server modules import `server-only`: Playwright must
// run with Node's react-server condition, as `npm run test:e2e` does. Next.js itself is started
// without it (scripts/lib/build.ts).
if (!process.execArgv.includes(SERVER_CONDITION) && !process.env.NODE_OPTIONS?.includes(SERVER_CONDITION)) {
  throw new Error(`Run the end-to-end tests with \`npm run test:e2e\` (Playwright needs node ${SERVER_CONDITION}).`);
}
const browser = findChromium();
if (!browser) {
  throw new Error(
    "No Chromium found for the end-to-end tests. `npm test` installs one; or run `npx playwright install chromium`, `apt-get install chromium`, or set CHROMIUM_PATH.",
  );
}

export default defineConfig({
  testDir: "e2e",
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  // Sized for a busy 2-core CI machine: a journey takes 5–15 s when it is idle. These are
  // limits against hangs, not measures of speed (that is `npm run bench`).
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      testIgnore: /\.load\.spec\.ts$/,
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: browser.bundled ? undefined : browser.path, args: CHROMIUM_ARGS },
      },
    },
    // Load tests time the server: they run after the browser tests, alone, so that the browsers'
    // own work does not count against the server's response times — and one after the other: the
    // HTTP benchmark's 32 connections beside the 1 MB extraction timed the benchmark, not the
    // extraction (12–14 s against its 10 s on a 2-core machine; 8 s alone).
    { name: "load", testMatch: /extraction\.load\.spec\.ts$/, dependencies: ["chromium"] },
    { name: "load-bench", testMatch: /\.load\.spec\.ts$/, testIgnore: /extraction\.load\.spec\.ts$/, dependencies: ["load"] },
  ],
  // The production build (npm test makes it first) on a throwaway seeded database.
  webServer: {
    // Plain node (no npx or tsx wrapper process) so that the shutdown signal reaches the server itself.
    command: "node --conditions=react-server --import tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    // Let the server drop its database and stop PostgreSQL instead of being killed outright.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
