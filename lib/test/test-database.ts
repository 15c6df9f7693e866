// A fresh, migrated database for one test file, dropped afterwards.
import { afterAll, beforeAll, inject } from "vitest";
import { createDb, type Db } from "../db/client.server";
import { migrate } from "../db/migrate.server";
import { createScratchDatabase } from "../db/scratch-postgres.server";

export type TestDatabase = { url: string; db: Db };

export function useTestDatabase(options: { migrated?: boolean } = {}): TestDatabase {
  const handle = {} as TestDatabase;
  let drop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const database = await createScratchDatabase(inject("pgAdminUrl"));
    drop = database.drop;
    handle.url = database.url;
    if (options.migrated !== false) await migrate({ connectionString: database.url });
    handle.db = createDb(database.url, { max: 4 });
  });
  afterAll(async () => {
    await handle.db?.$disconnect();
    await drop();
  });
  return handle;
}
