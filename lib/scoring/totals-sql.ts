// The sums every forecaster score is computed from (lib/scoring/forecaster-stats.ts), per
// forecaster, over the score rows `s` that pass the filter.
import { parseIsoDate } from "../dates";
import { Prisma } from "../generated/prisma/client";

export type ScoreFilter = { tag?: string; from?: string; to?: string; forecasterIds?: readonly string[] };

export function isUnfiltered(filter: ScoreFilter): boolean {
  return !filter.tag && !filter.from && !filter.to && !filter.forecasterIds;
}

function conditions(filter: ScoreFilter): Prisma.Sql {
  const parts = [Prisma.sql`TRUE`];
  if (filter.tag) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Question" q WHERE q.id = s."questionId" AND q.tags @> ARRAY[${filter.tag}]::text[])`);
  }
  if (filter.from) parts.push(Prisma.sql`s."madeAt" >= ${parseIsoDate(filter.from)}`);
  if (filter.to) parts.push(Prisma.sql`s."madeAt" <= ${parseIsoDate(filter.to)}`);
  if (filter.forecasterIds) parts.push(Prisma.sql`s."forecasterId" = ANY(${[...filter.forecasterIds]}::text[])`);
  return Prisma.join(parts, " AND ");
}

export function totalsSql(filter: ScoreFilter): Prisma.Sql {
  return Prisma.sql`
    SELECT s."forecasterId" AS id,
           count(*)::int AS n,
           sum(s.brier)::float8 AS "sumBrier",
           sum(s.brier * s.brier)::float8 AS "sumBrierSquares",
           sum(s."logScore")::float8 AS "sumLog",
           count(s."relativeBrier")::int AS "nRelative",
           coalesce(sum(s."relativeBrier"), 0)::float8 AS "sumRelative",
           sum(LEAST(s.brier, s."brierAtLow", s."brierAtHigh"))::float8 AS "sumBestBrier",
           sum(GREATEST(s.brier, s."brierAtLow", s."brierAtHigh"))::float8 AS "sumWorstBrier"
    FROM "Score" s
    WHERE ${conditions(filter)}
    GROUP BY s."forecasterId"`;
}
