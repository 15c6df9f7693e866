import type { Db } from "../db/client.server";

/** A forecaster's own fields, without their forecasts (a page lists those a page at a time). */
export async function findForecaster(options: { db: Db; slug: string }) {
  return options.db.forecaster.findUnique({
    where: { slug: options.slug },
    select: { id: true, slug: true, name: true, kind: true, affiliation: true, description: true },
  });
}
