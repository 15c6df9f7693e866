// The one entry for reading a request: query and JSON body, each checked by a zod schema.
// Anything that does not fit becomes AppError INVALID_INPUT with a message per field.
import type { z } from "zod";
import { AppError, AppErrorCode } from "../errors/app-error";
import { findUnreadableText } from "../text/control-characters";
import { fieldErrors } from "../validation/field-errors";

type Schemas = { query?: z.ZodType; body?: z.ZodType };
type Parsed<S extends Schemas> = {
  query: S["query"] extends z.ZodType ? z.output<S["query"]> : undefined;
  body: S["body"] extends z.ZodType ? z.output<S["body"]> : undefined;
};

/** Checks a value already read (a body, a query) against its contract. */
export function check<T>(schema: z.ZodType<T>, value: unknown, what: "query" | "body"): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    // A bad query string is a malformed request (400); a bad body breaks a rule (422).
    const code = what === "query" ? AppErrorCode.BAD_REQUEST : AppErrorCode.INVALID_INPUT;
    throw new AppError(code, `The request's ${what} is not valid.`, fieldErrors(result.error));
  }
  return result.data;
}

/** Bodies above this are refused unread (413); fields have their own, smaller limits (422). */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/**
 * A JSON document read from text: parsed, and refused whole when any string in it holds
 * control characters. `unchanged` ends each refusal ("nothing was changed", "…imported").
 */
export function parseJsonText(text: string, unchanged = "nothing was changed"): unknown {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError(AppErrorCode.BAD_REQUEST, `The request body is not valid JSON; ${unchanged}.`, { body: "is not valid JSON" });
  }
  const problems = findUnreadableText(body);
  if (Object.keys(problems).length > 0) {
    throw new AppError(AppErrorCode.INVALID_INPUT, `The request's body holds text that cannot be stored; ${unchanged}.`, problems);
  }
  return body;
}

async function readJson(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) tooLarge(maxBytes);
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > maxBytes) tooLarge(maxBytes);
  return parseJsonText(text);
}

function tooLarge(maxBytes: number): never {
  throw new AppError(AppErrorCode.PAYLOAD_TOO_LARGE, `The request body is larger than ${maxBytes / 1024 / 1024} MB.`, { body: "is too large" });
}

export async function parseRequest<S extends Schemas>(request: Request, schemas: S, options: { maxBytes?: number } = {}): Promise<Parsed<S>> {
  const url = new URL(request.url);
  const problems = findUnreadableText(Object.fromEntries(url.searchParams), "query");
  if (Object.keys(problems).length > 0) throw new AppError(AppErrorCode.BAD_REQUEST, "The request's query is not valid.", problems);
  const query = schemas.query ? check(schemas.query, Object.fromEntries(url.searchParams), "query") : undefined;
  const body = schemas.body ? check(schemas.body, await readJson(request, options.maxBytes ?? MAX_BODY_BYTES), "body") : undefined;
  return { query, body } as Parsed<S>;
}

/** The raw JSON body, for domain functions that check their own input. */
export async function readBody(request: Request, options: { maxBytes?: number } = {}): Promise<unknown> {
  return readJson(request, options.maxBytes ?? MAX_BODY_BYTES);
}
