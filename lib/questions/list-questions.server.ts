// The question browser: filters by status, forecaster, outlet, tag, words (PostgreSQL
// full-text search over questions and quotes) and deadline; sorts by deadline, newest or
// number of forecasts; keyset-paginated; each row with every forecaster's latest probability.
import { cachedRead } from "../cache/cached-read.server";
import { z } from "zod";
import type { Db } from "../db/client.server";
import { queryRows } from "../db/query-rows.server";
import { addDays, formatIsoDate, parseIsoDate, todayUtc } from "../dates";
import { Prisma } from "../generated/prisma/client";
import { decodeCursor, encodeCursor, invalidCursor } from "../pagination/cursor";
import { browseConditions as conditions } from "./browse-conditions";
import type { BrowseQuery } from "./browse-query";
import { questionState } from "./question-state";

const keyRow = z.object({ id: z.string(), deadline: z.date(), createdAt: z.date(), forecastCount: z.number().int() });
type KeyRow = z.infer<typeof keyRow>;

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

/** A row names this many forecasters' latest probabilities (the most recent); the rest are counted. */
export const LATEST_PER_QUESTION = 8;

export async function listQuestions(options: { db: Db; query: BrowseQuery; now?: Date }) {
  const today = todayUtc(options.now);
  const key = `questions:${today.toISOString()}:${JSON.stringify(options.query)}`;
  return cachedRead({ db: options.db, key, load: () => readQuestions({ ...options, today }) });
}

async function readQuestions(options: { db: Db; query: BrowseQuery; now?: Date; today: Date }) {
  const { db, query, today } = options;
  const sort = order(query);
  const where = conditions(query, today);
  if (query.cursor) where.push(sort.after(query.cursor));
  const sql = Prisma.sql`
    SELECT q.id, q.deadline, q."createdAt", q."forecastCount" FROM "Question" q
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY ${sort.sql}
    LIMIT ${query.limit + 1}`;
  const keys = await queryRows({ db, sql, row: keyRow, query: "question page" });
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
      const own = latest.get(id);
      return { ...q, state: questionState(q, options.now), outcome: outcomes[0] ?? null, latest: own?.items ?? [], forecasterCount: own?.forecasters ?? 0 };
    }),
    nextCursor: keys.length > query.limit ? sort.cursorOf(page.at(-1)!) : null,
  };
}

export type QuestionListItem = Awaited<ReturnType<typeof listQuestions>>["items"][number];

type Latest = { forecaster: { slug: string; name: string }; probability: number; madeAt: Date };

const latestRow = z.object({
  questionId: z.string(),
  slug: z.string(),
  name: z.string(),
  probability: z.number(),
  madeAt: z.date(),
  forecasters: z.number().int(),
});

/**
 * Per question, the latest forecast (latest made; of a day, latest logged) of its
 * LATEST_PER_QUESTION most recent forecasters, by name, and how many forecasters it has in all.
 */
async function latestProbabilities(db: Db, questionIds: string[]): Promise<Map<string, { items: Latest[]; forecasters: number }>> {
  if (questionIds.length === 0) return new Map();
  const sql = Prisma.sql`
    WITH latest AS (
      SELECT DISTINCT ON (f."questionId", f."forecasterId") f."questionId", f."forecasterId", f.probability, f."madeAt", f."loggedAt"
      FROM "Forecast" f
      WHERE f."questionId" = ANY(${questionIds}::text[])
      ORDER BY f."questionId", f."forecasterId", f."madeAt" DESC, f."loggedAt" DESC
    ), ranked AS (
      SELECT l.*, row_number() OVER (PARTITION BY l."questionId" ORDER BY l."madeAt" DESC, l."loggedAt" DESC, l."forecasterId") AS place,
             count(*) OVER (PARTITION BY l."questionId")::int AS forecasters
      FROM latest l
    )
    SELECT r."questionId", fc.slug, fc.name, r.probability, r."madeAt", r.forecasters
    FROM ranked r JOIN "Forecaster" fc ON fc.id = r."forecasterId"
    WHERE r.place <= ${LATEST_PER_QUESTION}`;
  const rows = await queryRows({ db, sql, row: latestRow, query: "latest probabilities" });
  const byQuestion = new Map<string, { items: Latest[]; forecasters: number }>();
  for (const r of rows) {
    const entry = byQuestion.get(r.questionId) ?? { items: [], forecasters: r.forecasters };
    entry.items.push({ forecaster: { slug: r.slug, name: r.name }, probability: r.probability, madeAt: r.madeAt });
    byQuestion.set(r.questionId, entry);
  }
  for (const entry of byQuestion.values()) entry.items.sort((a, b) => a.forecaster.name.localeCompare(b.forecaster.name));
  return byQuestion;
}

/** The outlets that sources come from, for the browser's filter. */
export async function listOutlets(options: { db: Db }): Promise<string[]> {
  return cachedRead({
    db: options.db,
    key: "outlets",
    load: async () => {
      const rows = await options.db.source.findMany({ distinct: ["outlet"], select: { outlet: true }, orderBy: { outlet: "asc" } });
      return rows.map((r) => r.outlet);
    },
  });
}
