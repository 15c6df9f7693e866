// Archiving a question takes it out of lists, the home page, topics and scoring; restoring
// brings all of it back; deleting is for questions without forecasts. Each leaves an audit event.
import { beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "../auth/require-role";
import { createForecast } from "../forecasts/create-forecast.server";
import { leaderboardQuery } from "../forecasters/leaderboard-query";
import { rankForecasters } from "../forecasters/rank-forecasters.server";
import { setOutcome } from "../outcomes/set-outcome.server";
import { getOverview } from "../overview/get-overview.server";
import { expectDerivedAsIfRescored } from "../test/derived-rows";
import { snapshotTables } from "../test/snapshot-tables";
import { useTestDatabase } from "../test/test-database";
import { createActor } from "../test/users";
import { archiveQuestion } from "./archive-question.server";
import { browseQuery } from "./browse-query";
import { createQuestion } from "./create-question.server";
import { deleteQuestion } from "./delete-question.server";
import { listQuestions } from "./list-questions.server";
import { listTopicQuestions } from "./list-topic-questions.server";
import { listTopics } from "./list-topics.server";

const t = useTestDatabase();
let analyst: Actor;
let editor: Actor;
const NOW = new Date("2026-05-01T12:00:00Z");
beforeAll(async () => {
  analyst = await createActor(t.db, "ANALYST");
  editor = await createActor(t.db, "EDITOR");
});

async function question(title: string, tag: string) {
  return createQuestion({ db: t.db, actor: analyst, input: { title, criteria: "YES if so.", deadline: "2026-06-01", tags: [tag] } });
}

async function forecast(questionId: string, name: string, quote: string, probability: number) {
  return createForecast({
    db: t.db,
    actor: analyst,
    input: {
      questionId,
      forecaster: { name },
      source: { outlet: "Desk", title: quote, publishedAt: "2026-03-01" },
      quote,
      probability,
      probabilitySource: "STATED",
    },
    now: NOW,
  });
}

async function visible(id: string, tag: string) {
  const [list, topic, topics, overview] = await Promise.all([
    listQuestions({ db: t.db, query: browseQuery.parse({ limit: 100 }), now: NOW }),
    listTopicQuestions({ db: t.db, tag }),
    listTopics({ db: t.db }),
    getOverview({ db: t.db, now: NOW, limit: 100 }),
  ]);
  return {
    list: list.items.some((q) => q.id === id),
    topic: [...topic.open, ...topic.resolved].some((q) => q.id === id),
    topics: topics.some((x) => x.tag === tag),
    home: overview.dueSoon.some((q) => q.id === id) || overview.latestOutcomes.some((o) => o.question.id === id),
  };
}

describe("archiving a question", () => {
  test("hides it from lists, topics, the home page and scoring; restoring brings everything back; both audited", async () => {
    const kept = await question("Will the kept thing happen?", "kept-topic");
    const stray = await question("Will the test question happen?", "stray-topic");
    await forecast(kept.id, "Archivist", "the kept thing: 70 percent", 0.7);
    await forecast(stray.id, "Archivist", "the test thing: 10 percent", 0.1);
    await setOutcome({ db: t.db, actor: editor, questionId: kept.id, input: { value: "YES", resolvedAt: "2026-04-01", note: "Done." } });
    expect(await visible(stray.id, "stray-topic")).toEqual({ list: true, topic: true, topics: true, home: true });
    await setOutcome({ db: t.db, actor: editor, questionId: stray.id, input: { value: "YES", resolvedAt: "2026-04-02", note: "Done." } });
    const archivist = await t.db.forecaster.findFirstOrThrow({ where: { name: "Archivist" } });
    expect(await t.db.forecasterTotals.findUniqueOrThrow({ where: { forecasterId: archivist.id } })).toMatchObject({ n: 2 });

    const archived = await archiveQuestion({ db: t.db, actor: editor, questionId: stray.id });
    expect(archived).toMatchObject({ archivedById: editor.id, archivedAt: expect.any(Date) });
    expect(await visible(stray.id, "stray-topic")).toEqual({ list: false, topic: false, topics: false, home: false });
    expect(await visible(kept.id, "kept-topic")).toMatchObject({ list: true, topic: true });
    expect(await t.db.score.count({ where: { questionId: stray.id } })).toBe(0);
    expect(await t.db.forecasterTotals.findUniqueOrThrow({ where: { forecasterId: archivist.id } })).toMatchObject({
      n: 1,
      sumBrier: expect.closeTo(0.09, 12),
    });
    const board = await rankForecasters({ db: t.db, query: leaderboardQuery.parse({}), minResolved: 1 });
    expect(board.items.find((f) => f.id === archivist.id)?.stats.resolved).toBe(1);
    // Forecasts, outcome and the question itself stay.
    expect(await t.db.forecast.count({ where: { questionId: stray.id } })).toBe(1);
    await expectDerivedAsIfRescored(t.db, expect);
    expect(await t.db.score.count({ where: { questionId: stray.id } })).toBe(0);

    await archiveQuestion({ db: t.db, actor: editor, questionId: stray.id, restore: true });
    expect(await visible(stray.id, "stray-topic")).toEqual({ list: true, topic: true, topics: true, home: true });
    expect(await t.db.forecasterTotals.findUniqueOrThrow({ where: { forecasterId: archivist.id } })).toMatchObject({ n: 2 });
    await expectDerivedAsIfRescored(t.db, expect);

    const events = await t.db.auditEvent.findMany({
      where: { entityId: stray.id, action: { in: ["question.archive", "question.restore"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["question.archive", editor.id],
      ["question.restore", editor.id],
    ]);
    expect(events[0].after).toMatchObject({ archivedById: editor.id });
    expect(events[1].after).toMatchObject({ archivedAt: null });
  });

  test("an archived question takes no new forecasts, and archiving it again changes nothing", async () => {
    const q = await question("Will the archived one take forecasts?", "closed-topic");
    await archiveQuestion({ db: t.db, actor: editor, questionId: q.id });
    const before = await snapshotTables(t.db);
    await expect(forecast(q.id, "Latecomer", "it will: 50 percent", 0.5)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { questionId: "is archived: restore it before adding forecasts to it" },
    });
    await archiveQuestion({ db: t.db, actor: editor, questionId: q.id });
    expect(await snapshotTables(t.db)).toEqual(before);
  });

  test("analysts may not archive; unknown questions are not found", async () => {
    const q = await question("Will an analyst archive this?", "guarded-topic");
    await expect(archiveQuestion({ db: t.db, actor: analyst, questionId: q.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(archiveQuestion({ db: t.db, actor: editor, questionId: "no-such-question" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("deleting a question", () => {
  test("works only while it has no forecasts, and the audit trail keeps a copy", async () => {
    const full = await question("Will the full question go?", "delete-topic");
    await forecast(full.id, "Keeper", "it stays: 20 percent", 0.2);
    const before = await snapshotTables(t.db);
    await expect(deleteQuestion({ db: t.db, actor: editor, questionId: full.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This question holds 1 forecast: archive it instead.",
    });
    expect(await snapshotTables(t.db)).toEqual(before);

    const empty = await question("Will the empty question go?", "delete-topic");
    await deleteQuestion({ db: t.db, actor: editor, questionId: empty.id });
    expect(await t.db.question.findUnique({ where: { id: empty.id } })).toBeNull();
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: empty.id, action: "question.delete" } });
    expect(event).toMatchObject({ actorId: editor.id, before: { title: "Will the empty question go?" } });
  });
});
