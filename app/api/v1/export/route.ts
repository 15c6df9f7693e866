// GET /api/v1/export: the dataset as JSON (lib/export/export-contract.ts), optionally
// only what concerns one question, forecaster or source.
import { db } from "@/lib/db/client.server";
import { buildExport } from "@/lib/export/build-export.server";
import { exportQuery } from "@/lib/export/export-query";
import { handle, json, jsonOf } from "@/lib/http/respond";
import { parseRequest } from "@/lib/http/parse-request";
import { otherMethods } from "@/lib/http/other-methods";
import { exportContract } from "@/lib/export/export-contract";

export const dynamic = "force-dynamic";

export const GET = handle(async (request: Request) => {
  const { query } = await parseRequest(request, { query: exportQuery });
  const data = await buildExport({ db: db(), filter: query });
  return jsonOf(exportContract, data, { headers: { "Cache-Control": "no-store" } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
