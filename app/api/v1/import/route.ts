// POST /api/v1/import[?dryRun=1] (analysts and up; outcomes need editors): the export's JSON or
// a CSV of forecasts, all or nothing, matched by natural keys (ADR 0011) →
// { dryRun, importId, created, matched, rows: [{ row, action, forecastId, questionId }] }.
// The proxy leaves this route out (it would copy the body into memory): the route runs the
// proxy's checks itself (behindRequestChecks) and streams the body to a temporary file; the
// answer's rows stream back from one (lib/import/import-answer.server.ts).
import { requireRole } from "@/lib/auth/require-role";
import { db } from "@/lib/db/client.server";
import { importAnswer } from "@/lib/import/import-answer.server";
import { importQuery } from "@/lib/import/import-contract";
import { importData } from "@/lib/import/import-data.server";
import { readImportBody } from "@/lib/import/read-import-body.server";
import { parseRequest } from "@/lib/http/parse-request";
import { requestActor } from "@/lib/http/request-actor.server";
import { handle } from "@/lib/http/respond";
import { otherMethods } from "@/lib/http/other-methods";
import { behindRequestChecks } from "@/lib/security/request-checks.server";

export const dynamic = "force-dynamic";

export const POST = behindRequestChecks(
  handle(async (request: Request) => {
    const { query } = await parseRequest(request, { query: importQuery });
    // Who may import is settled before a large body is read.
    const actor = requireRole(await requestActor(request), "ANALYST", "import data");
    const body = await readImportBody(request);
    try {
      const dryRun = query.dryRun === "1" || query.dryRun === "true";
      const result = await importData({ db: db(), actor, source: body.source, dryRun });
      return importAnswer(result, { status: dryRun ? 200 : 201 });
    } finally {
      await body.dispose();
    }
  }),
);

const refuse = otherMethods(["POST"]);
export const GET = behindRequestChecks(refuse.GET);
export const PUT = behindRequestChecks(refuse.PUT);
export const PATCH = behindRequestChecks(refuse.PATCH);
export const DELETE = behindRequestChecks(refuse.DELETE);
