// GET /import/template.csv: the import's header and one example row, to fill in a spreadsheet.
import { stringify } from "csv-stringify/sync";
import { CSV_COLUMNS, CSV_TEMPLATE_ROW } from "@/lib/import/csv-columns";

export const dynamic = "force-static";

export function GET(): Response {
  return new Response(stringify([CSV_TEMPLATE_ROW], { header: true, columns: [...CSV_COLUMNS] }), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="hindsight-import-template.csv"' },
  });
}
