// The audit trail: one row per mutation, with the entity before and after.
import type { Prisma } from "../generated/prisma/client";

/** Dates become ISO strings, so that the JSON reads the same as the API's. */
function snapshot(value: unknown): Prisma.InputJsonValue | undefined {
  return value === null || value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}

export async function recordAuditEvent(
  tx: Prisma.TransactionClient,
  event: { actorId: string | null; action: string; entityType: string; entityId: string; before?: unknown; after?: unknown },
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: snapshot(event.before),
      after: snapshot(event.after),
    },
  });
}
