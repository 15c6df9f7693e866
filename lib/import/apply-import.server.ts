// Writes a planned import (lib/import/plan-import.server.ts) inside the caller's transaction:
// new forecasters, sources and questions, outcome histories, forecasts, in batches; then the
// scores of every question it touched (ADR 0005) and one audit event naming what it created.
import { randomUUID } from "node:crypto";
import { recordAuditEvent } from "../audit/record-audit-event.server";
import type { Actor } from "../auth/require-role";
import type { Tx } from "../db/run-transaction.server";
import { refreshManyQuestions } from "../scoring/refresh-many-questions.server";
import { insertForecasters, insertForecasts, insertOutcomes, insertQuestions, insertSources } from "./insert-rows.server";
import type { ImportPlan } from "./plan-import.server";

/** Rows per INSERT (each column is one array parameter, so this bounds only the statement's size). */
const BATCH = 5000;

async function inBatches<T>(items: T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += BATCH) await write(items.slice(i, i + BATCH));
}

/** People are known by email across databases; an unknown one is the importer. */
async function userIds(tx: Tx, plan: ImportPlan, actor: Actor): Promise<(email: string | null) => string> {
  const emails = new Set<string>();
  for (const f of plan.forecasts) if (f.record.loggedBy) emails.add(f.record.loggedBy.toLowerCase());
  for (const q of plan.outcomes) for (const o of q.outcomes) for (const e of [o.setBy, o.replacedBy]) if (e) emails.add(e.toLowerCase());
  const users = await tx.user.findMany({ where: { email: { in: [...emails] } }, select: { id: true, email: true } });
  const byEmail = new Map(users.map((u) => [u.email.toLowerCase(), u.id]));
  return (email) => (email ? byEmail.get(email.toLowerCase()) : undefined) ?? actor.id;
}

function statusOf(outcomes: ImportPlan["outcomes"][number]["outcomes"]): "OPEN" | "RESOLVED" | "ANNULLED" {
  const live = outcomes.find((o) => o.replacedAt === null);
  return !live ? "OPEN" : live.value === "ANNULLED" ? "ANNULLED" : "RESOLVED";
}

export async function applyImport(tx: Tx, plan: ImportPlan, actor: Actor, now = new Date()): Promise<string> {
  const userOf = await userIds(tx, plan, actor);
  const outcomesOf = new Map(plan.outcomes.map((o) => [o.questionId, o.outcomes]));
  const created = {
    forecasters: plan.forecasters.filter((f) => !f.existing),
    sources: plan.sources.filter((s) => !s.existing),
    questions: plan.questions.filter((q) => !q.existing),
  };
  await inBatches(created.forecasters, (batch) =>
    insertForecasters(
      tx,
      batch.map(({ id, record: r }) => ({ id, ...r })),
    ),
  );
  await inBatches(created.sources, (batch) =>
    insertSources(
      tx,
      batch.map(({ id, record: r }) => ({ id, ...r })),
    ),
  );
  await inBatches(created.questions, (batch) =>
    insertQuestions(
      tx,
      batch.map(({ id, record: r }) => ({
        id,
        title: r.title,
        criteria: r.criteria,
        deadline: r.deadline,
        tags: r.tags,
        status: statusOf(outcomesOf.get(id) ?? []),
        createdById: actor.id,
      })),
    ),
  );
  const outcomeRows = plan.outcomes.flatMap(({ questionId, outcomes }) =>
    outcomes.map((o) => ({
      id: randomUUID(),
      questionId,
      value: o.value,
      resolvedAt: o.resolvedAt,
      evidenceUrl: o.evidenceUrl,
      note: o.note,
      setById: userOf(o.setBy),
      setAt: o.setAt ?? now,
      replacedAt: o.replacedAt,
      replacedById: o.replacedAt ? userOf(o.replacedBy) : null,
      replaceReason: o.replaceReason,
    })),
  );
  await inBatches(outcomeRows, (batch) => insertOutcomes(tx, batch));
  // Questions that existed and got their first outcomes here change status too.
  const existing = new Set(plan.questions.filter((q) => q.existing).map((q) => q.id));
  for (const { questionId, outcomes } of plan.outcomes) {
    if (existing.has(questionId)) await tx.question.update({ where: { id: questionId }, data: { status: statusOf(outcomes), version: { increment: 1 } } });
  }
  await inBatches(plan.forecasts, (batch) =>
    insertForecasts(
      tx,
      batch.map((f) => ({
        id: f.id,
        questionId: f.questionId,
        forecasterId: f.forecasterId,
        sourceId: f.sourceId,
        madeAt: f.madeAt,
        quote: f.record.quote,
        phrase: f.record.phrase,
        phraseRefersTo: f.record.phraseRefersTo,
        note: f.record.note,
        loggedById: userOf(f.record.loggedBy),
        loggedAt: f.record.loggedAt ?? now,
        ...f.numbers,
      })),
    ),
  );
  await refreshManyQuestions(tx, [...new Set([...plan.forecasts.map((f) => f.questionId), ...plan.outcomes.map((o) => o.questionId)])]);
  const importId = randomUUID();
  await recordAuditEvent(tx, {
    actorId: actor.id,
    action: "import",
    entityType: "Import",
    entityId: importId,
    after: {
      created: plan.created,
      matched: plan.matched,
      ids: {
        questions: created.questions.map((q) => q.id),
        forecasters: created.forecasters.map((f) => f.id),
        sources: created.sources.map((s) => s.id),
        forecasts: plan.forecasts.map((f) => f.id),
        outcomesOf: plan.outcomes.map((o) => o.questionId),
      },
    },
  });
  return importId;
}
