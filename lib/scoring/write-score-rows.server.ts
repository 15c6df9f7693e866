// Inserts score rows in one statement, column arrays unnested by PostgreSQL: far faster than
// an ORM's multi-row insert for the thousands of rows a batch rescore writes.
import type { Prisma } from "../generated/prisma/client";
import type { ScoreRow } from "./score-question";

export type StoredScoreRow = ScoreRow & { questionId: string; resolvedAt: Date };

type Writer = Pick<Prisma.TransactionClient, "$executeRaw">;

export async function writeScoreRows(tx: Writer, rows: readonly StoredScoreRow[]): Promise<void> {
  if (rows.length === 0) return;
  const column = <K extends keyof StoredScoreRow>(key: K) => rows.map((r) => r[key]);
  await tx.$executeRaw`
    INSERT INTO "Score" ("questionId", "forecasterId", "forecastId", probability, outcome, brier, "logScore",
                         "brierAtLow", "brierAtHigh", "relativeBrier", bin, "madeAt", "resolvedAt")
    SELECT * FROM unnest(
      ${column("questionId")}::text[], ${column("forecasterId")}::text[], ${column("forecastId")}::text[],
      ${column("probability")}::float8[], ${column("outcome")}::int[], ${column("brier")}::float8[], ${column("logScore")}::float8[],
      ${column("brierAtLow")}::float8[], ${column("brierAtHigh")}::float8[], ${column("relativeBrier")}::float8[],
      ${column("bin")}::int[], ${column("madeAt")}::date[], ${column("resolvedAt")}::date[])`;
}
