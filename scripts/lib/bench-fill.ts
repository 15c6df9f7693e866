// Synthetic data for the benchmarks, generated in SQL from hashes of the row number so that
// every run at a scale holds the same rows. The skews are the ones real use has: a few
// prolific forecasters (at a million forecasts the most prolific has about 14 000), popular
// questions (the busiest hold several hundred), 80% of questions resolved, 10% annulled and
// 10% open (due in 2027–2031), quotes of a few hundred characters, and one resolved question with exactly 1 000 forecasts for the
// question-page and outcome timings.
import type { Db } from "../../lib/db/client.server";

export type BenchData = {
  forecasts: number;
  questions: number;
  forecasters: number;
  sources: number;
  /** A resolved question with exactly HOT_FORECASTS forecasts. */
  hotQuestionId: string;
  /** The most prolific forecaster's id and slug. */
  prolific: { id: string; slug: string };
  /** The id of the user who logged everything. */
  userId: string;
};

export const HOT_FORECASTS = 1000;

/** A number in [0, 1) from the hash of a label, in SQL. */
const unit = (label: string) => `(abs(hashtext('${label}' || i))::float8 / 2147483648)`;

export async function fillBenchDatabase(options: { db: Db; forecasts: number }): Promise<BenchData> {
  const { db, forecasts } = options;
  const questions = Math.max(1500, Math.round(forecasts / 20)); // enough for a page 1 000 rows deep
  const forecasters = Math.max(50, Math.round(forecasts / 200));
  const sources = Math.max(20, Math.round(forecasts / 100));
  const run = (sql: string) => db.$executeRawUnsafe(sql);

  await run(`INSERT INTO "User"(id, email, name, role, "updatedAt") VALUES ('bench', 'bench@test.invalid', 'Bench', 'EDITOR', now())`);
  await run(`
    INSERT INTO "Forecaster"(id, slug, name, kind, "updatedAt")
    SELECT 'fc' || i, 'forecaster-' || i, 'Forecaster ' || i, (ARRAY['PERSON','ORGANISATION','UNNAMED_GROUP'])[1 + i % 3]::"ForecasterKind", now()
    FROM generate_series(1, ${forecasters}) i`);
  await run(`
    INSERT INTO "Source"(id, outlet, title, "publishedAt", "updatedAt")
    SELECT 'src' || i, 'Outlet ' || (i % 40), 'Article ' || i, date '2020-01-01' + (i % 2000), now()
    FROM generate_series(1, ${sources}) i`);
  await run(`
    INSERT INTO "Question"(id, title, criteria, deadline, tags, status, "updatedAt")
    SELECT 'q' || lpad(i::text, 8, '0'), 'Will event ' || i || ' happen in ' || (ARRAY['Vladivostok','Seoul','Geneva','Nairobi','Lima'])[1 + i % 5] || '?',
           'YES if it happens.',
           CASE WHEN s.status = 'OPEN' THEN date '2027-01-01' ELSE date '2021-01-01' END + (i % 1800),
           ARRAY[(ARRAY['arms','sanctions','diplomacy','military','economy','space'])[1 + i % 6], 'region-' || (i % 12)],
           s.status::"QuestionStatus", now()
    FROM generate_series(1, ${questions}) i
    CROSS JOIN LATERAL (SELECT CASE WHEN i = 1 OR i % 10 < 8 THEN 'RESOLVED' WHEN i % 10 = 8 THEN 'ANNULLED' ELSE 'OPEN' END AS status) s`);
  await run(`
    INSERT INTO "Outcome"(id, "questionId", value, "resolvedAt", note, "setById")
    SELECT 'o' || q.id, q.id,
           CASE WHEN q.status = 'ANNULLED' THEN 'ANNULLED' WHEN hashtext(q.id) % 2 = 0 THEN 'YES' ELSE 'NO' END::"OutcomeValue",
           q.deadline, 'Bench outcome', 'bench'
    FROM "Question" q WHERE q.status <> 'OPEN'`);
  // The first HOT_FORECASTS forecasts go to question 1; the rest to questions 2… with a
  // 1.5-power skew (popular questions) and to forecasters with a square skew (prolific few).
  await run(`
    INSERT INTO "Forecast"(id, "questionId", "forecasterId", "sourceId", "madeAt", quote, phrase, probability, "probabilitySource", scale, low, high, "loggedById", "updatedAt")
    SELECT 'fx' || i, q.id, 'fc' || (1 + floor(${forecasters} * power(${unit("f")}, 2))::int), 'src' || (1 + abs(hashtext('s' || i)) % ${sources}),
           least(q.deadline - (abs(hashtext('d' || i)) % 400), date '2026-06-01'),
           'Quote number ' || i || ': officials in the capital said that the talks ' || md5(i::text) || ' would probably lead to an agreement before the end of the year, although '
             || 'several people familiar with the matter cautioned that the timetable could slip.',
           'likely', p.p,
           CASE WHEN i % 2 = 0 THEN 'SCALE' ELSE 'JUDGEMENT' END::"ProbabilitySource",
           CASE WHEN i % 2 = 0 THEN 'ICD-203' END,
           CASE WHEN i % 2 = 0 THEN greatest(0, p.p - 0.1) END, CASE WHEN i % 2 = 0 THEN least(1, p.p + 0.1) END,
           'bench', now()
    FROM generate_series(1, ${forecasts}) i
    CROSS JOIN LATERAL (SELECT CASE WHEN i <= ${HOT_FORECASTS} THEN 1 ELSE 2 + floor(${questions - 1} * power(${unit("q")}, 1.5))::int END AS n) pick
    JOIN "Question" q ON q.id = 'q' || lpad(least(pick.n, ${questions})::text, 8, '0')
    CROSS JOIN LATERAL (SELECT round((abs(hashtext('p' || i)) % 1000)::numeric / 1000, 3)::float8 AS p) p`);
  await run(`ANALYZE`);
  return {
    forecasts,
    questions,
    forecasters,
    sources,
    hotQuestionId: "q00000001",
    prolific: { id: "fc1", slug: "forecaster-1" },
    userId: "bench",
  };
}

/** What an earlier fillBenchDatabase at this scale made (for --database); refuses a database of another scale. */
export async function readBenchData(options: { db: Db; forecasts: number }): Promise<BenchData> {
  const { db } = options;
  const [forecasts, questions, forecasters, sources] = await Promise.all([db.forecast.count(), db.question.count(), db.forecaster.count(), db.source.count()]);
  if (forecasts !== options.forecasts || (await db.forecast.count({ where: { questionId: "q00000001" } })) !== HOT_FORECASTS) {
    throw new Error(`That database holds ${forecasts} forecasts, not a bench fill of ${options.forecasts}: give --scales ${forecasts} or another database.`);
  }
  return { forecasts, questions, forecasters, sources, hotQuestionId: "q00000001", prolific: { id: "fc1", slug: "forecaster-1" }, userId: "bench" };
}
