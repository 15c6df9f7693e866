// npm run db:migrate | db:seed | db:rescore — on DATABASE_URL's server, or the embedded one.
import { rescoreAll } from "../lib/scoring/rescore-all.server";
import { seedDatabase } from "../lib/seed/seed-database.server";
import { withDatabase } from "./lib/with-database";

const command = process.argv[2];
if (command !== "migrate" && command !== "seed" && command !== "rescore") {
  console.error("Usage: node --import tsx scripts/db.ts <migrate|seed|rescore>");
  process.exit(1);
}

await withDatabase(async ({ db, applied }) => {
  if (command === "migrate" && applied.length === 0) console.log("Database schema is up to date.");
  if (command === "seed") {
    const added = await seedDatabase({ db });
    const total = Object.values(added).reduce((a, b) => a + b, 0);
    console.log(total ? `Seeded: ${JSON.stringify(added)}` : "Seed data was already present: nothing changed.");
  }
  if (command === "rescore") {
    const { questions, rows } = await rescoreAll({ db });
    console.log(`Rescored ${questions} resolved questions: ${rows} score rows.`);
  }
});
