// POST /api/v1/import[?dryRun=1] (analysts and up; outcomes need editors): the export's JSON or
// a CSV of forecasts, all or nothing, matched by natural keys (ADR 0011) →
// { dryRun, importId, created, matched, rows: [{ row, action, forecastId, questionId }] }.
import { requireRole } from "@/lib/auth/require-role";
import { db } from "@/lib/db/client.server";
import { importQuery } from "@/lib/import/import-contract";
import { importData } from "@/lib/import/import-data.server";
import { readImportBody } from "@/lib/import/read-import-body.server";
import { parseRequest } from "@/lib/http/parse-request";
import { requestActor } from "@/lib/http/request-actor.server";
import { handle, json } from "@/lib/http/respond";
import { otherMethods } from "@/lib/http/other-methods";

export const dynamic = "force-dynamic";

export const POST = handle(async (request: Request) => {
  const { query } = await parseRequest(request, { query: importQuery });
  // Who may import is settled before a large body is read.
  const actor = requireRole(await requestActor(request), "ANALYST", "import data");
  const body = await readImportBody(request);
  try {
    const dryRun = query.dryRun === "1" || query.dryRun === "true";
    const result = await importData({ db: db(), actor, source: body.source, dryRun });
    return json(result, { status: dryRun ? 200 : 201 });
  } finally {
    await body.dispose();
  }
});

export const { GET, PUT, PATCH, DELETE } = otherMethods(["POST"]);
