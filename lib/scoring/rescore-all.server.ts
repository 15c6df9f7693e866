// Rebuilds every score row (question by question, in batches), every forecaster's totals and
// every question's forecast count: after a change to a scoring definition, or for data
// written outside the app (ADR 0005).
import type { Db } from "../db/client.server";
import { questionForScoring, storedScoreRows } from "./question-for-scoring";
import { rebuildForecasterTotals } from "./refresh-questions.server";
import { writeScoreRows } from "./write-score-rows.server";

export async function rescoreAll(options: { db: Db; batchSize?: number; onBatch?: (done: number) => void }): Promise<{ questions: number; rows: number }> {
  const { db } = options;
  const batchSize = options.batchSize ?? 500;
  await db.$executeRaw`
    DELETE FROM "Score" s WHERE NOT EXISTS (
      SELECT 1 FROM "Outcome" o WHERE o."questionId" = s."questionId" AND o."replacedAt" IS NULL AND o.value IN ('YES', 'NO'))`;
  let after = "";
  let questions = 0;
  let rows = 0;
  for (;;) {
    const batch = await db.question.findMany({
      where: { id: { gt: after }, status: "RESOLVED" },
      orderBy: { id: "asc" },
      take: batchSize,
      select: questionForScoring,
    });
    if (batch.length === 0) break;
    const data = batch.flatMap(storedScoreRows);
    const ids = batch.map((q) => q.id);
    await db.$transaction(
      async (tx) => {
        await tx.score.deleteMany({ where: { questionId: { in: ids } } });
        await writeScoreRows(tx, data);
      },
      { timeout: 60_000 },
    );
    questions += batch.length;
    rows += data.length;
    after = batch.at(-1)!.id;
    options.onBatch?.(questions);
  }
  await db.$transaction((tx) => rebuildForecasterTotals(tx), { timeout: 600_000 });
  await db.$executeRaw`
    UPDATE "Question" q SET "forecastCount" = c.n
    FROM (SELECT q2.id, count(f.id)::int AS n FROM "Question" q2 LEFT JOIN "Forecast" f ON f."questionId" = q2.id GROUP BY q2.id) c
    WHERE c.id = q.id AND q."forecastCount" <> c.n`;
  return { questions, rows };
}
