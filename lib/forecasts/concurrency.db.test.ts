// Concurrent writes never fail with a 500 and never store one thing twice (ADR 0009): many
// domain calls at once, on the real pool (10 connections), against a real PostgreSQL.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "../auth/require-role";
import { createDb, type Db } from "../db/client.server";
import { runTransaction } from "../db/run-transaction.server";
import { isAppError } from "../errors/app-error";
import { findOrCreateForecaster } from "../forecasters/find-or-create-forecaster.server";
import { errorResponse } from "../http/respond";
import { setOutcome } from "../outcomes/set-outcome.server";
import { undoOutcome } from "../outcomes/undo-outcome.server";
import { createQuestion } from "../questions/create-question.server";
import { addSource } from "../sources/add-source.server";
import { findOrCreateSource } from "../sources/find-or-create-source.server";
import { updateSource } from "../sources/update-source.server";
import { useTestDatabase } from "../test/test-database";
import { createActor } from "../test/users";
import { createForecast } from "./create-forecast.server";
import { rescoreAll } from "../scoring/rescore-all.server";
import { expectDerivedAsIfRescored } from "../test/derived-rows";

const t = useTestDatabase();
let db: Db;
let analyst: Actor;
let editor: Actor;
beforeAll(async () => {
  db = createDb(t.url); // the app's own pool size, not the small test one
  analyst = await createActor(db, "ANALYST");
  editor = await createActor(db, "EDITOR");
});
afterAll(async () => {
  await db?.$disconnect();
});

const source = { outlet: "The Race Gazette", title: "Everyone at once", publishedAt: "2026-03-02", url: "https://example.org/race" };

async function newQuestion(title: string) {
  return (await createQuestion({ db, actor: analyst, input: { title, criteria: "YES if it happens.", deadline: "2026-06-30" } })).id;
}

/** A call that logs a forecast with a stated probability on the question, citing the shared source. */
function stated(questionId: string, input: { forecaster: { name: string }; quote: string; probability: number; madeAt?: string }) {
  return () => createForecast({ db, actor: analyst, input: { questionId, source, probabilitySource: "STATED", ...input } });
}

/** Runs every call at once; fails the test on any error that is not an AppError answered below 500. */
async function allAtOnce<T>(calls: Array<() => Promise<T>>): Promise<{ ok: T[]; refused: Array<{ status: number; body: unknown }> }> {
  const settled = await Promise.allSettled(calls.map((call) => call()));
  const ok: T[] = [];
  const refused: Array<{ status: number; body: unknown }> = [];
  for (const result of settled) {
    if (result.status === "fulfilled") {
      ok.push(result.value);
      continue;
    }
    const response = errorResponse(result.reason);
    if (!isAppError(result.reason) || response.status >= 500) throw result.reason;
    refused.push({ status: response.status, body: await response.json() });
  }
  return { ok, refused };
}

/** Every score the concurrent writes left equals a rescore from scratch. */
const expectScoresAsIfRescored = () => expectDerivedAsIfRescored(db, expect);

