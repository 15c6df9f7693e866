import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event.server";
import { type Actor, requireRole } from "../auth/require-role";
import type { Db } from "../db/client.server";
import { runTransaction } from "../db/run-transaction.server";
import { AppError, AppErrorCode } from "../errors/app-error";
import { parseInput } from "../validation/parse-input";
import { roleField } from "./user-input";

export const updateUserInput = z.strictObject({ role: roleField.optional(), disabled: z.boolean().optional() });

/**
 * Changes a user's role or disables them (admins only). Disabling ends their sessions and stops
 * their tokens. No admin can demote or disable themselves, so there is always one admin left.
 */
export async function updateUser(options: { db: Db; actor: Actor | null; userId: string; input: unknown }) {
  const actor = requireRole(options.actor, "ADMIN", "manage users");
  const input = parseInput(updateUserInput, options.input, "change to the user");
  if (options.userId === actor.id && (input.disabled || (input.role && input.role !== "ADMIN"))) {
    throw new AppError(AppErrorCode.INVALID_INPUT, "You cannot demote or disable yourself; ask another admin.", {
      role: "cannot be changed on your own account",
    });
  }
  return runTransaction(options.db, async (tx) => {
    const before = await tx.user.findUnique({ where: { id: options.userId }, select: { id: true, email: true, role: true, disabledAt: true } });
    if (!before) throw new AppError(AppErrorCode.NOT_FOUND, "There is no such user.");
    const disabledAt = input.disabled === undefined ? before.disabledAt : input.disabled ? (before.disabledAt ?? new Date()) : null;
    const after = await tx.user.update({
      where: { id: before.id },
      data: { role: input.role ?? before.role, disabledAt },
      select: { id: true, email: true, role: true, disabledAt: true },
    });
    if (disabledAt) await tx.session.deleteMany({ where: { userId: before.id } });
    await recordAuditEvent(tx, { actorId: actor.id, action: "user.update", entityType: "User", entityId: before.id, before, after });
    return after;
  });
}
