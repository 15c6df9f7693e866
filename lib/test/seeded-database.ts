// A migrated test database holding the shipped seed data.
import { beforeAll } from "vitest";
import { seedDatabase } from "../seed/seed-database.server";
import { type TestDatabase, useTestDatabase } from "./test-database";

export function useSeededDatabase(): TestDatabase {
  const t = useTestDatabase();
  beforeAll(async () => {
    await seedDatabase({ db: t.db });
  });
  return t;
}
