import type { Db } from "../db/client.server";
import { forecastView } from "../forecasts/forecast-view";

/** A source with its text and the forecasts quoted from it, in the order they appear. */
export async function getSource(options: { db: Db; id: string }) {
  const source = await options.db.source.findUnique({
    where: { id: options.id },
    include: { forecasts: { select: forecastView } },
  });
  if (!source) return null;
  const position = (quote: string) => (source.text?.indexOf(quote) ?? -1) >>> 0; // not found sorts last
  source.forecasts.sort((a, b) => position(a.quote) - position(b.quote));
  return source;
}
