// The forecasts an import has planned so far, kept by PostgreSQL instead of in memory (ADR 0011):
// a temporary table that lives as long as the import's transaction. It finds a forecast that
// comes twice in one file (the second is a match, not a duplicate) and names, for the audit
// event, every forecast the import created — both would otherwise grow with the file's length.
import { z } from "zod";
import { queryRows } from "../db/query-rows.server";
import type { Tx } from "../db/run-transaction.server";
import { Prisma } from "../generated/prisma/client";

const importKey = z.object({ key: z.string(), id: z.string(), forecasterId: z.string() });
export type ImportKey = z.infer<typeof importKey>;

/** Dropped when the transaction ends, whichever way; a retried transaction starts with none. */
export async function createImportKeys(tx: Tx): Promise<void> {
  await tx.$executeRaw`
    CREATE TEMPORARY TABLE import_forecast_key (n bigserial, key text PRIMARY KEY, id text NOT NULL, "forecasterId" text NOT NULL) ON COMMIT DROP`;
}

/** The forecasts planned earlier in this import under these keys (natural-key digests). */
export async function findImportKeys(tx: Tx, keys: string[]): Promise<Map<string, ImportKey>> {
  if (keys.length === 0) return new Map();
  const found = await queryRows({
    db: tx,
    row: importKey,
    query: "import keys",
    sql: Prisma.sql`
    SELECT key, id, "forecasterId" FROM import_forecast_key WHERE key = ANY(${keys}::text[])`,
  });
  return new Map(found.map((k) => [k.key, k]));
}

/** Forecasts planned in a batch, in the file's order. */
export async function addImportKeys(tx: Tx, rows: ImportKey[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO import_forecast_key (key, id, "forecasterId")
    SELECT key, id, f FROM unnest(${rows.map((r) => r.key)}::text[], ${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.forecasterId)}::text[]) WITH ORDINALITY AS r(key, id, f, n)
    ORDER BY r.n`;
}

/**
 * Writes the ids of every forecast the import created into its audit event (`after.ids.forecasts`,
 * in the file's order), in the database: a large import's list never passes through memory.
 */
export async function auditCreatedForecasts(tx: Tx, importId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE "AuditEvent" SET after = jsonb_set(after, '{ids,forecasts}',
      (SELECT coalesce(jsonb_agg(id ORDER BY n), '[]'::jsonb) FROM import_forecast_key))
    WHERE action = 'import' AND "entityType" = 'Import' AND "entityId" = ${importId}`;
}
