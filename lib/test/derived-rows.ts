// What scoring derives (score rows, forecaster totals, forecast counts), rounded past float
// noise and in a stable order: a test compares it before and after a rescore from scratch.
import type { Db } from "../db/client.server";
import { rescoreAll } from "../scoring/rescore-all.server";
import { alignNumbers } from "./same-numbers";

/** A row with its numbers to 12 significant digits: kept sums and fresh ones differ past that. */
export function roundNumbers(row: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "number" ? Number(v.toPrecision(12)) : v]));
}

export async function derivedRows(db: Db) {
  const scores = await db.score.findMany({ orderBy: [{ questionId: "asc" }, { forecasterId: "asc" }] });
  const totals = await db.forecasterTotals.findMany({ orderBy: { forecasterId: "asc" } });
  const counts = await db.question.findMany({ select: { id: true, forecastCount: true }, orderBy: { id: "asc" } });
  return { scores: scores.map(roundNumbers), totals: totals.map(roundNumbers), counts };
}

/** The derived rows as they are, after checking that a rescore from scratch gives the same. */
export async function expectDerivedAsIfRescored(db: Db, expect: (actual: unknown) => { toEqual: (expected: unknown) => void }) {
  const kept = await derivedRows(db);
  await rescoreAll({ db });
  const fresh = await derivedRows(db);
  // Totals kept by difference may differ from the fresh sums in the last bits (same-numbers.ts).
  expect(alignNumbers(kept, fresh)).toEqual(fresh);
  return kept;
}
