// An analyst pastes an article: its text is stored with a hash of it, so that the same text
// pasted twice is one source.
import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event.server";
import { type Actor, requireRole } from "../auth/require-role";
import type { Db } from "../db/client.server";
import { parseIsoDate } from "../dates";
import { AppError, AppErrorCode } from "../errors/app-error";
import { hashText } from "./hash-text";
import { sourceDescription } from "./source-input";
import { sourceMetadata } from "./source-metadata";
import { parseInput } from "../validation/parse-input";

export const MAX_ARTICLE_BYTES = 1024 * 1024;

export const addSourceInput = sourceDescription.extend({
  text: z
    .string()
    .transform((t) => t.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().min(1, "must not be empty: paste the article's text")),
});

/** Refuses a text over 1 MB before anything else (413). */
export function assertArticleSize(text: unknown): void {
  if (typeof text === "string" && Buffer.byteLength(text, "utf8") > MAX_ARTICLE_BYTES) {
    throw new AppError(AppErrorCode.PAYLOAD_TOO_LARGE, "The article is larger than 1 MB; paste the article's own text only.", { text: "is larger than 1 MB" });
  }
}

/**
 * Stores a pasted article (analysts and up). The same text again returns the source that has
 * it; a URL already on record gets the text if it had none, and is refused if it has another.
 */
export async function addSource(options: { db: Db; actor: Actor | null; input: unknown }) {
  const actor = requireRole(options.actor, "ANALYST", "add sources");
  assertArticleSize((options.input as { text?: unknown } | null)?.text);
  const input = parseInput(addSourceInput, options.input, "article");
  const textHash = hashText(input.text);
  return options.db.$transaction(async (tx) => {
    const same = await tx.source.findUnique({ where: { textHash } });
    if (same) return { source: same, existed: true };
    const byUrl = input.url ? await tx.source.findUnique({ where: { url: input.url } }) : null;
    if (byUrl?.text) {
      throw new AppError(AppErrorCode.CONFLICT, "A source with this URL is already on record with a different text.", { url: "belongs to another text", sourceId: byUrl.id });
    }
    const data = { ...input, publishedAt: parseIsoDate(input.publishedAt)!, textHash };
    const source = byUrl ? await tx.source.update({ where: { id: byUrl.id }, data }) : await tx.source.create({ data });
    await recordAuditEvent(tx, {
      actorId: actor.id, action: byUrl ? "source.update" : "source.create", entityType: "Source", entityId: source.id, after: sourceMetadata(source),
    });
    return { source, existed: false };
  });
}
