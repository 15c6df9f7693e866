// npm run bench [-- --forecasts 1000000 --runs 5]
// Fills a throwaway database (embedded, or a fresh one on TEST_DATABASE_URL's server) with
// synthetic forecasts, then times what readers and editors wait for. Prints figures; asserts
// nothing (tests check results, benchmarks measure speed).
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { createDb, type Db } from "../lib/db/client.server";
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

const { values } = parseArgs({
  options: { forecasts: { type: "string", default: "200000" }, runs: { type: "string", default: "5" } },
});
const FORECASTS = Number(values.forecasts);
const RUNS = Number(values.runs);
const QUESTIONS = Math.max(100, Math.round(FORECASTS / 20));
const FORECASTERS = Math.max(50, Math.round(FORECASTS / 200));
const SOURCES = Math.max(20, Math.round(FORECASTS / 100));

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

async function fill(db: Db): Promise<void> {
  // Deterministic pseudo-random data from hashes of the row number, generated in SQL.
  await db.$executeRawUnsafe(`INSERT INTO "User"(id, email, name, role, "updatedAt") VALUES ('bench', 'bench@test.invalid', 'Bench', 'EDITOR', now())`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Forecaster"(id, slug, name, kind, "updatedAt")
    SELECT 'fc' || i, 'forecaster-' || i, 'Forecaster ' || i, (ARRAY['PERSON','ORGANISATION','UNNAMED_GROUP'])[1 + i % 3]::"ForecasterKind", now()
    FROM generate_series(1, ${FORECASTERS}) i`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Source"(id, outlet, title, "publishedAt", "updatedAt")
    SELECT 'src' || i, 'Outlet ' || (i % 40), 'Article ' || i, date '2020-01-01' + (i % 2000), now()
    FROM generate_series(1, ${SOURCES}) i`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Question"(id, title, criteria, deadline, tags, status, "updatedAt")
    SELECT 'q' || lpad(i::text, 8, '0'), 'Will event ' || i || ' happen?', 'YES if it happens.', date '2021-01-01' + (i % 1800),
           ARRAY[(ARRAY['arms','sanctions','diplomacy','military','economy','space'])[1 + i % 6], 'region-' || (i % 12)],
           CASE WHEN i % 20 < 12 THEN 'RESOLVED' WHEN i % 20 = 12 THEN 'ANNULLED' ELSE 'OPEN' END::"QuestionStatus", now()
    FROM generate_series(1, ${QUESTIONS}) i`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Outcome"(id, "questionId", value, "resolvedAt", note, "setById")
    SELECT 'o' || q.id, q.id,
           CASE WHEN q.status = 'ANNULLED' THEN 'ANNULLED' WHEN hashtext(q.id) % 2 = 0 THEN 'YES' ELSE 'NO' END::"OutcomeValue",
           q.deadline, 'Bench outcome', 'bench'
    FROM "Question" q WHERE q.status <> 'OPEN'`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Forecast"(id, "questionId", "forecasterId", "sourceId", "madeAt", quote, phrase, probability, "probabilitySource", scale, low, high, "loggedById", "updatedAt")
    SELECT 'fx' || i, q.id, 'fc' || (1 + abs(hashtext('f' || i)) % ${FORECASTERS}), 'src' || (1 + abs(hashtext('s' || i)) % ${SOURCES}),
           q.deadline - (abs(hashtext('d' || i)) % 400), 'Quote number ' || i, 'likely', p.p,
           CASE WHEN i % 2 = 0 THEN 'SCALE' ELSE 'JUDGEMENT' END::"ProbabilitySource",
           CASE WHEN i % 2 = 0 THEN 'ICD-203' END,
           CASE WHEN i % 2 = 0 THEN greatest(0, p.p - 0.1) END, CASE WHEN i % 2 = 0 THEN least(1, p.p + 0.1) END,
           'bench', now()
    FROM generate_series(1, ${FORECASTS}) i
    JOIN "Question" q ON q.id = 'q' || lpad((1 + abs(hashtext('q' || i)) % ${QUESTIONS})::text, 8, '0')
    CROSS JOIN LATERAL (SELECT round((abs(hashtext('p' || i)) % 1000)::numeric / 1000, 3)::float8 AS p) p`);
  await db.$executeRawUnsafe(`ANALYZE`);
}

const server = await startScratchServer();
const database = await createScratchDatabase(server.adminUrl, "hindsight_bench");
const db = createDb(database.url, { max: 4 });
try {
  await migrate({ connectionString: database.url });
  say(
    `Hindsight benchmark: ${FORECASTS.toLocaleString("en")} forecasts, ${QUESTIONS.toLocaleString("en")} questions, ${FORECASTERS.toLocaleString("en")} forecasters; median of ${RUNS} runs.`,
  );
  const filled = await timed(() => fill(db));
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
