// The whole dataset, or the part of it around one question, forecaster or source, as one
// consistent snapshot (a single read-only REPEATABLE READ transaction).
import { forecastJson } from "../api/serializers";
import type { Db } from "../db/client.server";
import { formatIsoDate } from "../dates";
import { AppError, AppErrorCode } from "../errors/app-error";
import type { Prisma } from "../generated/prisma/client";
import { type ExportedOutcome, exportContract, type HindsightExport } from "./export-contract";

export type ExportFilter = { questionId?: string; forecasterId?: string; sourceId?: string };

export async function buildExport(options: { db: Db; filter?: ExportFilter; now?: Date }): Promise<HindsightExport> {
  const filter = options.filter ?? {};
  return options.db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe("SET TRANSACTION READ ONLY");
      await requireExisting(tx, filter);
      const forecastWhere: Prisma.ForecastWhereInput = {
        questionId: filter.questionId,
        forecasterId: filter.forecasterId,
        sourceId: filter.sourceId,
      };
      const filtered = Object.values(filter).some(Boolean);
      const forecasts = await tx.forecast.findMany({ where: forecastWhere, orderBy: [{ madeAt: "asc" }, { id: "asc" }] });
      const only = <K extends "questionId" | "forecasterId" | "sourceId">(key: K, own?: string) =>
        filtered ? { id: { in: [...new Set([...(own ? [own] : []), ...forecasts.map((f) => f[key])])] } } : {};
      const [forecasters, sources, questions] = await Promise.all([
        tx.forecaster.findMany({
          where: only("forecasterId", filter.forecasterId),
          orderBy: { slug: "asc" },
          include: { aliases: { select: { slug: true, name: true }, orderBy: { slug: "asc" } } },
        }),
        tx.source.findMany({
          where: only("sourceId", filter.sourceId),
          orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
          include: { redirects: { select: { oldId: true }, orderBy: { oldId: "asc" } } },
        }),
        tx.question.findMany({
          where: only("questionId", filter.questionId),
          orderBy: [{ deadline: "asc" }, { id: "asc" }],
          include: {
            outcomes: { orderBy: [{ setAt: "asc" }, { id: "asc" }], include: { setBy: { select: { email: true } }, replacedBy: { select: { email: true } } } },
            archivedBy: { select: { email: true } },
          },
        }),
      ]);
      const emails = await emailsOf(
        tx,
        forecasts.map((f) => f.loggedById),
      );
      return exportContract.parse({
        version: 3,
        exportedAt: (options.now ?? new Date()).toISOString(),
        forecasters: forecasters.map((f) => ({
          id: f.id,
          slug: f.slug,
          name: f.name,
          kind: f.kind,
          affiliation: f.affiliation,
          description: f.description,
          aliases: f.aliases,
        })),
        sources: sources.map((s) => ({
          id: s.id,
          outlet: s.outlet,
          title: s.title,
          url: s.url,
          publishedAt: formatIsoDate(s.publishedAt),
          byline: s.byline,
          text: s.text,
          note: s.note,
          redirects: s.redirects.map((r) => r.oldId),
        })),
        questions: questions.map((q) => ({
          id: q.id,
          title: q.title,
          criteria: q.criteria,
          deadline: formatIsoDate(q.deadline),
          tags: q.tags,
          status: q.status,
          outcome: current(q.outcomes),
          outcomeHistory: q.outcomes.map(outcomeRecord),
          archivedAt: q.archivedAt?.toISOString() ?? null,
          archivedBy: q.archivedBy?.email ?? null,
        })),
        forecasts: forecasts.map((f) => ({ ...forecastJson(f), loggedBy: emails.get(f.loggedById) ?? null })),
      });
    },
    { isolationLevel: "RepeatableRead", timeout: 60_000 },
  );
}

async function requireExisting(tx: Prisma.TransactionClient, filter: ExportFilter): Promise<void> {
  const missing: Record<string, string> = {};
  if (filter.questionId && !(await tx.question.findUnique({ where: { id: filter.questionId }, select: { id: true } }))) {
    missing.questionId = `no question has id "${filter.questionId}"`;
  }
  if (filter.forecasterId && !(await tx.forecaster.findUnique({ where: { id: filter.forecasterId }, select: { id: true } }))) {
    missing.forecasterId = `no forecaster has id "${filter.forecasterId}"`;
  }
  if (filter.sourceId && !(await tx.source.findUnique({ where: { id: filter.sourceId }, select: { id: true } }))) {
    missing.sourceId = `no source has id "${filter.sourceId}"`;
  }
  if (Object.keys(missing).length > 0) {
    throw new AppError(AppErrorCode.NOT_FOUND, "Nothing to export: an id in the filter does not exist.", missing);
  }
}

type OutcomeWithPeople = Prisma.OutcomeGetPayload<{ include: { setBy: { select: { email: true } }; replacedBy: { select: { email: true } } } }>;

function outcomeRecord(o: OutcomeWithPeople): ExportedOutcome {
  return {
    value: o.value,
    resolvedAt: formatIsoDate(o.resolvedAt),
    evidenceUrl: o.evidenceUrl,
    note: o.note,
    setBy: o.setBy.email,
    setAt: o.setAt.toISOString(),
    replacedAt: o.replacedAt?.toISOString() ?? null,
    replacedBy: o.replacedBy?.email ?? null,
    replaceReason: o.replaceReason,
  };
}

function current(outcomes: OutcomeWithPeople[]): ExportedOutcome | null {
  const live = outcomes.find((o) => o.replacedAt === null);
  return live ? { value: live.value, resolvedAt: formatIsoDate(live.resolvedAt), evidenceUrl: live.evidenceUrl, note: live.note } : null;
}

async function emailsOf(tx: Prisma.TransactionClient, userIds: string[]): Promise<Map<string, string>> {
  const users = await tx.user.findMany({ where: { id: { in: [...new Set(userIds)] } }, select: { id: true, email: true } });
  return new Map(users.map((u) => [u.id, u.email]));
}
