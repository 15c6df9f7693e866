// Writes a planned import (lib/import/plan-import.server.ts) inside the caller's transaction, in
// the order its plan is made: first the new forecasters, sources and questions; then each batch
// of forecasts as it is planned; last the outcome histories, the scores of every question it
// touched (ADR 0005) and one audit event naming what it created.
import { randomUUID } from "node:crypto";
import { recordAuditEvent } from "../audit/record-audit-event.server";
import type { Actor } from "../auth/require-role";
import type { Tx } from "../db/run-transaction.server";
import { refreshManyQuestions } from "../scoring/refresh-many-questions.server";
import { forgetStatementArguments } from "../db/forget-statement-arguments.server";
import { auditCreatedForecasts } from "./import-keys.server";
import { insertForecasters, insertForecasts, insertOutcomes, insertQuestions, insertSources } from "./insert-rows.server";
import type { ImportPlan, PlannedForecast } from "./plan-import.server";
import { Prisma } from "../generated/prisma/client";
import { z } from "zod";
import { queryRows } from "../db/query-rows.server";

/** Rows per INSERT (each column is one array parameter, so this bounds only the statement's size). */
const BATCH = 5000;

async function inBatches<T>(tx: Tx, items: T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += BATCH) {
    await write(items.slice(i, i + BATCH));
    await forgetStatementArguments(tx);
  }
}

/** People are known by email across databases; an unknown one is the importer. Looked up as they turn up. */
export function importUsers(tx: Tx, actor: Actor) {
  const known = new Map<string, string | null>();
  const load = async (emails: Array<string | null>) => {
    const wanted = [...new Set(emails.flatMap((e) => (e ? [e.toLowerCase()] : [])))].filter((e) => !known.has(e));
    if (wanted.length === 0) return;
    const users = await queryRows({
      db: tx,
      row: z.object({ id: z.string(), email: z.string() }),
      query: "users by email",
      sql: Prisma.sql`SELECT id, lower(email) AS email FROM "User" WHERE lower(email) = ANY(${wanted}::text[])`,
    });
    for (const e of wanted) known.set(e, null);
    for (const u of users) known.set(u.email, u.id);
  };
  const idOf = (email: string | null) => (email ? known.get(email.toLowerCase()) : null) ?? actor.id;
  return { load, idOf };
}

type Users = ReturnType<typeof importUsers>;

function statusOf(outcomes: ImportPlan["outcomes"][number]["outcomes"]): "OPEN" | "RESOLVED" | "ANNULLED" {
  const live = outcomes.find((o) => o.replacedAt === null);
  return !live ? "OPEN" : live.value === "ANNULLED" ? "ANNULLED" : "RESOLVED";
}

/** The new forecasters, sources and questions (a new question already with the status its outcomes give it). */
export async function writeEntities(tx: Tx, plan: ImportPlan, actor: Actor, users: Users): Promise<void> {
  const outcomesOf = new Map(plan.outcomes.map((o) => [o.questionId, o.outcomes]));
  const created = {
    forecasters: plan.forecasters.filter((f) => !f.existing),
    sources: plan.sources.filter((s) => !s.existing),
    questions: plan.questions.filter((q) => !q.existing),
  };
  await users.load(created.questions.map((q) => q.record.archivedBy));
  await inBatches(tx, created.forecasters, (batch) =>
    insertForecasters(
      tx,
      batch.map(({ id, record: r }) => ({ id, slug: r.slug, name: r.name, kind: r.kind, affiliation: r.affiliation, description: r.description })),
    ),
  );
  await inBatches(tx, created.sources, (batch) =>
    insertSources(
      tx,
      batch.map(({ id, record: r }) => ({
        id,
        url: r.url,
        outlet: r.outlet,
        title: r.title,
        publishedAt: r.publishedAt,
        byline: r.byline,
        text: r.text,
        textHash: r.textHash,
        note: r.note,
      })),
    ),
  );
  await inBatches(tx, created.questions, (batch) =>
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
        archivedAt: r.archivedAt,
        archivedById: r.archivedAt ? users.idOf(r.archivedBy) : null,
      })),
    ),
  );
  if (plan.aliases.length > 0) await tx.forecasterAlias.createMany({ data: plan.aliases });
  if (plan.redirects.length > 0) await tx.sourceRedirect.createMany({ data: plan.redirects });
}

/** One batch of planned forecasts. */
export async function writeForecasts(tx: Tx, forecasts: PlannedForecast[], users: Users, now: Date): Promise<void> {
  await users.load(forecasts.map((f) => f.record.loggedBy));
  await insertForecasts(
    tx,
    forecasts.map((f) => ({
      id: f.id,
      questionId: f.questionId,
      forecasterId: f.forecasterId,
      sourceId: f.sourceId,
      madeAt: f.madeAt,
      quote: f.record.quote,
      phrase: f.record.phrase,
      phraseRefersTo: f.record.phraseRefersTo,
      note: f.record.note,
      loggedById: users.idOf(f.record.loggedBy),
      loggedAt: f.record.loggedAt ?? now,
      ...f.numbers,
    })),
  );
}

/** Outcome histories, scores and the audit event, once every forecast is written. Returns the import's id. */
export async function finishImport(tx: Tx, plan: ImportPlan, actor: Actor, users: Users, now: Date): Promise<string> {
  await users.load(plan.outcomes.flatMap((q) => q.outcomes.flatMap((o) => [o.setBy, o.replacedBy])));
  const outcomeRows = plan.outcomes.flatMap(({ questionId, outcomes }) =>
    outcomes.map((o) => ({
      id: randomUUID(),
      questionId,
      value: o.value,
      resolvedAt: o.resolvedAt,
      evidenceUrl: o.evidenceUrl,
      note: o.note,
      setById: users.idOf(o.setBy),
      setAt: o.setAt ?? now,
      replacedAt: o.replacedAt,
      replacedById: o.replacedAt ? users.idOf(o.replacedBy) : null,
      replaceReason: o.replaceReason,
    })),
  );
  await inBatches(tx, outcomeRows, (batch) => insertOutcomes(tx, batch));
  // Questions that existed and got their first outcomes here change status too.
  const existing = new Set(plan.questions.filter((q) => q.existing).map((q) => q.id));
  for (const { questionId, outcomes } of plan.outcomes) {
    if (existing.has(questionId)) await tx.question.update({ where: { id: questionId }, data: { status: statusOf(outcomes), version: { increment: 1 } } });
  }
  await refreshManyQuestions(tx, [...new Set([...plan.touched, ...plan.outcomes.map((o) => o.questionId)])]);
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
        questions: plan.questions.filter((q) => !q.existing).map((q) => q.id),
        forecasters: plan.forecasters.filter((f) => !f.existing).map((f) => f.id),
        sources: plan.sources.filter((s) => !s.existing).map((s) => s.id),
        // Filled in by the database from the import's temporary table, below.
        forecasts: [],
        outcomesOf: plan.outcomes.map((o) => o.questionId),
        aliases: plan.aliases.map((a) => a.slug),
        redirects: plan.redirects.map((r) => r.oldId),
      },
    },
  });
  await auditCreatedForecasts(tx, importId);
  return importId;
}
