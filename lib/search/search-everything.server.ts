// One search over questions, forecasters, outlets, articles and quotes, tolerant of typos:
// PostgreSQL's pg_trgm compares the trigrams of what was typed with those of each text
// ("Vladivostock" shares 10 of its 13 with "Vladivostok"), through GIN trigram indexes
// (migration …_search_trigrams), so that a search stays an index scan at a million forecasts.
import { z } from "zod";
import type { Db } from "../db/client.server";
import { parseRows } from "../db/parse-rows";
import { formatIsoDate } from "../dates";
import { questionState } from "../questions/question-state";
import { searchEverythingResult } from "./search-everything-query";
import { searchTerms } from "./search-terms";

/**
 * word_similarity: the share of the term's trigrams found in the closest stretch of the text.
 * 0.6 (pg_trgm's own default, set here so that a server's setting cannot change our results)
 * lets one or two wrong letters in a word through and keeps unrelated words out.
 */
const WORD_SIMILARITY = 0.6;
/** Matches counted per group; past this a count reads "1000+" and ranking is among these. */
const COUNT_CAP = 1000;

const counted = z.object({ total: z.number().int() });
type Counted = z.infer<typeof counted>;
// Each row is the answer's item (search-everything-query.ts) as SQL gives it: dates as Dates, the
// group's count on every row, and no derived state.
const answer = searchEverythingResult.shape;
const rowOf = {
  questions: counted.extend(answer.questions.shape.items.element.omit({ state: true }).shape).extend({ deadline: z.date() }),
  /** `alias`: the former name (after a merge) that matched better than the name itself, if any. */
  forecasters: counted.extend(answer.forecasters.shape.items.element.shape),
  sources: counted.extend(answer.sources.shape.items.element.shape).extend({ publishedAt: z.date() }),
  outlets: counted.extend(answer.outlets.shape.items.element.shape),
  quotes: counted.extend(answer.quotes.shape.items.element.shape),
};
type QuestionRow = z.infer<typeof rowOf.questions>;
type ForecasterRow = z.infer<typeof rowOf.forecasters>;
type SourceRow = z.infer<typeof rowOf.sources>;
type OutletRow = z.infer<typeof rowOf.outlets>;
type QuoteRow = z.infer<typeof rowOf.quotes>;

/** A group of results: how many matched (at most COUNT_CAP), whether there were more, the best. */
export type SearchGroup<T> = { total: number; more: boolean; items: T[] };

function group<R extends Counted, T>(rows: R[], view: (row: R) => T): SearchGroup<T> {
  const total = rows[0]?.total ?? 0;
  return { total, more: total >= COUNT_CAP, items: rows.map(view) };
}

