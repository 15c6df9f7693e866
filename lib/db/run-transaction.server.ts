// Every write runs through here (ADR 0009): it waits for a write slot (so that writers never
// take the whole pool), bounds how long it may wait for row locks and run, retries a
// transaction that lost a race (deadlock, serialisation failure, a unique key taken between
// its check and its insert), and turns what still fails that way into a 409 or 429.
import { setTimeout as sleep } from "node:timers/promises";
import type { Prisma } from "../generated/prisma/client";
import { type Db, writeGateOf } from "./client.server";
import { appErrorFromDatabase, databaseErrorKind } from "./database-error";

export type Tx = Prisma.TransactionClient;

/**
 * - lock_timeout 10 s: a write holds a question's lock for tens of milliseconds, so waiting
 *   10 s means a hundred writers ahead of it: refuse (429) rather than pile up.
 * - statement_timeout: the transaction's own timeout (30 s by default); no statement of an app
 *   write comes near it, but a runaway one must not hold its locks for ever.
 * - Prisma's transaction timeout is a little longer than the statement timeout, so that
 *   PostgreSQL's own, clearer error comes first; maxWait (for a connection) matches the pool's.
 */
const LOCK_TIMEOUT_MS = 10_000;
const DEFAULT_TIMEOUT_MS = 30_000;
const CONNECTION_WAIT_MS = 10_000;
/** Retries after a deadlock or serialisation failure; a taken unique key is retried once. */
const MAX_RETRIES = 3;
const MAX_UNIQUE_RETRIES = 1;
const BASE_BACKOFF_MS = 15;

export async function runTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let retries = 0;
  let uniqueRetries = 0;
  for (;;) {
    const leave = await writeGateOf(db).enter();
    try {
      return await db.$transaction(
        async (tx) => {
          // set_config(…, true) is SET LOCAL: it ends with the transaction. One round trip.
          await tx.$queryRaw`SELECT set_config('lock_timeout', ${String(LOCK_TIMEOUT_MS)}, true), set_config('statement_timeout', ${String(timeoutMs)}, true)`;
          return work(tx);
        },
        { timeout: timeoutMs + 5_000, maxWait: CONNECTION_WAIT_MS },
      );
    } catch (error) {
      const kind = databaseErrorKind(error);
      const again = (kind === "retry" && retries < MAX_RETRIES) || (kind === "unique" && uniqueRetries < MAX_UNIQUE_RETRIES);
      if (!again) throw appErrorFromDatabase(error) ?? error;
      if (kind === "unique") uniqueRetries++;
      else retries++;
    } finally {
      leave();
    }
    // Jittered exponential backoff, so that the losers of a race do not collide again.
    await sleep(BASE_BACKOFF_MS * 2 ** retries * (0.5 + Math.random()));
  }
}
