// npm run bench:http [-- --scales 10000,100000,1000000 --requests 200 --throughput-seconds 20 --read-cache off --database <url> --out bench/results/x.json]
// Hindsight as users feel it: for each scale it fills a throwaway database (never the user's)
// with synthetic forecasts (scripts/lib/bench-fill.ts), starts the production build on it and
// measures pages and API reads from outside with autocannon — latency on one connection,
// throughput on 32 — setting an outcome through the API, the server's memory, and a naive
// leaderboard in JavaScript as the baseline. Prints one table and writes it as JSON. Asserts
// nothing (e2e/bench-http.load.spec.ts runs a small smoke of it).
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { isDeepStrictEqual, parseArgs } from "node:util";
import { refreshManyQuestions } from "../lib/scoring/refresh-many-questions.server";
import { rescoreAll } from "../lib/scoring/rescore-all.server";
import { roundNumbers } from "../lib/test/derived-rows";
import { type BenchData, fillBenchDatabase, readBenchData } from "./lib/bench-fill";
import { buildIfStale, ROOT } from "./lib/build";
import { type Latency, measureLatency, measureThroughput, quantile, type Throughput } from "./lib/http-measure";
import { naiveLeaderboard } from "./lib/naive-leaderboard";
import { type OwnApp, startOwnApp } from "./lib/own-app";
import { memoryMb } from "./lib/process-memory";

const { values } = parseArgs({
  options: {
    scales: { type: "string", default: "10000,100000,1000000" },
    requests: { type: "string", default: "200" },
    "throughput-seconds": { type: "string", default: "20" },
    connections: { type: "string", default: "32" },
    // "off": the app reads everything afresh on each request (ADR 0015), to see what a first request after a change costs.
    "read-cache": { type: "string", default: "on" },
    // A database filled by an earlier run at one scale (the filling takes most of a 1M run); with --scales of that one scale.
    database: { type: "string" },
    out: { type: "string" },
  },
});
const SCALES = values.scales.split(",").map(Number);
const REQUESTS = Number(values.requests);
const THROUGHPUT_SECONDS = Number(values["throughput-seconds"]);
const CONNECTIONS = Number(values.connections);
const say = (line: string) => console.log(`[bench:http] ${line}`);
if (values["read-cache"] === "off") process.env.HINDSIGHT_READ_CACHE = "off"; // the app's environment comes from ours

export type ScaleResult = {
  forecasts: number;
  fillSeconds: number;
  latency: Record<string, Latency>;
  throughput: Record<string, Throughput & { ratioToHealth: number }>;
  outcome: { medianMs: number; p95Ms: number; runs: number; scoreRows: number; expectedScoreRows: number; scoresCurrent: boolean };
  naiveLeaderboardMs: number;
  /** Our leaderboard's p50 (the API, over HTTP) over the naive one's in-process time. */
  leaderboardRatio: number;
  memoryMb: number | null;
};