function queries(db: Db, term: string, limit: number) {
  const questions = db.$queryRaw`
    WITH m AS (
      SELECT id, title, status, deadline,
             greatest(word_similarity(${term}, title), word_similarity(${term}, criteria)) AS score
      FROM "Question" WHERE ${term} <% title OR ${term} <% criteria LIMIT ${COUNT_CAP})
    SELECT id, title, status, deadline, (SELECT count(*) FROM m)::int AS total
    FROM m ORDER BY score DESC, title, id LIMIT ${limit}`;
  // A forecaster is found by its name or by a name merged into it (ForecasterAlias).
  const forecasters = db.$queryRaw`
    WITH hits AS (
      SELECT id, word_similarity(${term}, name) AS score, NULL::text AS alias FROM "Forecaster" WHERE ${term} <% name
      UNION ALL
      SELECT "forecasterId", word_similarity(${term}, name), name FROM "ForecasterAlias" WHERE ${term} <% name),
    m AS (
      SELECT id, max(score) AS score, max(score) FILTER (WHERE alias IS NULL) AS "nameScore",
             max(score) FILTER (WHERE alias IS NOT NULL) AS "aliasScore",
             (array_agg(alias ORDER BY score DESC, alias) FILTER (WHERE alias IS NOT NULL))[1] AS alias
      FROM hits GROUP BY id LIMIT ${COUNT_CAP})
    SELECT f.slug, f.name, f.kind, f.affiliation,
           CASE WHEN m."aliasScore" > coalesce(m."nameScore", 0) THEN m.alias END AS alias,
           (SELECT count(*) FROM m)::int AS total
    FROM m JOIN "Forecaster" f ON f.id = m.id ORDER BY m.score DESC, f.name, f.slug LIMIT ${limit}`;
  const sources = db.$queryRaw`
    WITH m AS (
      SELECT id, outlet, title, "publishedAt",
             greatest(word_similarity(${term}, title), word_similarity(${term}, outlet)) AS score
      FROM "Source" WHERE ${term} <% title OR ${term} <% outlet LIMIT ${COUNT_CAP})
    SELECT id, outlet, title, "publishedAt", (SELECT count(*) FROM m)::int AS total
    FROM m ORDER BY score DESC, "publishedAt" DESC, id LIMIT ${limit}`;
  const outlets = db.$queryRaw`
    WITH m AS (
      SELECT outlet, count(*)::int AS sources, max(word_similarity(${term}, outlet)) AS score
      FROM "Source" WHERE ${term} <% outlet GROUP BY outlet LIMIT ${COUNT_CAP})
    SELECT outlet, sources, (SELECT count(*) FROM m)::int AS total
    FROM m ORDER BY score DESC, outlet LIMIT ${limit}`;
  // The best quotes are picked before the join, so that only `limit` rows are joined.
  const quotes = db.$queryRaw`
    WITH m AS (
      SELECT id, quote, "questionId", "forecasterId", word_similarity(${term}, quote) AS score
      FROM "Forecast" WHERE ${term} <% quote LIMIT ${COUNT_CAP}),
    best AS (SELECT *, (SELECT count(*) FROM m)::int AS total FROM m ORDER BY score DESC, id LIMIT ${limit})
    SELECT best.id AS "forecastId", best.quote, best."questionId", q.title AS "questionTitle",
           f.slug AS "forecasterSlug", f.name AS "forecasterName", best.total
    FROM best JOIN "Question" q ON q.id = best."questionId" JOIN "Forecaster" f ON f.id = best."forecasterId"
    ORDER BY best.score DESC, best.id`;
  return { questions, forecasters, sources, outlets, quotes };
}

const views = {
  questions: ({ total, deadline, ...r }: QuestionRow) => ({ ...r, deadline: formatIsoDate(deadline), state: questionState({ status: r.status, deadline }) }),
  forecasters: ({ total, ...r }: ForecasterRow) => r,
  sources: ({ total, publishedAt, ...r }: SourceRow) => ({ ...r, publishedAt: formatIsoDate(publishedAt) }),
  outlets: ({ total, ...r }: OutletRow) => r,
  quotes: ({ total, ...r }: QuoteRow) => r,
};

/** The five groups' rows, read in one transaction that sets the matching threshold first. */
async function readRows(db: Db, term: string, limit: number) {
  const q = queries(db, term, limit);
  const [, questions, forecasters, sources, outlets, quotes] = await db.$transaction([
    db.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY)}, true)`,
    q.questions,
    q.forecasters,
    q.sources,
    q.outlets,
    q.quotes,
  ]);
  // In an array transaction the statements must stay Prisma's own promises: rows are checked after.
  return {
    questions: parseRows({ rows: questions, row: rowOf.questions, query: "search questions" }),
    forecasters: parseRows({ rows: forecasters, row: rowOf.forecasters, query: "search forecasters" }),
    sources: parseRows({ rows: sources, row: rowOf.sources, query: "search sources" }),
    outlets: parseRows({ rows: outlets, row: rowOf.outlets, query: "search outlets" }),
    quotes: parseRows({ rows: quotes, row: rowOf.quotes, query: "search quotes" }),
  };
}

/** Everything that matches `q`, grouped, at most `limit` (default 10) of each group. */
export async function searchEverything(options: { db: Db; q: string; limit?: number }) {
  const term = searchTerms({ q: options.q });
  const rows = term ? await readRows(options.db, term, options.limit ?? 10) : { questions: [], forecasters: [], sources: [], outlets: [], quotes: [] };
  return {
    term,
    questions: group(rows.questions, views.questions),
    forecasters: group(rows.forecasters, views.forecasters),
    sources: group(rows.sources, views.sources),
    outlets: group(rows.outlets, views.outlets),
    quotes: group(rows.quotes, views.quotes),
  };
}

export type SearchResults = Awaited<ReturnType<typeof searchEverything>>;
