// A chart of Brier over time holds a few hundred points at most: a forecaster with thousands of
// scored questions gets one point per month, the mean of that month's scores, weighted by how
// many there were, so that the running mean stays the mean over every question.

export type TimelinePoint = { resolvedAt: Date; brier: number; n: number };

export function thinTimeline(points: ReadonlyArray<{ resolvedAt: Date; brier: number }>, maxPoints: number): TimelinePoint[] {
  if (points.length <= maxPoints) return points.map((p) => ({ resolvedAt: p.resolvedAt, brier: p.brier, n: 1 }));
  const months = new Map<string, { resolvedAt: Date; sum: number; n: number }>();
  for (const p of points) {
    const start = new Date(Date.UTC(p.resolvedAt.getUTCFullYear(), p.resolvedAt.getUTCMonth(), 1));
    const key = start.toISOString();
    const month = months.get(key) ?? { resolvedAt: start, sum: 0, n: 0 };
    month.sum += p.brier;
    month.n += 1;
    months.set(key, month);
  }
  return [...months.values()]
    .sort((a, b) => a.resolvedAt.getTime() - b.resolvedAt.getTime())
    .map((m) => ({ resolvedAt: m.resolvedAt, brier: m.sum / m.n, n: m.n }));
}
