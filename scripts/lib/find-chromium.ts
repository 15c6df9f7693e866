// Which Chromium the end-to-end tests drive: CHROMIUM_PATH if set, else Playwright's own
// download (machines with internet: `npx playwright install chromium`), else the system's
// (Debian: `apt-get install chromium`). Null when there is none.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

export function findChromium(): { path: string; bundled: boolean } | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { path: fromEnv, bundled: false } : null;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return { path: bundled, bundled: true };
  } catch {
    // Playwright has no browser of its own installed.
  }
  const system = SYSTEM_PATHS.find((p) => existsSync(p));
  return system ? { path: system, bundled: false } : null;
}

/** Flags for headless Chromium on a closed network, as root in CI. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
