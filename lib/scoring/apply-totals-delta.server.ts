// Keeps ForecasterTotals current by adding what changed (lib/scoring/totals-delta.ts) instead of
// summing every score row of each forecaster again.
import type { Prisma } from "../generated/prisma/client";
import type { ForecasterTotals } from "./forecaster-stats";
import { lockForecasterTotals } from "./lock-forecaster-totals.server";

type Tx = Prisma.TransactionClient;

/**
 * Adds each forecaster's change to their totals (rows locked in id order, ADR 0009), and drops
 * the totals of whoever has no score row left. Sums kept this way can differ from a fresh sum in
 * the last bits of a double (about 1e-16 of the sum per change); `npm run db:rescore` sums afresh.
 */
export async function applyTotalsDelta(tx: Tx, deltas: Map<string, ForecasterTotals>): Promise<void> {
  if (deltas.size === 0) return;
  const ids = await lockForecasterTotals(tx, [...deltas.keys()]);
  const column = (key: keyof ForecasterTotals) => ids.map((id) => deltas.get(id)![key]);
  await tx.$executeRaw`
    UPDATE "ForecasterTotals" t
    SET n = t.n + d.n, "sumBrier" = t."sumBrier" + d."sumBrier", "sumBrierSquares" = t."sumBrierSquares" + d."sumBrierSquares",
        "sumLog" = t."sumLog" + d."sumLog", "nRelative" = t."nRelative" + d."nRelative",
        -- With no relative score left the sum is 0, not the rounding left over from adding and taking away.
        "sumRelative" = CASE WHEN t."nRelative" + d."nRelative" = 0 THEN 0 ELSE t."sumRelative" + d."sumRelative" END,
        "sumBestBrier" = t."sumBestBrier" + d."sumBestBrier", "sumWorstBrier" = t."sumWorstBrier" + d."sumWorstBrier"
    FROM unnest(${ids}::text[], ${column("n")}::int[], ${column("sumBrier")}::float8[], ${column("sumBrierSquares")}::float8[],
                ${column("sumLog")}::float8[], ${column("nRelative")}::int[], ${column("sumRelative")}::float8[],
                ${column("sumBestBrier")}::float8[], ${column("sumWorstBrier")}::float8[])
         AS d(id, n, "sumBrier", "sumBrierSquares", "sumLog", "nRelative", "sumRelative", "sumBestBrier", "sumWorstBrier")
    WHERE t."forecasterId" = d.id`;
  await tx.$executeRaw`DELETE FROM "ForecasterTotals" WHERE "forecasterId" = ANY(${ids}::text[]) AND n = 0`;
}
