// The answer's rows (one per forecast) set aside in a temporary file as each batch is planned,
// so that an import's memory does not grow with its file (ADR 0011); the route streams them
// back into the answer. Rows arrive in the file's order, so the log is already sorted.
import { createReadStream } from "node:fs";
import { appendFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { RowAction } from "./plan-import.server";
import { IMPORT_FOLDER_PREFIX } from "./sweep-import-files.server";

/** An import's rows, on disk until `dispose`. */
export type ImportRows = {
  count: number;
  /** Each row as its JSON text, in row order. */
  lines(): AsyncIterable<string>;
  dispose(): Promise<void>;
};

export type RowLog = {
  /** Starts again from no rows (a retried transaction plans everything again). */
  restart(): Promise<void>;
  append(rows: RowAction[]): Promise<void>;
  /** The rows written since the last restart; the log's file is theirs to dispose. */
  rows(): ImportRows;
  dispose(): Promise<void>;
};

export async function openRowLog(): Promise<RowLog> {
  const dir = await mkdtemp(join(tmpdir(), `${IMPORT_FOLDER_PREFIX}rows-`));
  const path = join(dir, "rows.jsonl");
  const dispose = () => rm(dir, { recursive: true, force: true });
  let count = 0;
  return {
    restart: async () => {
      count = 0;
      await writeFile(path, "");
    },
    append: async (rows) => {
      if (rows.length === 0) return;
      count += rows.length;
      await appendFile(path, `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`);
    },
    rows: () => ({
      count,
      lines: () => createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY }),
      dispose,
    }),
    dispose,
  };
}

/** The rows read back whole: for callers that know the import is small (tests, the bench's checks). */
export async function readRows(rows: ImportRows): Promise<RowAction[]> {
  const all: RowAction[] = [];
  for await (const line of rows.lines()) if (line !== "") all.push(JSON.parse(line) as RowAction);
  return all;
}
