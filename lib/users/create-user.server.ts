import { randomBytes } from "node:crypto";
import { recordAuditEvent } from "../audit/record-audit-event.server";
import { getAuth } from "../auth/auth.server";
import { type Actor, requireRole } from "../auth/require-role";
import type { Db } from "../db/client.server";
import { runTransaction } from "../db/run-transaction.server";
import { AppError, AppErrorCode } from "../errors/app-error";
import { parseInput } from "../validation/parse-input";
import { createUserInput } from "./user-input";

/**
 * Creates an account that signs in with email and password (admins only). Returns the
 * password, generated when none was given, so that it can be handed to the user once.
 */
export async function createUser(options: { db: Db; actor: Actor | null; input: unknown }) {
  const actor = requireRole(options.actor, "ADMIN", "create users");
  const input = parseInput(createUserInput, options.input, "new user");
  const password = input.password ?? randomBytes(15).toString("base64url");
  const hash = await (await getAuth(options.db)).$context.then((ctx) => ctx.password.hash(password));
  const user = await runTransaction(options.db, async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email } })) {
      throw new AppError(AppErrorCode.CONFLICT, `There is already a user with the email ${input.email}.`, { email: "is taken" });
    }
    const created = await tx.user.create({
      data: { email: input.email, name: input.name ?? input.email.split("@")[0], role: input.role, emailVerified: true },
      select: { id: true, email: true, name: true, role: true },
    });
    await tx.account.create({
      data: { id: `credential-${created.id}`, accountId: created.id, providerId: "credential", userId: created.id, password: hash },
    });
    await recordAuditEvent(tx, { actorId: actor.id, action: "user.create", entityType: "User", entityId: created.id, after: created });
    return created;
  });
  return { user, password };
}
