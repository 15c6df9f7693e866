// The body of POST /api/v1/import, read by its content type: the export's JSON document or a
// forecasts CSV. This route alone takes bodies over the usual 4 MB (MAX_IMPORT_BYTES), counted
// as they stream in. Either goes to a temporary file as it arrives (memory stays flat) and is read
// from there as it streams (lib/import/import-source.ts).
import { createReadStream } from "node:fs";
import { mkdtemp, open, rm } from "node:fs/promises";
import { IMPORT_FOLDER_PREFIX, sweepImportFiles } from "./sweep-import-files.server";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AppError, AppErrorCode } from "../errors/app-error";
import { csvSource, exportJsonSource, type ImportSource } from "./import-source";

/** 64 MB: 100 000 forecasts as CSV take about 30 MB. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

function tooLarge(): never {
  throw new AppError(AppErrorCode.PAYLOAD_TOO_LARGE, `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; split it. Nothing was imported.`, {
    body: "is too large",
  });
}

/** The body's bytes as they arrive, refused as soon as they pass the limit. */
async function* limited(body: ReadableStream<Uint8Array> | null): AsyncGenerator<Uint8Array> {
  if (!body) return;
  let total = 0;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > MAX_IMPORT_BYTES) tooLarge();
    yield chunk;
  }
}

function importFormat(contentType: string | null): "json" | "csv" {
  const type = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "application/json") return "json";
  if (type === "text/csv" || type === "application/csv") return "csv";
  throw new AppError(
    AppErrorCode.BAD_REQUEST,
    "Send the export's JSON (Content-Type: application/json) or a CSV of forecasts (Content-Type: text/csv); nothing was imported.",
    {
      "content-type": type ? `"${type}" is not application/json or text/csv` : "is missing",
    },
  );
}

/** The body in a temporary file, written as it arrives; `dispose` removes it. */
async function spool(chunks: AsyncIterable<Uint8Array>): Promise<{ path: string; dispose: () => Promise<void> }> {
  await sweepImportFiles();
  const dir = await mkdtemp(join(tmpdir(), IMPORT_FOLDER_PREFIX));
  const dispose = () => rm(dir, { recursive: true, force: true });
  const path = join(dir, "body");
  try {
    const file = await open(path, "w");
    try {
      for await (const chunk of chunks) await file.write(chunk);
    } finally {
      await file.close();
    }
  } catch (error) {
    await dispose();
    throw error;
  }
  return { path, dispose };
}

export type ImportBody = { source: ImportSource; dispose: () => Promise<void> };

export async function readImportBody(request: Request): Promise<ImportBody> {
  const format = importFormat(request.headers.get("content-type"));
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES) tooLarge();
  const file = await spool(limited(request.body));
  const open = () => createReadStream(/*turbopackIgnore: true*/ file.path, { highWaterMark: 256 * 1024 });
  return { source: format === "csv" ? csvSource(open) : exportJsonSource(open), dispose: file.dispose };
}
