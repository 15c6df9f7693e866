// The app as the end-to-end tests see it: a throwaway PostgreSQL (or a fresh database on
// TEST_DATABASE_URL's server), migrated and seeded, behind `next start` on E2E_PORT.
// Started by Playwright's webServer; everything goes away when Playwright stops it.
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { createDb } from "../lib/db/client.server";
import { migrate } from "../lib/db/migrate.server";
import { createScratchDatabase, startScratchServer } from "../lib/db/scratch-postgres.server";
import { seedDatabase } from "../lib/seed/seed-database.server";
import { E2E_DATABASE_FILE } from "./lib/e2e-database-file";
import { serveNext } from "./lib/serve-next";

const port = process.env.E2E_PORT ?? "3100";
const server = await startScratchServer();
const database = await createScratchDatabase(server.adminUrl, "hindsight_e2e");
await migrate({ connectionString: database.url });
const db = createDb(database.url, { max: 2 });
await seedDatabase({ db });
await db.$disconnect();
// Tests make their own users and data on this database (e2e/support/database.ts).
await mkdir(path.dirname(E2E_DATABASE_FILE), { recursive: true });
await writeFile(E2E_DATABASE_FILE, database.url);

// On a signal: stop the app, drop the database, stop the server and remove its folder.
serveNext({
  args: ["start", "-p", port, "-H", "127.0.0.1"],
  databaseUrl: database.url,
  cleanUp: () =>
    database
      .drop()
      .catch(() => {}) // the server may already be stopping
      .then(() => server.stop())
      .then(() => rm(E2E_DATABASE_FILE, { force: true })),
});
