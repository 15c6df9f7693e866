// The one way to reach the database: a Prisma client over node-postgres (Prisma 7's
// driver adapter; no native query engine). The app's client comes from DATABASE_URL,
// which `npm start` sets to the embedded server when the user has not set it.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

export type Db = PrismaClient;

export function createDb(connectionString: string, options: { max?: number } = {}): Db {
  const adapter = new PrismaPg({
    connectionString,
    max: options.max ?? 10,
    // Without a timeout a starved pool waits forever instead of failing a request.
    connectionTimeoutMillis: 10_000,
  });
  return new PrismaClient({ adapter });
}

const cache = globalThis as unknown as { hindsightDb?: Db };

/** The app's shared client (one per process, kept across hot reloads in development). */
export function db(): Db {
  if (!cache.hindsightDb) {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new Error("DATABASE_URL is not set. Start Hindsight with `npm start`, which provides one.");
    }
    cache.hindsightDb = createDb(url);
  }
  return cache.hindsightDb;
}
