// refreshQuestions for thousands of questions at once (an import): the same score rows, counts
// and totals, rewritten a batch of questions at a time instead of one question at a time. The
// caller has locked the questions that existed before its transaction (ADR 0009); the ones it
// created are its own until it commits.
import { forgetStatementArguments } from "../db/forget-statement-arguments.server";
import type { Prisma } from "../generated/prisma/client";
import { refreshForecasterTotals } from "./refresh-questions.server";
import { rewriteScores } from "./rewrite-scores.server";

const BATCH = 1000;

export async function refreshManyQuestions(tx: Prisma.TransactionClient, questionIds: readonly string[]): Promise<void> {
  const ids = [...new Set(questionIds)].sort();
  const touched = new Set<string>();
  for (let i = 0; i < ids.length; i += BATCH) {
    const { forecasterIds } = await rewriteScores(tx, ids.slice(i, i + BATCH));
    for (const id of forecasterIds) touched.add(id);
    // Each batch sends every score of a thousand questions as parameters.
    await forgetStatementArguments(tx);
  }
  await refreshForecasterTotals(tx, [...touched]);
}
