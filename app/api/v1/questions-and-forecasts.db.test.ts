// The questions, forecasts and outcomes API against a real, seeded database, with real tokens.
import { beforeAll, describe, expect, test } from "vitest";
import { createApiToken } from "@/lib/auth/api-tokens.server";
import { snapshotTables } from "@/lib/test/snapshot-tables";
import { useSeededDatabase } from "@/lib/test/seeded-database";
import { createActor } from "@/lib/test/users";
import { POST as postForecast } from "./forecasts/route";
import { PATCH as patchForecast } from "./forecasts/[id]/route";
import { DELETE as undoOutcome, PUT as putOutcome } from "./questions/[id]/outcome/route";
import { GET as getQuestion } from "./questions/[id]/route";
import { GET as listQuestions, POST as postQuestion } from "./questions/route";

const t = useSeededDatabase();
const tokens: Record<string, string> = {};
beforeAll(async () => {
  process.env.DATABASE_URL = t.url;
  for (const role of ["ANALYST", "EDITOR"] as const) {
    tokens[role] = (await createApiToken({ db: t.db, actor: await createActor(t.db, role), input: { name: "api test" } })).token;
  }
});

function call(
  handler: Function,
  method: string,
  path: string,
  options: { role?: "ANALYST" | "EDITOR"; body?: unknown; raw?: string; params?: Record<string, string> } = {},
) {
  const headers = new Headers({ "content-type": "application/json" });
  if (options.role) headers.set("authorization", `Bearer ${tokens[options.role]}`);
  const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  return handler(new Request(`http://test${path}`, { method, headers, body }), { params: Promise.resolve(options.params ?? {}) }) as Promise<Response>;
}

