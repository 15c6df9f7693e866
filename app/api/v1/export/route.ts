// GET /api/v1/export: the dataset as JSON (lib/export/export-contract.ts), optionally
// only what concerns one question, forecaster or source.
import { db } from "@/lib/db/client.server";
import { exportJson } from "@/lib/export/export-json.server";
import { exportQuery } from "@/lib/export/export-query";
import { handle } from "@/lib/http/respond";
import { parseRequest } from "@/lib/http/parse-request";
import { otherMethods } from "@/lib/http/other-methods";

export const dynamic = "force-dynamic";

export const GET = handle(async (request: Request) => {
  const { query } = await parseRequest(request, { query: exportQuery });
  // Already JSON text (kept per filter until the data changes): sent as it is.
  const body = await exportJson({ db: db(), filter: query });
  return new Response(body, { headers: { "Content-Type": "application/json", "Cache-Control": "no-store" } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
