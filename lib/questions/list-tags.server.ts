import { cachedRead } from "../cache/cached-read.server";
import type { Db } from "../db/client.server";

/** Every topic tag questions use, for the filters of the question browser and the leaderboard. */
export async function listTags(options: { db: Db }): Promise<string[]> {
  return cachedRead({
    db: options.db,
    key: "tags",
    load: async () => {
      const rows = await options.db.$queryRaw<
        Array<{ tag: string }>
      >`SELECT DISTINCT unnest(tags) AS tag FROM "Question" WHERE "archivedAt" IS NULL ORDER BY 1`;
      return rows.map((r) => r.tag);
    },
  });
}
