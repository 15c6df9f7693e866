import { expect, test } from "vitest";
import { useSeededDatabase } from "../test/seeded-database";
import { rescoreAll } from "./rescore-all.server";

const t = useSeededDatabase();

test("rebuilding every score gives the rows that the writes kept current, and drops stale ones", async () => {
  const rows = () => t.db.score.findMany({ orderBy: [{ questionId: "asc" }, { forecasterId: "asc" }] });
  const kept = await rows();
  expect(kept.length).toBeGreaterThan(20);
  // A stale row for a question that is not resolved, and a missing one.
  await t.db.score.create({
    data: {
      ...kept[0],
      questionId: "q-2024-karlov-wreath",
      forecastId: (await t.db.forecast.findFirstOrThrow({ where: { questionId: "q-2024-karlov-wreath" } })).id,
    },
  });
  await t.db.score.delete({ where: { questionId_forecasterId: { questionId: kept[1].questionId, forecasterId: kept[1].forecasterId } } });

  const result = await rescoreAll({ db: t.db, batchSize: 4 });
  expect(result).toEqual({ questions: 16, rows: kept.length });
  expect(await rows()).toEqual(kept);
});
