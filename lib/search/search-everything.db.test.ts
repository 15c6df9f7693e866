import { expect, test } from "vitest";
import { useSeededDatabase } from "../test/seeded-database";
import { searchEverything } from "./search-everything.server";

const t = useSeededDatabase();

test("a misspelt place name finds the question and the quotes that mention it", async () => {
  const found = await searchEverything({ db: t.db, q: "Vladivostock" });
  expect(found.questions.items.map((q) => q.id)).toContain("q-2023-summit-in-vladivostok");
  expect(found.quotes.items.some((x) => x.quote.includes("Vladivostok"))).toBe(true);
  expect(found.quotes.items.every((x) => x.questionTitle && x.forecasterSlug)).toBe(true);
});

test("a name typed without its hyphen or capitals finds the forecaster first", async () => {
  const found = await searchEverything({ db: t.db, q: "kim dong yub" });
  expect(found.forecasters.items[0]).toMatchObject({ slug: "kim-dong-yub", name: "Kim Dong-yub" });
  const typo = await searchEverything({ db: t.db, q: "Kim Dongyub" });
  expect(typo.forecasters.items.map((f) => f.slug)).toContain("kim-dong-yub");
});

test("outlets and their articles are grouped apart, with counts", async () => {
  const found = await searchEverything({ db: t.db, q: "Hankyore" });
  const hankyoreh = await t.db.source.count({ where: { outlet: "The Hankyoreh" } });
  expect(found.outlets.items).toEqual([{ outlet: "The Hankyoreh", sources: hankyoreh }]);
  expect(found.outlets.total).toBe(1);
  expect(found.sources.total).toBeGreaterThanOrEqual(hankyoreh);
  expect(found.sources.items.every((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.publishedAt))).toBe(true);
});

test("a group's count covers every match, its items only the best few", async () => {
  const all = await searchEverything({ db: t.db, q: "Putin" });
  expect(all.quotes.total).toBeGreaterThan(2);
  const few = await searchEverything({ db: t.db, q: "Putin", limit: 2 });
  expect(few.quotes.items).toHaveLength(2);
  expect(few.quotes.total).toBe(all.quotes.total);
  expect(few.quotes.more).toBe(false);
});

test("unrelated words, punctuation alone and nothing at all find nothing", async () => {
  for (const q of ["xylophone", "%_'\";--", "", "   "]) {
    const found = await searchEverything({ db: t.db, q });
    expect([found.questions, found.forecasters, found.sources, found.outlets, found.quotes].map((g) => g.total)).toEqual([0, 0, 0, 0, 0]);
  }
});

test("the matching runs through the trigram indexes, not a scan of every quote", async () => {
  const plan = await t.db.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
    return tx.$queryRaw<Array<{ "QUERY PLAN": string }>>`EXPLAIN SELECT id FROM "Forecast" WHERE ${"vladivostock"} <% quote`;
  });
  expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("Forecast_quote_trgm_idx");
});

test("a forecaster is found by a name merged into it, and the result says which name matched", async () => {
  const kept = await t.db.forecaster.create({ data: { slug: "wren-oduya", name: "Wren Oduya", kind: "PERSON" } });
  await t.db.forecasterAlias.create({ data: { slug: "a-senior-aide", name: "A senior aide to the envoy", forecasterId: kept.id } });
  const byAlias = await searchEverything({ db: t.db, q: "senior aide envoy" });
  expect(byAlias.forecasters.items[0]).toMatchObject({ slug: "wren-oduya", name: "Wren Oduya", alias: "A senior aide to the envoy" });
  // Found by its own name, it names no alias.
  const byName = await searchEverything({ db: t.db, q: "wren oduya" });
  expect(byName.forecasters.items[0]).toMatchObject({ slug: "wren-oduya", alias: null });
});
