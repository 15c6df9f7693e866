// Two forecasters on the questions both were scored on: who was closer on each, and in all. Pure.
// Closer means the lower Brier score, i.e. the probability nearer to what happened.

export type SharedRow = { questionId: string; brierA: number; brierB: number };
type Closer = "a" | "b" | "tie";

function closerOf(row: SharedRow): Closer {
  // Rounding in stored scores must not make equal forecasts look different.
  if (Math.abs(row.brierA - row.brierB) < 1e-12) return "tie";
  return row.brierA < row.brierB ? "a" : "b";
}

export function headToHead<T extends SharedRow>(rows: readonly T[]) {
  const withCloser = rows.map((r) => ({ ...r, closer: closerOf(r) }));
  const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);
  return {
    rows: withCloser,
    totals: {
      shared: rows.length,
      aCloser: withCloser.filter((r) => r.closer === "a").length,
      bCloser: withCloser.filter((r) => r.closer === "b").length,
      ties: withCloser.filter((r) => r.closer === "tie").length,
      meanBrierA: mean(rows.map((r) => r.brierA)),
      meanBrierB: mean(rows.map((r) => r.brierB)),
    },
  };
}
