// Every row of every application table, for tests that assert "nothing changed".
import type { Db } from "../db/client.server";

const TABLES = [
  "User",
  "Forecaster",
  "ForecasterAlias",
  "Source",
  "SourceRedirect",
  "Question",
  "Forecast",
  "Outcome",
  "Score",
  "ForecasterTotals",
  "AuditEvent",
] as const;

export async function snapshotTables(db: Db): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    snapshot[table] = await db.$queryRawUnsafe(`SELECT to_jsonb(t) AS row FROM "${table}" t ORDER BY to_jsonb(t)::text`);
  }
  return snapshot;
}

export async function countRows(db: Db): Promise<Record<string, number>> {
  const snapshot = await snapshotTables(db);
  return Object.fromEntries(Object.entries(snapshot).map(([table, rows]) => [table, rows.length]));
}
