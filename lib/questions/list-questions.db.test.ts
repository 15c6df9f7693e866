import { describe, expect, test } from "vitest";
import { AppError } from "../errors/app-error";
import { getOverview } from "../overview/get-overview.server";
import { useSeededDatabase } from "../test/seeded-database";
import { type BrowseQuery, browseQuery } from "./browse-query";
import { listQuestions } from "./list-questions.server";

const t = useSeededDatabase();
const now = new Date("2026-11-23T12:00:00Z");
const browse = (query: Partial<BrowseQuery> = {}) => listQuestions({ db: t.db, now, query: { ...browseQuery.parse({}), ...query } });

async function allPages(query: Partial<BrowseQuery>) {
  const seen: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await browse({ ...query, cursor, limit: 4 });
    seen.push(...page.items.map((q) => q.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return seen;
}

describe("the question browser", () => {
  test.each(["deadline", "newest", "forecasts"] as const)("pages through every question exactly once when sorted by %s", async (sort) => {
    const ids = await allPages({ sort });
    expect(ids).toHaveLength(27);
    expect(new Set(ids).size).toBe(27);
  });

  test("sorts by deadline soonest first, and by number of forecasts most first", async () => {
    const byDeadline = (await browse({ limit: 100 })).items.map((q) => q.deadline.getTime());
    expect(byDeadline).toEqual([...byDeadline].sort((a, b) => a - b));
    const byCount = (await browse({ sort: "forecasts", limit: 100 })).items.map((q) => q.forecastCount);
    expect(byCount).toEqual([...byCount].sort((a, b) => b - a));
    expect(byCount[0]).toBe(5);
  });

  test("filters by status: open, overdue, due soon, resolved, annulled", async () => {
    expect(await allPages({ status: "open" })).toHaveLength(10);
    expect(await allPages({ status: "overdue" })).toHaveLength(10); // every open seed question is past its deadline
    expect(await allPages({ status: "due-soon" })).toHaveLength(0);
    expect(await allPages({ status: "resolved" })).toHaveLength(16);
    expect(await allPages({ status: "annulled" })).toEqual(["q-2024-summit-needs-china-approval"]);
    const early = await listQuestions({ db: t.db, now: new Date("2024-06-01T00:00:00Z"), query: { ...browseQuery.parse({}), status: "due-soon" } });
    expect(early.items.map((q) => q.id)).toContain("q-2024-karlov-wreath");
  });

  test("finds words in questions and in the quotes of their forecasts", async () => {
    expect(await allPages({ q: "wreath" })).toEqual(expect.arrayContaining(["q-2024-liberation-tower-wreath", "q-2024-karlov-wreath"]));
    // "secret deal" is only in Wi Sung-lac's quote, not in the question's wording.
    expect(await allPages({ q: '"secret deal"' })).toEqual(["q-2023-arms-deal-kept-secret"]);
    expect(await allPages({ q: "zebra" })).toEqual([]);
  });

  test("filters by forecaster (slug or name), outlet, tag and deadline range, together", async () => {
    const wi = await allPages({ forecaster: "wi-sung-lac" });
    expect(wi.sort()).toEqual(["q-2023-arms-deal-kept-secret", "q-2023-arms-transfer"]);
    expect((await allPages({ forecaster: "Wi Sung-lac" })).sort()).toEqual(wi);
    expect(await allPages({ outlet: "daily nk" })).toHaveLength(7);
    expect(await allPages({ tag: "china", deadlineFrom: "2025-01-01" })).toEqual(
      ["q-xi-visits-south-korea-2025", "q-trilateral-summit-before-xi-visit"].sort(),
    );
    expect(await allPages({ forecaster: "kim-dong-yub", status: "open", q: "drills" })).toEqual(["q-trilateral-military-drills"]);
  });

  test("each row carries every forecaster's latest probability and the outcome", async () => {
    const { items } = await browse({ forecaster: "jeh-sung-hoon", limit: 10 });
    const arms = items.find((q) => q.id === "q-2023-arms-transfer")!;
    expect(arms.outcome?.value).toBe("YES");
    expect(arms.latest.map((l) => [l.forecaster.name, l.probability])).toEqual([
      ["Jeh Sung-hoon", 0.325],
      ["Kim Dong-yub", 0.5],
      ["The New York Times", 0.5],
      ["Wi Sung-lac", 0.675],
    ]);
    expect(arms.state).toBe("resolved");
  });

  test("refuses a cursor it did not hand out", async () => {
    await expect(browse({ cursor: "garbage" })).rejects.toBeInstanceOf(AppError);
  });
});

describe("getOverview", () => {
  test("counts the dataset and splits open questions into due and awaiting resolution", async () => {
    const overview = await getOverview({ db: t.db, now: new Date("2024-06-18T12:00:00Z") });
    expect(overview.counts).toMatchObject({ forecasts: 42, forecasters: 15, sources: 5, open: 10, resolved: 16, annulled: 1 });
    expect(overview.dueSoon.map((q) => q.id)).toContain("q-2024-karlov-wreath");
    expect(overview.awaiting.every((q) => q.deadline < new Date("2024-06-18"))).toBe(true);
    expect(overview.latestOutcomes[0]).toMatchObject({ value: "YES", question: { id: "q-xi-visits-south-korea-2025" } });
  });
});
