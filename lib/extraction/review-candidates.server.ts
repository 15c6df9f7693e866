// The review of a source: the extraction assistant's candidates in article order, each marked
// as logged already (a forecast quotes it), turned down, or still to decide. The candidates are
// the stored ones (getSourceCandidates): computed on the first review, read on every later one.
import type { Db } from "../db/client.server";
import { AppErrorCode, isAppError } from "../errors/app-error";
import type { Candidate } from "./extract-candidates";
import { getSourceCandidates } from "./get-source-candidates.server";

export type ReviewItem = Candidate & { status: "pending" | "logged" | "rejected"; forecastIds: string[] };

/** A candidate is logged when a forecast from this source quotes words inside it. */
function loggedBy(candidate: Candidate, forecasts: Array<{ id: string; quote: string; at: number }>): string[] {
  return forecasts.filter((f) => f.at >= 0 && f.at < candidate.end && f.at + f.quote.length > candidate.start).map((f) => f.id);
}

/** The API's advice ("split it") fits a request; on the review page the article is stored already. */
function reviewNotice(error: { message: string; details?: Record<string, unknown> }): string {
  if (error.details?.queue) return "The extraction assistant is busy with other articles. Reload this page in a minute to see what it proposes.";
  // "This article took too long to analyse (over 15 s)", then what to do from here.
  const what = error.message.split(";")[0];
  return `${what}, so the assistant proposes nothing here. Log its forecasts by hand from a question's page, or add the article again in shorter parts.`;
}

export type Review = { source: NonNullable<Awaited<ReturnType<typeof findSource>>>; items: ReviewItem[]; notice?: string };

function findSource(db: Db, id: string) {
  return db.source.findUnique({
    where: { id },
    include: { forecasts: { select: { id: true, quote: true } }, rejectedCandidates: { select: { start: true, end: true } } },
  });
}

export async function reviewCandidates(options: { db: Db; sourceId: string }): Promise<Review | null> {
  const source = await findSource(options.db, options.sourceId);
  if (!source) return null;
  if (!source.text) return { source, items: [] };
  const text = source.text;
  let candidates: Candidate[];
  try {
    candidates = await getSourceCandidates({ db: options.db, source: { ...source, text } });
  } catch (error) {
    // Too long to analyse, or the assistant busy: the page says so instead of failing.
    if (!isAppError(error) || error.code !== AppErrorCode.UNAVAILABLE) throw error;
    return { source, items: [], notice: reviewNotice(error) };
  }
  const forecasts = source.forecasts.map((f) => ({ ...f, at: text.indexOf(f.quote) }));
  const rejected = new Set(source.rejectedCandidates.map((r) => `${r.start}:${r.end}`));
  const items = candidates.map((candidate): ReviewItem => {
    const forecastIds = loggedBy(candidate, forecasts);
    const status = forecastIds.length ? "logged" : rejected.has(`${candidate.start}:${candidate.end}`) ? "rejected" : "pending";
    return { ...candidate, status, forecastIds };
  });
  return { source, items };
}
