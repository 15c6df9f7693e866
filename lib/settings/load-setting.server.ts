// Values the app makes for itself once and keeps in the database, so that every process
// (app, admin command line) and every restart agrees on them without any configuration.
import type { Db } from "../db/client.server";

export async function loadOrCreateSetting(db: Db, key: string, make: () => string): Promise<string> {
  // Two processes starting at once: the first insert wins and both read the same value.
  await db.setting.createMany({ data: [{ key, value: make() }], skipDuplicates: true });
  return (await db.setting.findUniqueOrThrow({ where: { key } })).value;
}
