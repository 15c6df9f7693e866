import { z } from "zod";
import type { Db } from "../db/client.server";
import { formatIsoDate, parseIsoDate } from "../dates";
import { countForecastsBy } from "../forecasts/count-forecasts.server";
import type { Prisma } from "../generated/prisma/client";
import { decodeCursor, encodeCursor, invalidCursor } from "../pagination/cursor";

export const questionStatusFilter = z.enum(["open", "resolved", "annulled"]);
export type QuestionStatusFilter = z.infer<typeof questionStatusFilter>;

const STATUS = { open: "OPEN", resolved: "RESOLVED", annulled: "ANNULLED" } as const;

export type QuestionListItem = Awaited<ReturnType<typeof listQuestions>>["items"][number];

/**
 * Questions by deadline: open ones soonest first (what is due next), the others latest
 * first (what was settled last). Keyset-paginated on (deadline, id).
 */
export async function listQuestions(options: {
  db: Db;
  status?: QuestionStatusFilter;
  cursor?: string;
  limit?: number;
}) {
  const limit = options.limit ?? 20;
  const direction = options.status === "open" ? "asc" : "desc";
  const where: Prisma.QuestionWhereInput = options.status ? { status: STATUS[options.status] } : {};
  if (options.cursor) {
    const [deadline, id] = decodeCursor(options.cursor, ["string", "string"]) as [string, string];
    const day = parseIsoDate(deadline) ?? invalidCursor();
    const beyond = direction === "asc" ? "gt" : "lt";
    where.OR = [{ deadline: { [beyond]: day } }, { deadline: day, id: { [beyond]: id } }];
  }
  const rows = await options.db.question.findMany({
    where,
    orderBy: [{ deadline: direction }, { id: direction }],
    take: limit + 1,
    select: {
      id: true,
      title: true,
      deadline: true,
      status: true,
      tags: true,
      outcomes: { where: { replacedAt: null }, select: { value: true, resolvedAt: true } },
    },
  });
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const counts = await countForecastsBy(options.db, "questionId", items.map((q) => q.id));
  return {
    items: items.map(({ outcomes, ...q }) => ({ ...q, forecastCount: counts.get(q.id) ?? 0, outcome: outcomes[0] ?? null })),
    nextCursor: rows.length > limit && last ? encodeCursor([formatIsoDate(last.deadline), last.id]) : null,
  };
}
