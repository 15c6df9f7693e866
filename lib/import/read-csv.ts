// A forecasts CSV, read as it streams in (csv-parse), into an import bundle. The header must
// name the import's columns (lib/import/csv-columns.ts, any order); an unknown column is
// refused by name, so that a misspelt one is not silently ignored.
//
// A large file's forecasts are not held (ADR 0011): they go to `onBatch` a batch at a time and
// are dropped once it returns; the bundle keeps the questions, forecasters and sources (few,
// keyed by natural key) and the problems.
import { parse } from "csv-parse";
import { Readable } from "node:stream";
import { AppError, AppErrorCode } from "../errors/app-error";
import { addCsvRow } from "./add-csv-row";
import { CSV_COLUMNS, CSV_EXPORT_EXTRA_COLUMNS, type CsvColumn, OPTIONAL_CSV_COLUMNS } from "./csv-columns";
import { emptyBundle, type ForecastRecord, type ImportBundle, MAX_LISTED_PROBLEMS } from "./import-bundle";

const KNOWN = new Set<string>([...CSV_COLUMNS, ...CSV_EXPORT_EXTRA_COLUMNS]);
/** Forecasts handed on at a time when they are not kept. */
export const CSV_BATCH_ROWS = 5000;

function checkHeader(header: string[]): string[] {
  const names = header.map((h) => h.trim().toLowerCase());
  const details: Record<string, string> = {};
  for (const name of names) if (!KNOWN.has(name)) details[name || "(empty)"] = "is not a column the import reads";
  for (const column of CSV_COLUMNS) {
    if (!OPTIONAL_CSV_COLUMNS.has(column) && !names.includes(column)) details[column] = "is a required column and is missing";
  }
  const repeated = names.filter((n, i) => names.indexOf(n) !== i);
  for (const name of repeated) details[name] = "appears twice in the header";
  if (Object.keys(details).length > 0) {
    throw new AppError(AppErrorCode.INVALID_INPUT, `The CSV's header is not the import's (columns: ${CSV_COLUMNS.join(", ")}); nothing was imported.`, details);
  }
  return names;
}

class PassOn {
  constructor(readonly error: unknown) {}
}

export type ReadCsvOptions = {
  body: AsyncIterable<Uint8Array> | Iterable<Uint8Array | string>;
  /**
   * Receives the forecasts a batch at a time, which are then dropped instead of kept in
   * `bundle.forecasts`. Reading waits for it (the stream is paused meanwhile).
   */
  onBatch?: (forecasts: ForecastRecord[]) => Promise<void>;
};

export async function readCsv(options: ReadCsvOptions): Promise<ImportBundle> {
  const bundle = emptyBundle();
  let seenHeader = false;
  const columns = (header: string[]) => {
    seenHeader = true;
    return checkHeader(header);
  };
  const parser = parse({ bom: true, columns, skip_empty_lines: true, relax_quotes: false, max_record_size: 64 * 1024 });
  const source = Readable.from(options.body);
  // pipe() does not pass the source's errors on (a body over the size limit): the parser must fail with them.
  source.on("error", (error) => parser.destroy(error));
  source.pipe(parser);
  let row = 0;
  const flush = async () => {
    if (!options.onBatch || bundle.forecasts.length === 0) return;
    // What the receiver throws (a database error, a refusal) is its own, not the file's.
    await options.onBatch(bundle.forecasts.splice(0)).catch((error: unknown) => {
      throw new PassOn(error);
    });
  };
  try {
    for await (const record of parser as AsyncIterable<Partial<Record<CsvColumn, string>>>) {
      row++;
      if (bundle.problems.length < MAX_LISTED_PROBLEMS) addCsvRow(bundle, row, record);
      if (bundle.forecasts.length >= CSV_BATCH_ROWS) await flush();
    }
    await flush();
  } catch (error) {
    parser.destroy();
    source.destroy();
    if (error instanceof PassOn) throw error.error;
    if (error instanceof AppError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new AppError(AppErrorCode.BAD_REQUEST, "The body is not a readable CSV file; nothing was imported.", { body: message });
  }
  if (row === 0) {
    throw new AppError(AppErrorCode.INVALID_INPUT, "The file holds no forecasts; nothing was imported.", {
      body: seenHeader ? "has a header but no data rows" : "is empty",
    });
  }
  return bundle;
}
