import { recordAuditEvent } from "../audit/record-audit-event.server";
import type { Actor } from "../auth/require-role";
import type { Prisma } from "../generated/prisma/client";
import type { ForecasterKind } from "../validation/fields";
import { freeSlug, slugify } from "./slugify";

/** The forecaster with this name (any case), or a new one; creating one is audited. */
export async function findOrCreateForecaster(
  tx: Prisma.TransactionClient,
  actor: Actor,
  description: { name: string; kind: ForecasterKind; affiliation?: string },
) {
  const existing = await tx.forecaster.findFirst({ where: { name: { equals: description.name, mode: "insensitive" } } });
  if (existing) return existing;
  const base = slugify(description.name);
  const taken = await tx.forecaster.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const forecaster = await tx.forecaster.create({
    data: { ...description, slug: freeSlug(base, new Set(taken.map((t) => t.slug))) },
  });
  await recordAuditEvent(tx, { actorId: actor.id, action: "forecaster.create", entityType: "Forecaster", entityId: forecaster.id, after: forecaster });
  return forecaster;
}
