// Every route handler answers through here, so that errors always have one shape:
// { "error": { "code", "message", "details" } } with a fitting HTTP status.
import type { z } from "zod";
import { noteDatabaseUnavailable } from "../db/availability.server";
import { appErrorFromDatabase } from "../db/database-error";
import { AppError, AppErrorCode, isAppError } from "../errors/app-error";

const STATUS: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  INVALID_INPUT: 422,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
  UNAVAILABLE: 503,
};

export function json(data: unknown, init?: ResponseInit): Response {
  return Response.json(data, init);
}

/** An answer built to its published schema's type (lib/api/response-schemas.ts). */
export function jsonOf<S extends z.ZodType>(_schema: S, data: z.output<S>, init?: ResponseInit): Response {
  return Response.json(data, init);
}

/**
 * A thrown error as the AppError it stands for, when it stands for one: database failures do
 * (a taken key is a 409 even outside runTransaction). An unreachable database is noted, so
 * that the next requests get a quick 503 (lib/db/availability.server.ts).
 */
export function knownError(thrown: unknown): AppError | null {
  const error = isAppError(thrown) ? thrown : appErrorFromDatabase(thrown);
  if (error?.code === AppErrorCode.UNAVAILABLE) noteDatabaseUnavailable();
  return error;
}

export function errorResponse(thrown: unknown): Response {
  const error = knownError(thrown);
  if (error) {
    const headers = error.code === AppErrorCode.UNAVAILABLE ? { "Retry-After": "5" } : undefined;
    return Response.json({ error: { code: error.code, message: error.message, details: error.details ?? {} } }, { status: STATUS[error.code], headers });
  }
  // Anything else is our bug: log it whole, tell the caller only that it happened.
  console.error(thrown);
  return Response.json({ error: { code: "INTERNAL", message: "Something went wrong on our side; nothing was changed.", details: {} } }, { status: 500 });
}

/** Wraps a route handler so that whatever it throws becomes an error response. */
export function handle<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export { AppError, AppErrorCode };
