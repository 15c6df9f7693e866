// npm start: database (embedded unless DATABASE_URL is set) → migrations → seed on the
// embedded default's first run → production build when the sources changed → next start.
// npm run dev (--dev): the same, with `next dev` instead of a build.
import net from "node:net";
import path from "node:path";
import { createDb } from "../lib/db/client.server";
import { migrate } from "../lib/db/migrate.server";
import { EMBEDDED_DATA_DIR, provideDatabase } from "../lib/db/provide-database.server";
import { rescoreIfNeeded } from "../lib/scoring/rescore-if-needed.server";
import { hasBeenSeeded, seedDatabase } from "../lib/seed/seed-database.server";
import { SYSTEM_EMAILS } from "../lib/users/system-actor.server";
import { buildIfStale, ROOT } from "./lib/build";
import { serveNext } from "./lib/serve-next";

const port = process.env.PORT ?? "3000";
const dev = process.argv.includes("--dev");
const say = (line: string) => console.log(`[hindsight] ${line}`);

async function prepareDatabase(url: string, embedded: boolean): Promise<void> {
  const applied = await migrate({ connectionString: url });
  if (applied.length) say(`Applied migrations: ${applied.join(", ")}`);
  const db = createDb(url, { max: 2 });
  try {
    const rescored = await rescoreIfNeeded({ db });
    if (rescored) say(`Rescored every question: ${rescored}.`);
    if (embedded && !(await hasBeenSeeded({ db }))) {
      const added = await seedDatabase({ db });
      say(`First run: seeded ${added.forecasts} forecasts by ${added.forecasters} forecasters from ${added.sources} articles.`);
    } else if (!embedded && (await db.forecast.count()) === 0) {
      say("This database has no forecasts yet. Load the sample data with: npm run db:seed");
    }
    const admins = await db.user.count({ where: { role: "ADMIN", email: { notIn: SYSTEM_EMAILS }, disabledAt: null } });
    if (admins === 0) {
      say("No one can sign in yet. Create the first admin (it prints a password) with:");
      say("  npm run admin -- create-user --email you@example.org --role admin");
    }
  } finally {
    await db.$disconnect();
  }
}

/** Whether something (another Hindsight, another program) already listens on the app's port. */
function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "EADDRINUSE"));
    probe.listen(port, () => probe.close(() => resolve(false)));
  });
}

if (await portTaken(Number(port))) {
  console.error(
    `Port ${port} is in use: Hindsight (or another program) already serves there. Open http://localhost:${port}, stop that program, or start on another port with PORT=3001 npm start.`,
  );
  process.exit(1);
}

const database = await provideDatabase();
say(database.embedded ? `Using embedded PostgreSQL (data in ${path.relative(ROOT, EMBEDDED_DATA_DIR)}).` : "Using the database at DATABASE_URL.");
try {
  await prepareDatabase(database.url, database.embedded);
  if (!dev) buildIfStale(say);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await database.release();
  process.exit(1);
}

say(`Serving on http://localhost:${port} (Ctrl+C stops the app${database.embedded ? " and its database" : ""}).`);
serveNext({ args: [dev ? "dev" : "start", "-p", port], databaseUrl: database.url, cleanUp: database.release });
