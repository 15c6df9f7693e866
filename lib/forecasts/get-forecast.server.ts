import type { Db } from "../db/client.server";

/** A forecast with the names of its question, forecaster and source, for its edit page (where it can be moved to others). */
export async function getForecast(options: { db: Db; id: string }) {
  return options.db.forecast.findUnique({
    where: { id: options.id },
    include: {
      question: { select: { id: true, title: true } },
      forecaster: { select: { id: true, name: true } },
      source: { select: { id: true, outlet: true, title: true, publishedAt: true } },
    },
  });
}
