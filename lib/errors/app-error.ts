// The one error type the domain layer throws on purpose. Route handlers turn it into
// `{ error: { code, message, details } }` with the matching HTTP status (lib/http/respond.ts).

export const AppErrorCode = {
  /** The request itself is malformed: not JSON, unknown or bad query parameters. */
  BAD_REQUEST: "BAD_REQUEST",
  /** Well-formed, but the values break a rule (a field out of range, an unknown id in a body). */
  INVALID_INPUT: "INVALID_INPUT",
  NOT_FOUND: "NOT_FOUND",
  /** The route exists, but not for this HTTP method. */
  METHOD_NOT_ALLOWED: "METHOD_NOT_ALLOWED",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  CONFLICT: "CONFLICT",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
  /** The work cannot be done now: the database cannot be reached, a queue is full, or it ran past its time budget. */
  UNAVAILABLE: "UNAVAILABLE",
} as const;

export type AppErrorCode = (typeof AppErrorCode)[keyof typeof AppErrorCode];

export class AppError extends Error {
  readonly code: AppErrorCode;
  /**
   * Specific problems, one message per invalid field (`{ "forecasts.3.probability": "must be at
   * most 1" }`), and for a conflict the current state of what the caller tried to change.
   */
  readonly details: Record<string, unknown> | undefined;

  constructor(code: AppErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
