// POST /api/v1/import with files larger than one batch (5 000 forecasts): the export's JSON read
// as it streams, in any order of its parts; a forecast that comes twice in one file found across
// batches; a problem found only in the last batch rolling back what the first batches wrote; the
// answer's rows streamed back whole and in order.
import { stringify } from "csv-stringify/sync";
import { beforeAll, describe, expect, test } from "vitest";
import { createApiToken } from "@/lib/auth/api-tokens.server";
import { buildExport } from "@/lib/export/build-export.server";
import { CSV_COLUMNS } from "@/lib/import/csv-columns";
import { snapshotTables } from "@/lib/test/snapshot-tables";
import { useSeededDatabase } from "@/lib/test/seeded-database";
import { createActor } from "@/lib/test/users";
import { POST } from "./route";

const t = useSeededDatabase();
let token = "";
beforeAll(async () => {
  process.env.DATABASE_URL = t.url;
  token = (await createApiToken({ db: t.db, actor: await createActor(t.db, "ANALYST"), input: { name: "batches test" } })).token;
});

function post(body: string, type: string) {
  const headers = new Headers({ "content-type": type, authorization: `Bearer ${token}` });
  return POST(new Request("http://test/api/v1/import", { method: "POST", headers, body }));
}

async function everything() {
  return { tables: await snapshotTables(t.db), dataset: { ...(await buildExport({ db: t.db })), exportedAt: "" } };
}

const N = 12_000;

/** An export document of n forecasts on three questions, with its forecasts first; `changes` by row (from 1). */
function document(run: string, n: number, changes: Record<number, Record<string, unknown>> = {}) {
  const forecasts = Array.from({ length: n }, (_, i) => ({
    id: `f${i}`,
    questionId: `q${i % 3}`,
    forecasterId: `p${i % 2}`,
    sourceId: "s",
    madeAt: "2025-01-14",
    loggedAt: "2025-01-20T10:00:00.000Z",
    quote: `Quote ${i} of ${run}: it will probably happen.`,
    phrase: null,
    phraseRefersTo: "YES",
    probability: 0.6,
    probabilitySource: "STATED",
    scale: null,
    low: null,
    high: null,
    ...changes[i + 1],
  }));
  return JSON.stringify({
    forecasts,
    version: 3,
    exportedAt: "2025-01-21T00:00:00.000Z",
    questions: [0, 1, 2].map((q) => ({
      id: `q${q}`,
      title: `Batches ${run}: will event ${q} happen?`,
      criteria: "As reported.",
      deadline: "2025-12-31",
      tags: ["batches"],
      status: "OPEN",
      outcome: null,
    })),
    forecasters: [0, 1].map((p) => ({ id: `p${p}`, slug: `batches-${run}-${p}`, name: `Batches ${run} Person ${p}`, kind: "PERSON", affiliation: null })),
    sources: [{ id: "s", outlet: "Batch Wire", title: `Batches ${run}`, url: `https://example.org/batches/${run}`, publishedAt: "2025-01-15", byline: null }],
  });
}

// Each test imports 12 000 forecasts: about 10 s on a quiet machine, several times that on a busy one.
describe("POST /api/v1/import, larger than one batch", { timeout: 240_000 }, () => {
  test("the export's JSON, forecasts before the parts they name, streams in: every row answered in order, a repeated forecast matched across batches", async () => {
    // The last forecast repeats the first (same question, forecaster, source and quote), two batches later.
    const first = `Quote 0 of json-a: it will probably happen.`;
    const response = await post(document("json-a", N, { [N]: { questionId: "q0", forecasterId: "p0", quote: first } }), "application/json");
    expect(response.status).toBe(201);
    const result = await response.json();
    expect(result.created).toEqual({ questions: 3, forecasters: 2, sources: 1, forecasts: N - 1, outcomes: 0 });
    expect(result.matched.forecasts).toBe(1);
    expect(result.rows).toHaveLength(N);
    expect(result.rows.map((r: { row: number }) => r.row)).toEqual(Array.from({ length: N }, (_, i) => i + 1));
    expect(result.rows.at(-1)).toEqual({ ...result.rows[0], row: N, action: "match" });
    const stored = await t.db.forecast.count({ where: { source: { url: "https://example.org/batches/json-a" } } });
    expect(stored).toBe(N - 1);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "import", entityId: result.importId } });
    const created = result.rows.filter((r: { action: string }) => r.action === "create").map((r: { forecastId: string }) => r.forecastId);
    expect((audit.after as { ids: { forecasts: string[] } }).ids.forecasts).toEqual(created);
  });

  test("a forecast in the last batch contradicting the first: 422 naming its row, and what the first batches wrote is rolled back", async () => {
    const before = await everything();
    // Row N quotes row 1's words from the same source on the same question, for another forecaster:
    // found only when the last batch is planned, after the first two were written.
    const body = document("json-b", N, { [N]: { questionId: "q0", forecasterId: "p1", quote: "Quote 0 of json-b: it will probably happen." } });
    const response = await post(body, "application/json");
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(error.details.problems).toEqual([{ row: N, field: "quote", message: expect.stringMatching(/another forecaster/) }]);
    expect(await everything()).toEqual(before);
  });

  test("the export's JSON with bad forecasts in its last batch: each listed by row and field, nothing written", async () => {
    const before = await everything();
    const body = document("json-c", N, { [N - 1]: { questionId: "nowhere" }, [N]: { probability: 1.5 } });
    const response = await post(body, "application/json");
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(error.details.problems).toEqual([
      { row: N - 1, field: "questionId", message: "names nothing in this document" },
      { row: N, field: `forecasts.${N - 1}.probability`, message: expect.any(String) },
    ]);
    expect(await everything()).toEqual(before);
  });

  test("a CSV whose last batch holds a bad row: nothing written", async () => {
    const before = await everything();
    const rows = Array.from({ length: N }, (_, i) => ({
      question: `Batches csv: will event ${i % 3} happen?`,
      criteria: "As reported.",
      deadline: "2025-12-31",
      tags: "batches",
      forecaster: `Batches Csv Person ${i % 2}`,
      forecaster_kind: "PERSON",
      outlet: "Batch Wire",
      title: "Batches csv",
      url: "https://example.org/batches/csv",
      published_at: "2025-01-15",
      made_at: i === N - 1 ? "2026-01-14" : "2025-01-14",
      quote: `Quote ${i} of the CSV`,
      phrase: "likely",
      probability: "",
    }));
    const response = await post(stringify(rows, { header: true, columns: CSV_COLUMNS.slice(0, 14) }), "text/csv");
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(error.details.problems).toEqual([{ row: N, field: "madeAt", message: expect.stringMatching(/after the question's deadline/) }]);
    expect(await everything()).toEqual(before);
  });
});
