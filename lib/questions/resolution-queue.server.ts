import type { Db } from "../db/client.server";
import { addDays, todayUtc } from "../dates";
import { DUE_SOON_DAYS } from "./browse-query";

/** Open questions past their deadline or due within 30 days, oldest deadline first, for editors. */
export async function resolutionQueue(options: { db: Db; now?: Date; take?: number; skip?: number }) {
  const horizon = addDays(todayUtc(options.now), DUE_SOON_DAYS);
  const where = { status: "OPEN" as const, archivedAt: null, deadline: { lte: horizon } };
  const [items, total] = await Promise.all([
    options.db.question.findMany({
      where,
      orderBy: [{ deadline: "asc" }, { id: "asc" }],
      take: options.take ?? 50,
      skip: options.skip ?? 0,
      select: { id: true, title: true, deadline: true, forecastCount: true, tags: true },
    }),
    options.db.question.count({ where }),
  ]);
  return { items, total };
}
