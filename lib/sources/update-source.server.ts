import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event.server";
import { type Actor, requireRole } from "../auth/require-role";
import type { Db } from "../db/client.server";
import { runTransaction } from "../db/run-transaction.server";
import { formatIsoDate, parseIsoDate } from "../dates";
import { AppError, AppErrorCode } from "../errors/app-error";
import { httpUrl, isoDate, text } from "../validation/fields";
import { Prisma } from "../generated/prisma/client";
import { parseInput } from "../validation/parse-input";
import { sourceMetadata } from "./source-metadata";
import { idRow } from "../db/id-row";
import { queryRows } from "../db/query-rows.server";

export const updateSourceInput = z.strictObject({
  outlet: text(200).optional(),
  title: text(500).optional(),
  url: httpUrl.nullable().optional(),
  publishedAt: isoDate.optional(),
  byline: text(300).nullable().optional(),
  note: text(2000).nullable().optional(),
});

/** Edits a source's metadata (analysts and up); its text, once stored, is not edited. */
export async function updateSource(options: { db: Db; actor: Actor | null; sourceId: string; input: unknown }) {
  const actor = requireRole(options.actor, "ANALYST", "edit sources");
  const input = parseInput(updateSourceInput, options.input, "change to the source");
  return runTransaction(options.db, async (tx) => {
    const before = await tx.source.findUnique({ where: { id: options.sourceId } });
    if (!before) throw new AppError(AppErrorCode.NOT_FOUND, "There is no such source.");
    const publishedAt = input.publishedAt ? parseIsoDate(input.publishedAt)! : before.publishedAt;
    const late = await tx.forecast.findFirst({ where: { sourceId: before.id, madeAt: { gt: publishedAt } }, select: { madeAt: true } });
    if (late) {
      throw new AppError(AppErrorCode.INVALID_INPUT, "The change to the source is not valid.", {
        publishedAt: `is before a forecast quoted from it, made ${formatIsoDate(late.madeAt)}`,
      });
    }
    if (input.url && input.url !== before.url && (await tx.source.findUnique({ where: { url: input.url } }))) {
      throw new AppError(AppErrorCode.CONFLICT, "Another source has this URL.", { url: "is taken by another source" });
    }
    await refuseSameMetadata(tx, {
      id: before.id,
      textHash: before.textHash,
      url: input.url === undefined ? before.url : input.url,
      outlet: input.outlet ?? before.outlet,
      title: input.title ?? before.title,
      publishedAt,
    });
    const after = await tx.source.update({ where: { id: before.id }, data: { ...input, publishedAt } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "source.update",
      entityType: "Source",
      entityId: before.id,
      before: sourceMetadata(before),
      after: sourceMetadata(after),
    });
    return after;
  });
}

/**
 * A source with neither URL nor text is known by its outlet, title (any case) and date
 * (unique index Source_outlet_title_date_key, ADR 0009): an edit may not make it another's twin.
 */
async function refuseSameMetadata(
  tx: Prisma.TransactionClient,
  next: { id: string; url: string | null; textHash: string | null; outlet: string; title: string; publishedAt: Date },
): Promise<void> {
  if (next.url || next.textHash) return;
  const [twin] = await queryRows({
    db: tx,
    row: idRow,
    query: "source twin",
    sql: Prisma.sql`
    SELECT id FROM "Source"
    WHERE id <> ${next.id} AND url IS NULL AND "textHash" IS NULL AND lower(outlet) = lower(${next.outlet})
      AND lower(title) = lower(${next.title}) AND "publishedAt" = ${next.publishedAt}::date
    LIMIT 1`,
  });
  if (twin) {
    throw new AppError(AppErrorCode.CONFLICT, "Another source without URL has this outlet, title and date.", {
      title: "is taken by another source",
      sourceId: twin.id,
    });
  }
}
