// A forecasts CSV, read as it streams in (csv-parse), into an import bundle. The header must
// name the import's columns (lib/import/csv-columns.ts, any order); an unknown column is
// refused by name, so that a misspelt one is not silently ignored.
import { parse } from "csv-parse";
import { Readable } from "node:stream";
import { AppError, AppErrorCode } from "../errors/app-error";
import { addCsvRow } from "./add-csv-row";
import { CSV_COLUMNS, CSV_EXPORT_EXTRA_COLUMNS, type CsvColumn, OPTIONAL_CSV_COLUMNS } from "./csv-columns";
import { emptyBundle, type ImportBundle } from "./import-bundle";

const KNOWN = new Set<string>([...CSV_COLUMNS, ...CSV_EXPORT_EXTRA_COLUMNS]);
/** Problems past this many are not listed one by one (the file is clearly not the right one). */
const MAX_PROBLEMS = 1000;

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

export async function readCsv(options: { body: AsyncIterable<Uint8Array> | Iterable<Uint8Array | string> }): Promise<ImportBundle> {
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
  try {
    for await (const record of parser as AsyncIterable<Partial<Record<CsvColumn, string>>>) {
      row++;
      if (bundle.problems.length < MAX_PROBLEMS) addCsvRow(bundle, row, record);
    }
  } catch (error) {
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
