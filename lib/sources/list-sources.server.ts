import type { Db } from "../db/client.server";

/** Every source, newest first, with how many forecasts are quoted from it. */
export async function listSources(options: { db: Db }) {
  const rows = await options.db.source.findMany({
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    select: { id: true, outlet: true, title: true, url: true, publishedAt: true, byline: true, _count: { select: { forecasts: true } } },
  });
  return rows.map(({ _count, ...s }) => ({ ...s, forecastCount: _count.forecasts }));
}
