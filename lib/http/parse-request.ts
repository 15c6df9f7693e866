// The one entry for reading a request: query and JSON body, each checked by a zod schema.
// Anything that does not fit becomes AppError INVALID_INPUT with a message per field.
import type { z } from "zod";
import { AppError, AppErrorCode } from "../errors/app-error";
import { fieldErrors } from "../validation/field-errors";

type Schemas = { query?: z.ZodType; body?: z.ZodType };
type Parsed<S extends Schemas> = {
  query: S["query"] extends z.ZodType ? z.output<S["query"]> : undefined;
  body: S["body"] extends z.ZodType ? z.output<S["body"]> : undefined;
};

function check<T>(schema: z.ZodType<T>, value: unknown, what: "query" | "body"): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    // A bad query string is a malformed request (400); a bad body breaks a rule (422).
    const code = what === "query" ? AppErrorCode.BAD_REQUEST : AppErrorCode.INVALID_INPUT;
    throw new AppError(code, `The request's ${what} is not valid.`, fieldErrors(result.error));
  }
  return result.data;
}

export async function parseRequest<S extends Schemas>(request: Request, schemas: S): Promise<Parsed<S>> {
  const url = new URL(request.url);
  const query = schemas.query ? check(schemas.query, Object.fromEntries(url.searchParams), "query") : undefined;
  let body: unknown;
  if (schemas.body) {
    let raw: unknown;
    try {
      raw = await request.json();
    } catch {
      throw new AppError(AppErrorCode.BAD_REQUEST, "The request body must be JSON.", { body: "is not valid JSON" });
    }
    body = check(schemas.body, raw, "body");
  }
  return { query, body } as Parsed<S>;
}
