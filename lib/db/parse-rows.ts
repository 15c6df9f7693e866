// Raw SQL comes back untyped: PostgreSQL decides each column's type (count(*) is a bigint, a sum
// of integers numeric, a date a Date), and a type argument on $queryRaw would only assert it.
// Each raw read checks its rows against a zod schema instead, so that a column of the wrong type
// fails where it is read, naming the query, not later as NaN on a page. Pure.
import type { z } from "zod";

/** The rows, checked one by one against `row`; throws naming the query, the row and the column. */
export function parseRows<Row>(options: { rows: unknown; row: z.ZodType<Row>; query: string }): Row[] {
  const { rows, row, query } = options;
  if (!Array.isArray(rows)) throw new Error(`${query}: expected rows, got ${typeof rows}`);
  return rows.map((value, i) => {
    const parsed = row.safeParse(value);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `column "${issue.path.join(".")}"` : "the row";
    throw new Error(`${query}: row ${i + 1}, ${where}: ${issue?.message ?? "does not match its schema"}`);
  });
}
