// Seeding a real PostgreSQL database: complete, repeatable, and all-or-nothing.
import { beforeAll, describe, expect, test } from "vitest";
import { northKoreaRussiaSeed } from "../../prisma/seed/north-korea-russia";
import { AppError } from "../errors/app-error";
import { countRows, snapshotTables } from "../test/snapshot-tables";
import { useTestDatabase } from "../test/test-database";
import { applySeed, SEED_ACTION } from "./apply-seed.server";
import { loadSeedFile } from "./load-seed-file.server";
import type { SeedInput } from "./seed-input";

let input: SeedInput;
beforeAll(async () => {
  input = await loadSeedFile(northKoreaRussiaSeed);
});

describe("applySeed on a freshly migrated database", () => {
  const t = useTestDatabase();

  test("stores every forecast with its forecaster, source, question and outcomes", async () => {
    const result = await applySeed({ db: t.db, input });
    expect(result).toEqual({
      forecasters: input.forecasters.length,
      sources: 5,
      questions: input.questions.length,
      outcomes: input.questions.filter((q) => q.outcome).length,
      forecasts: input.forecasts.length,
    });

    const alliance = await t.db.forecast.findFirstOrThrow({
      where: { forecaster: { slug: "daily-nk-columnist-unnamed" }, questionId: "q-2024-mutual-defence-treaty" },
      include: { source: true, question: { include: { outcomes: true } } },
    });
    expect(alliance).toMatchObject({ phrase: "little chance", probability: 0.125, low: 0.05, high: 0.2 });
    expect(alliance.source.text).toContain(alliance.quote);
    expect(alliance.source.outlet).toBe("Daily NK");
    expect(alliance.question.status).toBe("RESOLVED");
    expect(alliance.question.outcomes).toMatchObject([{ value: "YES", replacedAt: null }]);
    expect(alliance.madeAt.toISOString().slice(0, 10)).toBe("2024-06-17");

    const annulled = await t.db.question.findUniqueOrThrow({ where: { id: "q-2024-summit-needs-china-approval" } });
    expect(annulled.status).toBe("ANNULLED");
    expect(await t.db.question.count({ where: { status: "OPEN" } })).toBe(input.questions.filter((q) => !q.outcome).length);
    expect(await t.db.auditEvent.count({ where: { action: SEED_ACTION } })).toBe(1);
  });

  test("seeding again changes nothing, not even a timestamp", async () => {
    const before = await snapshotTables(t.db);
    const result = await applySeed({ db: t.db, input });
    expect(result).toEqual({ forecasters: 0, sources: 0, questions: 0, outcomes: 0, forecasts: 0 });
    expect(await snapshotTables(t.db)).toEqual(before);
  });

  test("never overwrites an editor's work: an undone outcome stays undone", async () => {
    const outcome = await t.db.outcome.findFirstOrThrow({ where: { questionId: "q-2023-summit-held" } });
    await t.db.outcome.update({ where: { id: outcome.id }, data: { replacedAt: new Date(), replaceReason: "test" } });
    await t.db.question.update({ where: { id: "q-2023-summit-held" }, data: { status: "OPEN" } });
    await applySeed({ db: t.db, input });
    expect(await t.db.outcome.count({ where: { questionId: "q-2023-summit-held", replacedAt: null } })).toBe(0);
    expect((await t.db.question.findUniqueOrThrow({ where: { id: "q-2023-summit-held" } })).status).toBe("OPEN");
  });
});

/** Every table countRows reads, empty: what a refused or rolled-back seed leaves. */
const NOTHING_WRITTEN = {
  User: 0,
  Forecaster: 0,
  ForecasterAlias: 0,
  Source: 0,
  SourceRedirect: 0,
  Question: 0,
  Forecast: 0,
  Outcome: 0,
  Score: 0,
  ForecasterTotals: 0,
  AuditEvent: 0,
};

describe("applySeed with bad input", () => {
  const t = useTestDatabase();

  test("refuses an unknown question id or a probability of 1.5 and writes nothing", async () => {
    const unknownQuestion = structuredClone(input);
    unknownQuestion.forecasts[3].question = "q-does-not-exist";
    const outOfRange = structuredClone(input);
    outOfRange.forecasts[5] = { ...outOfRange.forecasts[5], probabilitySource: "JUDGEMENT", probability: 1.5 };

    await expect(applySeed({ db: t.db, input: unknownQuestion })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { "forecasts.3.question": 'unknown question "q-does-not-exist"' },
    });
    await expect(applySeed({ db: t.db, input: outOfRange })).rejects.toBeInstanceOf(AppError);
    expect(await countRows(t.db)).toEqual(NOTHING_WRITTEN);
  });

  test("a failure half-way through the writes rolls back everything before it", async () => {
    // Valid data, but the database refuses the forecasts: the forecasters, sources and
    // questions written before them in the same transaction must not survive.
    await t.db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_forecasts() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN RAISE EXCEPTION 'forecasts refused for this test'; END $$`);
    await t.db.$executeRawUnsafe(`CREATE TRIGGER refuse BEFORE INSERT ON "Forecast" FOR EACH ROW EXECUTE FUNCTION refuse_forecasts()`);
    try {
      await expect(applySeed({ db: t.db, input })).rejects.toThrow(/forecasts refused/);
      expect(await countRows(t.db)).toEqual(NOTHING_WRITTEN);
    } finally {
      await t.db.$executeRawUnsafe(`DROP TRIGGER refuse ON "Forecast"`);
    }
  });
});
