// One page of a forecaster's forecasts, newest first: those that count in their scores, or the
// others (open or annulled questions, or superseded by a later forecast). A prolific forecaster
// has thousands; a page shows a page of them, with the total.
import { cachedRead } from "../cache/cached-read.server";
import type { Db } from "../db/client.server";
import { forecastView } from "../forecasts/forecast-view";

export const FORECASTS_PER_PAGE = 25;

export async function listForecasterForecasts(options: { db: Db; forecasterId: string; scored: boolean; page: number; pageSize?: number }) {
  const { db, forecasterId, scored, page } = options;
  const pageSize = options.pageSize ?? FORECASTS_PER_PAGE;
  const where = { forecasterId, question: { archivedAt: null }, score: scored ? { isNot: null } : { is: null } };
  return cachedRead({
    db,
    key: `forecaster-forecasts:${forecasterId}:${scored}:${page}:${pageSize}`,
    load: async () => {
      const [items, total] = await Promise.all([
        db.forecast.findMany({
          where,
          select: forecastView,
          orderBy: [{ madeAt: "desc" }, { loggedAt: "desc" }, { id: "asc" }],
          skip: (page - 1) * pageSize,
          take: pageSize,
        }),
        db.forecast.count({ where }),
      ]);
      return { items, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
    },
  });
}
