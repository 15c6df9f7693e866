// The HTTP benchmark cannot rot: a small run of it (10 000 forecasts, five requests
// per operation) against an app of its own must finish and measure every operation without an
// error. It checks that the benchmark works, not how fast anything is (that is the benchmark's
// job, `npm run bench:http`). In the "load-bench" project, after the browser tests and the extraction load test.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import type { ScaleResult } from "../scripts/bench-http";

const ROOT = path.resolve(import.meta.dirname, "..");

test("a small run of the HTTP benchmark measures every operation without an error", async () => {
  test.setTimeout(300_000);
  const dir = await mkdtemp(path.join(os.tmpdir(), "hindsight-bench-smoke-"));
  try {
    const out = path.join(dir, "result.json");
    const args = ["--scales", "10000", "--requests", "5", "--throughput-seconds", "2", "--connections", "8", "--out", out];
    await promisify(execFile)(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench-http.ts", ...args], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    const { results } = JSON.parse(await readFile(out, "utf8")) as { results: ScaleResult[] };
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(result.forecasts).toBe(10_000);
    expect(Object.keys(result.latency)).toHaveLength(14);
    expect(Object.keys(result.throughput)).toHaveLength(5);
    for (const [label, latency] of Object.entries(result.latency)) {
      expect(latency.errors, label).toBe(0);
      expect(latency.requests, label).toBeGreaterThan(0);
      expect(latency.p95, label).toBeGreaterThanOrEqual(latency.p50);
    }
    for (const [label, throughput] of Object.entries(result.throughput)) {
      expect(throughput.errors, label).toBe(0);
      expect(throughput.perSecond, label).toBeGreaterThan(0);
    }
    // Every forecaster on the question still has its score row after the outcome flips (at this
    // scale the 1 000 forecasts come from the 50 forecasters there are).
    expect(result.outcome.scoreRows).toBe(result.outcome.expectedScoreRows);
    expect(result.outcome.scoreRows).toBeGreaterThan(10);
    // …and they and their forecasters' totals are what rescoring the question from scratch gives.
    expect(result.outcome.scoresCurrent).toBe(true);
    expect(result.naiveLeaderboardMs).toBeGreaterThan(0);
    expect(result.memoryMb).toBeGreaterThan(0);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
