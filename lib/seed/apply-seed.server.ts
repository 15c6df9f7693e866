// Writes a seed dataset in one transaction. It only ever adds what is missing: rows
// that exist (matched by slug, text hash, URL or id) are left as they are, so seeding
// twice changes nothing and never overwrites what editors and analysts have done since.
import type { Db } from "../db/client.server";
import { lockQuestions } from "../db/lock-questions.server";
import { runTransaction } from "../db/run-transaction.server";
import type { Prisma } from "../generated/prisma/client";
import { refreshQuestions } from "../scoring/refresh-questions.server";
import { SEED_EMAIL } from "../users/system-actor.server";
import { planSeed, type SeedPlan } from "./plan-seed";

export const SEED_ACTION = "seed.apply";

export type SeedResult = {
  forecasters: number;
  sources: number;
  questions: number;
  outcomes: number;
  forecasts: number;
};

type Tx = Prisma.TransactionClient;

/** Validates `input` (see planSeed) and adds what is missing. Returns the number of rows added. */
export async function applySeed(options: { db: Db; input: unknown }): Promise<SeedResult> {
  const plan = planSeed(options.input);
  return runTransaction(options.db, (tx) => write(tx, plan), { timeoutMs: 60_000 });
}

async function write(tx: Tx, plan: SeedPlan): Promise<SeedResult> {
  // The questions it may add to come first, as in every write (ADR 0009); new ones are its own.
  await lockQuestions(
    tx,
    plan.questions.map((q) => q.id),
  );
  const seedUser =
    (await tx.user.findUnique({ where: { email: SEED_EMAIL } })) ??
    (await tx.user.create({ data: { email: SEED_EMAIL, name: "Hindsight seed data", role: "ANALYST" } }));
  const forecasters = await tx.forecaster.createMany({ data: plan.forecasters, skipDuplicates: true });
  const forecasterIds = await idsBySlug(tx, plan);
  const sources = await tx.source.createMany({
    data: plan.sources.map(({ key: _key, ...source }) => source),
    skipDuplicates: true,
  });
  const sourceIds = await idsBySourceKey(tx, plan);
  const questions = await tx.question.createMany({
    data: plan.questions.map((q) => ({ ...q, createdById: seedUser.id })),
    skipDuplicates: true,
  });
  const outcomes = await addOutcomes(tx, plan, seedUser.id);
  const forecasts = await tx.forecast.createMany({
    data: plan.forecasts.map(({ forecasterSlug, sourceKey, ...f }) => ({
      ...f,
      forecasterId: forecasterIds.get(forecasterSlug)!,
      sourceId: sourceIds.get(sourceKey)!,
      loggedById: seedUser.id,
    })),
    skipDuplicates: true,
  });
  const result = {
    forecasters: forecasters.count,
    sources: sources.count,
    questions: questions.count,
    outcomes,
    forecasts: forecasts.count,
  };
  if (Object.values(result).some((n) => n > 0)) {
    await refreshQuestions(
      tx,
      plan.questions.map((q) => q.id),
    );
    await tx.auditEvent.create({
      data: { actorId: seedUser.id, action: SEED_ACTION, entityType: "Dataset", entityId: plan.name, after: result },
    });
  }
  return result;
}

async function idsBySlug(tx: Tx, plan: SeedPlan): Promise<Map<string, string>> {
  const rows = await tx.forecaster.findMany({
    where: { slug: { in: plan.forecasters.map((f) => f.slug) } },
    select: { id: true, slug: true },
  });
  return new Map(rows.map((r) => [r.slug, r.id]));
}

/** A seeded source is the stored one with the same text, or else the same URL. */
async function idsBySourceKey(tx: Tx, plan: SeedPlan): Promise<Map<string, string>> {
  const rows = await tx.source.findMany({
    where: {
      OR: [{ textHash: { in: plan.sources.map((s) => s.textHash) } }, { url: { in: plan.sources.flatMap((s) => (s.url ? [s.url] : [])) } }],
    },
    select: { id: true, textHash: true, url: true },
  });
  const ids = new Map<string, string>();
  for (const source of plan.sources) {
    const row = rows.find((r) => r.textHash === source.textHash) ?? rows.find((r) => source.url && r.url === source.url);
    if (!row) throw new Error(`Seed source "${source.key}" could not be stored or found.`);
    ids.set(source.key, row.id);
  }
  return ids;
}

/** Outcomes go only onto questions that have never had one: an editor's history always wins. */
async function addOutcomes(tx: Tx, plan: SeedPlan, userId: string): Promise<number> {
  const touched = await tx.outcome.findMany({
    where: { questionId: { in: plan.outcomes.map((o) => o.questionId) } },
    select: { questionId: true },
    distinct: ["questionId"],
  });
  const skip = new Set(touched.map((o) => o.questionId));
  const fresh = plan.outcomes.filter((o) => !skip.has(o.questionId));
  for (const outcome of fresh) {
    await tx.outcome.create({ data: { ...outcome, setById: userId } });
    await tx.question.update({
      where: { id: outcome.questionId },
      data: { status: outcome.value === "ANNULLED" ? "ANNULLED" : "RESOLVED", version: { increment: 1 } },
    });
  }
  return fresh.length;
}
