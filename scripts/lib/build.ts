// The production build: made when missing or older than any of its inputs.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const NEXT_BIN = path.join(ROOT, "node_modules", ".bin", "next");

/**
 * Scripts and test workers run with this Node condition, so that `server-only` resolves to its
 * empty module as it does in Next.js's server bundles (in plain Node it throws).
 */
export const SERVER_CONDITION = "--conditions=react-server";

/** The environment for a Next.js process: never with SERVER_CONDITION, which would give React's server build to all of it. */
export function nextEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const options = (process.env.NODE_OPTIONS ?? "")
    .split(/\s+/)
    .filter((o) => o && o !== SERVER_CONDITION)
    .join(" ");
  return { ...process.env, NODE_OPTIONS: options, NEXT_TELEMETRY_DISABLED: "1", ...extra };
}

/**
 * The production server's heap limit (ADR 0017). Left alone, V8 lets garbage grow to ~700 MB
 * of old space under load on this machine's 24 GB before it collects, while what is alive stays
 * ~150 MB; 256 MB keeps the server under 500 MB resident. A --max-old-space-size in the user's
 * NODE_OPTIONS wins.
 */
export const SERVER_HEAP_MB = 256;

/** The environment for `next start`: nextEnv with the heap limit. */
export function productionServerEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = nextEnv(extra);
  if (!env.NODE_OPTIONS?.includes("--max-old-space-size")) env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ""} --max-old-space-size=${SERVER_HEAP_MB}`.trim();
  return env;
}

const BUILD_INPUTS = ["app", "lib", "prisma", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];

function newestChange(entry: string): number {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestChange(path.join(entry, name))), stat.mtimeMs);
}

export function buildIsStale(): boolean {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return BUILD_INPUTS.some((input) => existsSync(path.join(ROOT, input)) && newestChange(path.join(ROOT, input)) > built);
}

/** Runs `next build` if the build is stale; throws when it fails. */
export function buildIfStale(say: (line: string) => void): void {
  if (!buildIsStale()) return;
  say("Building the app (next build)…");
  const build = spawnSync(NEXT_BIN, ["build"], { cwd: ROOT, stdio: "inherit", env: nextEnv() });
  if (build.status !== 0) throw new Error("next build failed; see its output above.");
}
