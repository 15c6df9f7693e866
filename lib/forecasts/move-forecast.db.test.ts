// Moving a forecast to another question, forecaster or source: the same rules as logging it,
// both questions rescored in the same transaction, and an audit event.
import { beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "../auth/require-role";
import { setOutcome } from "../outcomes/set-outcome.server";
import { createQuestion } from "../questions/create-question.server";
import { expectDerivedAsIfRescored } from "../test/derived-rows";
import { snapshotTables } from "../test/snapshot-tables";
import { useTestDatabase } from "../test/test-database";
import { createActor } from "../test/users";
import { createForecast } from "./create-forecast.server";
import { updateForecast } from "./update-forecast.server";

const t = useTestDatabase();
let analyst: Actor;
let editor: Actor;
beforeAll(async () => {
  analyst = await createActor(t.db, "ANALYST");
  editor = await createActor(t.db, "EDITOR");
});

async function question(title: string, deadline: string, outcome?: "YES" | "NO") {
  const q = await createQuestion({ db: t.db, actor: analyst, input: { title, criteria: `YES if ${title}`, deadline } });
  if (outcome) await setOutcome({ db: t.db, actor: editor, questionId: q.id, input: { value: outcome, resolvedAt: deadline, note: "Known." } });
  return q.id;
}

async function forecast(questionId: string, name: string, quote: string, probability: number, publishedAt = "2026-01-05") {
  return createForecast({
    db: t.db,
    actor: analyst,
    input: {
      questionId,
      forecaster: { name },
      source: { outlet: "Desk", title: `Report ${publishedAt}`, publishedAt },
      quote,
      probability,
      probabilitySource: "STATED",
    },
  });
}

describe("moving a forecast", () => {
  test("to another question rescores both, as a rescore from scratch would, and is audited as a move", async () => {
    const wrong = await question("Will it snow in Seoul?", "2026-03-01", "YES");
    const right = await question("Will it snow in Busan?", "2026-03-01", "NO");
    const moved = await forecast(wrong, "Snow Desk", "snow is 80 percent likely", 0.8);
    await forecast(wrong, "Rain Desk", "snow is 30 percent likely", 0.3);
    await forecast(right, "Rain Desk", "snow in Busan is 10 percent likely", 0.1);
    expect(await t.db.score.count({ where: { questionId: wrong } })).toBe(2);

    const after = await updateForecast({ db: t.db, actor: analyst, forecastId: moved.id, input: { questionId: right } });
    expect(after.questionId).toBe(right);
    const scores = await t.db.score.findMany({ where: { questionId: { in: [wrong, right] } }, select: { questionId: true, forecastId: true, brier: true } });
    expect(scores.filter((s) => s.questionId === wrong)).toHaveLength(1);
    expect(scores.find((s) => s.forecastId === moved.id)).toMatchObject({ questionId: right, brier: expect.closeTo(0.64, 12) });
    const counts = await t.db.question.findMany({ where: { id: { in: [wrong, right] } }, select: { id: true, forecastCount: true } });
    expect(Object.fromEntries(counts.map((c) => [c.id, c.forecastCount]))).toEqual({ [wrong]: 1, [right]: 2 });
    await expectDerivedAsIfRescored(t.db, expect);

    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: moved.id, action: "forecast.move" } });
    expect(audit).toMatchObject({ actorId: analyst.id, before: { questionId: wrong }, after: { questionId: right } });
  });

  test("to another forecaster and source moves the score row and both forecasters' totals", async () => {
    const q = await question("Will the river flood?", "2026-04-01", "YES");
    const f = await forecast(q, "Flood Desk", "a flood is 70 percent likely", 0.7, "2026-02-01");
    const other = await forecast(q, "River Watch", "a flood: 40 percent", 0.4, "2026-02-02");
    const after = await updateForecast({
      db: t.db,
      actor: analyst,
      forecastId: f.id,
      input: { forecasterId: (await t.db.forecaster.findFirstOrThrow({ where: { name: "Snow Desk" } })).id, sourceId: other.sourceId },
    });
    expect(after).toMatchObject({ sourceId: other.sourceId });
    const floodDesk = await t.db.forecaster.findFirstOrThrow({ where: { name: "Flood Desk" } });
    expect(await t.db.score.count({ where: { forecasterId: floodDesk.id } })).toBe(0);
    expect(await t.db.forecasterTotals.findUnique({ where: { forecasterId: floodDesk.id } })).toBeNull();
    await expectDerivedAsIfRescored(t.db, expect);
  });

  test("a move the new question's deadline refuses changes nothing", async () => {
    const late = await question("Will the bridge open?", "2026-06-01");
    const early = await question("Will the bridge be started?", "2026-01-01");
    const f = await forecast(late, "Bridge Desk", "opening is 60 percent likely", 0.6, "2026-02-01");
    const before = await snapshotTables(t.db);
    await expect(updateForecast({ db: t.db, actor: analyst, forecastId: f.id, input: { questionId: early } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { madeAt: "2026-02-01 is after the question's deadline (2026-01-01)" },
    });
    await expect(updateForecast({ db: t.db, actor: analyst, forecastId: f.id, input: { questionId: "no-such-question" } })).rejects.toMatchObject({
      details: { questionId: "no question has this id" },
    });
    expect(await snapshotTables(t.db)).toEqual(before);
  });

  test("a move onto a question that already has the same quote from the same source is a conflict", async () => {
    const a = await question("Will the port reopen?", "2026-06-01");
    const b = await question("Will the port reopen by May?", "2026-06-01");
    const there = await forecast(a, "Port Desk", "reopening is 50 percent likely", 0.5, "2026-03-01");
    const twin = await forecast(b, "Port Desk", "reopening is 50 percent likely", 0.5, "2026-03-01");
    await expect(updateForecast({ db: t.db, actor: analyst, forecastId: twin.id, input: { questionId: a } })).rejects.toMatchObject({
      code: "CONFLICT",
      details: { forecastId: there.id },
    });
  });

  test("the quote must be word for word in the text of the source it moves to", async () => {
    const q = await question("Will the dam hold?", "2026-06-01");
    const f = await forecast(q, "Dam Desk", "the dam will hold, 90 percent", 0.9, "2026-03-01");
    const withText = await t.db.source.create({
      data: { outlet: "Wire", title: "Dam report", publishedAt: new Date("2026-03-01"), text: "Engineers say the dam is safe." },
    });
    await expect(updateForecast({ db: t.db, actor: analyst, forecastId: f.id, input: { sourceId: withText.id } })).rejects.toMatchObject({
      details: { quote: "is not found word for word in the source's text" },
    });
  });
});
