import { z } from "zod";
import type { Db } from "../db/client.server";
import { queryRows } from "../db/query-rows.server";
import { Prisma } from "../generated/prisma/client";

const topicRow = z.object({ tag: z.string(), total: z.number().int(), open: z.number().int(), resolved: z.number().int() });
export type TopicCount = z.infer<typeof topicRow>;

/** Every topic tag with how many questions carry it, open and resolved, for /topics. */
export async function listTopics(options: { db: Db }): Promise<TopicCount[]> {
  const sql = Prisma.sql`
    SELECT tag, count(*)::int AS total,
           count(*) FILTER (WHERE q.status = 'OPEN')::int AS open,
           count(*) FILTER (WHERE q.status = 'RESOLVED')::int AS resolved
    FROM "Question" q, unnest(q.tags) AS tag
    WHERE q."archivedAt" IS NULL
    GROUP BY tag ORDER BY tag`;
  return queryRows({ db: options.db, sql, row: topicRow, query: "topics" });
}
