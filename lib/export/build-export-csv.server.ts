// GET /api/v1/export.csv: one row per forecast with its question, forecaster, source, current
// outcome and Brier score, in the columns the import reads (lib/import/csv-columns.ts) plus
// `brier`. Read in one consistent snapshot, a page of forecasts at a time.
import { stringify } from "csv-stringify/sync";
import type { Db } from "../db/client.server";
import { formatIsoDate, todayUtc } from "../dates";
import { Prisma } from "../generated/prisma/client";
import { CSV_COLUMNS, CSV_EXPORT_EXTRA_COLUMNS } from "../import/csv-columns";
import { browseConditions } from "../questions/browse-conditions";
import type { ExportCsvQuery } from "./export-csv-query";

const PAGE = 5000;
export const EXPORT_CSV_HEADER = [...CSV_COLUMNS, ...CSV_EXPORT_EXTRA_COLUMNS];

type Row = {
  id: string;
  question: string;
  criteria: string;
  deadline: Date;
  tags: string[];
  forecaster: string;
  forecaster_kind: string;
  outlet: string;
  title: string;
  url: string | null;
  published_at: Date;
  made_at: Date;
  quote: string;
  phrase: string | null;
  probability: number;
  outcome: string | null;
  known_on: Date | null;
  evidence_url: string | null;
  evidence_note: string | null;
  brier: number | null;
};

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
        const rows = await tx.$queryRaw<Row[]>`
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
        if (rows.length === 0) break;
        parts.push(stringify(rows.map(cells)));
        after = rows.at(-1)!.id;
      }
      return parts.join("");
    },
    { isolationLevel: "RepeatableRead", timeout: 120_000 },
  );
}
