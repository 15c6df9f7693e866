// The export's JSON read as it streams gives what the document parsed whole gives
// (bundleFromExport): the same records and problems, in any order of the document's parts and
// however its bytes are cut; and the same errors for what is not a document.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { bundleFromExport } from "./bundle-from-export";
import type { ForecastRecord, ImportBundle } from "./import-bundle";
import { readExportJson } from "./read-export-json";

const dir = mkdtempSync(join(tmpdir(), "read-export-json-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function forecast(i: number, changes: Record<string, unknown> = {}) {
  return {
    id: `f${i}`,
    questionId: "q1",
    forecasterId: "p1",
    sourceId: "s1",
    madeAt: "2025-01-14",
    loggedAt: "2025-01-20T10:00:00.000Z",
    quote: `Quote ${i}, «naïve» café`,
    phrase: "likely",
    phraseRefersTo: "YES",
    probability: 0.675,
    probabilitySource: "SCALE",
    scale: "default",
    low: 0.55,
    high: 0.8,
    ...changes,
  };
}

const parts = {
  version: 3,
  exportedAt: "2025-01-21T00:00:00.000Z",
  questions: [
    {
      id: "q1",
      title: "Will it happen?",
      criteria: "As reported.",
      deadline: "2025-12-31",
      tags: ["a", "b"],
      status: "RESOLVED",
      outcome: { value: "YES", resolvedAt: "2025-06-01", evidenceUrl: null, note: null },
    },
  ],
  forecasters: [{ id: "p1", slug: "anna-petrova", name: "Анна Петрова", kind: "PERSON", affiliation: null, aliases: [{ slug: "old", name: "Old" }] }],
  sources: [{ id: "s1", outlet: "Wire", title: "Report", url: null, publishedAt: "2025-01-15", byline: null, text: "Long text.\n" }],
};

/** Reads `text` cut into pieces of `size` bytes; returns the bundle with every batch's forecasts in it. */
async function read(text: string, size = 7): Promise<ImportBundle & { batches: number }> {
  const bytes = Buffer.from(text);
  const pieces = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
  const forecasts: ForecastRecord[] = [];
  let batches = 0;
  const bundle = await readExportJson({
    body: pieces,
    dir,
    onBatch: async (batch) => {
      batches++;
      forecasts.push(...batch);
    },
  });
  return { ...bundle, forecasts, batches };
}

describe("readExportJson", () => {
  test("gives the records a document parsed whole gives, with the forecasts before or after the parts they name", async () => {
    const document = { ...parts, forecasts: [forecast(1), forecast(2, { probability: 0.4, probabilitySource: "STATED", phrase: null })] };
    const whole = bundleFromExport(document);
    const last = await read(JSON.stringify(document));
    const first = await read(JSON.stringify({ forecasts: document.forecasts, ...parts }));
    for (const streamed of [last, first]) {
      expect(streamed.problems).toEqual([]);
      expect(streamed.forecasts).toEqual(whole.forecasts);
      expect([...streamed.questions.values()]).toEqual([...whole.questions.values()]);
      expect([...streamed.forecasters.values()]).toEqual([...whole.forecasters.values()]);
      expect([...streamed.sources.values()]).toEqual([...whole.sources.values()]);
    }
  });

  test("hands the forecasts on in batches of 5 000", { timeout: 60_000 }, async () => {
    const forecasts = Array.from({ length: 5001 }, (_, i) => forecast(i + 1));
    const streamed = await read(JSON.stringify({ ...parts, forecasts }), 64 * 1024);
    expect(streamed.batches).toBe(2);
    expect(streamed.forecasts.map((f) => f.row)).toEqual(forecasts.map((_, i) => i + 1));
  });

  test("lists the problems a document parsed whole lists: by row for a forecast, by path for the rest", async () => {
    const document = {
      ...parts,
      questions: [{ ...parts.questions[0], deadline: "31/12/2025" }],
      forecasts: [forecast(1), forecast(2, { probability: 2 }), forecast(3, { extra: true })],
    };
    const streamed = await read(JSON.stringify(document));
    const whole = bundleFromExport(document);
    const sorted = (b: ImportBundle) => [...b.problems].sort((a, b) => a.field.localeCompare(b.field));
    expect(sorted(streamed)).toEqual(sorted(whole));
    expect(streamed.problems.map((p) => [p.row, p.field])).toEqual(
      expect.arrayContaining([
        [2, "forecasts.1.probability"],
        [3, "forecasts.2"],
        [null, "questions.0.deadline"],
      ]),
    );
    const unknown = await read(JSON.stringify({ ...parts, forecasts: [forecast(1, { sourceId: "nowhere" })] }));
    expect(unknown.problems).toEqual([{ row: 1, field: "sourceId", message: "names nothing in this document" }]);
    const missing = await read(JSON.stringify(parts));
    expect(missing.problems).toEqual([{ row: null, field: "forecasts", message: expect.any(String) }]);
  });

  test("refuses what is not a document, as a document parsed whole is refused", async () => {
    const cases: Array<[string, number, RegExp]> = [
      ["", 422, /empty/],
      ["  \n ", 422, /empty/],
      ["not json {", 400, /not valid JSON/],
      ['{"version": 3,', 400, /not valid JSON/],
      ['{"version": 3} {"version": 3}', 400, /not valid JSON/],
      ["[1, 2]", 400, /not valid JSON/],
      [`{"version": 3, "note": "bell \\u0007"}`, 422, /cannot be stored/],
      [`{"version": 3, "deep": ${"[".repeat(40)}${"]".repeat(40)}}`, 422, /nested too deeply/],
    ];
    for (const [text, status, message] of cases) {
      const error = await read(text).then(
        () => null,
        (e: unknown) => e as { code: string; message: string },
      );
      expect([error?.code, error?.message]).toEqual([status === 400 ? "BAD_REQUEST" : "INVALID_INPUT", expect.stringMatching(message)]);
    }
  });
});
