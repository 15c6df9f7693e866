// Prisma keeps the arguments of its last 100 debug calls in memory even when debugging is off
// (`@prisma/debug`'s history: one copy in the client runtime, one in the driver adapter), and
// every raw statement logs its parameters there. A bulk statement sends each column as one
// array of thousands of values, so after a few batches an import kept ~100 of them reachable:
// +141 MB of heap at 100 000 forecasts (ADR 0011), in the server that answers everyone else.
// Prisma offers no way to clear or size that history; 100 trivial statements push the large
// entries out. They cost a round trip each (a few ms per 5 000-row batch; `npm run bench:import`).
import type { Tx } from "./run-transaction.server";

/** The length of `@prisma/debug`'s history (MAX_ARGS_HISTORY in its source, 7.x). */
const PRISMA_DEBUG_HISTORY = 100;

/** After a statement with large parameters: lets them be garbage-collected. */
export async function forgetStatementArguments(tx: Tx): Promise<void> {
  for (let i = 0; i < PRISMA_DEBUG_HISTORY; i++) await tx.$queryRaw`SELECT 1`;
}
