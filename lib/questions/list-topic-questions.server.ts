import type { Db } from "../db/client.server";

const TAKE = 100;
const summary = {
  id: true,
  title: true,
  deadline: true,
  forecastCount: true,
  outcomes: { where: { replacedAt: null }, select: { value: true, resolvedAt: true } },
} as const;

/** One topic's open questions (due soonest first) and resolved ones (latest first). */
export async function listTopicQuestions(options: { db: Db; tag: string }) {
  const { db, tag } = options;
  const [open, resolved] = await Promise.all([
    db.question.findMany({
      where: { tags: { has: tag }, status: "OPEN", archivedAt: null },
      orderBy: [{ deadline: "asc" }, { id: "asc" }],
      take: TAKE,
      select: summary,
    }),
    db.question.findMany({
      where: { tags: { has: tag }, status: "RESOLVED", archivedAt: null },
      orderBy: [{ deadline: "desc" }, { id: "asc" }],
      take: TAKE,
      select: summary,
    }),
  ]);
  return { open, resolved };
}
