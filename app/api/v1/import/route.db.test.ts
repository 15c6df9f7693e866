// POST /api/v1/import against a real, seeded database, with real tokens: all or nothing, every
// problem by row, natural keys, outcomes only for editors, bad input refused with a 4xx.
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { beforeAll, describe, expect, test } from "vitest";
import { createApiToken } from "@/lib/auth/api-tokens.server";
import { buildExport } from "@/lib/export/build-export.server";
import { mergeForecasters } from "@/lib/forecasters/merge-forecasters.server";
import { CSV_COLUMNS, type CsvColumn } from "@/lib/import/csv-columns";
import { snapshotTables } from "@/lib/test/snapshot-tables";
import { useSeededDatabase } from "@/lib/test/seeded-database";
import { createActor } from "@/lib/test/users";
import { POST } from "./route";

const t = useSeededDatabase();
const tokens: Record<string, string> = {};
beforeAll(async () => {
  process.env.DATABASE_URL = t.url;
  for (const role of ["ANALYST", "EDITOR"] as const) {
    tokens[role] = (await createApiToken({ db: t.db, actor: await createActor(t.db, role), input: { name: "import test" } })).token;
  }
});

type Body = string | ReadableStream<Uint8Array>;
function post(body: Body, options: { role?: "ANALYST" | "EDITOR"; type?: string | null; query?: string; headers?: Record<string, string> } = {}) {
  const headers = new Headers(options.headers);
  if (options.type !== null) headers.set("content-type", options.type ?? "text/csv");
  headers.set("authorization", `Bearer ${tokens[options.role ?? "ANALYST"]}`);
  const init: RequestInit & { duplex?: "half" } = { method: "POST", headers, body, duplex: "half" };
  return POST(new Request(`http://test/api/v1/import${options.query ?? ""}`, init));
}

let serial = 0;
/** n valid rows on fresh questions (unique per call), with overrides per row number (from 1). */
function rows(n: number, overrides: Record<number, Partial<Record<CsvColumn, string>>> = {}, base: Partial<Record<CsvColumn, string>> = {}) {
  const run = ++serial;
  return Array.from({ length: n }, (_, i) => ({
    question: `Import test ${run}: will event ${i % 3} happen?`,
    criteria: "As reported.",
    deadline: "2025-12-31",
    tags: "import-test;batch",
    forecaster: `Importer Person ${i % 4}`,
    forecaster_kind: "PERSON",
    outlet: "Test Wire",
    title: `Report ${run}`,
    url: `https://example.org/import/${run}`,
    published_at: "2025-01-15",
    made_at: "2025-01-14",
    quote: `Quote ${i} of run ${run}`,
    phrase: "likely",
    probability: "",
    outcome: "",
    known_on: "",
    evidence_url: "",
    evidence_note: "",
    ...base,
    ...overrides[i + 1],
  }));
}
const csv = (data: Array<Partial<Record<CsvColumn, string>>>, columns: readonly string[] = CSV_COLUMNS) =>
  stringify(data, { header: true, columns: [...columns] });

async function everything() {
  return { tables: await snapshotTables(t.db), dataset: { ...(await buildExport({ db: t.db })), exportedAt: "" } };
}

