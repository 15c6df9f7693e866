import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event.server";
import { type Actor, requireRole } from "../auth/require-role";
import type { Db } from "../db/client.server";
import { formatIsoDate, parseIsoDate } from "../dates";
import { AppError, AppErrorCode } from "../errors/app-error";
import { httpUrl, isoDate, text } from "../validation/fields";
import { parseInput } from "../validation/parse-input";
import { sourceMetadata } from "./source-metadata";

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
  return options.db.$transaction(async (tx) => {
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
    const after = await tx.source.update({ where: { id: before.id }, data: { ...input, publishedAt } });
    await recordAuditEvent(tx, {
      actorId: actor.id, action: "source.update", entityType: "Source", entityId: before.id, before: sourceMetadata(before), after: sourceMetadata(after),
    });
    return after;
  });
}
