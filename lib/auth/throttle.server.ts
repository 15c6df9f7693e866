// Counts sign-in attempts per key in a fixed window, atomically in one statement, so that
// parallel guesses cannot slip past a stale count. Which keys and limits: sign-in-limits.ts.
import { z } from "zod";
import type { Db } from "../db/client.server";
import { queryRows } from "../db/query-rows.server";
import { Prisma } from "../generated/prisma/client";
import type { SignInLimit } from "./sign-in-limits";

const attemptRow = z.object({ attempts: z.number().int(), windowStart: z.date() });

/** Records an attempt; returns the seconds to wait when the key is over its limit, else null. */
export async function consumeAttempt(db: Db, limit: SignInLimit, now = new Date()): Promise<number | null> {
  const windowMs = limit.windowSeconds * 1000;
  const windowStart = new Date(now.getTime() - windowMs);
  const sql = Prisma.sql`
    INSERT INTO "SignInThrottle" (key, attempts, "windowStart") VALUES (${limit.key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      attempts = CASE WHEN "SignInThrottle"."windowStart" < ${windowStart} THEN 1 ELSE "SignInThrottle".attempts + 1 END,
      "windowStart" = CASE WHEN "SignInThrottle"."windowStart" < ${windowStart} THEN ${now} ELSE "SignInThrottle"."windowStart" END
    RETURNING attempts, "windowStart"`;
  const [row] = await queryRows({ db, sql, row: attemptRow, query: "sign-in attempts" });
  if (row.attempts <= limit.max) return null;
  return Math.max(1, Math.ceil((row.windowStart.getTime() + windowMs - now.getTime()) / 1000));
}

/** Takes back one attempt from each key: a sign-in that succeeded does not count against them. */
export async function refundAttempts(db: Db, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await db.$executeRaw`UPDATE "SignInThrottle" SET attempts = GREATEST(attempts - 1, 0) WHERE key = ANY(${keys})`;
}

export async function clearAttempts(db: Db, keys: string[], now = new Date()): Promise<void> {
  // Also forget every window that closed long ago, so that the table stays small.
  const stale = new Date(now.getTime() - 24 * 3600_000);
  await db.$executeRaw`DELETE FROM "SignInThrottle" WHERE key = ANY(${keys}) OR "windowStart" < ${stale}`;
}
