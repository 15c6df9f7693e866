// GET /api/v1/export.csv: one row per forecast with its question, forecaster, source, current
// outcome and Brier score, in the columns the import reads (lib/import/csv-columns.ts) plus
// `brier`. Read in one consistent snapshot, a page of forecasts at a time.
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import type { Db } from "../db/client.server";
import { queryRows } from "../db/query-rows.server";
import { formatIsoDate, todayUtc } from "../dates";
import { Prisma } from "../generated/prisma/client";
import { CSV_COLUMNS, CSV_EXPORT_EXTRA_COLUMNS } from "../import/csv-columns";
import { browseConditions } from "../questions/browse-conditions";
import type { ExportCsvQuery } from "./export-csv-query";

const PAGE = 5000;
export const EXPORT_CSV_HEADER = [...CSV_COLUMNS, ...CSV_EXPORT_EXTRA_COLUMNS];

const row = z.object({
  id: z.string(),
  question: z.string(),
  criteria: z.string(),
  deadline: z.date(),
  tags: z.array(z.string()),
  forecaster: z.string(),
  forecaster_kind: z.string(),
  outlet: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  published_at: z.date(),
  made_at: z.date(),
  quote: z.string(),
  phrase: z.string().nullable(),
  probability: z.number(),
  outcome: z.string().nullable(),
  known_on: z.date().nullable(),
  evidence_url: z.string().nullable(),
  evidence_note: z.string().nullable(),
  brier: z.number().nullable(),
});
type Row = z.infer<typeof row>;

function cells(r: Row): string[] {
  const date = (d: Date | null) => (d ? formatIsoDate(d) : "");
  return [
    r.question,
    r.criteria,
    date(r.deadline),
    r.tags.join(";"),
    r.forecaster,
    r.forecaster_kind,
    r.outlet,
    r.title,
    r.url ?? "",
    date(r.published_at),
    date(r.made_at),
    r.quote,
    r.phrase ?? "",
    String(r.probability),
    r.outcome ?? "",
    date(r.known_on),
    r.evidence_url ?? "",
    r.evidence_note ?? "",
    r.brier === null ? "" : String(r.brier),
  ];
}

export async function buildExportCsv(options: { db: Db; query: ExportCsvQuery; now?: Date }): Promise<string> {
  const { query } = options;
  const where = browseConditions(query, todayUtc(options.now));
  if (query.forecaster) where.push(Prisma.sql`(fc.slug = ${query.forecaster} OR lower(fc.name) = lower(${query.forecaster}))`);
  if (query.outlet) where.push(Prisma.sql`lower(s.outlet) = lower(${query.outlet})`);
  return options.db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe("SET TRANSACTION READ ONLY");
      const parts = [stringify([EXPORT_CSV_HEADER])];
      let after = "";
      for (;;) {
        const sql = Prisma.sql`
          SELECT f.id, q.title AS question, q.criteria, q.deadline, q.tags, fc.name AS forecaster, fc.kind::text AS forecaster_kind, s.outlet, s.title,
                 s.url, s."publishedAt" AS published_at, f."madeAt" AS made_at, f.quote, f.phrase, f.probability, o.value::text AS outcome,
                 o."resolvedAt" AS known_on, o."evidenceUrl" AS evidence_url, o.note AS evidence_note, sc.brier
          FROM "Forecast" f
          JOIN "Question" q ON q.id = f."questionId"
          JOIN "Forecaster" fc ON fc.id = f."forecasterId"
          JOIN "Source" s ON s.id = f."sourceId"
          LEFT JOIN "Outcome" o ON o."questionId" = q.id AND o."replacedAt" IS NULL
          LEFT JOIN "Score" sc ON sc."forecastId" = f.id
          WHERE f.id > ${after} AND ${Prisma.join(where, " AND ")}
          ORDER BY f.id LIMIT ${PAGE}`;
        const rows = await queryRows({ db: tx, sql, row, query: "export page" });
        if (rows.length === 0) break;
        parts.push(stringify(rows.map(cells)));
        after = rows.at(-1)!.id;
      }
      return parts.join("");
    },
    { isolationLevel: "RepeatableRead", timeout: 120_000 },
  );
}
