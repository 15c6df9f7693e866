// Logging, editing and deleting forecasts against a real, seeded database.
import { beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "../auth/require-role";
import { createQuestion } from "../questions/create-question.server";
import { updateQuestion } from "../questions/update-question.server";
import { setOutcome } from "../outcomes/set-outcome.server";
import { snapshotTables } from "../test/snapshot-tables";
import { useSeededDatabase } from "../test/seeded-database";
import { createActor } from "../test/users";
import { createForecast } from "./create-forecast.server";
import { deleteForecast } from "./delete-forecast.server";
import { updateForecast } from "./update-forecast.server";

const t = useSeededDatabase();
let analyst: Actor;
let editor: Actor;
let questionId: string;
beforeAll(async () => {
  analyst = await createActor(t.db, "ANALYST");
  editor = await createActor(t.db, "EDITOR");
  const question = await createQuestion({
    db: t.db,
    actor: analyst,
    input: {
      title: "Will Kim Jong-un visit Moscow by 2026-12-31?",
      criteria: "YES if he is in Moscow on or before 2026-12-31.",
      deadline: "2026-12-31",
      tags: ["Diplomacy", "summit-2026", "diplomacy"],
    },
  });
  questionId = question.id;
});

const newSource = { outlet: "The Test Times", title: "Kim's travel plans", publishedAt: "2026-03-02", url: "https://example.org/kim-travel" };

describe("logging forecasts", () => {
  test("a question keeps its tags once each, in lower case, and records who created it", async () => {
    const q = await t.db.question.findUniqueOrThrow({ where: { id: questionId } });
    expect(q).toMatchObject({ tags: ["diplomacy", "summit-2026"], createdById: analyst.id, status: "OPEN" });
    expect(await t.db.auditEvent.count({ where: { entityId: questionId, action: "question.create" } })).toBe(1);
  });

  test("logs a forecast with a new forecaster and source, reading the phrase on the scale", async () => {
    const forecast = await createForecast({
      db: t.db,
      actor: analyst,
      input: {
        questionId,
        forecaster: { name: "Ivan Petrov", kind: "PERSON" },
        source: newSource,
        quote: "a visit is highly likely this year",
        phrase: "highly likely",
      },
    });
    expect(forecast).toMatchObject({ probability: 0.875, low: 0.8, high: 0.95, probabilitySource: "SCALE", scale: "ICD-203", loggedById: analyst.id });
    expect(forecast.madeAt.toISOString().slice(0, 10)).toBe("2026-03-02");
    const forecaster = await t.db.forecaster.findUniqueOrThrow({ where: { id: forecast.forecasterId } });
    expect(forecaster.slug).toBe("ivan-petrov");
    expect((await t.db.question.findUniqueOrThrow({ where: { id: questionId } })).forecastCount).toBe(1);
    const actions = await t.db.auditEvent.findMany({ where: { actorId: analyst.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["question.create", "forecaster.create", "source.create", "forecast.create"]);
  });

  test("finds the existing forecaster by name in any case and the source by URL; a stated number is recorded as such", async () => {
    const forecast = await createForecast({
      db: t.db,
      actor: analyst,
      input: {
        questionId,
        forecaster: { name: "ivan petrov" },
        source: { ...newSource, title: "Other title" },
        quote: "I put it at 30 percent",
        phrase: null,
        probability: 0.3,
        probabilitySource: "STATED",
        madeAt: "2026-03-01",
      },
    });
    expect(await t.db.forecaster.count({ where: { name: { equals: "Ivan Petrov", mode: "insensitive" } } })).toBe(1);
    expect(await t.db.source.count({ where: { url: newSource.url } })).toBe(1);
    expect(forecast).toMatchObject({ probability: 0.3, probabilitySource: "STATED", low: null, high: null });
  });

  test("refuses the same quote from the same source twice", async () => {
    const again = createForecast({
      db: t.db,
      actor: analyst,
      input: { questionId, forecaster: { name: "Ivan Petrov" }, source: newSource, quote: "a visit is highly likely this year", phrase: "highly likely" },
    });
    await expect(again).rejects.toMatchObject({ code: "CONFLICT", details: { quote: "is already logged" } });
  });

  test("invalid input gets a message per field and writes nothing", async () => {
    const before = await snapshotTables(t.db);
    const base = {
      questionId,
      forecaster: { name: "Someone New" },
      source: { ...newSource, url: "https://example.org/new" },
      quote: "it may happen",
      phrase: "may",
    };
    const cases: Array<[unknown, Record<string, unknown>]> = [
      [{ ...base, probability: 1.5 }, { probability: "must be a number between 0 and 1" }],
      [{ ...base, probability: "abc" }, { probability: "must be a number between 0 and 1" }],
      [{ ...base, madeAt: "2027-01-05" }, { madeAt: "2027-01-05 is after the question's deadline (2026-12-31)" }],
      [{ ...base, forecaster: undefined, forecasterId: "no-such-forecaster" }, { forecasterId: "no forecaster has this id" }],
      [{ ...base, questionId: "no-such-question" }, { questionId: "no question has this id" }],
      [{ ...base, quote: "x".repeat(2 * 1024 * 1024) }, { quote: "must be at most 5000 characters" }],
      [{ ...base, phrase: "were on" }, { phrase: '"were on" is not on the ICD-203 scale: give the probability as a number' }],
      [{ ...base, forecaster: undefined }, { forecasterId: "give either forecasterId or forecaster { name, kind }" }],
    ];
    for (const [input, details] of cases) {
      await expect(createForecast({ db: t.db, actor: analyst, input })).rejects.toMatchObject({ code: "INVALID_INPUT", details });
    }
    expect(await snapshotTables(t.db)).toEqual(before);
  });

  test("a quote must be word for word in a source whose text is stored", async () => {
    const source = await t.db.source.findFirstOrThrow({ where: { outlet: "Daily NK" } });
    const question = await t.db.question.findUniqueOrThrow({ where: { id: "q-2024-mutual-defence-treaty" } });
    const attempt = createForecast({
      db: t.db,
      actor: analyst,
      input: {
        questionId: question.id,
        forecasterId: (await t.db.forecaster.findFirstOrThrow()).id,
        sourceId: source.id,
        quote: "there is no chance of an alliance",
        phrase: "no chance",
        madeAt: "2024-06-17",
      },
    });
    await expect(attempt).rejects.toMatchObject({ details: { quote: "is not found word for word in the source's text" } });
  });

  test("readers and anonymous callers cannot log forecasts or create questions", async () => {
    const reader = await createActor(t.db, "READER");
    const input = { questionId, forecaster: { name: "Nobody" }, source: newSource, quote: "q", phrase: "may" };
    await expect(createForecast({ db: t.db, actor: reader, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createForecast({ db: t.db, actor: null, input })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(createQuestion({ db: t.db, actor: reader, input: {} })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("editing and deleting forecasts", () => {
  test("an edit keeps every rule, re-reads a changed phrase, is audited before and after, and rescores", async () => {
    const q = await createQuestion({
      db: t.db,
      actor: analyst,
      input: { title: "Will it rain in Seoul on 2026-01-10?", criteria: "YES if it rains.", deadline: "2026-01-10" },
    });
    const f = await createForecast({
      db: t.db,
      actor: analyst,
      input: {
        questionId: q.id,
        forecaster: { name: "Weather Desk", kind: "ORGANISATION" },
        source: { outlet: "Desk", title: "Forecast", publishedAt: "2026-01-05" },
        quote: "rain is unlikely",
        phrase: "unlikely",
      },
    });
    await setOutcome({ db: t.db, actor: editor, questionId: q.id, input: { value: "YES", resolvedAt: "2026-01-10", note: "It rained." } });
    expect((await t.db.score.findUniqueOrThrow({ where: { forecastId: f.id } })).brier).toBeCloseTo(0.675 ** 2, 12);

    const edited = await updateForecast({ db: t.db, actor: analyst, forecastId: f.id, input: { phrase: "likely", quote: "rain is likely" } });
    expect(edited).toMatchObject({ phrase: "likely", probability: 0.675, probabilitySource: "SCALE" });
    expect((await t.db.score.findUniqueOrThrow({ where: { forecastId: f.id } })).brier).toBeCloseTo(0.325 ** 2, 12);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: f.id, action: "forecast.update" } });
    expect(audit.before).toMatchObject({ phrase: "unlikely", probability: 0.325 });
    expect(audit.after).toMatchObject({ phrase: "likely", probability: 0.675 });

    const overridden = await updateForecast({ db: t.db, actor: analyst, forecastId: f.id, input: { probability: 0.9 } });
    expect(overridden).toMatchObject({ probability: 0.9, probabilitySource: "JUDGEMENT", low: null });
    await expect(updateForecast({ db: t.db, actor: analyst, forecastId: f.id, input: { madeAt: "2026-02-01" } })).rejects.toMatchObject({
      details: { madeAt: "2026-02-01 is after the question's deadline (2026-01-10)" },
    });
    await expect(updateQuestion({ db: t.db, actor: analyst, questionId: q.id, input: { deadline: "2026-01-01" } })).rejects.toMatchObject({
      details: { deadline: "is before a forecast on it, made 2026-01-05" },
    });

    await deleteForecast({ db: t.db, actor: analyst, forecastId: f.id });
    expect(await t.db.score.count({ where: { questionId: q.id } })).toBe(0);
    expect((await t.db.question.findUniqueOrThrow({ where: { id: q.id } })).forecastCount).toBe(0);
    const deleted = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: f.id, action: "forecast.delete" } });
    expect(deleted.before).toMatchObject({ quote: "rain is likely" });
    await expect(deleteForecast({ db: t.db, actor: analyst, forecastId: f.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
