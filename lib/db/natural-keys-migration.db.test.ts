// The natural-keys migration on a database that already holds the duplicates the old
// check-then-insert race made: it merges them (keeping the oldest, moving forecasts, keeping
// each deleted row in the audit trail), builds the indexes, and the next start rescores.
import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { rescoreAll } from "../scoring/rescore-all.server";
import { RESCORE_NEEDED_KEY, rescoreIfNeeded } from "../scoring/rescore-if-needed.server";
import { seedDatabase } from "../seed/seed-database.server";
import { createDb, type Db } from "./client.server";
import { MIGRATIONS_DIR, migrate } from "./migrate.server";
import { createScratchDatabase } from "./scratch-postgres.server";

const MIGRATION = "20261123184500_natural_keys";
let url: string;
let db: Db;
let drop: () => Promise<void>;
let before: string;

beforeAll(async () => {
  const database = await createScratchDatabase(inject("pgAdminUrl"));
  ({ url, drop } = database);
  before = await mkdtemp(path.join(os.tmpdir(), "hindsight-before-keys-"));
  await cp(MIGRATIONS_DIR, before, { recursive: true, filter: (from) => !from.includes(MIGRATION) });
  await migrate({ connectionString: url, dir: before });
  db = createDb(url, { max: 2 });
  await seedDatabase({ db });
});
afterAll(async () => {
  await db?.$disconnect();
  await drop?.();
  await rm(before, { recursive: true, force: true });
});

test("duplicates made by the old race are merged into the oldest row, nothing is lost, and scores are rebuilt", async () => {
  // A resolved question's scored forecast, and duplicates of what it hangs on.
  const original = await db.forecast.findFirstOrThrow({ where: { score: { isNot: null } }, include: { forecaster: true } });
  const { id: _id, loggedAt: _l, updatedAt: _u, forecaster, ...copy } = original;
  const twin = await db.forecaster.create({ data: { name: forecaster.name.toUpperCase(), slug: `${forecaster.slug}-2`, kind: forecaster.kind } });
  const sameWords = await db.forecast.create({ data: { ...copy, forecasterId: twin.id, probability: 0.01 } });
  const otherWords = await db.forecast.create({ data: { ...copy, forecasterId: twin.id, quote: `${copy.quote} Indeed.` } });
  const sources = [];
  for (const outlet of ["Quiet Weekly", "QUIET WEEKLY", "quiet weekly"]) {
    sources.push(await db.source.create({ data: { outlet, title: "No Link Here", publishedAt: original.madeAt } }));
  }
  for (const [i, s] of sources.entries()) {
    await db.forecast.create({ data: { ...copy, sourceId: s.id, quote: `Said once ${i}` } });
  }
  await db.forecast.create({ data: { ...copy, sourceId: sources[2].id, quote: "Said once 0" } }); // the same words again, once merged
  const forecastsBefore = await db.forecast.count();

  expect(await migrate({ connectionString: url })).toEqual([MIGRATION]);

  expect(await db.forecaster.findUnique({ where: { id: twin.id } })).toBeNull();
  expect(await db.forecast.findUnique({ where: { id: sameWords.id } })).toBeNull();
  expect(await db.forecast.findUniqueOrThrow({ where: { id: otherWords.id } })).toMatchObject({ forecasterId: forecaster.id });
  expect(await db.source.findMany({ where: { outlet: { equals: "quiet weekly", mode: "insensitive" } }, select: { id: true } })).toEqual([
    { id: sources[0].id },
  ]);
  expect(await db.forecast.count({ where: { sourceId: sources[0].id } })).toBe(3);
  expect(await db.forecast.count()).toBe(forecastsBefore - 2);
  const merged = await db.auditEvent.findMany({ where: { action: { endsWith: ".merge" } }, orderBy: { action: "asc" } });
  expect(merged.map((e) => e.action).sort()).toEqual(["forecast.merge", "forecast.merge", "forecaster.merge", "source.merge", "source.merge"]);
  expect(merged.find((e) => e.entityId === sameWords.id)).toMatchObject({
    before: { probability: 0.01, quote: copy.quote },
    after: { mergedInto: original.id },
  });

  // The indexes hold from now on.
  await expect(db.forecaster.create({ data: { name: forecaster.name.toLowerCase(), slug: "another-slug", kind: "PERSON" } })).rejects.toMatchObject({
    code: "P2002",
  });

  // The next start rescores once, and gives what a rescore from scratch gives.
  expect(await rescoreIfNeeded({ db })).toMatch(/duplicates merged/);
  expect(await db.setting.findUnique({ where: { key: RESCORE_NEEDED_KEY } })).toBeNull();
  const scores = () => db.score.findMany({ orderBy: [{ questionId: "asc" }, { forecasterId: "asc" }] });
  const rescored = await scores();
  expect(rescored.some((s) => s.forecasterId === twin.id)).toBe(false);
  await rescoreAll({ db });
  expect(await scores()).toEqual(rescored);
  expect(await rescoreIfNeeded({ db })).toBeNull();
});
