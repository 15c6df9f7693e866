import type { Db } from "../db/client.server";

/** Every forecaster with how many forecasts they have on record, by name. */
export async function listForecasters(options: { db: Db }) {
  const rows = await options.db.forecaster.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, name: true, kind: true, affiliation: true, _count: { select: { forecasts: true } } },
  });
  return rows.map(({ _count, ...f }) => ({ ...f, forecastCount: _count.forecasts }));
}
