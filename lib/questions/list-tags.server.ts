import { cachedRead } from "../cache/cached-read.server";
import { z } from "zod";
import type { Db } from "../db/client.server";
import { queryRows } from "../db/query-rows.server";
import { Prisma } from "../generated/prisma/client";

/** Every topic tag questions use, for the filters of the question browser and the leaderboard. */
export async function listTags(options: { db: Db }): Promise<string[]> {
  return cachedRead({
    db: options.db,
    key: "tags",
    load: async () => {
      const sql = Prisma.sql`SELECT DISTINCT unnest(tags) AS tag FROM "Question" WHERE "archivedAt" IS NULL ORDER BY 1`;
      const rows = await queryRows({ db: options.db, sql, row: z.object({ tag: z.string() }), query: "tags" });
      return rows.map((r) => r.tag);
    },
  });
}
