// An analyst pastes an article: its text is stored with a hash of it, so that the same text
// pasted twice is one source.
import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event.server";
import { type Actor, requireRole } from "../auth/require-role";
import type { Db } from "../db/client.server";
import { runTransaction, type Tx } from "../db/run-transaction.server";
import { parseIsoDate } from "../dates";
import { AppError, AppErrorCode } from "../errors/app-error";
import { hashText } from "./hash-text";
import { sourceDescription } from "./source-input";
import { sourceMetadata } from "./source-metadata";
import { parseInput } from "../validation/parse-input";
import { Prisma } from "../generated/prisma/client";
import { idRow } from "../db/id-row";
import { queryRows } from "../db/query-rows.server";

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
 * Safe when the same article is pasted many times at once: the URL's row is locked before it
 * is given the text, and a new row is inserted with ON CONFLICT DO NOTHING, so that the losers
 * of the race find the winner's row on their next round (ADR 0009).
 */
export async function addSource(options: { db: Db; actor: Actor | null; input: unknown }) {
  const actor = requireRole(options.actor, "ANALYST", "add sources");
  assertArticleSize((options.input as { text?: unknown } | null)?.text);
  const input = parseInput(addSourceInput, options.input, "article");
  const textHash = hashText(input.text);
  const data = { ...input, publishedAt: parseIsoDate(input.publishedAt)!, textHash };
  return runTransaction(options.db, async (tx) => {
    for (let round = 0; round < 3; round++) {
      const same = await tx.source.findUnique({ where: { textHash } });
      if (same) return { source: same, existed: true };
      const byUrl = input.url ? await lockSourceByUrl(tx, input.url) : null;
      if (byUrl?.textHash === textHash) return { source: byUrl, existed: true }; // stored since we looked
      if (byUrl?.text) {
        throw new AppError(AppErrorCode.CONFLICT, "A source with this URL is already on record with a different text.", {
          url: "belongs to another text",
          sourceId: byUrl.id,
        });
      }
      const source = byUrl
        ? await tx.source.update({ where: { id: byUrl.id }, data })
        : (await tx.source.createManyAndReturn({ data: [data], skipDuplicates: true }))[0];
      if (!source) continue; // another paste of this text or URL won the race: find it next round
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: byUrl ? "source.update" : "source.create",
        entityType: "Source",
        entityId: source.id,
        after: sourceMetadata(source),
      });
      return { source, existed: false };
    }
    throw new AppError(AppErrorCode.CONFLICT, "Someone else is adding this article right now; nothing was saved. Try again.", {
      url: "is being added by someone else",
    });
  });
}

async function lockSourceByUrl(tx: Tx, url: string) {
  const [row] = await queryRows({ db: tx, row: idRow, query: "source by url", sql: Prisma.sql`SELECT id FROM "Source" WHERE url = ${url} FOR UPDATE` });
  return row ? tx.source.findUnique({ where: { id: row.id } }) : null;
}
