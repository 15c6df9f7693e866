// Scores computed from a real PostgreSQL database: right after every outcome change, and the
// same whether summed in SQL or computed in memory from the definitions.
import { beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "../auth/require-role";
import { getForecasterScores } from "../forecasters/get-forecaster-scores.server";
import type { LeaderboardQuery } from "../forecasters/leaderboard-query";
import { rankForecasters } from "../forecasters/rank-forecasters.server";
import { setOutcome } from "../outcomes/set-outcome.server";
import { undoOutcome } from "../outcomes/undo-outcome.server";
import { snapshotTables } from "../test/snapshot-tables";
import { alignNumbers } from "../test/same-numbers";
import { useSeededDatabase } from "../test/seeded-database";
import { createActor } from "../test/users";
import { summariseRows } from "./forecaster-stats";
import { refreshQuestions } from "./refresh-questions.server";
import { scoreQuestion } from "./score-question";

const t = useSeededDatabase();
let editor: Actor;
beforeAll(async () => {
  editor = await createActor(t.db, "EDITOR");
});

const query = (overrides: Partial<LeaderboardQuery> = {}): LeaderboardQuery => ({ sort: "brier", page: 1, ...overrides });
async function leaderboard(overrides: Partial<LeaderboardQuery> = {}) {
  const { items } = await rankForecasters({ db: t.db, query: query(overrides), minResolved: 1, pageSize: 100 });
  return Object.fromEntries(items.map((i) => [i.slug, i.stats]));
}
const slugId = async (slug: string) => (await t.db.forecaster.findUniqueOrThrow({ where: { slug } })).id;

describe("scores of the seed data", () => {
  test("the Daily NK columnist's 'little chance' and Jeh Sung-hoon's 'seems low' count against them; Wi Sung-lac's 'secret deal' for him", async () => {
    const scoreOf = (slug: string, questionId: string) => t.db.score.findFirstOrThrow({ where: { questionId, forecaster: { slug } } });
    expect((await scoreOf("daily-nk-columnist-unnamed", "q-2024-mutual-defence-treaty")).brier).toBeCloseTo(0.765625, 12);
    expect((await scoreOf("jeh-sung-hoon", "q-2023-arms-transfer")).brier).toBeCloseTo(0.455625, 12);
    expect((await scoreOf("wi-sung-lac", "q-2023-arms-deal-kept-secret")).brier).toBeCloseTo(0.015625, 12);

    const board = await leaderboard();
    expect(board["wi-sung-lac"]).toMatchObject({ resolved: 2 });
    expect(board["wi-sung-lac"].brier).toBeCloseTo((0.015625 + 0.105625) / 2, 12);
    expect(board["jeh-sung-hoon"].brier).toBeCloseTo(0.455625, 12);
    expect(board["jeh-sung-hoon"].skill!).toBeLessThan(0);
    // Questions no listed event settles, and the annulled one, score no one.
    expect(board["institute-for-national-security-strategy"]).toBeUndefined();
    expect(await t.db.score.count({ where: { questionId: "q-2024-summit-needs-china-approval" } })).toBe(0);
  });

  test("SQL totals give exactly what the definitions give in memory, for every forecaster", async () => {
    const questions = await t.db.question.findMany({
      include: { forecasts: true, outcomes: { where: { replacedAt: null } } },
    });
    const rows = questions.flatMap((q) => scoreQuestion({ forecasts: q.forecasts, outcome: q.outcomes[0] ?? null }));
    const board = await leaderboard();
    const slugs = new Map((await t.db.forecaster.findMany()).map((f) => [f.id, f.slug]));
    const byForecaster = new Map<string, typeof rows>();
    for (const row of rows) {
      const slug = slugs.get(row.forecasterId)!;
      byForecaster.set(slug, [...(byForecaster.get(slug) ?? []), row]);
    }
    expect(Object.keys(board).sort()).toEqual([...byForecaster.keys()].sort());
    for (const [slug, own] of byForecaster) {
      const expected = summariseRows(own).stats;
      const actual = board[slug];
      expect(actual.resolved).toBe(expected.resolved);
      for (const key of ["brier", "logScore", "skill", "relativeBrier"] as const) {
        if (expected[key] === null) expect(actual[key]).toBeNull();
        else expect(actual[key]!).toBeCloseTo(expected[key]!, 12);
      }
      expect(actual.brierRangeUnderScale![0]).toBeCloseTo(expected.brierRangeUnderScale![0], 12);
      expect(actual.brierRangeUnderScale![1]).toBeCloseTo(expected.brierRangeUnderScale![1], 12);
      if (expected.brierInterval) expect(actual.brierInterval![1]).toBeCloseTo(expected.brierInterval[1], 9);
      else expect(actual.brierInterval).toBeNull();
    }
  });

  test("the leaderboard ranks, filters by tag and date, and keeps forecasters below the minimum apart", async () => {
    const { items } = await rankForecasters({ db: t.db, query: query(), minResolved: 2, pageSize: 100 });
    const ranked = items.filter((i) => i.rank !== null);
    expect(ranked.map((i) => i.rank)).toEqual(ranked.map((_, i) => i + 1));
    expect(ranked.every((i) => i.stats.resolved >= 2)).toBe(true);
    expect(items.slice(ranked.length).every((i) => i.rank === null && i.stats.resolved < 2)).toBe(true);
    const briers = ranked.map((i) => i.stats.brier!);
    expect(briers).toEqual([...briers].sort((a, b) => a - b));

    const byLog = (await rankForecasters({ db: t.db, query: query({ sort: "log" }), minResolved: 1 })).items.map((i) => i.stats.logScore!);
    expect(byLog).toEqual([...byLog].sort((a, b) => b - a));
    const byCount = (await rankForecasters({ db: t.db, query: query({ sort: "resolved" }), minResolved: 1 })).items.map((i) => i.stats.resolved);
    expect(byCount).toEqual([...byCount].sort((a, b) => b - a));

    const arms = await leaderboard({ tag: "arms" });
    expect(Object.keys(arms).sort()).toEqual(["hankyoreh", "jeh-sung-hoon", "kim-dong-yub", "new-york-times", "wi-sung-lac"]);
    const in2024 = await leaderboard({ from: "2024-01-01", to: "2024-12-31" });
    expect(Object.keys(in2024).sort()).toEqual(["asia-business-daily", "daily-nk-columnist-unnamed"]);
  });

  test("a forecaster's page numbers: calibration bins, Murphy terms, the range under the scale", async () => {
    const scores = await getForecasterScores({ db: t.db, forecasterId: await slugId("daily-nk-columnist-unnamed") });
    expect(scores.stats.resolved).toBe(2);
    // 12.5% on the treaty (YES) and 50% on the 25 June visit (NO).
    expect(scores.stats.brier).toBeCloseTo((0.765625 + 0.25) / 2, 12);
    expect(scores.calibration.map((b) => b.n)).toEqual([0, 1, 0, 0, 0, 1, 0, 0, 0, 0]);
    expect(scores.calibration[1]).toMatchObject({ meanForecast: 0.125, observed: 1 });
    expect(scores.stats.uncertainty).toBeCloseTo(0.25, 12);
    expect(scores.stats.brierRangeUnderScale![0]).toBeCloseTo(((1 - 0.2) ** 2 + 0.45 ** 2) / 2, 12);
    expect(scores.stats.brierRangeUnderScale![1]).toBeCloseTo(((1 - 0.05) ** 2 + 0.55 ** 2) / 2, 12);
    // The treaty (known first) before the 25 June visit.
    expect(scores.timeline.map((p) => [p.brier, p.n])).toEqual([
      [0.765625, 1],
      [0.25, 1],
    ]);
  });
});

describe("scores follow every outcome change", () => {
  const questionId = "q-2023-food-energy-on-agenda"; // open in the seed; five forecasters
  const on = { resolvedAt: "2023-09-14", note: "Test evidence." };

  test("set an outcome, the leaderboard changes; change it, it changes; change it back, it is as before; undo it, the question drops out", async () => {
    const before = await leaderboard();
    expect(before["south-korean-government-official-unnamed"].resolved).toBe(1);

    await setOutcome({ db: t.db, actor: editor, questionId, input: { value: "YES", ...on } });
    const yes = await leaderboard();
    expect(yes["south-korean-government-official-unnamed"].resolved).toBe(2);
    expect(yes["experts-cited-by-the-hankyoreh-unnamed"]).toMatchObject({ resolved: 1, brier: 0.25 });
    expect(yes["jeh-sung-hoon"].brier).toBeCloseTo((0.455625 + 0.105625) / 2, 12);

    await setOutcome({ db: t.db, actor: editor, questionId, input: { value: "NO", ...on, reason: "Misread the readout." } });
    const no = await leaderboard();
    expect(no["jeh-sung-hoon"].brier).toBeCloseTo((0.455625 + 0.675 ** 2) / 2, 12);
    expect(no["dong-a-ilbo"].brier).not.toBeCloseTo(yes["dong-a-ilbo"].brier!, 6);

    await setOutcome({ db: t.db, actor: editor, questionId, input: { value: "YES", ...on, reason: "The first reading was right." } });
    expect(alignNumbers(await leaderboard(), yes)).toEqual(yes);

    await undoOutcome({ db: t.db, actor: editor, questionId, input: { reason: "Not settled by any listed event." } });
    expect(alignNumbers(await leaderboard(), before)).toEqual(before);
    expect(await t.db.score.count({ where: { questionId } })).toBe(0);
    const history = await t.db.outcome.findMany({ where: { questionId }, orderBy: { setAt: "asc" } });
    expect(history.map((o) => [o.value, o.replaceReason])).toEqual([
      ["YES", "Misread the readout."],
      ["NO", "The first reading was right."],
      ["YES", "Not settled by any listed event."],
    ]);
    expect((await t.db.question.findUniqueOrThrow({ where: { id: questionId } })).status).toBe("OPEN");
    expect(await t.db.auditEvent.count({ where: { entityId: questionId, action: { startsWith: "outcome." } } })).toBe(4);
  });

  test("annulling a resolved question takes it out of every score", async () => {
    const id = "q-2023-summit-on-12-september";
    expect(await t.db.score.count({ where: { questionId: id } })).toBe(1);
    await setOutcome({
      db: t.db,
      actor: editor,
      questionId: id,
      input: { value: "ANNULLED", resolvedAt: "2023-09-13", note: "Test.", reason: "Test annulment." },
    });
    expect(await t.db.score.count({ where: { questionId: id } })).toBe(0);
  });

  test("a forecast made after the outcome's date never counts", async () => {
    const id = "q-2023-summit-held";
    const lee = await t.db.forecast.findFirstOrThrow({ where: { questionId: id, forecaster: { slug: "lee-jong-sup" } } });
    await t.db.forecast.create({
      // Other words (the same quote from the same source would be a duplicate, ADR 0009).
      data: {
        ...lee,
        id: "late",
        quote: `${lee.quote} Again.`,
        madeAt: new Date("2023-09-14T00:00:00Z"),
        probability: 1,
        loggedAt: undefined,
        updatedAt: undefined,
      },
    });
    await t.db.$transaction((tx) => refreshQuestions(tx, [id]));
    expect((await t.db.score.findFirstOrThrow({ where: { questionId: id, forecasterId: lee.forecasterId } })).forecastId).toBe(lee.id);
  });

  test("readers and anonymous callers cannot touch outcomes, and nothing changes when they try", async () => {
    const reader = await createActor(t.db, "READER");
    const analyst = await createActor(t.db, "ANALYST");
    const before = await snapshotTables(t.db);
    const input = { value: "NO", resolvedAt: "2024-01-01", note: "x" };
    await expect(setOutcome({ db: t.db, actor: null, questionId: "q-2023-workers-discussed", input })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(setOutcome({ db: t.db, actor: reader, questionId: "q-2023-workers-discussed", input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(undoOutcome({ db: t.db, actor: analyst, questionId: "q-2023-summit-held", input: { reason: "x" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await snapshotTables(t.db)).toEqual(before);
  });

  test("bad outcome input is refused field by field and changes nothing", async () => {
    const before = await snapshotTables(t.db);
    const attempt = (input: unknown, questionId = "q-2023-workers-discussed") => setOutcome({ db: t.db, actor: editor, questionId, input });
    await expect(attempt({ value: "MAYBE", resolvedAt: "2024-13-01" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { value: "must be YES, NO or ANNULLED", resolvedAt: "must be a calendar date written YYYY-MM-DD" },
    });
    await expect(attempt({ value: "YES", resolvedAt: "2024-01-01" })).rejects.toMatchObject({
      details: { evidenceUrl: "give the evidence: a URL, a note, or both" },
    });
    await expect(attempt({ value: "YES", resolvedAt: "2999-01-01", note: "x" })).rejects.toMatchObject({
      details: { resolvedAt: expect.stringMatching(/future/) },
    });
    await expect(attempt({ value: "NO", resolvedAt: "2024-01-01", note: "x" }, "q-2023-summit-held")).rejects.toMatchObject({
      details: { reason: expect.stringMatching(/required/) },
    });
    await expect(attempt({ value: "NO", resolvedAt: "2024-01-01", note: "x" }, "no-such-question")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshotTables(t.db)).toEqual(before);
  });

  test("two editors with the same version: exactly one wins, the other gets a conflict with the current state", async () => {
    const questionId2 = "q-trilateral-military-drills";
    const { version } = await t.db.question.findUniqueOrThrow({ where: { id: questionId2 } });
    const other = await createActor(t.db, "EDITOR", "second-editor");
    const results = await Promise.allSettled([
      setOutcome({ db: t.db, actor: editor, questionId: questionId2, input: { value: "NO", resolvedAt: "2025-01-01", note: "A", expectedVersion: version } }),
      setOutcome({ db: t.db, actor: other, questionId: questionId2, input: { value: "YES", resolvedAt: "2025-01-01", note: "B", expectedVersion: version } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [lost] = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[];
    expect(lost.reason).toMatchObject({ code: "CONFLICT", details: { current: { version: version + 1, status: "RESOLVED" } } });
    expect(await t.db.outcome.count({ where: { questionId: questionId2 } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { entityId: questionId2 } })).toBe(1);
  });
});

describe("per-forecaster totals", () => {
  const recomputed = () =>
    t.db.$queryRaw<Array<{ id: string; n: number; sumBrier: number }>>`
      SELECT "forecasterId" AS id, count(*)::int AS n, sum(brier)::float8 AS "sumBrier" FROM "Score" GROUP BY 1 ORDER BY 1`;
  const kept = () =>
    t.db.$queryRaw<Array<{ id: string; n: number; sumBrier: number }>>`
      SELECT "forecasterId" AS id, n, "sumBrier" FROM "ForecasterTotals" ORDER BY 1`;

  test("stay equal to the sums of the score rows when editors resolve questions with shared forecasters at once", async () => {
    // Kim Dong-yub forecast on all three; each resolution rescores him.
    const ids = ["q-2023-food-energy-on-agenda", "q-trilateral-military-drills", "q-2023-russian-technical-help"];
    for (const id of ids) {
      const current = await t.db.outcome.findFirst({ where: { questionId: id, replacedAt: null } });
      if (current) await undoOutcome({ db: t.db, actor: editor, questionId: id, input: { reason: "reset for the test" } });
    }
    const editors = await Promise.all(ids.map((_, i) => createActor(t.db, "EDITOR", `parallel-${i}`)));
    await Promise.all(
      ids.map((questionId, i) =>
        setOutcome({ db: t.db, actor: editors[i], questionId, input: { value: i % 2 ? "NO" : "YES", resolvedAt: "2025-01-02", note: "parallel" } }),
      ),
    );
    const a = await kept();
    const b = await recomputed();
    expect(a.map((r) => [r.id, r.n])).toEqual(b.map((r) => [r.id, r.n]));
    for (const [i, row] of a.entries()) expect(row.sumBrier).toBeCloseTo(b[i].sumBrier, 12);
  });
});
