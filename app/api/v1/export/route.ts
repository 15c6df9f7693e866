// GET /api/v1/export: the dataset as JSON (lib/export/export-contract.ts), optionally
// only what concerns one question, forecaster or source.
import { z } from "zod";
import { db } from "@/lib/db/client.server";
import { buildExport } from "@/lib/export/build-export.server";
import { handle, json } from "@/lib/http/respond";
import { parseRequest } from "@/lib/http/parse-request";

export const dynamic = "force-dynamic";

const exportQuery = z.strictObject({
  questionId: z.string().min(1).optional(),
  forecasterId: z.string().min(1).optional(),
  sourceId: z.string().min(1).optional(),
});

export const GET = handle(async (request: Request) => {
  const { query } = await parseRequest(request, { query: exportQuery });
  const data = await buildExport({ db: db(), filter: query });
  return json(data, { headers: { "Cache-Control": "no-store" } });
});
