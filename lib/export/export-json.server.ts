// The export document as the API sends it, kept as text per filter until the data changes
// (ADR 0015's data version): tools that poll one forecaster's or question's export ask again and
// again for a document that changes a few times a day, and at a million forecasts building it
// reads a thousand rows from all over the tables. `exportedAt` is the time of each answer; the
// rest is the same at the same version. Whole-dataset exports are too large to keep.
import { readDataVersion } from "../cache/cached-read.server";
import { createSizedStore, type SizedStore, type Stored } from "../cache/sized-store";
import type { Db } from "../db/client.server";
import { buildExport, type ExportFilter } from "./build-export.server";

/** An export larger than this (a prolific forecaster has a few MB) is built for each request. */
const MAX_KEPT_BYTES = 4 * 1024 * 1024;
const MAX_STORE_BYTES = 32 * 1024 * 1024;

// One store per database client (tests run several), on globalThis because Next.js bundles
// this module more than once.
const shared = globalThis as unknown as { hindsightExportStores?: WeakMap<Db, SizedStore<Stored>> };
shared.hindsightExportStores ??= new WeakMap();

function storeOf(db: Db): SizedStore<Stored> {
  let store = shared.hindsightExportStores!.get(db);
  if (!store) {
    store = createSizedStore({ maxBytes: MAX_STORE_BYTES, maxAgeMs: Number.POSITIVE_INFINITY });
    shared.hindsightExportStores!.set(db, store);
  }
  return store;
}

/** The JSON of everything in the export but `exportedAt`, from the store when it is current. */
async function documentWithoutTime(db: Db, filter: ExportFilter): Promise<string> {
  if (process.env.HINDSIGHT_READ_CACHE === "off") return JSON.stringify(withoutTime(await buildExport({ db, filter })));
  // Read before building: a kept document may be newer than its version, never older.
  const version = await readDataVersion(db);
  const key = JSON.stringify([filter.questionId, filter.forecasterId, filter.sourceId]);
  const store = storeOf(db);
  const kept = store.get(key, version, Date.now());
  if (kept) return kept.body;
  const body = JSON.stringify(withoutTime(await buildExport({ db, filter })));
  if (body.length <= MAX_KEPT_BYTES) store.set(key, { version, storedAt: Date.now(), body });
  return body;
}

function withoutTime<T extends { exportedAt: string }>(data: T): Omit<T, "exportedAt"> {
  const { exportedAt: _, ...rest } = data;
  return rest;
}

/** The export document (lib/export/export-contract.ts) as JSON text, `exportedAt` first. */
export async function exportJson(options: { db: Db; filter?: ExportFilter; now?: Date }): Promise<string> {
  const rest = await documentWithoutTime(options.db, options.filter ?? {});
  const exportedAt = JSON.stringify((options.now ?? new Date()).toISOString());
  // rest is an object with the document's other fields: "{...}" never empty.
  return `{"exportedAt":${exportedAt},${rest.slice(1)}`;
}
