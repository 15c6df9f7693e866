// Real answers of the /api/v1 routes, on the seed data, checked against the OpenAPI document's
// own response schemas by a JSON Schema validator (Ajv, draft 2020-12 as OpenAPI 3.1 uses): a
// field a route adds, drops or retypes without its schema saying so fails here. Every GET
// route, and each write route's success answer.
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, test } from "vitest";
import { GET as exportCsv } from "@/app/api/v1/export.csv/route";
import { GET as exportJson } from "@/app/api/v1/export/route";
import { POST as extract } from "@/app/api/v1/extract/route";
import { POST as mergeForecasters } from "@/app/api/v1/forecasters/merge/route";
import { GET as leaderboard } from "@/app/api/v1/forecasters/route";
import { GET as forecaster, PATCH as patchForecaster } from "@/app/api/v1/forecasters/[slug]/route";
import { POST as createForecast } from "@/app/api/v1/forecasts/route";
import { DELETE as deleteForecast, PATCH as patchForecast } from "@/app/api/v1/forecasts/[id]/route";
import { POST as importRoute } from "@/app/api/v1/import/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { DELETE as restoreQuestion, POST as archiveQuestion } from "@/app/api/v1/questions/[id]/archive/route";
import { DELETE as undoOutcome, PUT as setOutcome } from "@/app/api/v1/questions/[id]/outcome/route";
import { DELETE as deleteQuestion, GET as question, PATCH as patchQuestion } from "@/app/api/v1/questions/[id]/route";
import { GET as questions, POST as createQuestion } from "@/app/api/v1/questions/route";
import { GET as searchForecasters } from "@/app/api/v1/search/forecasters/route";
import { GET as search } from "@/app/api/v1/search/route";
import { GET as searchSources } from "@/app/api/v1/search/sources/route";
import { POST as mergeSources } from "@/app/api/v1/sources/merge/route";
import { PATCH as patchSource } from "@/app/api/v1/sources/[id]/route";
import { createApiToken } from "@/lib/auth/api-tokens.server";
import { useSeededDatabase } from "@/lib/test/seeded-database";
import { createActor } from "@/lib/test/users";
import { openApiDocument } from "./openapi-document";

const t = useSeededDatabase();
const BASE = "http://test";
let editor = "";

beforeAll(async () => {
  process.env.DATABASE_URL = t.url;
  editor = (await createApiToken({ db: t.db, actor: await createActor(t.db, "EDITOR"), input: { name: "responses test" } })).token;
});

const document = JSON.parse(JSON.stringify(openApiDocument()));
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

/** The document's schema for this answer, with the document's components beside it so that its $refs resolve. */
function schemaOf(path: string, method: string, status: number) {
  const content = document.paths[path]?.[method]?.responses?.[String(status)]?.content;
  expect(content, `${method.toUpperCase()} ${path} ${status} is not in the document`).toBeDefined();
  const schema = content["application/json"]?.schema ?? content["text/csv"]?.schema;
  return { ...schema, components: document.components };
}

const checked = new Set<string>();

/** Calls a route handler as Next.js would and checks the answer's status and body against the document. */
async function expectDocumented(
  handler: (request: Request, context: { params: Promise<never> }) => Promise<Response>,
  options: { path: string; method?: string; url?: string; params?: Record<string, string>; body?: unknown; status?: number; type?: string },
): Promise<Answer> {
  const method = options.method ?? "get";
  const headers = new Headers({ authorization: `Bearer ${editor}` });
  if (options.body !== undefined) headers.set("content-type", options.type ?? "application/json");
  const body = options.body === undefined ? undefined : typeof options.body === "string" ? options.body : JSON.stringify(options.body);
  const request = new Request(`${BASE}${options.url ?? options.path}`, { method: method.toUpperCase(), headers, body });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) as Promise<never> });
  const status = options.status ?? 200;
  const text = await response.text();
  expect(response.status, `${method.toUpperCase()} ${options.path}: ${text.slice(0, 500)}`).toBe(status);
  const data = response.headers.get("content-type")?.startsWith("text/csv") ? text : JSON.parse(text);
  const validate = ajv.compile(schemaOf(options.path, method, status));
  expect(validate(data) ? [] : validate.errors, `${method.toUpperCase()} ${options.path}`).toEqual([]);
  checked.add(`${method} ${options.path}`);
  return data;
}

/** The few fields of the answers that the test reads on (the validator has checked the rest). */
type Answer = {
  items: unknown[];
  forecasts: Array<{ score: unknown }>;
  outcomeHistory: unknown[];
  question: { id: string };
  forecast: { id: string };
  version: number;
};

