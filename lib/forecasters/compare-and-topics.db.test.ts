import { describe, expect, test } from "vitest";
import { listTopicQuestions } from "../questions/list-topic-questions.server";
import { listTopics } from "../questions/list-topics.server";
import { useSeededDatabase } from "../test/seeded-database";
import { compareForecasters } from "./compare-forecasters.server";
import { listRivals } from "./list-rivals.server";

const t = useSeededDatabase();

describe("topics", () => {
  test("each tag with its question counts, and a topic's open and resolved questions", async () => {
    const topics = await listTopics({ db: t.db });
    const arms = topics.find((x) => x.tag === "arms")!;
    expect(arms.total).toBeGreaterThanOrEqual(arms.open + arms.resolved);
    expect(arms.resolved).toBeGreaterThan(0);
    const { open, resolved } = await listTopicQuestions({ db: t.db, tag: "arms" });
    expect(resolved.map((q) => q.id)).toContain("q-2023-arms-transfer");
    expect(open.length).toBe(arms.open);
    expect(resolved.every((q) => q.outcomes[0]?.value === "YES" || q.outcomes[0]?.value === "NO")).toBe(true);
    expect(await listTopicQuestions({ db: t.db, tag: "no-such-topic" })).toEqual({ open: [], resolved: [] });
  });
});

describe("head to head", () => {
  test("two forecasters on the questions both were scored on, and the rivals that lead there", async () => {
    const jeh = await t.db.forecaster.findUniqueOrThrow({ where: { slug: "jeh-sung-hoon" } });
    const rivals = await listRivals({ db: t.db, forecasterId: jeh.id });
    expect(rivals.map((r) => r.slug)).toContain("kim-dong-yub");
    const { comparison } = await compareForecasters({ db: t.db, slugA: "jeh-sung-hoon", slugB: "kim-dong-yub" });
    const shared = comparison!.rows.find((r) => r.questionId === "q-2023-arms-transfer")!;
    expect(shared.outcome).toBe(1);
    expect(shared.closer).toBe(shared.probabilityA > shared.probabilityB ? "a" : shared.probabilityA < shared.probabilityB ? "b" : "tie");
    expect(comparison!.totals.shared).toBe(rivals.find((r) => r.slug === "kim-dong-yub")!.shared);
    expect((await compareForecasters({ db: t.db, slugA: "jeh-sung-hoon", slugB: "nobody-at-all" })).comparison).toBeNull();
  });
});
