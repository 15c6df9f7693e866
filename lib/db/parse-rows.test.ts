import { expect, test } from "vitest";
import { z } from "zod";
import { parseRows } from "./parse-rows";

const row = z.object({ slug: z.string(), shared: z.number() });

test("rows that match their schema come back as they are", () => {
  expect(parseRows({ rows: [{ slug: "a", shared: 2 }], row, query: "rivals" })).toEqual([{ slug: "a", shared: 2 }]);
  expect(parseRows({ rows: [], row, query: "rivals" })).toEqual([]);
});

test("a column of the wrong type fails naming the query, the row and the column", () => {
  // count(*) without a cast arrives as a bigint: the classic raw-SQL mistake.
  const rows = [
    { slug: "a", shared: 2 },
    { slug: "b", shared: 3n },
  ];
  expect(() => parseRows({ rows, row, query: "rivals" })).toThrow(/^rivals: row 2, column "shared": .*number/);
});

test("a missing column and a result that is no list of rows both fail", () => {
  expect(() => parseRows({ rows: [{ slug: "a" }], row, query: "rivals" })).toThrow(/row 1, column "shared"/);
  expect(() => parseRows({ rows: 3, row, query: "rivals" })).toThrow("rivals: expected rows, got number");
});
