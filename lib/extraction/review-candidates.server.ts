// The review of a source: the extraction assistant's candidates in article order, each marked
// as logged already (a forecast quotes it), turned down, or still to decide.
import type { Db } from "../db/client.server";
import { formatIsoDate } from "../dates";
import { type Candidate, extractCandidates } from "./extract-candidates";

export type ReviewItem = Candidate & { status: "pending" | "logged" | "rejected"; forecastIds: string[] };

/** A candidate is logged when a forecast from this source quotes words inside it. */
function loggedBy(candidate: Candidate, forecasts: Array<{ id: string; quote: string; at: number }>): string[] {
  return forecasts.filter((f) => f.at >= 0 && f.at < candidate.end && f.at + f.quote.length > candidate.start).map((f) => f.id);
}

export async function reviewCandidates(options: { db: Db; sourceId: string }) {
  const source = await options.db.source.findUnique({
    where: { id: options.sourceId },
    include: { forecasts: { select: { id: true, quote: true } }, rejectedCandidates: { select: { start: true, end: true } } },
  });
  if (!source) return null;
  if (!source.text) return { source, items: [] as ReviewItem[] };
  const text = source.text;
  const forecasts = source.forecasts.map((f) => ({ ...f, at: text.indexOf(f.quote) }));
  const rejected = new Set(source.rejectedCandidates.map((r) => `${r.start}:${r.end}`));
  const items = extractCandidates({ text, outlet: source.outlet }).map((candidate): ReviewItem => {
    const forecastIds = loggedBy(candidate, forecasts);
    const status = forecastIds.length ? "logged" : rejected.has(`${candidate.start}:${candidate.end}`) ? "rejected" : "pending";
    return { ...candidate, status, forecastIds };
  });
  return { source: { ...source, publishedAtIso: formatIsoDate(source.publishedAt) }, items };
}
