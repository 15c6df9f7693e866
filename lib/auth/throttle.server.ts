// Counts sign-in attempts per key in a fixed window, atomically in one statement, so that
// parallel guesses cannot slip past a stale count.
import type { Db } from "../db/client.server";

export const SIGN_IN_WINDOW_MINUTES = 15;
export const SIGN_IN_MAX_ATTEMPTS = 8;

/** Records an attempt; returns the minutes to wait when the key is over its limit, else null. */
export async function consumeAttempt(db: Db, key: string, now = new Date()): Promise<number | null> {
  const windowStart = new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000);
  const [row] = await db.$queryRaw<Array<{ attempts: number; windowStart: Date }>>`
    INSERT INTO "SignInThrottle" (key, attempts, "windowStart") VALUES (${key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      attempts = CASE WHEN "SignInThrottle"."windowStart" < ${windowStart} THEN 1 ELSE "SignInThrottle".attempts + 1 END,
      "windowStart" = CASE WHEN "SignInThrottle"."windowStart" < ${windowStart} THEN ${now} ELSE "SignInThrottle"."windowStart" END
    RETURNING attempts, "windowStart"`;
  if (row.attempts <= SIGN_IN_MAX_ATTEMPTS) return null;
  const reopens = row.windowStart.getTime() + SIGN_IN_WINDOW_MINUTES * 60_000;
  return Math.max(1, Math.ceil((reopens - now.getTime()) / 60_000));
}

export async function clearAttempts(db: Db, key: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key } });
}
