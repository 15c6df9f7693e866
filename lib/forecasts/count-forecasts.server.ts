// Forecast counts for the forecasters or sources a page shows. (Prisma's `_count` groups the
// whole Forecast table before joining; this counts only the ids asked for, through their index.
// Questions keep their own count in Question.forecastCount.)
import type { Db } from "../db/client.server";

type Key = "forecasterId" | "sourceId";

export async function countForecastsBy(db: Db, key: Key, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const groups = await db.forecast.groupBy({ by: [key], where: { [key]: { in: [...ids] } }, _count: { _all: true } });
  return new Map(groups.map((g) => [g[key] as string, g._count._all]));
}
