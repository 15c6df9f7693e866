// GET /api/v1/export.csv: the forecasts as CSV (the columns POST /api/v1/import reads, plus
// brier), filtered like the question browser (lib/export/export-csv-query.ts).
import { db } from "@/lib/db/client.server";
import { buildExportCsv } from "@/lib/export/build-export-csv.server";
import { exportCsvQuery } from "@/lib/export/export-csv-query";
import { parseRequest } from "@/lib/http/parse-request";
import { handle } from "@/lib/http/respond";
import { otherMethods } from "@/lib/http/other-methods";

export const dynamic = "force-dynamic";

export const GET = handle(async (request: Request) => {
  const { query } = await parseRequest(request, { query: exportCsvQuery });
  const csv = await buildExportCsv({ db: db(), query });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="hindsight-forecasts-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods(["GET"]);
