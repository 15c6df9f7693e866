// The one way to reach the database: a Prisma client over node-postgres (Prisma 7's
// driver adapter; no native query engine). The app's client comes from DATABASE_URL,
// which `npm start` sets to the embedded server when the user has not set it.
// `server-only`: a client component that reaches this module fails the build.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { noteDatabaseUnavailable } from "./availability.server";
import { createWriteGate, type WriteGate } from "./write-gate";

export type Db = PrismaClient;

/**
 * Pool sizes and waits (ADR 0009):
 * - `max` 10 connections per process: PostgreSQL's default max_connections is 100, shared with
 *   the other processes (scripts, a second app instance); 10 keeps two cores busy.
 * - Write transactions get at most 70% of them (7 of 10; at least 1): a writer queued behind a
 *   busy question's row lock holds a connection while it waits, so without this limit 20
 *   writers on one question took all 10 and reads waited seconds for a connection. Writers
 *   over the limit wait in the process (write-gate.ts), at most WRITE_QUEUE_WAIT_MS.
 * - `connectionTimeoutMillis` 10 s: a request that cannot get a connection fails instead of
 *   waiting forever on a starved pool; reads hold connections for milliseconds, so 10 s means
 *   the database is down or overloaded.
 */
const DEFAULT_POOL_SIZE = 10;
const CONNECTION_TIMEOUT_MS = 10_000;
const WRITE_SHARE = 0.7;
/** A write queued longer than this is refused with 429 rather than piling up. */
const WRITE_QUEUE_WAIT_MS = 20_000;

// On globalThis, like the client itself: Next.js bundles this module more than once (the proxy,
// the pages), and a client made by one copy must find its gate from another.
const shared = globalThis as unknown as { hindsightWriteGates?: WeakMap<Db, WriteGate> };
shared.hindsightWriteGates ??= new WeakMap();
const gates = shared.hindsightWriteGates;

/** `writeSlots` overrides the write share (scripts/contention.ts compares with and without it). */
export function createDb(connectionString: string, options: { max?: number; writeSlots?: number } = {}): Db {
  const max = options.max ?? DEFAULT_POOL_SIZE;
  const adapter = new PrismaPg(
    { connectionString, max, connectionTimeoutMillis: CONNECTION_TIMEOUT_MS },
    // A connection that breaks (the server stopped or crashed) marks the database down, so
    // that requests get a quick 503 until it answers again (lib/db/availability.server.ts).
    { onPoolError: noteDatabaseUnavailable, onConnectionError: noteDatabaseUnavailable },
  );
  const client = new PrismaClient({ adapter });
  const slots = options.writeSlots ?? Math.max(1, Math.floor(max * WRITE_SHARE));
  gates.set(client, createWriteGate({ slots, maxWaitMs: WRITE_QUEUE_WAIT_MS }));
  return client;
}

/** The gate that write transactions on this client pass (lib/db/run-transaction.server.ts). */
export function writeGateOf(db: Db): WriteGate {
  const gate = gates.get(db);
  if (!gate) throw new Error("This Prisma client was not made by createDb, so it has no write gate: make it with createDb.");
  return gate;
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
