// Deleting a forecast deletes its score row by cascade, out of sight of the totals kept by
// difference (apply-totals-delta): every forecast deletion goes through here, which takes the
// score rows out of the totals first. The caller holds the questions' locks (ADR 0009) and
// refreshes the questions afterwards.
import { Prisma } from "../generated/prisma/client";
import { applyTotalsDelta } from "./apply-totals-delta.server";
import { type ScoreContribution, totalsDelta } from "./totals-delta";
import { scoreContributionRow } from "./score-contribution-row.server";
import { queryRows } from "../db/query-rows.server";

export async function removeForecasts(tx: Prisma.TransactionClient, forecastIds: readonly string[]): Promise<void> {
  if (forecastIds.length === 0) return;
  const ids = [...forecastIds];
  const removed = await queryRows({
    db: tx,
    row: scoreContributionRow,
    query: "removed score rows",
    sql: Prisma.sql`
    DELETE FROM "Score" WHERE "forecastId" = ANY(${ids}::text[])
    RETURNING "forecasterId", brier, "logScore", "relativeBrier", "brierAtLow", "brierAtHigh"`,
  });
  await applyTotalsDelta(tx, totalsDelta({ removed, added: [] }));
  await tx.forecast.deleteMany({ where: { id: { in: ids } } });
}
