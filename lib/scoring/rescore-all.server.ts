// Rebuilds every score row (question by question, in batches), every forecaster's totals and
// every question's forecast count: after a change to a scoring definition, or for data
// written outside the app (ADR 0005). Safe while the app writes: each batch locks its
// questions first, in id order, like every other write (ADR 0009), and reads them under the lock.
import type { Db } from "../db/client.server";
import { runTransaction, type Tx } from "../db/run-transaction.server";
import { rebuildForecasterTotals } from "./refresh-questions.server";
import { rewriteScores } from "./rewrite-scores.server";
import { Prisma } from "../generated/prisma/client";
import { idRow } from "../db/id-row";
import { queryRows } from "../db/query-rows.server";

/** Rescores the next batch of questions after `after`; returns their last id and what was rescored. */
async function rescoreBatch(tx: Tx, after: string, batchSize: number): Promise<{ last: string | null; questions: number; rows: number }> {
  const locked = await queryRows({
    db: tx,
    row: idRow,
    query: "questions to rescore",
    sql: Prisma.sql`
    SELECT id FROM "Question" WHERE id > ${after} ORDER BY id LIMIT ${batchSize} FOR UPDATE`,
  });
  if (locked.length === 0) return { last: null, questions: 0, rows: 0 };
  const ids = locked.map((q) => q.id);
  const { resolved, rows } = await rewriteScores(tx, ids);
  return { last: ids.at(-1)!, questions: resolved, rows };
}

export async function rescoreAll(options: { db: Db; batchSize?: number; onBatch?: (done: number) => void }): Promise<{ questions: number; rows: number }> {
  const batchSize = options.batchSize ?? 500;
  let after = "";
  let questions = 0;
  let rows = 0;
  for (;;) {
    const done = await runTransaction(options.db, (tx) => rescoreBatch(tx, after, batchSize), { timeoutMs: 120_000 });
    if (done.last === null) break;
    questions += done.questions;
    rows += done.rows;
    after = done.last;
    options.onBatch?.(questions);
  }
  await runTransaction(options.db, (tx) => rebuildForecasterTotals(tx), { timeoutMs: 600_000 });
  return { questions, rows };
}
