// The one way to run a raw SQL read: the statement, and the zod schema its rows must match
// (parse-rows.ts says why). Prisma's query builder stays the way for everything it can express.
import type { z } from "zod";
import type { Prisma } from "../generated/prisma/client";
import type { Db } from "./client.server";
import { parseRows } from "./parse-rows";

type Queryable = Pick<Db, "$queryRaw"> | Pick<Prisma.TransactionClient, "$queryRaw">;

/** Runs `sql` and returns its rows checked against `row`; `query` names it in errors. */
export async function queryRows<Row>(options: { db: Queryable; sql: Prisma.Sql; row: z.ZodType<Row>; query: string }): Promise<Row[]> {
  const rows: unknown = await options.db.$queryRaw(options.sql);
  return parseRows({ rows, row: options.row, query: options.query });
}
