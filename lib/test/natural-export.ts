// An export with its ids replaced by natural keys (ADR 0011), sorted, so that two databases
// holding the same data compare equal whatever ids they gave it; and every score row, keyed alike.
import type { Db } from "../db/client.server";
import type { HindsightExport } from "../export/export-contract";

export function naturalExport(data: HindsightExport) {
  const question = new Map(data.questions.map((q) => [q.id, `${q.title}|${q.deadline}`]));
  const forecaster = new Map(data.forecasters.map((f) => [f.id, f.slug]));
  const source = new Map(data.sources.map((s) => [s.id, s.url ?? `${s.outlet}|${s.title}|${s.publishedAt}`]));
  const strip = <T extends { id: string }>({ id: _id, ...rest }: T) => rest;
  const byJson = <T>(xs: T[]) => [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    forecasters: byJson(data.forecasters.map(strip)),
    sources: byJson(data.sources.map(strip)),
    questions: byJson(data.questions.map(strip)),
    forecasts: byJson(
      data.forecasts.map(({ id: _id, questionId, forecasterId, sourceId, ...rest }) => ({
        question: question.get(questionId),
        forecaster: forecaster.get(forecasterId),
        source: source.get(sourceId),
        ...rest,
      })),
    ),
  };
}

export type NaturalScore = { key: string; brier: number; logScore: number; relativeBrier: number | null; brierAtLow: number; brierAtHigh: number };

export async function naturalScores(db: Db): Promise<NaturalScore[]> {
  const rows = await db.$queryRaw<NaturalScore[]>`
    SELECT q.title || '|' || q.deadline::text || '|' || f.name AS key, s.brier, s."logScore", s."relativeBrier", s."brierAtLow", s."brierAtHigh"
    FROM "Score" s JOIN "Question" q ON q.id = s."questionId" JOIN "Forecaster" f ON f.id = s."forecasterId" ORDER BY 1`;
  return rows;
}

export async function naturalTotals(db: Db) {
  return db.$queryRaw<Array<{ slug: string; n: number; sumBrier: number; sumLog: number }>>`
    SELECT f.slug, t.n, t."sumBrier", t."sumLog" FROM "ForecasterTotals" t JOIN "Forecaster" f ON f.id = t."forecasterId" ORDER BY 1`;
}
