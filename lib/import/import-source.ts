// Where an import's records come from, read in two passes so that a large file is never held
// whole (ADR 0011): `entities` gives the questions, forecasters and sources by natural key (few)
// and every problem reading found; `forecasts` then hands over the forecasts a batch at a time.
// A source can be read again (a transaction that lost a race is retried from the start).
import type { ForecastRecord, ImportBundle } from "./import-bundle";
import { readCsv } from "./read-csv";

export type ImportSource = {
  entities(): Promise<ImportBundle>;
  /** Rows with problems are left out; `each` is awaited before the next batch is read. */
  forecasts(entities: ImportBundle, each: (batch: ForecastRecord[]) => Promise<void>): Promise<void>;
};

const BATCH = 5000;

/** A bundle already in memory (the export's JSON document, parsed whole). */
export function bundleSource(bundle: ImportBundle): ImportSource {
  return {
    entities: async () => bundle,
    forecasts: async (_entities, each) => {
      for (let i = 0; i < bundle.forecasts.length; i += BATCH) await each(bundle.forecasts.slice(i, i + BATCH));
    },
  };
}

/** A CSV that can be opened more than once (a spooled request body, a file, a buffer). */
export function csvSource(open: () => AsyncIterable<Uint8Array> | Iterable<Uint8Array | string>): ImportSource {
  return {
    entities: () => readCsv({ body: open(), onBatch: async () => {} }),
    forecasts: async (entities, each) => {
      await readCsv({ body: open(), again: entities, onBatch: each });
    },
  };
}
