import { recordAuditEvent } from "../audit/record-audit-event.server";
import type { Actor } from "../auth/require-role";
import { parseIsoDate } from "../dates";
import type { Prisma } from "../generated/prisma/client";
import { sourceMetadata } from "./source-metadata";

/**
 * The source with this URL, or else with this outlet, title and date (any case), or a new one;
 * creating one is audited.
 */
export async function findOrCreateSource(
  tx: Prisma.TransactionClient,
  actor: Actor,
  description: { url?: string; outlet: string; title: string; publishedAt: string; byline?: string },
) {
  const publishedAt = parseIsoDate(description.publishedAt)!;
  const existing = description.url
    ? await tx.source.findUnique({ where: { url: description.url } })
    : await tx.source.findFirst({
        where: {
          outlet: { equals: description.outlet, mode: "insensitive" },
          title: { equals: description.title, mode: "insensitive" },
          publishedAt,
        },
      });
  if (existing) return existing;
  const source = await tx.source.create({ data: { ...description, publishedAt } });
  await recordAuditEvent(tx, { actorId: actor.id, action: "source.create", entityType: "Source", entityId: source.id, after: sourceMetadata(source) });
  return source;
}
