import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, inject, test } from "vitest";
import { MIGRATIONS_DIR, migrate, readMigrations } from "./migrate.server";
import { createScratchDatabase } from "./scratch-postgres.server";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function emptyDatabase() {
  const database = await createScratchDatabase(inject("pgAdminUrl"));
  cleanups.push(database.drop);
  return database.url;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "hindsight-migrations-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

describe("migrate", () => {
  test("applies every migration once and records it as Prisma does", async () => {
    const url = await emptyDatabase();
    const files = await readMigrations();
    expect(await migrate({ connectionString: url })).toEqual(files.map((m) => m.name));

    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number; id: string }>(
      url,
      `SELECT * FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((m) => m.name));
    for (const row of rows) {
      const sql = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(await migrate({ connectionString: url })).toEqual([]);
  });

  test("two processes migrating at once apply each migration exactly once", async () => {
    const url = await emptyDatabase();
    const [a, b] = await Promise.all([migrate({ connectionString: url }), migrate({ connectionString: url })]);
    expect([...a, ...b].sort()).toEqual((await readMigrations()).map((m) => m.name));
    const [{ count }] = await query<{ count: string }>(url, `SELECT count(*) FROM "_prisma_migrations"`);
    expect(Number(count)).toBe((await readMigrations()).length);
  });

  test("refuses to go on when an applied migration was edited afterwards", async () => {
    const url = await emptyDatabase();
    const dir = await copyOfMigrations();
    await migrate({ connectionString: url, dir });
    const [first] = await readMigrations(dir);
    await writeFile(path.join(dir, first.name, "migration.sql"), `${first.sql}\n-- edited\n`);
    await expect(migrate({ connectionString: url, dir })).rejects.toThrow(/was edited after it was applied/);
  });

  test("a failing migration leaves nothing behind: no tables, no record", async () => {
    const url = await emptyDatabase();
    const dir = await copyOfMigrations();
    await mkdir(path.join(dir, "99990101000000_broken"));
    await writeFile(path.join(dir, "99990101000000_broken", "migration.sql"), `CREATE TABLE "Half" (id int);\nSELECT 1/0;`);
    await expect(migrate({ connectionString: url, dir })).rejects.toThrow(/99990101000000_broken failed and was rolled back/);
    const tables = await query<{ n: string }>(url, `SELECT count(*) AS n FROM pg_tables WHERE tablename = 'Half'`);
    expect(Number(tables[0].n)).toBe(0);
    const names = await query<{ migration_name: string }>(url, `SELECT migration_name FROM "_prisma_migrations"`);
    expect(names.map((r) => r.migration_name)).not.toContain("99990101000000_broken");
    expect(names).toHaveLength((await readMigrations()).length);
  });

  test("the database refuses what the schema language cannot forbid", async () => {
    const url = await emptyDatabase();
    await migrate({ connectionString: url });
    const insert = (probability: number, low: number | null, high: number | null) =>
      query(
        url,
        `WITH u AS (INSERT INTO "User"(id, email, name, "updatedAt") VALUES ('u', 'u@x', 'U', now()) ON CONFLICT DO NOTHING),
              f AS (INSERT INTO "Forecaster"(id, slug, name, kind, "updatedAt") VALUES ('f', 'f', 'F', 'PERSON', now()) ON CONFLICT DO NOTHING),
              s AS (INSERT INTO "Source"(id, outlet, title, "publishedAt", "updatedAt") VALUES ('s', 'O', 'T', '2024-01-01', now()) ON CONFLICT DO NOTHING),
              q AS (INSERT INTO "Question"(id, title, criteria, deadline, "updatedAt") VALUES ('q', 'Q?', 'C', '2025-01-01', now()) ON CONFLICT DO NOTHING)
         SELECT 1`,
      ).then(() =>
        query(
          url,
          `INSERT INTO "Forecast"(id, "questionId", "forecasterId", "sourceId", "madeAt", quote, probability, "probabilitySource", low, high, "loggedById", "updatedAt")
           VALUES (gen_random_uuid()::text, 'q', 'f', 's', '2024-01-01', 'a quote', ${probability}, 'SCALE', ${low ?? "NULL"}, ${high ?? "NULL"}, 'u', now())`,
        ),
      );
    await expect(insert(1.5, null, null)).rejects.toThrow(/Forecast_probability_range/);
    await expect(insert(0.5, 0.6, 0.4)).rejects.toThrow(/Forecast_band_range/);
    await expect(insert(0.5, 0.4, null)).rejects.toThrow(/Forecast_band_range/);
    await expect(insert(0.5, 0.45, 0.55)).resolves.toBeDefined();
  });
});
