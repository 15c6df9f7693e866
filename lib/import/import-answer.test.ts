// The import's answer streamed from its rows on disk reads as the contract's one JSON document,
// whatever the number of rows, and lets go of the rows' file once sent or abandoned.
import { describe, expect, test } from "vitest";
import { importAnswer } from "./import-answer.server";
import { importResult } from "./import-contract";
import type { ImportOutcome } from "./import-data.server";

const counts = { questions: 1, forecasters: 2, sources: 3, forecasts: 4, outcomes: 0 };

function outcome(n: number) {
  const state = { disposed: 0 };
  const rows = Array.from({ length: n }, (_, i) => ({ row: i + 1, action: i % 2 ? "match" : "create", forecastId: `f${i}`, questionId: "q" }));
  const result: ImportOutcome = {
    dryRun: false,
    importId: "i1",
    created: counts,
    matched: { ...counts, forecasts: 0 },
    rows: {
      count: n,
      lines: async function* () {
        for (const r of rows) yield JSON.stringify(r);
        yield "";
      },
      dispose: async () => {
        state.disposed++;
      },
    },
  };
  return { result, rows, state };
}

describe("importAnswer", () => {
  test.each([0, 1, 4999, 5001])("%i rows: one JSON document in the contract's shape, and the rows let go of", async (n) => {
    const { result, rows, state } = outcome(n);
    const response = importAnswer(result, { status: 201 });
    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toBe("application/json");
    const body = importResult.parse(await response.json());
    expect(body).toEqual({ dryRun: false, importId: "i1", created: counts, matched: { ...counts, forecasts: 0 }, rows });
    expect(state.disposed).toBe(1);
  });

  test("a client that stops reading lets go of the rows", async () => {
    const { result, state } = outcome(10_000);
    const reader = importAnswer(result, { status: 200 }).body!.getReader();
    await reader.read();
    await reader.cancel();
    expect(state.disposed).toBe(1);
  });
});
