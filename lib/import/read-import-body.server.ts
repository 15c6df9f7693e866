// The body of POST /api/v1/import, read by its content type: the export's JSON document or a
// forecasts CSV, streamed. This route alone takes bodies over the usual 4 MB (MAX_IMPORT_BYTES).
import { AppError, AppErrorCode } from "../errors/app-error";
import { parseJsonText } from "../http/parse-request";
import { bundleFromExport } from "./bundle-from-export";
import type { ImportBundle } from "./import-bundle";
import { readCsv } from "./read-csv";

/** 64 MB: 100 000 forecasts as CSV take about 45 MB. */
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

async function readText(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts).toString("utf8");
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

export async function readImportBody(request: Request): Promise<ImportBundle> {
  const format = importFormat(request.headers.get("content-type"));
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES) tooLarge();
  const chunks = limited(request.body);
  if (format === "csv") return readCsv({ body: chunks });
  const text = await readText(chunks);
  if (text.trim() === "") throw new AppError(AppErrorCode.INVALID_INPUT, "The file is empty; nothing was imported.", { body: "is empty" });
  return bundleFromExport(parseJsonText(text, "nothing was imported"));
}