describe("POST /api/v1/import", () => {
  test("a bad probability on row 7 and a missing quote on row 12: 422 listing both, nothing written", async () => {
    const before = await everything();
    const file = csv(rows(15, { 7: { probability: "1.7" }, 12: { quote: "" } }));
    const response = await post(file);
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.details.problems).toEqual([
      { row: 7, field: "probability", message: expect.stringMatching(/between 0 and 1/) },
      { row: 12, field: "quote", message: expect.any(String) },
    ]);
    expect(await everything()).toEqual(before);
  });

  test("a dry run answers what would happen and writes nothing; the import then does it; the same file again matches everything", async () => {
    const file = csv(rows(6));
    const before = await everything();
    const dry = await post(file, { query: "?dryRun=1" });
    expect(dry.status).toBe(200);
    const planned = await dry.json();
    expect(planned).toMatchObject({ dryRun: true, created: { questions: 3, forecasters: 4, sources: 1, forecasts: 6, outcomes: 0 } });
    expect(planned.rows.map((r: { row: number; action: string }) => [r.row, r.action])).toEqual([1, 2, 3, 4, 5, 6].map((r) => [r, "create"]));
    expect(await everything()).toEqual(before);

    const done = await post(file);
    expect(done.status).toBe(201);
    const first = await done.json();
    expect(first).toMatchObject({ dryRun: false, created: { questions: 3, forecasters: 4, sources: 1, forecasts: 6 } });
    const audit = await t.db.auditEvent.findMany({ where: { action: "import", entityId: first.importId } });
    expect(audit).toHaveLength(1);
    expect((audit[0]!.after as { ids: { forecasts: string[] } }).ids.forecasts.sort()).toEqual(
      first.rows.map((r: { forecastId: string }) => r.forecastId).sort(),
    );

    const between = await everything();
    // The body and the checked forecasts are set aside on disk while importing, and removed after.
    const ownTmp = mkdtempSync(join(tmpdir(), "import-test-"));
    const tmp = process.env.TMPDIR;
    process.env.TMPDIR = ownTmp;
    const again = await (await post(file)).json().finally(() => {
      if (tmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmp;
    });
    expect(readdirSync(ownTmp, { recursive: true })).toEqual([]);
    expect(again.created).toEqual({ questions: 0, forecasters: 0, sources: 0, forecasts: 0, outcomes: 0 });
    expect(again.matched).toMatchObject({ questions: 3, forecasters: 4, sources: 1, forecasts: 6 });
    expect(again.rows.every((r: { action: string }) => r.action === "match")).toBe(true);
    expect(again.rows.map((r: { forecastId: string }) => r.forecastId)).toEqual(first.rows.map((r: { forecastId: string }) => r.forecastId));
    const after = await everything();
    // Only the second import's own audit event is new.
    expect({ ...after, tables: { ...after.tables, AuditEvent: after.tables.AuditEvent!.length } }).toEqual({
      ...between,
      tables: { ...between.tables, AuditEvent: between.tables.AuditEvent!.length + 1 },
    });
  });

  test("names and titles without Latin letters: different forecasters stay apart, and a second import matches them and the source", async () => {
    const file = csv(
      rows(2, { 1: { forecaster: "Анна Петрова" }, 2: { forecaster: "Иван Сидоров" } }, { url: "", outlet: "Газета", title: `Новости ${serial}` }),
    );
    const first = await (await post(file)).json();
    expect(first.error).toBeUndefined();
    expect(first.created.forecasters).toBe(2);
    const names = await t.db.forecaster.findMany({ where: { name: { in: ["Анна Петрова", "Иван Сидоров"] } }, select: { slug: true } });
    expect(new Set(names.map((n) => n.slug)).size).toBe(2);
    const again = await (await post(file)).json();
    expect(again.error).toBeUndefined();
    expect(again.matched.forecasters).toBe(2);
    expect(again.created.forecasts).toBe(0);
  });

  test("a forecaster merged into another is found by its old name: its rows go to the one kept", async () => {
    const first = await (await post(csv(rows(2, { 1: { forecaster: "Merged Away Person" }, 2: { forecaster: "Kept Person" } })))).json();
    expect(first.created.forecasters).toBe(2);
    const editor = await createActor(t.db, "EDITOR");
    await mergeForecasters({ db: t.db, actor: editor, input: { keep: "kept-person", merge: "merged-away-person" } });
    const again = await (await post(csv(rows(1, { 1: { forecaster: "merged away person" } })))).json();
    expect(again.created.forecasters).toBe(0);
    expect(again.matched.forecasters).toBe(1);
    const forecast = await t.db.forecast.findUniqueOrThrow({ where: { id: again.rows[0].forecastId }, select: { forecaster: { select: { slug: true } } } });
    expect(forecast.forecaster.slug).toBe("kept-person");
  });

  test("outcomes need an editor: an analyst gets 403 and nothing is written; an editor's import is scored at once", async () => {
    const file = csv(rows(4, {}, { outcome: "YES", known_on: "2025-06-01", evidence_url: "https://example.org/evidence" }));
    const before = await everything();
    const refused = await post(file, { role: "ANALYST" });
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe("FORBIDDEN");
    expect(await everything()).toEqual(before);

    const done = await post(file, { role: "EDITOR" });
    expect(done.status).toBe(201);
    const result = await done.json();
    expect(result.created.outcomes).toBe(3);
    const scores = await t.db.score.findMany({ where: { forecastId: { in: result.rows.map((r: { forecastId: string }) => r.forecastId) } } });
    expect(scores).toHaveLength(4);
    // "likely" reads 0.675 (55–80 %) on the default scale; the outcome is YES.
    for (const s of scores) expect(s.brier).toBeCloseTo((1 - 0.675) ** 2, 12);
  });

  test("refuses what is not an import with a clear 4xx and writes nothing", async () => {
    const before = await everything();
    const cases: Array<[Promise<Response>, number, RegExp]> = [
      [post("hello", { type: "text/plain" }), 400, /application\/json.*text\/csv/],
      [post("not json {", { type: "application/json" }), 400, /not valid JSON/],
      [post('{"version": 9}', { type: "application/json" }), 422, /problem/],
      [post(""), 422, /no forecasts/],
      [post(csv(rows(1)).split("\n")[0]! + "\n"), 422, /no forecasts/],
      [
        post(
          csv(
            rows(2),
            CSV_COLUMNS.filter((c) => c !== "quote" && c !== "deadline"),
          ),
        ),
        422,
        /header/,
      ],
      [
        post(
          csv(
            rows(2).map((r) => ({ ...r, colour: "red" })),
            [...CSV_COLUMNS, "colour"],
          ),
        ),
        422,
        /header/,
      ],
      [post(`${CSV_COLUMNS.join(",")}\n"unterminated,x\n`), 400, /not a readable CSV/],
      // Not a CSV though labelled one: a PNG's bytes, the export's JSON.
      [
        post(new TextDecoder("latin1").decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))),
        422,
        /header/,
      ],
      [post('{"version": 3, "forecasts": []}'), 400, /not a readable CSV/],
      [post("", { type: "application/json" }), 422, /empty/],
      [post("x", { headers: { "content-length": String(80 * 1024 * 1024) } }), 413, /larger than 64 MB/],
    ];
    for (const [pending, status, message] of cases) {
      const response = await pending;
      const body = await response.json();
      expect([response.status, body.error.message]).toEqual([status, expect.stringMatching(message)]);
    }
    expect(await everything()).toEqual(before);
  });

  test("a 50 MB file is read as it streams and refused whole when its rows are bad; past 64 MB it is cut off with 413", async () => {
    const before = await everything();
    const row = csv(rows(1, { 1: { probability: "2" } })).split("\n")[1]! + "\n";
    const header = csv(rows(1)).split("\n")[0]! + "\n";
    const stream = (bytes: number) => {
      const chunk = new TextEncoder().encode(row.repeat(Math.ceil(65536 / row.length)));
      let sent = 0;
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent === 0) controller.enqueue(new TextEncoder().encode(header));
          if (sent >= bytes) return controller.close();
          controller.enqueue(chunk);
          sent += chunk.byteLength;
        },
      });
    };
    const big = await post(stream(50 * 1024 * 1024));
    expect(big.status).toBe(422);
    expect((await big.json()).error.details.problems.length).toBeGreaterThan(100);
    const tooBig = await post(stream(70 * 1024 * 1024));
    expect(tooBig.status).toBe(413);
    expect(await everything()).toEqual(before);
  });
});
