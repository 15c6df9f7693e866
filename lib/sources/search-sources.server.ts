import type { Db } from "../db/client.server";
import { formatIsoDate } from "../dates";
import { escapeLike } from "../text/escape-like";

/** Sources whose title, outlet or URL contains what was typed, newest first. */
export async function searchSources(options: { db: Db; q: string; limit?: number }) {
  const q = options.q.trim();
  if (!q) return [];
  const pattern = escapeLike(q);
  const rows = await options.db.source.findMany({
    where: {
      OR: [
        { title: { contains: pattern, mode: "insensitive" } },
        { outlet: { contains: pattern, mode: "insensitive" } },
        { url: { contains: pattern, mode: "insensitive" } },
      ],
    },
    select: { id: true, outlet: true, title: true, url: true, publishedAt: true },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: options.limit ?? 10,
  });
  return rows.map((s) => ({ ...s, publishedAt: formatIsoDate(s.publishedAt) }));
}
