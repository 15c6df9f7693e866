// A popular question and a prolific forecaster hold hundreds of forecasts: their pages list them
// a page at a time, with the total, in a stable order, and the charts still see every forecast.
import { beforeAll, describe, expect, test } from "vitest";
import { listForecasterForecasts } from "../forecasters/list-forecaster-forecasts.server";
import { setOutcome } from "../outcomes/set-outcome.server";
import { useTestDatabase } from "../test/test-database";
import { createActor } from "../test/users";
import { getQuestionPage, QUESTION_FORECASTS_PER_PAGE } from "./get-question.server";
import { LATEST_PER_QUESTION, listQuestions } from "./list-questions.server";

const t = useTestDatabase();
const FORECASTERS = 60;

beforeAll(async () => {
  const user = await t.db.user.create({ data: { email: "long-lists@test.invalid", name: "Lister", role: "EDITOR" } });
  await t.db.question.create({ data: { id: "q-busy", title: "Will the busy thing happen?", criteria: "YES if it does.", deadline: new Date("2025-06-30") } });
  await t.db.source.create({ data: { id: "s-1", outlet: "Outlet", title: "Article", publishedAt: new Date("2025-01-01") } });
  await t.db.forecaster.createMany({
    data: Array.from({ length: FORECASTERS }, (_, i) => ({
      id: `fc-${i}`,
      slug: `forecaster-${i}`,
      name: `Forecaster ${String(i).padStart(2, "0")}`,
      kind: "PERSON" as const,
    })),
  });
  // Each forecaster twice (an early and a later forecast); forecaster 0 on every day of two months.
  const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n));
  await t.db.forecast.createMany({
    data: [
      ...Array.from({ length: FORECASTERS * 2 }, (_, i) => ({
        questionId: "q-busy",
        forecasterId: `fc-${i % FORECASTERS}`,
        sourceId: "s-1",
        madeAt: day(i < FORECASTERS ? 0 : 10 + (i % FORECASTERS)),
        quote: `Quote ${i}: it will probably happen.`,
        probability: 0.7,
        probabilitySource: "JUDGEMENT" as const,
        loggedById: user.id,
      })),
    ],
  });
  await setOutcome({
    db: t.db,
    actor: { id: user.id, role: "EDITOR" },
    questionId: "q-busy",
    input: { value: "YES", resolvedAt: "2025-06-30", note: "It happened." },
  });
});

describe("a question with many forecasts", () => {
  test("lists them a page at a time in the order made, each exactly once, and gives the chart every point", async () => {
    const first = await getQuestionPage({ db: t.db, id: "q-busy", page: 1 });
    expect(first!.forecasts.total).toBe(FORECASTERS * 2);
    expect(first!.forecasts.pageCount).toBe(Math.ceil((FORECASTERS * 2) / QUESTION_FORECASTS_PER_PAGE));
    expect(first!.points).toHaveLength(FORECASTERS * 2);
    // One counted (scored) point per forecaster: their later forecast.
    expect(first!.points.filter((p) => p.scored)).toHaveLength(FORECASTERS);
    const seen: string[] = [];
    for (let page = 1; page <= first!.forecasts.pageCount; page++) {
      const loaded = await getQuestionPage({ db: t.db, id: "q-busy", page });
      expect(loaded!.forecasts.items.length).toBeLessThanOrEqual(QUESTION_FORECASTS_PER_PAGE);
      seen.push(...loaded!.forecasts.items.map((f) => f.id));
    }
    expect(new Set(seen).size).toBe(FORECASTERS * 2);
    const made = (await t.db.forecast.findMany({ where: { id: { in: seen } }, select: { id: true, madeAt: true } })).map(
      (f) => [f.id, f.madeAt.getTime()] as const,
    );
    const at = new Map(made);
    const times = seen.map((id) => at.get(id)!);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(await getQuestionPage({ db: t.db, id: "no-such-question", page: 1 })).toBeNull();
  });

  test("the question browser names a few forecasters' latest probabilities and counts the rest", async () => {
    const page = await listQuestions({ db: t.db, query: { sort: "deadline", limit: 20 } });
    const busy = page.items.find((q) => q.id === "q-busy")!;
    expect(busy.forecasterCount).toBe(FORECASTERS);
    expect(busy.latest).toHaveLength(LATEST_PER_QUESTION);
    // The most recent forecasters (their later forecasts were made on days 10…69), by name.
    const names = busy.latest.map((l) => l.forecaster.name);
    expect(names).toEqual([...names].sort());
    expect(names).toContain(`Forecaster ${FORECASTERS - 1}`);
    expect(busy.latest.every((l) => l.madeAt.getTime() >= Date.UTC(2025, 0, 11 + FORECASTERS - LATEST_PER_QUESTION))).toBe(true);
  });
});

describe("a forecaster's forecasts", () => {
  test("split into scored and others, a page at a time with the total, newest first", async () => {
    const scored = await listForecasterForecasts({ db: t.db, forecasterId: "fc-3", scored: true, page: 1 });
    const others = await listForecasterForecasts({ db: t.db, forecasterId: "fc-3", scored: false, page: 1 });
    expect([scored.total, others.total]).toEqual([1, 1]);
    expect(scored.items[0].score).not.toBeNull();
    expect(others.items[0].score).toBeNull();
    expect(scored.items[0].madeAt.getTime()).toBeGreaterThan(others.items[0].madeAt.getTime());
    const small = await listForecasterForecasts({ db: t.db, forecasterId: "fc-3", scored: false, page: 2, pageSize: 1 });
    expect(small).toMatchObject({ total: 1, page: 2, pageCount: 1, items: [] });
  });
});
