// The command line acts as a user of its own, so that the audit trail says who did what.
// Neither system user has a password: no one can sign in as them.
import type { Actor } from "../auth/require-role";
import type { Db } from "../db/client.server";

export const COMMAND_LINE_EMAIL = "command-line@hindsight.invalid";
/** Writes the shipped seed data (lib/seed/apply-seed.server.ts). */
export const SEED_EMAIL = "seed@hindsight.invalid";
export const SYSTEM_EMAILS = [COMMAND_LINE_EMAIL, SEED_EMAIL];

export async function commandLineActor(db: Db): Promise<Actor> {
  // An upsert, so that two scripts or tests asking at once get the one user (the email is unique).
  const user = await db.user.upsert({
    where: { email: COMMAND_LINE_EMAIL },
    update: {},
    create: { email: COMMAND_LINE_EMAIL, name: "Hindsight command line", role: "ADMIN" },
    select: { id: true },
  });
  return { id: user.id, role: "ADMIN" };
}