/** Follows the API's cursor `rows` rows deep; the page takes the same cursor. */
async function cursorAt(baseURL: string, rows: number): Promise<string> {
  let cursor = "";
  for (let seen = 0; seen < rows; seen += 100) {
    const response = await fetch(`${baseURL}/api/v1/questions?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
    const page = (await response.json()) as { nextCursor: string | null };
    if (!page.nextCursor) throw new Error(`Fewer than ${rows} questions to page through.`);
    cursor = page.nextCursor;
  }
  return cursor;
}

/** A forecaster with a typical number of forecasts (the one ranked a tenth of the way down). */
async function typicalForecaster(app: OwnApp, data: BenchData): Promise<{ id: string; forecasts: number }> {
  const id = `fc${Math.round(data.forecasters / 10)}`;
  return { id, forecasts: await app.db.forecast.count({ where: { forecasterId: id } }) };
}

async function readPaths(app: OwnApp, data: BenchData): Promise<Record<string, string>> {
  const deep = encodeURIComponent(await cursorAt(app.baseURL, 1000));
  const typical = await typicalForecaster(app, data);
  const prolific = await app.db.forecast.count({ where: { forecasterId: data.prolific.id } });
  return {
    "page: home": "/",
    "page: /questions, first page": "/questions",
    "page: /questions, 1 000 rows deep": `/questions?cursor=${deep}`,
    "page: /questions?status=resolved": "/questions?status=resolved",
    "page: /questions?q=vladivostok": "/questions?q=vladivostok",
    "page: /forecasters": "/forecasters",
    "page: /forecasters, tag + date range": "/forecasters?tag=arms&from=2022-01-01&to=2023-12-31",
    [`page: forecaster (most prolific, ${prolific} forecasts)`]: `/forecasters/${data.prolific.slug}`,
    "page: question with 1 000 forecasts": `/questions/${data.hotQuestionId}`,
    "api: GET /api/v1/questions": "/api/v1/questions",
    "api: GET /api/v1/forecasters": "/api/v1/forecasters",
    [`api: GET /api/v1/export?forecasterId (${typical.forecasts} forecasts)`]: `/api/v1/export?forecasterId=${typical.id}`,
  };
}

/** Flips the 1 000-forecast question's outcome through the API, timing each change. */
async function timeOutcomeChanges(app: OwnApp, data: BenchData, runs: number): Promise<ScaleResult["outcome"]> {
  const token = await app.adminToken();
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const start = performance.now();
    const response = await fetch(`${app.baseURL}/api/v1/questions/${data.hotQuestionId}/outcome`, {
      method: "PUT",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ value: i % 2 ? "YES" : "NO", resolvedAt: "2021-01-02", note: "bench", reason: "benchmark flip" }),
    });
    const ms = performance.now() - start;
    if (!response.ok) throw new Error(`Setting the outcome answered ${response.status}: ${await response.text()}`);
    if (i > 0) times.push(ms); // the first one warms up
  }
  times.sort((a, b) => a - b);
  // One score row per forecaster on the question, whatever the outcome (ADR 0005).
  const forecasters = await app.db.forecast.groupBy({ by: ["forecasterId"], where: { questionId: data.hotQuestionId } });
  const scoreRows = await app.db.score.count({ where: { questionId: data.hotQuestionId } });
  const scoresCurrent = await scoresAreCurrent(app.db, data.hotQuestionId);
  return { medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95), runs, scoreRows, expectedScoreRows: forecasters.length, scoresCurrent };
}

/**
 * Whether the question's score rows and its forecasters' totals, as the outcome changes left
 * them, are what rewriting them from the question's forecasts gives (to 12 significant digits:
 * totals are sums, kept by adding and subtracting).
 */
async function scoresAreCurrent(db: OwnApp["db"], questionId: string): Promise<boolean> {
  const read = async () => {
    const scores = await db.score.findMany({ where: { questionId }, orderBy: { forecasterId: "asc" } });
    const totals = await db.forecasterTotals.findMany({ where: { forecasterId: { in: scores.map((r) => r.forecasterId) } }, orderBy: { forecasterId: "asc" } });
    return { scores: scores.map(roundNumbers), totals: totals.map(roundNumbers) };
  };
  const kept = await read();
  await db.$transaction((tx) => refreshManyQuestions(tx, [questionId]), { timeout: 120_000 });
  return isDeepStrictEqual(kept, await read());
}

async function naiveMs(app: OwnApp, forecasts: number): Promise<number> {
  const times: number[] = [];
  // At a million forecasts one naive run takes about a minute: one is enough to compare against.
  const runs = forecasts >= 500_000 ? 1 : 3;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await naiveLeaderboard(app.db);
    times.push(performance.now() - start);
  }
  return quantile(
    times.sort((a, b) => a - b),
    0.5,
  );
}

async function benchScale(forecasts: number): Promise<ScaleResult> {
  say(`${forecasts.toLocaleString("en")} forecasts: filling a throwaway database…`);
  let data: BenchData | undefined;
  const fillStart = performance.now();
  const app = await startOwnApp({
    databaseUrl: values.database,
    prepare: async (db) => {
      if (values.database) {
        data = await readBenchData({ db, forecasts });
        return;
      }
      data = await fillBenchDatabase({ db, forecasts });
      await rescoreAll({ db, batchSize: 1000 });
    },
  });
  const fillSeconds = (performance.now() - fillStart) / 1000;
  try {
    if (!data) throw new Error("The database was not filled.");
    const latency: Record<string, Latency> = {};
    // Anonymous readers get kept pages (ADR 0016); a signed-in reader's pages are rendered for them.
    const signedIn = { cookie: await app.readerCookie() };
    const reads = Object.entries(await readPaths(app, data)).map(([label, p]) => ({ label, p, headers: undefined as Record<string, string> | undefined }));
    reads.push({ label: "page: home, signed in", p: "/", headers: signedIn }, { label: "page: /questions, signed in", p: "/questions", headers: signedIn });
    for (const { label, p, headers } of reads) {
      latency[label] = await measureLatency({ url: app.baseURL + p, requests: REQUESTS, headers });
      say(`  ${label}: p50 ${latency[label].p50} ms, p95 ${latency[label].p95} ms (${latency[label].requests} requests, ${latency[label].errors} errors)`);
    }
    const throughput: ScaleResult["throughput"] = {};
    let health = 0;
    const loads = [
      { label: "/api/health", p: "/api/health" },
      { label: "/api/v1/questions", p: "/api/v1/questions" },
      { label: "/", p: "/" },
      { label: "/questions", p: "/questions" },
      { label: "/questions, signed in", p: "/questions", headers: signedIn },
    ];
    for (const { label, p, headers } of loads) {
      const measured = await measureThroughput({ url: app.baseURL + p, seconds: THROUGHPUT_SECONDS, connections: CONNECTIONS, headers });
      if (p === "/api/health") health = measured.perSecond;
      throughput[label] = { ...measured, ratioToHealth: measured.perSecond / health };
      say(`  ${label}: ${measured.perSecond.toFixed(0)} requests/s with ${CONNECTIONS} connections, ${measured.errors} errors`);
    }
    const outcome = await timeOutcomeChanges(app, data, 7);
    const naiveLeaderboardMs = await naiveMs(app, forecasts);
    return {
      forecasts,
      fillSeconds,
      latency,
      throughput,
      outcome,
      naiveLeaderboardMs,
      leaderboardRatio: latency["api: GET /api/v1/forecasters"].p50 / naiveLeaderboardMs,
      memoryMb: memoryMb(app.pid),
    };
  } finally {
    await app.stop();
  }
}

function printTable(results: ScaleResult[]): void {
  const head = results.map((r) => `${r.forecasts.toLocaleString("en")} forecasts`.padStart(22));
  const line = (label: string, cells: string[]) => console.log(`| ${label.padEnd(62)} |${cells.map((c) => ` ${c.padStart(22)} `).join("|")}|`);
  line("operation (latency p50 / p95 / p99 ms, one connection)", head);
  console.log(`|${"-".repeat(64)}|${results.map(() => "-".repeat(24)).join("|")}|`);
  for (const label of Object.keys(results[0].latency)) {
    const short = label.replace(/\(.*\)/, "").trim();
    line(
      short,
      results
        .map((r) => Object.entries(r.latency).find(([l]) => l.replace(/\(.*\)/, "").trim() === short)?.[1])
        .map((l) => (l ? `${l.p50} / ${l.p95} / ${l.p99}` : "")),
    );
  }
  for (const p of Object.keys(results[0].throughput)) {
    line(
      `${p}: requests/s (${CONNECTIONS} connections; × health; errors)`,
      results.map((r) => `${r.throughput[p].perSecond.toFixed(0)} (${r.throughput[p].ratioToHealth.toFixed(2)}×; ${r.throughput[p].errors})`),
    );
  }
  line(
    "set an outcome on a 1 000-forecast question (median / p95 ms; scores current after)",
    results.map((r) => `${r.outcome.medianMs.toFixed(0)} / ${r.outcome.p95Ms.toFixed(0)}; ${r.outcome.scoresCurrent ? "yes" : "NO"}`),
  );
  line(
    "naive leaderboard in JavaScript (ms)",
    results.map((r) => r.naiveLeaderboardMs.toFixed(0)),
  );
  line(
    "naive leaderboard time ÷ leaderboard API p50 (times faster)",
    results.map((r) => `${Math.round(1 / r.leaderboardRatio).toLocaleString("en")}×`),
  );
  line(
    "server resident memory after the run (MB)",
    results.map((r) => String(r.memoryMb ?? "?")),
  );
}

buildIfStale(say);
const results: ScaleResult[] = [];
for (const scale of SCALES) results.push(await benchScale(scale));
printTable(results);
const out =
  values.out ?? path.join(ROOT, "bench", "results", `http-${new Date().toISOString().slice(0, 10)}${values["read-cache"] === "off" ? "-uncached" : ""}.json`);
mkdirSync(path.dirname(out), { recursive: true });
const machine = { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version };
writeFileSync(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), machine, readCache: values["read-cache"], requestsPerOperation: REQUESTS, throughputSeconds: THROUGHPUT_SECONDS, results }, null, 2)}\n`,
);
say(`Wrote ${path.relative(ROOT, out)}`);
