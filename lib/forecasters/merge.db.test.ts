// Merging two records of one forecaster (or one article): forecasts move, names become aliases,
// old slugs and ids lead to the kept record, scores equal a rescore from scratch, audited.
import { beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "../auth/require-role";
import { createForecast } from "../forecasts/create-forecast.server";
import { setOutcome } from "../outcomes/set-outcome.server";
import { createQuestion } from "../questions/create-question.server";
import { findMergedSource } from "../sources/find-merged-source.server";
import { mergeSources } from "../sources/merge-sources.server";
import { expectDerivedAsIfRescored } from "../test/derived-rows";
import { snapshotTables } from "../test/snapshot-tables";
import { useTestDatabase } from "../test/test-database";
import { createActor } from "../test/users";
import { findMergedSlug } from "./find-merged-slug.server";
import { mergeForecasters } from "./merge-forecasters.server";
import { searchForecasters } from "./search-forecasters.server";

const t = useTestDatabase();
let analyst: Actor;
let editor: Actor;
beforeAll(async () => {
  analyst = await createActor(t.db, "ANALYST");
  editor = await createActor(t.db, "EDITOR");
});

async function resolvedQuestion(title: string, value: "YES" | "NO") {
  const q = await createQuestion({ db: t.db, actor: analyst, input: { title, criteria: "YES if so.", deadline: "2026-06-01" } });
  await setOutcome({ db: t.db, actor: editor, questionId: q.id, input: { value, resolvedAt: "2026-06-01", note: "Known." } });
  return q.id;
}

type Spec = { questionId: string; name: string; quote: string; probability: number; source?: string; madeAt?: string };
async function forecast(spec: Spec) {
  return createForecast({
    db: t.db,
    actor: analyst,
    input: {
      questionId: spec.questionId,
      forecaster: { name: spec.name },
      ...(spec.source ? { sourceId: spec.source } : { source: { outlet: "Desk", title: spec.quote, publishedAt: "2026-03-01" } }),
      quote: spec.quote,
      probability: spec.probability,
      probabilitySource: "STATED",
      ...(spec.madeAt ? { madeAt: spec.madeAt } : {}),
    },
  });
}

describe("merging forecasters", () => {
  test("moves every forecast, keeps the name as an alias, leads the old slug on, rescores as from scratch, audited", async () => {
    const q1 = await resolvedQuestion("Will the talks succeed?", "YES");
    const q2 = await resolvedQuestion("Will the treaty be signed?", "NO");
    await forecast({ questionId: q1, name: "Senior US officials", quote: "talks: 60 percent", probability: 0.6, madeAt: "2026-02-01" });
    const twin1 = await forecast({ questionId: q1, name: "US officials", quote: "talks: 80 percent", probability: 0.8, madeAt: "2026-02-15" });
    const twin2 = await forecast({ questionId: q2, name: "US officials", quote: "treaty: 30 percent", probability: 0.3 });
    const keep = await t.db.forecaster.findFirstOrThrow({ where: { name: "Senior US officials" } });
    const merge = await t.db.forecaster.findFirstOrThrow({ where: { name: "US officials" } });

    const result = await mergeForecasters({ db: t.db, actor: editor, input: { keep: keep.slug, merge: merge.id } });
    expect(result.forecastIds.sort()).toEqual([twin1.id, twin2.id].sort());
    expect(await t.db.forecaster.findUnique({ where: { id: merge.id } })).toBeNull();
    expect(await t.db.forecast.count({ where: { forecasterId: keep.id } })).toBe(3);
    // On q1 both forecasts are now the kept forecaster's: the later one counts.
    const scores = await t.db.score.findMany({ where: { forecasterId: keep.id }, orderBy: { questionId: "asc" } });
    expect(scores.map((s) => s.forecastId).sort()).toEqual([twin1.id, twin2.id].sort());
    expect(await t.db.forecasterTotals.findUnique({ where: { forecasterId: merge.id } })).toBeNull();
    expect(await t.db.forecasterTotals.findUniqueOrThrow({ where: { forecasterId: keep.id } })).toMatchObject({ n: 2 });
    await expectDerivedAsIfRescored(t.db, expect);

    expect(await findMergedSlug({ db: t.db, slug: merge.slug })).toBe(keep.slug);
    expect((await searchForecasters({ db: t.db, q: "US officials" })).map((f) => f.id)).toEqual([keep.id]);
    // Find-or-create knows the old name: a new forecast under it lands on the kept forecaster.
    const again = await forecast({ questionId: q2, name: "us officials", quote: "treaty: 20 percent", probability: 0.2 });
    expect(again.forecasterId).toBe(keep.id);

    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "forecaster.merge", entityId: merge.id } });
    expect(event).toMatchObject({ actorId: editor.id, before: { name: "US officials" }, after: { mergedInto: keep.id } });
  });

  test("a forecaster merged into one that is merged later still leads to the last one kept", async () => {
    const q = await resolvedQuestion("Will the chain hold?", "YES");
    await forecast({ questionId: q, name: "Chain A", quote: "chain a: 50 percent", probability: 0.5 });
    await forecast({ questionId: q, name: "Chain B", quote: "chain b: 50 percent", probability: 0.5 });
    await forecast({ questionId: q, name: "Chain C", quote: "chain c: 50 percent", probability: 0.5 });
    const [a, b, c] = await Promise.all(["Chain A", "Chain B", "Chain C"].map((name) => t.db.forecaster.findFirstOrThrow({ where: { name } })));
    await mergeForecasters({ db: t.db, actor: editor, input: { keep: b.id, merge: a.id } });
    await mergeForecasters({ db: t.db, actor: editor, input: { keep: c.id, merge: b.id } });
    expect(await findMergedSlug({ db: t.db, slug: a.slug })).toBe(c.slug);
    expect(await t.db.forecast.count({ where: { forecasterId: c.id } })).toBe(3);
  });

  test("refused merges change nothing", async () => {
    const someone = await t.db.forecaster.findFirstOrThrow();
    const before = await snapshotTables(t.db);
    await expect(mergeForecasters({ db: t.db, actor: editor, input: { keep: someone.id, merge: someone.slug } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(mergeForecasters({ db: t.db, actor: editor, input: { keep: someone.id, merge: "nobody" } })).rejects.toMatchObject({
      code: "NOT_FOUND",
      details: { merge: "is not a forecaster's id or slug" },
    });
    await expect(mergeForecasters({ db: t.db, actor: analyst, input: { keep: someone.id, merge: "nobody" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await snapshotTables(t.db)).toEqual(before);
  });
});

describe("merging sources", () => {
  test("moves forecasts, removes a duplicate of the kept source's, leads the old id on, rescores, audited", async () => {
    const q = await resolvedQuestion("Will the summit take place?", "YES");
    const first = await forecast({ questionId: q, name: "Summit Watcher", quote: "the summit: 70 percent", probability: 0.7 });
    const keep = first.sourceId;
    const merge = (await t.db.source.create({ data: { outlet: "Desk", title: "the summit (copy)", publishedAt: new Date("2026-03-01") } })).id;
    const duplicate = await forecast({ questionId: q, name: "Summit Watcher", quote: "the summit: 70 percent", probability: 0.7, source: merge });
    const other = await forecast({ questionId: q, name: "Other Watcher", quote: "the summit: 20 percent", probability: 0.2, source: merge });

    const result = await mergeSources({ db: t.db, actor: editor, input: { keep, merge } });
    expect(result).toMatchObject({ forecastIds: [other.id], removedDuplicates: [duplicate.id] });
    expect(await t.db.forecast.findUnique({ where: { id: duplicate.id } })).toBeNull();
    expect(await t.db.forecast.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ sourceId: keep });
    expect(await t.db.source.findUnique({ where: { id: merge } })).toBeNull();
    expect(await findMergedSource({ db: t.db, id: merge })).toBe(keep);
    await expectDerivedAsIfRescored(t.db, expect);
    const events = await t.db.auditEvent.findMany({ where: { entityId: { in: [merge, duplicate.id] } }, select: { action: true, after: true } });
    expect(events).toEqual(
      expect.arrayContaining([
        { action: "source.merge", after: expect.objectContaining({ mergedInto: keep }) },
        { action: "forecast.delete", after: { duplicateOf: first.id } },
      ]),
    );
  });
});