describe("forecasts and outcomes at once", () => {
  test("40 forecasts at once on a resolved question are all stored and scored", async () => {
    const questionId = await newQuestion("Will forty people agree?");
    await setOutcome({ db, actor: editor, questionId, input: { value: "YES", resolvedAt: "2026-07-01", note: "It happened." } });
    const { ok, refused } = await allAtOnce(
      Array.from({ length: 40 }, (_, i) => stated(questionId, { forecaster: { name: `Racer ${i}` }, quote: `I say ${i}`, probability: (i % 10) / 10 + 0.05 })),
    );
    expect(refused).toEqual([]);
    expect(ok).toHaveLength(40);
    const { scores, counts } = await expectScoresAsIfRescored();
    expect(scores.filter((s) => s.questionId === questionId)).toHaveLength(40);
    expect(counts.find((c) => c.id === questionId)?.forecastCount).toBe(40);
    expect(await db.source.count({ where: { url: source.url } })).toBe(1);
  });

  test("20 forecasts racing an editor who sets, changes, undoes and sets the outcome again", async () => {
    const questionId = await newQuestion("Will the editor make up their mind?");
    const forecasts = Array.from({ length: 20 }, (_, i) =>
      stated(questionId, {
        forecaster: { name: `Rival ${i % 7}` },
        quote: `Rival says ${i}`,
        probability: i / 20,
        madeAt: `2026-02-${String(1 + i).padStart(2, "0")}`,
      }),
    );
    const outcomes = [
      () => setOutcome({ db, actor: editor, questionId, input: { value: "YES", resolvedAt: "2026-07-01", note: "Yes." } }),
      () => setOutcome({ db, actor: editor, questionId, input: { value: "NO", resolvedAt: "2026-07-02", note: "No after all.", reason: "misread" } }),
      () => undoOutcome({ db, actor: editor, questionId, input: { reason: "not yet known" } }),
      () => setOutcome({ db, actor: editor, questionId, input: { value: "YES", resolvedAt: "2026-07-03", note: "Yes, finally.", reason: "confirmed" } }),
    ];
    // Interleave: an outcome change after every fifth forecast.
    const calls: Array<() => Promise<unknown>> = forecasts.flatMap((f, i) => (i % 5 === 4 ? [f, outcomes[(i - 4) / 5]] : [f]));
    const { ok, refused } = await allAtOnce(calls);
    // Outcome calls may be refused (an undo with nothing to undo, a change without a reason): 4xx, never 5xx.
    expect(refused.every((r) => r.status === 409 || r.status === 422)).toBe(true);
    expect(ok.length + refused.length).toBe(24);
    expect(await db.forecast.count({ where: { questionId } })).toBe(20);
    const current = await db.outcome.count({ where: { questionId, replacedAt: null } });
    expect(current).toBeLessThanOrEqual(1);
    await expectScoresAsIfRescored();
  });
});

