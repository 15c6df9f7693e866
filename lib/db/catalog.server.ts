// A database's schema as plain data, so that two databases can be compared:
// tables and columns, indexes, constraints and enum types of the public schema.
import pg from "pg";

export type Catalog = {
  columns: string[];
  indexes: string[];
  constraints: string[];
  enums: string[];
  /** What Prisma's schema language cannot express (ADR 0002): listed apart. */
  checks: string[];
  /** Partial and expression indexes (full-text search, "one current outcome"). */
  handWrittenIndexes: string[];
  /** Triggers, all hand-written (the data version, ADR 0015). */
  triggers: string[];
};

const QUERIES = {
  columns: `
    SELECT table_name || '.' || column_name || ' ' || udt_name || ' ' ||
           CASE WHEN is_nullable = 'YES' THEN 'NULL' ELSE 'NOT NULL' END ||
           coalesce(' DEFAULT ' || column_default, '') AS line
    FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  indexes: `
    SELECT i.relname || ': ' || pg_get_indexdef(x.indexrelid) AS line,
           (x.indpred IS NOT NULL OR x.indexprs IS NOT NULL) AS "handWritten"
    FROM pg_index x
    JOIN pg_class i ON i.oid = x.indexrelid
    JOIN pg_class t ON t.oid = x.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'`,
  constraints: `
    SELECT c.conrelid::regclass::text || '.' || c.conname || ': ' || pg_get_constraintdef(c.oid) AS line,
           c.contype = 'c' AS is_check
    FROM pg_constraint c
    WHERE c.connamespace = 'public'::regnamespace AND c.conrelid::regclass::text <> '_prisma_migrations'
      AND c.contype NOT IN ('n', 't')`,
  triggers: `
    SELECT t.tgrelid::regclass::text || '.' || t.tgname AS line
    FROM pg_trigger t
    WHERE NOT t.tgisinternal AND t.tgrelid::regclass::text <> '_prisma_migrations'`,
  enums: `
    SELECT t.typname || ' = ' || string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS line
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
    WHERE t.typnamespace = 'public'::regnamespace
    GROUP BY t.typname`,
};

export async function readCatalog(connectionString: string): Promise<Catalog> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const lines = async (sql: string) => (await client.query(sql)).rows;
    const columns = (await lines(QUERIES.columns)).map((r) => r.line as string);
    const indexes = await lines(QUERIES.indexes);
    const constraints = await lines(QUERIES.constraints);
    const enums = (await lines(QUERIES.enums)).map((r) => r.line as string);
    const triggers = (await lines(QUERIES.triggers)).map((r) => r.line as string);
    const sorted = (xs: string[]) => [...xs].sort();
    return {
      columns: sorted(columns),
      indexes: sorted(indexes.filter((r) => !r.handWritten).map((r) => r.line)),
      handWrittenIndexes: sorted(indexes.filter((r) => r.handWritten).map((r) => r.line)),
      constraints: sorted(constraints.filter((r) => !r.is_check).map((r) => r.line)),
      checks: sorted(constraints.filter((r) => r.is_check).map((r) => r.line)),
      enums: sorted(enums),
      triggers: sorted(triggers),
    };
  } finally {
    await client.end();
  }
}
