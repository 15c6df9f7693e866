// Reads that many requests repeat (the home page's counts, leaderboards, a forecaster's scores)
// kept in the process until the data changes. The database keeps one version number that every
// committed change to what pages show raises (triggers, migration data_version); each read asks
// for it (one primary-key lookup) and reuses a value read at that same version. So a change is
// seen by the very next request, in every app process, whoever made it (ADR 0015).
import { z } from "zod";
import type { Db } from "../db/client.server";
import { queryRows } from "../db/query-rows.server";
import { Prisma } from "../generated/prisma/client";
import { createVersionedCache, type VersionedCache } from "./versioned-cache";

/** Enough for the pages people share; each value is a page's worth of rows at most. */
const MAX_ENTRIES = 500;

// One cache per database client (tests run several), on globalThis because Next.js bundles
// this module more than once.
const shared = globalThis as unknown as { hindsightReadCaches?: WeakMap<Db, VersionedCache> };
shared.hindsightReadCaches ??= new WeakMap();

function cacheOf(db: Db): VersionedCache {
  let cache = shared.hindsightReadCaches!.get(db);
  if (!cache) {
    cache = createVersionedCache({ maxEntries: MAX_ENTRIES });
    shared.hindsightReadCaches!.set(db, cache);
  }
  return cache;
}

const versionRow = z.object({ version: z.bigint() });

/** The current data version (0 before anything was written). */
export async function readDataVersion(db: Db): Promise<bigint> {
  const sql = Prisma.sql`SELECT "version" FROM "DataVersion" WHERE "id" = 1`;
  const [row] = await queryRows({ db, sql, row: versionRow, query: "data version" });
  return row?.version ?? 0n;
}

/** HINDSIGHT_READ_CACHE=off turns caching off (the benchmark measures both). */
function cachingOff(): boolean {
  return process.env.HINDSIGHT_READ_CACHE === "off";
}

/**
 * `load()`'s value, from the cache when it was read at the current data version. `key` must name
 * everything the value depends on (the query and its parameters), and the value must not depend
 * on who asks: pass only public data through here.
 */
export async function cachedRead<T>(options: { db: Db; key: string; load: () => Promise<T> }): Promise<T> {
  const { db, key, load } = options;
  if (cachingOff()) return load();
  const version = await readDataVersion(db);
  const cache = cacheOf(db);
  const hit = cache.get(key, version);
  if (hit !== undefined) return hit as T;
  const value = await load();
  cache.set(key, version, value);
  return value;
}
