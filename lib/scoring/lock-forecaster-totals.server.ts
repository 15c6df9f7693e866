// Both ways of writing ForecasterTotals (a fresh sum, or adding a change) first make sure each
// forecaster's row exists and then lock the rows in id order (ADR 0009): two rescorings that touch
// the same forecaster wait for each other instead of deadlocking, and what runs after the wait
// sees what the other committed.
import type { Prisma } from "../generated/prisma/client";

/** Returns the ids sorted, as locked. */
export async function lockForecasterTotals(tx: Prisma.TransactionClient, forecasterIds: readonly string[]): Promise<string[]> {
  const ids = [...forecasterIds].sort();
  await tx.$executeRaw`
    INSERT INTO "ForecasterTotals" ("forecasterId", n, "sumBrier", "sumBrierSquares", "sumLog", "nRelative", "sumRelative", "sumBestBrier", "sumWorstBrier")
    SELECT id, 0, 0, 0, 0, 0, 0, 0, 0 FROM unnest(${ids}::text[]) AS id ON CONFLICT DO NOTHING`;
  await tx.$queryRaw`SELECT 1 FROM "ForecasterTotals" WHERE "forecasterId" = ANY(${ids}::text[]) ORDER BY "forecasterId" FOR UPDATE`;
  return ids;
}