describe("one row per natural key", () => {
  test("30 requests naming the same new forecaster (any case) get one row", async () => {
    const { ok, refused } = await allAtOnce(
      Array.from(
        { length: 30 },
        (_, i) => () => runTransaction(db, (tx) => findOrCreateForecaster(tx, analyst, { name: i % 2 ? "Olga Newname" : "OLGA NEWNAME", kind: "PERSON" })),
      ),
    );
    expect(refused).toEqual([]);
    expect(new Set(ok.map((f) => f.id)).size).toBe(1);
    const rows = await db.forecaster.findMany({ where: { name: { equals: "olga newname", mode: "insensitive" } } });
    expect(rows.map((r) => r.slug)).toEqual(["olga-newname"]);
    expect(await db.auditEvent.count({ where: { action: "forecaster.create", entityId: rows[0].id } })).toBe(1);
  });

  test("different names with the same slug at once get slugs of their own", async () => {
    const names = ["Kim Jong Un", "Kim Jong-Un", "Kim  Jong Un!"];
    const { ok, refused } = await allAtOnce(
      names.map((name) => () => runTransaction(db, (tx) => findOrCreateForecaster(tx, analyst, { name, kind: "PERSON" }))),
    );
    expect(refused).toEqual([]);
    expect(ok.map((f) => f.slug).sort()).toEqual(["kim-jong-un", "kim-jong-un-2", "kim-jong-un-3"]);
  });

  test("30 requests naming the same new source, with URL and without, get one row each", async () => {
    const withUrl = { ...source, url: "https://example.org/new-and-shared" };
    const withoutUrl = { outlet: "Quiet Weekly", title: "No Link Here", publishedAt: "2026-03-03" };
    const { ok, refused } = await allAtOnce(
      Array.from(
        { length: 60 },
        (_, i) => () =>
          runTransaction(db, (tx) =>
            findOrCreateSource(tx, analyst, i % 2 ? withUrl : i % 4 ? withoutUrl : { ...withoutUrl, outlet: "QUIET WEEKLY", title: "no link here" }),
          ),
      ),
    );
    expect(refused).toEqual([]);
    expect(new Set(ok.map((s) => s.id)).size).toBe(2);
    expect(await db.source.count({ where: { url: withUrl.url } })).toBe(1);
    expect(await db.source.count({ where: { outlet: { equals: "quiet weekly", mode: "insensitive" } } })).toBe(1);
  });

  test("the same article pasted 30 times at once is one source", async () => {
    const article = {
      outlet: "Paste Daily",
      title: "Pasted",
      publishedAt: "2026-03-04",
      url: "https://example.org/pasted",
      text: "Officials said a deal is likely.",
    };
    const { ok, refused } = await allAtOnce(Array.from({ length: 30 }, () => () => addSource({ db, actor: analyst, input: article })));
    expect(refused).toEqual([]);
    expect(new Set(ok.map((r) => r.source.id)).size).toBe(1);
    expect(ok.filter((r) => !r.existed)).toHaveLength(1);
    expect(await db.source.count({ where: { url: article.url } })).toBe(1);
  });

  test("30 identical forecasts at once: one is stored, the others are 409s naming it", async () => {
    const questionId = await newQuestion("Will the same words count once?");
    const input = {
      questionId,
      forecaster: { name: "Echo Chamber", kind: "ORGANISATION" },
      source: { ...source, url: "https://example.org/echo" },
      quote: "It is likely.",
      phrase: "likely",
    };
    const { ok, refused } = await allAtOnce(Array.from({ length: 30 }, () => () => createForecast({ db, actor: analyst, input })));
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(29);
    for (const r of refused) {
      expect(r).toMatchObject({ status: 409, body: { error: { code: "CONFLICT", details: { forecastId: ok[0].id } } } });
    }
    expect(await db.forecast.count({ where: { questionId } })).toBe(1);
    expect(await db.forecaster.count({ where: { name: "Echo Chamber" } })).toBe(1);
  });

  test("without URL or text a source is its outlet, title and date: an edit may not make a twin; two pasted texts stay two", async () => {
    const a = await runTransaction(db, (tx) => findOrCreateSource(tx, analyst, { outlet: "Twin Post", title: "First", publishedAt: "2026-03-05" }));
    const b = await runTransaction(db, (tx) => findOrCreateSource(tx, analyst, { outlet: "Twin Post", title: "Second", publishedAt: "2026-03-05" }));
    await expect(updateSource({ db, actor: analyst, sourceId: b.id, input: { title: "FIRST" } })).rejects.toMatchObject({
      code: "CONFLICT",
      details: { sourceId: a.id },
    });
    const pasted = (text: string) => addSource({ db, actor: analyst, input: { outlet: "Twin Post", title: "First", publishedAt: "2026-03-05", text } });
    const [one, two] = [await pasted("One text."), await pasted("Another text.")];
    expect(new Set([a.id, one.source.id, two.source.id]).size).toBe(3);
  });

  test("a unique violation from any write is a 409 with the error shape, not a 500", async () => {
    const taken = await db.forecaster.findFirstOrThrow();
    const raw =
      await db.$executeRaw`INSERT INTO "Forecaster" (id, slug, name, kind, "updatedAt") VALUES ('x-dup', 'x-dup', ${taken.name.toUpperCase()}, 'PERSON', now())`.catch(
        (e: unknown) => e,
      );
    const orm = await db.forecaster.create({ data: { slug: taken.slug, name: "Someone Else", kind: "PERSON" } }).catch((e: unknown) => e);
    for (const error of [raw, orm]) {
      const response = errorResponse(error);
      expect(response.status).toBe(409);
      expect(await response.json()).toMatchObject({ error: { code: "CONFLICT", message: expect.any(String), details: expect.any(Object) } });
    }
  });
});

test("a full rescore running while forecasts are logged leaves the same scores as a rescore alone", async () => {
  const questionId = await newQuestion("Will rescoring get in the way?");
  await setOutcome({ db, actor: editor, questionId, input: { value: "NO", resolvedAt: "2026-07-01", note: "No." } });
  const writes = Array.from({ length: 15 }, (_, i) => stated(questionId, { forecaster: { name: `Racer ${i}` }, quote: `Meanwhile ${i}`, probability: 0.5 }));
  const { refused } = await allAtOnce<unknown>([...writes.slice(0, 7), () => rescoreAll({ db, batchSize: 2 }), ...writes.slice(7)]);
  expect(refused).toEqual([]);
  await expectScoresAsIfRescored();
});
