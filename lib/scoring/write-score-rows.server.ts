// Inserts score rows in one statement, column arrays unnested by PostgreSQL: far faster than
// an ORM's multi-row insert for the thousands of rows a batch rescore writes. Callers delete
// the question's old rows first under the question's lock (ADR 0009); the upsert is a second
// guard, so that a row left by a writer that skipped the lock is replaced, not a 500.
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
      ${column("bin")}::int[], ${column("madeAt")}::date[], ${column("resolvedAt")}::date[])
    ON CONFLICT ("questionId", "forecasterId") DO UPDATE SET
      "forecastId" = EXCLUDED."forecastId", probability = EXCLUDED.probability, outcome = EXCLUDED.outcome,
      brier = EXCLUDED.brier, "logScore" = EXCLUDED."logScore", "brierAtLow" = EXCLUDED."brierAtLow",
      "brierAtHigh" = EXCLUDED."brierAtHigh", "relativeBrier" = EXCLUDED."relativeBrier", bin = EXCLUDED.bin,
      "madeAt" = EXCLUDED."madeAt", "resolvedAt" = EXCLUDED."resolvedAt"`;
}
