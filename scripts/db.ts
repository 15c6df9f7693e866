// npm run db:migrate | npm run db:seed — on DATABASE_URL's server, or the embedded one.
import { createDb } from "../lib/db/client.server";
import { migrate } from "../lib/db/migrate.server";
import { provideDatabase } from "../lib/db/provide-database.server";
import { isAppError } from "../lib/errors/app-error";
import { seedDatabase } from "../lib/seed/seed-database.server";

const command = process.argv[2];
if (command !== "migrate" && command !== "seed") {
  console.error("Usage: tsx scripts/db.ts <migrate|seed>");
  process.exit(1);
}

const database = await provideDatabase();
try {
  const applied = await migrate({ connectionString: database.url });
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
  if (command === "seed") {
    const db = createDb(database.url, { max: 2 });
    try {
      const added = await seedDatabase({ db });
      const total = Object.values(added).reduce((a, b) => a + b, 0);
      console.log(total ? `Seeded: ${JSON.stringify(added)}` : "Seed data was already present: nothing changed.");
    } finally {
      await db.$disconnect();
    }
  }
} catch (error) {
  console.error(isAppError(error) ? `${error.message}\n${JSON.stringify(error.details, null, 2)}` : error);
  process.exitCode = 1;
} finally {
  await database.release();
}
