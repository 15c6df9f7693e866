import { expect, test } from "vitest";
import { brierScore } from "./scores";
import { headToHead } from "./head-to-head";

test("who was closer on each shared question, ties apart, and the totals", () => {
  const rows = [
    { questionId: "q1", brierA: brierScore(0.9, 1), brierB: brierScore(0.6, 1) }, // a closer
    { questionId: "q2", brierA: brierScore(0.7, 0), brierB: brierScore(0.2, 0) }, // b closer
    { questionId: "q3", brierA: brierScore(0.3, 1), brierB: brierScore(0.3, 1) }, // same forecast
    { questionId: "q4", brierA: brierScore(0.1, 0), brierB: brierScore(0.4, 0) }, // a closer
  ];
  const { rows: out, totals } = headToHead(rows);
  expect(out.map((r) => r.closer)).toEqual(["a", "b", "tie", "a"]);
  expect(totals).toMatchObject({ shared: 4, aCloser: 2, bCloser: 1, ties: 1 });
  expect(totals.meanBrierA).toBeCloseTo((0.01 + 0.49 + 0.49 + 0.01) / 4, 12);
  expect(totals.meanBrierB).toBeCloseTo((0.16 + 0.04 + 0.49 + 0.16) / 4, 12);
});

test("no shared questions: no means", () => {
  expect(headToHead([]).totals).toEqual({ shared: 0, aCloser: 0, bCloser: 0, ties: 0, meanBrierA: null, meanBrierB: null });
});
