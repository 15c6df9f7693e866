import type { Db } from "../db/client.server";
import { forecastView } from "../forecasts/forecast-view";

/** A forecaster and their forecasts (on questions that are not archived), newest first. */
export async function getForecaster(options: { db: Db; slug: string }) {
  return options.db.forecaster.findUnique({
    where: { slug: options.slug },
    include: { forecasts: { where: { question: { archivedAt: null } }, select: forecastView, orderBy: [{ madeAt: "desc" }, { loggedAt: "desc" }] } },
  });
}
