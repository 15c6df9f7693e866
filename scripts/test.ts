// npm test: everything CI checks, in order — a browser for the end-to-end tests (installed
// when missing and possible), the type checker, the linter and formatter (Biome), unit and
// database tests, the production build, then Playwright in Chromium against it.
import { spawnSync } from "node:child_process";
import { buildIfStale, ROOT } from "./lib/build";
import { findChromium } from "./lib/find-chromium";

const say = (line: string) => console.log(`[test] ${line}`);

function run(command: string, args: string[]): boolean {
  return spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } }).status === 0;
}

function ensureChromium(): void {
  if (findChromium()) return;
  if (process.env.CHROMIUM_PATH) {
    console.error(`CHROMIUM_PATH is ${process.env.CHROMIUM_PATH}, which does not exist. Point it at a Chromium executable, or unset it.`);
    process.exit(1);
  }
  say("No Chromium found for the end-to-end tests; installing one.");
  const isRoot = process.getuid?.() === 0;
  if (isRoot && run("sh", ["-c", "command -v apt-get >/dev/null"])) {
    run("sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"]);
  }
  if (!findChromium()) run("npx", ["playwright", "install", "chromium"]);
  if (!findChromium()) {
    console.error(
      "\nNo Chromium could be installed. Install one and run npm test again:\n" +
        "  Debian/Ubuntu:   sudo apt-get install chromium\n" +
        "  With internet:   npx playwright install chromium\n" +
        "  Elsewhere:       set CHROMIUM_PATH to a Chromium or Chrome executable\n",
    );
    process.exit(1);
  }
}

ensureChromium();
say("Type check (tsc)");
if (!run("npx", ["tsc", "--noEmit"])) process.exit(1);
say("Lint and format check (Biome)");
if (!run("npx", ["biome", "check", "--diagnostic-level=error", "."])) process.exit(1);
say("Unit and database tests (vitest)");
if (!run("npx", ["vitest", "run"])) process.exit(1);
buildIfStale(say);
say("End-to-end tests (Playwright, Chromium)");
if (!run("npm", ["run", "--silent", "test:e2e"])) process.exit(1);
say("All tests passed.");
