import { type Actor, requireRole } from "../auth/require-role";
import type { Db } from "../db/client.server";
import { SYSTEM_EMAILS } from "./system-actor.server";

/** Every person with an account (not the system users), for admins. */
export async function listUsers(options: { db: Db; actor: Actor | null }) {
  requireRole(options.actor, "ADMIN", "see the list of users");
  return options.db.user.findMany({
    where: { email: { notIn: SYSTEM_EMAILS } },
    orderBy: [{ role: "desc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true },
  });
}