describe("GET /api/v1/questions", () => {
  test("filters and pages with a cursor, at most 100 at a time", async () => {
    const first = await (await call(listQuestions, "GET", "/api/v1/questions?status=open&limit=4")).json();
    expect(first.items).toHaveLength(4);
    expect(first.items[0]).toMatchObject({ status: "OPEN", state: "awaiting" });
    expect(first.items[0].latest[0]).toHaveProperty("probability");
    const second = await (await call(listQuestions, "GET", `/api/v1/questions?status=open&limit=4&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((q: { id: string }) => q.id)).not.toContain(first.items[0].id);
    const tooMany = await call(listQuestions, "GET", "/api/v1/questions?limit=500&status=maybe");
    expect(tooMany.status).toBe(400);
    expect((await tooMany.json()).error.details).toMatchObject({ limit: "must be at most 100", status: expect.stringMatching(/must be one of/) });
  });

  test("GET /api/v1/questions/[id] gives forecasts with scores and the outcome history", async () => {
    const body = await (await call(getQuestion, "GET", "/api/v1/questions/q-2023-arms-transfer", { params: { id: "q-2023-arms-transfer" } })).json();
    expect(body.question).toMatchObject({ id: "q-2023-arms-transfer", deadline: "2024-01-31", outcome: { value: "YES", resolvedAt: "2024-01-04" } });
    expect(body.forecasts).toHaveLength(4);
    expect(body.forecasts.find((f: { forecaster: { slug: string } }) => f.forecaster.slug === "jeh-sung-hoon").score.brier).toBeCloseTo(0.455625, 12);
    expect((await call(getQuestion, "GET", "/api/v1/questions/nope", { params: { id: "nope" } })).status).toBe(404);
  });
});

describe("writing through the API", () => {
  let questionId = "";

  test("POST /api/v1/questions and /api/v1/forecasts create, finding or creating forecaster and source", async () => {
    const created = await call(postQuestion, "POST", "/api/v1/questions", {
      role: "ANALYST",
      body: { title: "Will the API be tested by 2026-12-31?", criteria: "YES if so.", deadline: "2026-12-31", tags: ["testing"] },
    });
    expect(created.status).toBe(201);
    questionId = (await created.json()).question.id;
    const byDescription = await call(postForecast, "POST", "/api/v1/forecasts", {
      role: "ANALYST",
      body: {
        questionId,
        forecaster: { name: "Wi Sung-lac" },
        source: { outlet: "API Times", title: "API piece", publishedAt: "2026-02-01" },
        quote: "It is highly likely.",
        phrase: "highly likely",
      },
    });
    expect(byDescription.status).toBe(201);
    const { forecast } = await byDescription.json();
    expect(forecast).toMatchObject({
      probability: 0.875,
      madeAt: "2026-02-01",
      forecasterId: (await t.db.forecaster.findUniqueOrThrow({ where: { slug: "wi-sung-lac" } })).id,
    });
    const byId = await call(postForecast, "POST", "/api/v1/forecasts", {
      role: "ANALYST",
      body: {
        questionId,
        forecasterId: forecast.forecasterId,
        sourceId: forecast.sourceId,
        quote: "Another quote.",
        probability: 0.6,
        probabilitySource: "STATED",
      },
    });
    expect(byId.status).toBe(201);
    const patched = await call(patchForecast, "PATCH", `/api/v1/forecasts/${forecast.id}`, {
      role: "ANALYST",
      body: { phrase: "unlikely", quote: "It is unlikely." },
      params: { id: forecast.id },
    });
    expect((await patched.json()).forecast).toMatchObject({ phrase: "unlikely", probability: 0.325 });
  });

  test("invalid input gets 4xx with a message per field, and nothing is written", async () => {
    const before = await snapshotTables(t.db);
    const base = { questionId, forecaster: { name: "Fresh Name" }, source: { outlet: "X", title: "Y", publishedAt: "2026-01-01" }, quote: "q", phrase: "may" };
    const attempts: Array<[unknown, number, Record<string, string>]> = [
      [{ ...base, probability: 1.5 }, 422, { probability: "must be a number between 0 and 1" }],
      [{ ...base, probability: "abc" }, 422, { probability: "must be a number between 0 and 1" }],
      [{ ...base, madeAt: "2027-02-01" }, 422, { madeAt: "2027-02-01 is after the question's deadline (2026-12-31)" }],
      [{ ...base, forecaster: undefined, forecasterId: "ghost" }, 422, { forecasterId: "no forecaster has this id" }],
      [{ ...base, quote: "y".repeat(2 * 1024 * 1024) }, 422, { quote: "must be at most 5000 characters" }],
      [{ ...base, colour: "blue" }, 422, { colour: "is not a known field" }],
    ];
    for (const [body, status, details] of attempts) {
      const response = await call(postForecast, "POST", "/api/v1/forecasts", { role: "ANALYST", body });
      expect(response.status).toBe(status);
      expect((await response.json()).error).toMatchObject({ code: "INVALID_INPUT", details });
    }
    const notJson = await call(postForecast, "POST", "/api/v1/forecasts", { role: "ANALYST", raw: "{not json" });
    expect(notJson.status).toBe(400);
    const huge = await call(postForecast, "POST", "/api/v1/forecasts", { role: "ANALYST", raw: JSON.stringify({ quote: "z".repeat(5 * 1024 * 1024) }) });
    expect(huge.status).toBe(413);
    const badQuestion = await call(postQuestion, "POST", "/api/v1/questions", {
      role: "ANALYST",
      body: { title: "No question mark", criteria: "", deadline: "someday" },
    });
    expect((await badQuestion.json()).error.details).toEqual({
      title: "must be a yes/no question ending with '?'",
      criteria: "must not be empty",
      deadline: "must be a calendar date written YYYY-MM-DD",
    });
    expect(await snapshotTables(t.db)).toEqual(before);
  });

  test("two outcome updates with the same expectedVersion: one wins, the other gets 409 with the current state", async () => {
    const { version } = await t.db.question.findUniqueOrThrow({ where: { id: questionId } });
    const put = (value: string) =>
      call(putOutcome, "PUT", `/api/v1/questions/${questionId}/outcome`, {
        role: "EDITOR",
        params: { id: questionId },
        body: { value, resolvedAt: "2026-03-01", note: `said ${value}`, expectedVersion: version },
      });
    const responses = await Promise.all([put("YES"), put("NO")]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const conflict = await responses.find((r) => r.status === 409)!.json();
    expect(conflict.error).toMatchObject({ code: "CONFLICT", details: { current: { version: version + 1, status: "RESOLVED" } } });
    expect(await t.db.outcome.count({ where: { questionId } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { entityId: questionId, action: { startsWith: "outcome." } } })).toBe(1);

    const stale = await call(undoOutcome, "DELETE", `/api/v1/questions/${questionId}/outcome`, {
      role: "EDITOR",
      params: { id: questionId },
      body: { reason: "x", expectedVersion: version },
    });
    expect(stale.status).toBe(409);
    const undone = await call(undoOutcome, "DELETE", `/api/v1/questions/${questionId}/outcome`, {
      role: "EDITOR",
      params: { id: questionId },
      body: { reason: "x", expectedVersion: version + 1 },
    });
    expect(await undone.json()).toEqual({ outcome: null, version: version + 2 });
  });
});
