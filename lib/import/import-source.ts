// Where an import's records come from, read in two passes so that a large file is never held
// whole (ADR 0011): `entities` gives the questions, forecasters and sources by natural key (few)
// and every problem reading found; `forecasts` then hands over the forecasts a batch at a time.
// A source can be read again (a transaction that lost a race is retried from the start).
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { ForecastRecord, ImportBundle } from "./import-bundle";
import { readCsv } from "./read-csv";
import { readExportJson } from "./read-export-json";

export type ImportSource = {
  entities(): Promise<ImportBundle>;
  /** Rows with problems are left out; `each` is awaited before the next batch is read. */
  forecasts(entities: ImportBundle, each: (batch: ForecastRecord[]) => Promise<void>): Promise<void>;
  /** Removes what reading left on disk. */
  dispose(): Promise<void>;
};

/**
 * Forecasts planned and written at a time. Prisma keeps its last 100 debug calls with their
 * parameters, even with debugging off, so what it holds is bounded by 100 statements of a batch:
 * ~200 MB at 5 000 rows, ~50 MB at 1 000 (ADR 0011). 1 000 was not kept: on a loaded machine
 * it was not shown to be as fast, and the memory is bounded either way.
 */
export const FORECAST_BATCH = 5000;

/** A bundle already in memory (a document parsed whole, a small CSV read whole). */
export function bundleSource(bundle: ImportBundle): ImportSource {
  return {
    entities: async () => bundle,
    forecasts: async (_entities, each) => {
      for (let i = 0; i < bundle.forecasts.length; i += FORECAST_BATCH) await each(bundle.forecasts.slice(i, i + FORECAST_BATCH));
    },
    dispose: async () => {},
  };
}

function revive(line: string): ForecastRecord {
  const r = JSON.parse(line) as ForecastRecord & { madeAt: string | null; loggedAt: string | null };
  return { ...r, madeAt: r.madeAt === null ? null : new Date(r.madeAt), loggedAt: r.loggedAt === null ? null : new Date(r.loggedAt) };
}

type Body = AsyncIterable<Uint8Array> | Iterable<Uint8Array | string>;
/** Reads a file once, handing on its checked forecasts a batch at a time; `dir` is a folder it may use. */
type Reader = (options: { onBatch: (forecasts: ForecastRecord[]) => Promise<void>; dir: string }) => Promise<ImportBundle>;

/** A CSV of forecasts (lib/import/read-csv.ts). */
export function csvSource(open: () => Body): ImportSource {
  return spooledSource(({ onBatch }) => readCsv({ body: open(), onBatch }));
}

/** The export's JSON document, read as it streams (lib/import/read-export-json.ts). */
export function exportJsonSource(open: () => Body): ImportSource {
  return spooledSource(({ onBatch, dir }) => readExportJson({ body: open(), onBatch, dir }));
}

/**
 * A file parsed and checked once: its forecasts, already checked, go to a temporary file of
 * JSON lines as they are read, and the second pass reads them back from there (a tenth of the
 * time of parsing and checking the file again).
 */
function spooledSource(read: Reader): ImportSource {
  let dir: string | null = null;
  let spooled: { path: string; entities: ImportBundle } | null = null;
  return {
    entities: async () => {
      dir ??= await mkdtemp(join(tmpdir(), "hindsight-import-"));
      const path = join(dir, "forecasts.jsonl");
      const out = createWriteStream(path);
      const closed = once(out, "close");
      try {
        const entities = await read({
          dir: dir!,
          onBatch: async (batch) => {
            if (!out.write(`${batch.map((f) => JSON.stringify(f)).join("\n")}\n`)) await once(out, "drain");
          },
        });
        spooled = { path, entities };
        return entities;
      } finally {
        out.end();
        await closed;
      }
    },
    forecasts: async (entities, each) => {
      if (spooled?.entities !== entities) throw new Error("spooledSource: read the entities first");
      const lines = createInterface({ input: createReadStream(/*turbopackIgnore: true*/ spooled.path), crlfDelay: Number.POSITIVE_INFINITY });
      let batch: ForecastRecord[] = [];
      for await (const line of lines) {
        if (line === "") continue;
        batch.push(revive(line));
        if (batch.length >= FORECAST_BATCH) {
          await each(batch);
          batch = [];
        }
      }
      if (batch.length > 0) await each(batch);
    },
    dispose: async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}