describe("every /api/v1 answer matches the OpenAPI document's schema for it", () => {
  test("the GET routes, on the seed data", async () => {
    const list = await expectDocumented(questions, { path: "/api/v1/questions", url: "/api/v1/questions?limit=50" });
    expect(list.items.length).toBeGreaterThan(10);
    const resolved = await t.db.question.findFirstOrThrow({ where: { status: "RESOLVED", forecasts: { some: {} } } });
    const detail = await expectDocumented(question, { path: "/api/v1/questions/{id}", url: `/api/v1/questions/${resolved.id}`, params: { id: resolved.id } });
    expect(detail.forecasts.length).toBeGreaterThan(0);
    expect(detail.outcomeHistory.length).toBeGreaterThan(0);
    const board = await expectDocumented(leaderboard, { path: "/api/v1/forecasters", url: "/api/v1/forecasters?minResolved=1" });
    expect(board.items.length).toBeGreaterThan(0);
    const scored = await t.db.forecaster.findFirstOrThrow({ where: { scores: { some: {} } } });
    const one = await expectDocumented(forecaster, {
      path: "/api/v1/forecasters/{slug}",
      url: `/api/v1/forecasters/${scored.slug}`,
      params: { slug: scored.slug },
    });
    expect(one.forecasts.some((f) => f.score !== null)).toBe(true);
    await expectDocumented(search, { path: "/api/v1/search", url: "/api/v1/search?q=russia" });
    const found = await expectDocumented(searchForecasters, {
      path: "/api/v1/search/forecasters",
      url: `/api/v1/search/forecasters?q=${encodeURIComponent(scored.name)}`,
    });
    expect(found.items.length).toBeGreaterThan(0);
    const source = await t.db.source.findFirstOrThrow();
    const sources = await expectDocumented(searchSources, {
      path: "/api/v1/search/sources",
      url: `/api/v1/search/sources?q=${encodeURIComponent(source.outlet)}`,
    });
    expect(sources.items.length).toBeGreaterThan(0);
    await expectDocumented(exportJson, { path: "/api/v1/export" });
    await expectDocumented(exportCsv, { path: "/api/v1/export.csv" });
    await expectDocumented(openapi, { path: "/api/v1/openapi.json" });
  });

  test("the write routes' answers", async () => {
    const created = await expectDocumented(createQuestion, {
      path: "/api/v1/questions",
      method: "post",
      status: 201,
      body: { title: "Will the responses test pass by 2030?", criteria: "YES if it does.", deadline: "2030-01-01" },
    });
    const id = created.question.id;
    const at = { path: "/api/v1/questions/{id}", url: `/api/v1/questions/${id}`, params: { id } };
    await expectDocumented(patchQuestion, { ...at, method: "patch", body: { criteria: "YES if it does, as reported." } });
    const source = await t.db.source.create({ data: { outlet: "Responses Wire", title: "Story 0", publishedAt: new Date("2025-01-01") } });
    const person = await t.db.forecaster.findFirstOrThrow();
    const logged = await expectDocumented(createForecast, {
      path: "/api/v1/forecasts",
      method: "post",
      status: 201,
      body: { questionId: id, forecasterId: person.id, sourceId: source.id, madeAt: "2025-01-01", quote: "It will very likely pass.", probability: 0.8 },
    });
    const forecastId = logged.forecast.id;
    const f = { path: "/api/v1/forecasts/{id}", url: `/api/v1/forecasts/${forecastId}`, params: { id: forecastId } };
    await expectDocumented(patchForecast, { ...f, method: "patch", body: { probability: 0.7 } });
    const outcome = { path: "/api/v1/questions/{id}/outcome", url: `/api/v1/questions/${id}/outcome`, params: { id } };
    const set = await expectDocumented(setOutcome, {
      ...outcome,
      method: "put",
      body: { value: "YES", resolvedAt: "2025-06-01", note: "Reported by the wire." },
    });
    await expectDocumented(undoOutcome, { ...outcome, method: "delete", body: { expectedVersion: set.version, reason: "entered by mistake" } });
    await expectDocumented(deleteForecast, { ...f, method: "delete" });
    const archive = { path: "/api/v1/questions/{id}/archive", url: `/api/v1/questions/${id}/archive`, params: { id } };
    await expectDocumented(archiveQuestion, { ...archive, method: "post" });
    await expectDocumented(restoreQuestion, { ...archive, method: "delete" });
    await expectDocumented(deleteQuestion, { ...at, method: "delete" });

    await expectDocumented(patchForecaster, {
      path: "/api/v1/forecasters/{slug}",
      method: "patch",
      url: `/api/v1/forecasters/${person.slug}`,
      params: { slug: person.slug },
      body: { affiliation: "Responses test" },
    });
    await expectDocumented(patchSource, {
      path: "/api/v1/sources/{id}",
      method: "patch",
      url: `/api/v1/sources/${source.id}`,
      params: { id: source.id },
      body: { note: "checked" },
    });
    const [keep, merge] = await Promise.all(
      ["Responses Keep", "Responses Merge"].map((name, i) => t.db.forecaster.create({ data: { name, slug: `responses-${i}`, kind: "PERSON" } })),
    );
    await expectDocumented(mergeForecasters, { path: "/api/v1/forecasters/merge", method: "post", body: { keep: keep!.id, merge: merge!.id } });
    const [s1, s2] = await Promise.all(
      [1, 2].map((i) => t.db.source.create({ data: { outlet: "Responses Wire", title: `Story ${i}`, publishedAt: new Date("2025-01-01") } })),
    );
    await expectDocumented(mergeSources, { path: "/api/v1/sources/merge", method: "post", body: { keep: s1!.id, merge: s2!.id } });
    await expectDocumented(extract, {
      path: "/api/v1/extract",
      method: "post",
      body: { text: "Officials said a visit is likely before the end of the year, according to the ministry." },
    });
    const csv = `question,criteria,deadline,forecaster,outlet,title,published_at,quote,phrase\n"Will the import answer match?",As reported.,2026-12-31,Responses Analyst,Responses Wire,Story 3,2025-01-01,It is likely.,likely\n`;
    await expectDocumented(importRoute, { path: "/api/v1/import", method: "post", url: "/api/v1/import?dryRun=1", body: csv, type: "text/csv" });
    await expectDocumented(importRoute, { path: "/api/v1/import", method: "post", body: csv, type: "text/csv", status: 201 });
  });

  test("covers every operation the document lists", () => {
    const listed = Object.entries(document.paths).flatMap(([path, ops]) => Object.keys(ops as object).map((method) => `${method} ${path}`));
    expect([...checked].sort()).toEqual(listed.sort());
  });
});
