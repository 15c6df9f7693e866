import type { Db } from "../db/client.server";
import { countForecastsBy } from "../forecasts/count-forecasts.server";

/** Every source, newest first, with how many forecasts are quoted from it. */
export async function listSources(options: { db: Db }) {
  const rows = await options.db.source.findMany({
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    select: { id: true, outlet: true, title: true, url: true, publishedAt: true, byline: true },
  });
  const counts = await countForecastsBy(
    options.db,
    "sourceId",
    rows.map((s) => s.id),
  );
  return rows.map((s) => ({ ...s, forecastCount: counts.get(s.id) ?? 0 }));
}
