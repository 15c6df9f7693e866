import type { Db } from "../db/client.server";

/** The slug of the forecaster that a merged forecaster's old slug now leads to; null if the slug was never merged. */
export async function findMergedSlug(options: { db: Db; slug: string }): Promise<string | null> {
  const alias = await options.db.forecasterAlias.findUnique({ where: { slug: options.slug }, select: { forecaster: { select: { slug: true } } } });
  return alias?.forecaster.slug ?? null;
}
