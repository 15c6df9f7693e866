// Every route handler answers through here, so that errors always have one shape:
// { "error": { "code", "message", "details" } } with a fitting HTTP status.
import { AppError, AppErrorCode, isAppError } from "../errors/app-error";

const STATUS: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  INVALID_INPUT: 422,
  NOT_FOUND: 404,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
};

export function json(data: unknown, init?: ResponseInit): Response {
  return Response.json(data, init);
}

export function errorResponse(error: unknown): Response {
  if (isAppError(error)) {
    return Response.json(
      { error: { code: error.code, message: error.message, details: error.details ?? {} } },
      { status: STATUS[error.code] },
    );
  }
  // Anything else is our bug: log it whole, tell the caller only that it happened.
  console.error(error);
  return Response.json(
    { error: { code: "INTERNAL", message: "Something went wrong on our side; nothing was changed.", details: {} } },
    { status: 500 },
  );
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
