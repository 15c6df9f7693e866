import type { Db } from "../db/client.server";

export type TopicCount = { tag: string; total: number; open: number; resolved: number };

/** Every topic tag with how many questions carry it, open and resolved, for /topics. */
export async function listTopics(options: { db: Db }): Promise<TopicCount[]> {
  return options.db.$queryRaw<TopicCount[]>`
    SELECT tag, count(*)::int AS total,
           count(*) FILTER (WHERE q.status = 'OPEN')::int AS open,
           count(*) FILTER (WHERE q.status = 'RESOLVED')::int AS resolved
    FROM "Question" q, unnest(q.tags) AS tag
    WHERE q."archivedAt" IS NULL
    GROUP BY tag ORDER BY tag`;
}
