import type { Db } from "../db/client.server";
import { escapeLike } from "../text/escape-like";

/** Forecasters whose name (or a name merged into theirs) contains the words typed, names that start with them first. */
export async function searchForecasters(options: { db: Db; q: string; limit?: number }) {
  const q = options.q.trim();
  if (!q) return [];
  const rows = await options.db.forecaster.findMany({
    where: {
      OR: [{ name: { contains: escapeLike(q), mode: "insensitive" } }, { aliases: { some: { name: { contains: escapeLike(q), mode: "insensitive" } } } }],
    },
    select: { id: true, slug: true, name: true, kind: true, affiliation: true },
    orderBy: { name: "asc" },
    take: 50,
  });
  const starts = (name: string) => (name.toLowerCase().startsWith(q.toLowerCase()) ? 0 : 1);
  return rows.sort((a, b) => starts(a.name) - starts(b.name)).slice(0, options.limit ?? 10);
}
