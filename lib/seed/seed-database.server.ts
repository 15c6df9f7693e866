// Seeds the database with the shipped dataset (prisma/seed/north-korea-russia.ts).
import type { Db } from "../db/client.server";
import { northKoreaRussiaSeed } from "../../prisma/seed/north-korea-russia";
import { applySeed, SEED_ACTION, type SeedResult } from "./apply-seed.server";
import { loadSeedFile } from "./load-seed-file.server";

export async function seedDatabase(options: { db: Db }): Promise<SeedResult> {
  return applySeed({ db: options.db, input: await loadSeedFile(northKoreaRussiaSeed) });
}

/** True once a seed has written anything here: the embedded default seeds only the first time. */
export async function hasBeenSeeded(options: { db: Db }): Promise<boolean> {
  return (await options.db.auditEvent.count({ where: { action: SEED_ACTION } })) > 0;
}
