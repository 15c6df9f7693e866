// npm run bench [-- --forecasts 1000000 --runs 5]
// Fills a throwaway database (embedded, or a fresh one on TEST_DATABASE_URL's server) with
// synthetic forecasts, then times what readers and editors wait for. Prints figures; asserts
// nothing (tests check results, benchmarks measure speed).
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { createDb } from "../lib/db/client.server";
import { migrate } from "../lib/db/migrate.server";
import { createScratchDatabase, startScratchServer } from "../lib/db/scratch-postgres.server";
import { buildExport } from "../lib/export/build-export.server";
import { getForecasterScores } from "../lib/forecasters/get-forecaster-scores.server";
import { rankForecasters } from "../lib/forecasters/rank-forecasters.server";
import { setOutcome } from "../lib/outcomes/set-outcome.server";
import { browseQuery } from "../lib/questions/browse-query";
import { listQuestions } from "../lib/questions/list-questions.server";
import { rescoreAll } from "../lib/scoring/rescore-all.server";
import { searchEverything } from "../lib/search/search-everything.server";
import { fillBenchDatabase } from "./lib/bench-fill";

const { values } = parseArgs({
  options: { forecasts: { type: "string", default: "200000" }, runs: { type: "string", default: "5" } },
});
const FORECASTS = Number(values.forecasts);
const RUNS = Number(values.runs);

const say = (line: string) => console.log(line);

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** Median and spread of `RUNS` timings after one warm-up run. */
async function measure(label: string, fn: () => Promise<unknown>): Promise<void> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push((await timed(fn)).ms);
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  say(`| ${label.padEnd(58)} | ${median.toFixed(1).padStart(9)} | ${times[0].toFixed(1).padStart(8)} | ${times.at(-1)!.toFixed(1).padStart(8)} |`);
}

const server = await startScratchServer();
const database = await createScratchDatabase(server.adminUrl, "hindsight_bench");
const db = createDb(database.url, { max: 4 });
try {
  await migrate({ connectionString: database.url });
  const filled = await timed(() => fillBenchDatabase({ db, forecasts: FORECASTS }));
  const data = filled.value;
  say(
    `Hindsight benchmark: ${data.forecasts.toLocaleString("en")} forecasts, ${data.questions.toLocaleString("en")} questions, ${data.forecasters.toLocaleString("en")} forecasters; median of ${RUNS} runs.`,
  );
  say(`Generated the data in ${(filled.ms / 1000).toFixed(1)} s.`);
  const rescored = await timed(() => rescoreAll({ db, batchSize: 1000 }));
  say(
    `rescoreAll: ${rescored.value.rows.toLocaleString("en")} score rows for ${rescored.value.questions.toLocaleString("en")} resolved questions in ${(rescored.ms / 1000).toFixed(1)} s (${Math.round(rescored.value.questions / (rescored.ms / 1000))} questions/s).`,
  );
  say("");
  say(`| ${"operation".padEnd(58)} | median ms |   min ms |   max ms |`);
  say(`|${"-".repeat(60)}|-----------|----------|----------|`);
  const base = { sort: "brier" as const, page: 1 };
  await measure("leaderboard, page 1 (rank by Brier)", () => rankForecasters({ db, query: base, minResolved: 3 }));
  await measure("leaderboard, page 5 (rank by log score)", () => rankForecasters({ db, query: { ...base, sort: "log", page: 5 }, minResolved: 3 }));
  await measure("leaderboard filtered by tag and date range", () =>
    rankForecasters({ db, query: { ...base, tag: "arms", from: "2022-01-01", to: "2023-12-31" }, minResolved: 3 }),
  );
  await measure("forecaster page scores (stats, calibration, timeline)", () => getForecasterScores({ db, forecasterId: "fc7" }));
  const browse = browseQuery.parse({});
  await measure("questions browser, open, first page", () => listQuestions({ db, query: { ...browse, status: "open" } }));
  await measure("questions browser, words in questions and quotes", () => listQuestions({ db, query: { ...browse, q: "quote number 4242" } }));
  await measure("questions browser, by forecaster, most forecasts first", () =>
    listQuestions({ db, query: { ...browse, forecaster: "forecaster-7", sort: "forecasts" } }),
  );
  await measure("search, misspelt words (every group, trigram indexes)", () => searchEverything({ db, q: "qoute numbr 424242" }));
  await measure("search, a name", () => searchEverything({ db, q: "forecastr 77" }));
  await measure("search, a word in every quote (counts stop at 1000)", () => searchEverything({ db, q: "quote" }));
  await measure("export of one question", () => buildExport({ db, filter: { questionId: "q00000042" } }));
  let flip = false;
  await measure("set/change an outcome (incl. rescoring the question)", () => {
    flip = !flip;
    return setOutcome({
      db,
      actor: { id: "bench", role: "EDITOR" },
      questionId: "q00000001",
      input: { value: flip ? "YES" : "NO", resolvedAt: "2021-01-02", note: "bench", reason: "bench" },
    });
  });
} finally {
  await db.$disconnect();
  await database.drop();
  await server.stop();
}
