import { recordAuditEvent } from "../audit/record-audit-event.server";
import type { Actor } from "../auth/require-role";
import { parseIsoDate } from "../dates";
import { AppError, AppErrorCode } from "../errors/app-error";
import { Prisma } from "../generated/prisma/client";
import { sourceMetadata } from "./source-metadata";
import { idRow } from "../db/id-row";
import { queryRows } from "../db/query-rows.server";

type Tx = Prisma.TransactionClient;
type Description = { url?: string; outlet: string; title: string; publishedAt: string; byline?: string };

/** By URL, or else by outlet, title and date in any case, as the unique indexes compare them (ADR 0009). */
async function find(tx: Tx, description: Description, publishedAt: Date) {
  if (description.url) return tx.source.findUnique({ where: { url: description.url } });
  const [row] = await queryRows({
    db: tx,
    row: idRow,
    query: "source by description",
    sql: Prisma.sql`
    SELECT id FROM "Source"
    WHERE lower(outlet) = lower(${description.outlet}) AND lower(title) = lower(${description.title}) AND "publishedAt" = ${publishedAt}::date
    ORDER BY "createdAt", id LIMIT 1`,
  });
  return row ? tx.source.findUnique({ where: { id: row.id } }) : null;
}

/**
 * The source with this URL, or else with this outlet, title and date (any case), or a new one;
 * creating one is audited. Many requests naming the same new source at once get the one row:
 * the insert skips a key another transaction took, and the next round finds its row.
 */
export async function findOrCreateSource(tx: Tx, actor: Actor, description: Description) {
  const publishedAt = parseIsoDate(description.publishedAt)!;
  for (let round = 0; round < 3; round++) {
    const existing = await find(tx, description, publishedAt);
    if (existing) return existing;
    const [source] = await tx.source.createManyAndReturn({ data: [{ ...description, publishedAt }], skipDuplicates: true });
    if (source) {
      await recordAuditEvent(tx, { actorId: actor.id, action: "source.create", entityType: "Source", entityId: source.id, after: sourceMetadata(source) });
      return source;
    }
  }
  throw new AppError(AppErrorCode.CONFLICT, "Someone else is adding this source right now; nothing was saved. Try again.", {
    source: "is being added by someone else",
  });
}
