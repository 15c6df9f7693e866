// A migration that merged duplicate rows (prisma/migrations/*_natural_keys) cannot compute
// scores in SQL; it leaves a setting instead, and the first start after it rescores here.
import type { Db } from "../db/client.server";
import { rescoreAll } from "./rescore-all.server";

export const RESCORE_NEEDED_KEY = "scores.rescore-needed";

/** Rescores everything when a migration asked for it; returns the reason it did, or null. */
export async function rescoreIfNeeded(options: { db: Db }): Promise<string | null> {
  const flag = await options.db.setting.findUnique({ where: { key: RESCORE_NEEDED_KEY } });
  if (!flag) return null;
  await rescoreAll({ db: options.db });
  await options.db.setting.deleteMany({ where: { key: RESCORE_NEEDED_KEY, value: flag.value } });
  return flag.value;
}
