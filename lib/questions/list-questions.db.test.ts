import { describe, expect, test } from "vitest";
import { AppError } from "../errors/app-error";
import { getOverview } from "../overview/get-overview.server";
import { useSeededDatabase } from "../test/seeded-database";
import { listQuestions } from "./list-questions.server";

const t = useSeededDatabase();

async function allPages(status?: "open" | "resolved" | "annulled") {
  const seen: Array<{ id: string; deadline: Date }> = [];
  let cursor: string | undefined;
  do {
    const page = await listQuestions({ db: t.db, status, cursor, limit: 4 });
    seen.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return seen;
}

describe("listQuestions", () => {
  test("pages through every question once, in deadline order, however the limit cuts ties", async () => {
    const all = await allPages();
    expect(all).toHaveLength(27);
    expect(new Set(all.map((q) => q.id)).size).toBe(27);
    const deadlines = all.map((q) => q.deadline.getTime());
    expect(deadlines).toEqual([...deadlines].sort((a, b) => b - a));
  });

  test("open questions come soonest deadline first; each status filter holds only its own", async () => {
    const open = await allPages("open");
    expect(open).toHaveLength(10);
    const deadlines = open.map((q) => q.deadline.getTime());
    expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
    expect(await allPages("resolved")).toHaveLength(16);
    expect((await allPages("annulled")).map((q) => q.id)).toEqual(["q-2024-summit-needs-china-approval"]);
  });

  test("carries the forecast count and the current outcome", async () => {
    const { items } = await listQuestions({ db: t.db, status: "resolved", limit: 50 });
    expect(items.find((q) => q.id === "q-2023-arms-transfer")).toMatchObject({ forecastCount: 4, outcome: { value: "YES" } });
  });

  test("refuses a cursor it did not hand out", async () => {
    await expect(listQuestions({ db: t.db, cursor: "garbage" })).rejects.toBeInstanceOf(AppError);
  });
});

describe("getOverview", () => {
  test("counts the dataset and splits open questions into due and awaiting resolution", async () => {
    const overview = await getOverview({ db: t.db, now: new Date("2024-06-18T12:00:00Z") });
    expect(overview.counts).toMatchObject({ forecasts: 42, forecasters: 15, sources: 5, open: 10, resolved: 16, annulled: 1 });
    // On 18 June 2024 the wreath questions (deadline 20 June) were still ahead.
    expect(overview.dueSoon.map((q) => q.id)).toContain("q-2024-karlov-wreath");
    expect(overview.awaiting.every((q) => q.deadline < new Date("2024-06-18"))).toBe(true);
    expect(overview.latestOutcomes[0]).toMatchObject({ value: "YES", question: { id: "q-xi-visits-south-korea-2025" } });
  });
});
