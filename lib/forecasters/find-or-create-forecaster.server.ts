import { recordAuditEvent } from "../audit/record-audit-event.server";
import type { Actor } from "../auth/require-role";
import { AppError, AppErrorCode } from "../errors/app-error";
import { Prisma } from "../generated/prisma/client";
import type { ForecasterKind } from "../validation/fields";
import { freeSlug, slugify } from "./slugify";
import { idRow } from "../db/id-row";
import { queryRows } from "../db/query-rows.server";

type Tx = Prisma.TransactionClient;

/**
 * By lower(name), exactly as the unique index Forecaster_name_lower_key compares names; else by
 * the name of a forecaster merged into another (an alias), which finds the one kept.
 */
async function byName(tx: Tx, name: string) {
  const [row] = await queryRows({
    db: tx,
    row: idRow,
    query: "forecaster by name",
    sql: Prisma.sql`
    SELECT id FROM (
      SELECT id, 0 AS rank FROM "Forecaster" WHERE lower(name) = lower(${name})
      UNION ALL SELECT "forecasterId", 1 FROM "ForecasterAlias" WHERE lower(name) = lower(${name})
    ) found ORDER BY rank LIMIT 1`,
  });
  return row ? tx.forecaster.findUnique({ where: { id: row.id } }) : null;
}

/**
 * The forecaster with this name (any case), or a new one; creating one is audited. Safe when
 * many requests name the same new forecaster at once: the insert skips a name or slug another
 * transaction took (ON CONFLICT DO NOTHING, waiting for it to commit), and the next round
 * finds that forecaster, or picks the next free slug.
 */
export async function findOrCreateForecaster(tx: Tx, actor: Actor, description: { name: string; kind: ForecasterKind; affiliation?: string }) {
  const base = slugify(description.name);
  for (let round = 0; round < 5; round++) {
    const existing = await byName(tx, description.name);
    if (existing) return existing;
    const taken = await tx.forecaster.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
    const [forecaster] = await tx.forecaster.createManyAndReturn({
      data: [{ ...description, slug: freeSlug(base, new Set(taken.map((t) => t.slug))) }],
      skipDuplicates: true,
    });
    if (forecaster) {
      await recordAuditEvent(tx, { actorId: actor.id, action: "forecaster.create", entityType: "Forecaster", entityId: forecaster.id, after: forecaster });
      return forecaster;
    }
  }
  throw new AppError(AppErrorCode.CONFLICT, "Others are adding forecasters with similar names right now; nothing was saved. Try again.", {
    name: "is being added by someone else",
  });
}
