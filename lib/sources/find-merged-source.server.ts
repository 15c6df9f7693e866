import type { Db } from "../db/client.server";

/** The id of the source that a merged source's old id now leads to; null if the id was never merged. */
export async function findMergedSource(options: { db: Db; id: string }): Promise<string | null> {
  const redirect = await options.db.sourceRedirect.findUnique({ where: { oldId: options.id }, select: { sourceId: true } });
  return redirect?.sourceId ?? null;
}
