// The question browser: filters by status, forecaster, outlet, tag, words (PostgreSQL
// full-text search over questions and quotes) and deadline; sorts by deadline, newest or
// number of forecasts; keyset-paginated; each row with every forecaster's latest probability.
import type { Db } from "../db/client.server";
import { addDays, formatIsoDate, parseIsoDate, todayUtc } from "../dates";
import { Prisma } from "../generated/prisma/client";
import { decodeCursor, encodeCursor, invalidCursor } from "../pagination/cursor";
import { browseConditions as conditions } from "./browse-conditions";
import type { BrowseQuery } from "./browse-query";
import { questionState } from "./question-state";

type KeyRow = { id: string; deadline: Date; createdAt: Date; forecastCount: number };

function order(query: BrowseQuery): { sql: Prisma.Sql; after: (cursor: string) => Prisma.Sql; cursorOf: (row: KeyRow) => string } {
  switch (query.sort) {
    case "newest":
      return {
        sql: Prisma.sql`q."createdAt" DESC, q.id DESC`,
        after: (cursor) => {
          const [at, id] = decodeCursor(cursor, ["string", "string"]) as [string, string];
          const when = new Date(at);
          // Within the years PostgreSQL's timestamp holds, and any this app hands out.
          if (Number.isNaN(when.getTime()) || when.getUTCFullYear() < 1 || when.getUTCFullYear() > 9999) invalidCursor();
          return Prisma.sql`(q."createdAt", q.id) < (${when}, ${id})`;
        },
        cursorOf: (row) => encodeCursor([row.createdAt.toISOString(), row.id]),
      };
    case "forecasts":
      return {
        sql: Prisma.sql`q."forecastCount" DESC, q.id DESC`,
        after: (cursor) => {
          const [count, id] = decodeCursor(cursor, ["number", "string"]) as [number, string];
          return Prisma.sql`(q."forecastCount", q.id) < (${count}, ${id})`;
        },
        cursorOf: (row) => encodeCursor([row.forecastCount, row.id]),
      };
    default:
      return {
        sql: Prisma.sql`q.deadline ASC, q.id ASC`,
        after: (cursor) => {
          const [deadline, id] = decodeCursor(cursor, ["string", "string"]) as [string, string];
          return Prisma.sql`(q.deadline, q.id) > (${parseIsoDate(deadline) ?? invalidCursor()}, ${id})`;
        },
        cursorOf: (row) => encodeCursor([formatIsoDate(row.deadline), row.id]),
      };
  }
}

export async function listQuestions(options: { db: Db; query: BrowseQuery; now?: Date }) {
  const { db, query } = options;
  const today = todayUtc(options.now);
  const sort = order(query);
  const where = conditions(query, today);
  if (query.cursor) where.push(sort.after(query.cursor));
  const keys = await db.$queryRaw<KeyRow[]>`
    SELECT q.id, q.deadline, q."createdAt", q."forecastCount" FROM "Question" q
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY ${sort.sql}
    LIMIT ${query.limit + 1}`;
  const page = keys.slice(0, query.limit);
  const ids = page.map((k) => k.id);
  const [questions, latest] = await Promise.all([
    db.question.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        title: true,
        deadline: true,
        status: true,
        tags: true,
        forecastCount: true,
        createdAt: true,
        outcomes: { where: { replacedAt: null }, select: { value: true, resolvedAt: true } },
      },
    }),
    latestProbabilities(db, ids),
  ]);
  const byId = new Map(questions.map((q) => [q.id, q]));
  return {
    items: ids.map((id) => {
      const { outcomes, ...q } = byId.get(id)!;
      return { ...q, state: questionState(q, options.now), outcome: outcomes[0] ?? null, latest: latest.get(id) ?? [] };
    }),
    nextCursor: keys.length > query.limit ? sort.cursorOf(page.at(-1)!) : null,
  };
}

export type QuestionListItem = Awaited<ReturnType<typeof listQuestions>>["items"][number];

type Latest = { forecaster: { slug: string; name: string }; probability: number; madeAt: Date };

/** Per question, each forecaster's latest forecast (latest made; of a day, latest logged). */
async function latestProbabilities(db: Db, questionIds: string[]): Promise<Map<string, Latest[]>> {
  if (questionIds.length === 0) return new Map();
  const rows = await db.$queryRaw<Array<{ questionId: string; slug: string; name: string; probability: number; madeAt: Date }>>`
    SELECT DISTINCT ON (f."questionId", f."forecasterId") f."questionId", fc.slug, fc.name, f.probability, f."madeAt"
    FROM "Forecast" f JOIN "Forecaster" fc ON fc.id = f."forecasterId"
    WHERE f."questionId" = ANY(${questionIds}::text[])
    ORDER BY f."questionId", f."forecasterId", f."madeAt" DESC, f."loggedAt" DESC`;
  const byQuestion = new Map<string, Latest[]>();
  for (const r of rows) {
    const list = byQuestion.get(r.questionId) ?? [];
    list.push({ forecaster: { slug: r.slug, name: r.name }, probability: r.probability, madeAt: r.madeAt });
    byQuestion.set(r.questionId, list);
  }
  for (const list of byQuestion.values()) list.sort((a, b) => a.forecaster.name.localeCompare(b.forecaster.name));
  return byQuestion;
}

/** The outlets that sources come from, for the browser's filter. */
export async function listOutlets(options: { db: Db }): Promise<string[]> {
  const rows = await options.db.source.findMany({ distinct: ["outlet"], select: { outlet: true }, orderBy: { outlet: "asc" } });
  return rows.map((r) => r.outlet);
}
