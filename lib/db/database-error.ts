// What a database failure means for the caller, read from whichever wrapper carries it:
// Prisma's ORM errors (P2002, P2034), its raw-query errors (P2010 with the driver adapter's
// SQLSTATE), the adapter's connection kinds, or a plain `pg`/Node error. One reading, so that
// no database failure reaches a user as a bare 500 (ADR 0009): a taken key is a 409, a lost
// race a 429, a value PostgreSQL cannot hold a 422, an unreachable server a 503.
import { AppError, AppErrorCode } from "../errors/app-error";

export type DatabaseErrorKind =
  /** 23505: a natural key or id is taken. */
  | "unique"
  /** 40001 / 40P01: the transaction lost a race; running it again is safe. */
  | "retry"
  /** 55P03 (lock_timeout) or 57014 (statement_timeout): the database is too busy right now. */
  | "busy"
  /** The server cannot be reached, or went away (class 08, 57P0x, 53xxx, refused connections). */
  | "unavailable"
  /** Class 22, data exception: a value PostgreSQL cannot hold (NUL in text, a date out of range). */
  | "bad-value";

type Cause = { originalCode?: unknown; code?: unknown; kind?: unknown; constraint?: { index?: unknown; fields?: unknown } };
// Prisma wraps the driver adapter's error in `meta.driverAdapterError`; a transaction's own
// statements (BEGIN, SET TRANSACTION) can throw the adapter's DriverAdapterError bare, its
// reading in `cause`.
type Wrapped = {
  code?: unknown;
  constraint?: unknown;
  message?: unknown;
  cause?: Cause;
  meta?: { target?: unknown; driverAdapterError?: { cause?: Cause } };
};

/** The driver adapter's reading of the error, wrapped by Prisma or bare. */
function adapterCause(error: Wrapped): Cause | undefined {
  return error.meta?.driverAdapterError?.cause ?? (typeof error.cause?.kind === "string" ? error.cause : undefined);
}

// Prisma's codes for "cannot reach / lost the server / pool timed out / the transaction's
// connection went away" (P2028), and the adapter's kinds.
const UNREACHABLE_PRISMA = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "DatabaseDoesNotExist"]);
const UNREACHABLE_NODE = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH"]);
// What node-postgres throws without a code when the server goes away mid-query; Prisma passes
// such errors on with the text inside its own message.
const UNREACHABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down|in recovery mode)|socket has been ended|\b(ECONNRESET|ECONNREFUSED|EPIPE)\b|terminating connection/i;

/** The index or constraint a unique violation names, when the error says. */
function constraintName(error: unknown): string | null {
  const e = error as Wrapped | null;
  const named = e ? adapterCause(e)?.constraint : undefined;
  const name = named?.index ?? named?.fields ?? e?.meta?.target ?? e?.constraint;
  return name === undefined || name === null ? null : String(name);
}

function sqlState(error: Wrapped): string | undefined {
  const original = adapterCause(error)?.originalCode;
  if (typeof original === "string") return original;
  if (error.code === "P2002") return "23505";
  if (error.code === "P2034") return "40001";
  return typeof error.code === "string" && /^[0-9A-Z]{5}$/.test(error.code) && !error.code.startsWith("P") ? error.code : undefined;
}

function unreachable(error: Wrapped): boolean {
  const code = typeof error.code === "string" ? error.code : "";
  const kind = adapterCause(error)?.kind;
  if (UNREACHABLE_PRISMA.has(code) || UNREACHABLE_NODE.has(code)) return true;
  if (typeof kind === "string" && UNREACHABLE_KINDS.has(kind)) return true;
  return typeof error.message === "string" && UNREACHABLE_MESSAGES.test(error.message);
}

export function databaseErrorKind(error: unknown): DatabaseErrorKind | null {
  if (typeof error !== "object" || error === null) return null;
  const e = error as Wrapped;
  if (unreachable(e)) return "unavailable";
  const state = sqlState(e);
  if (state === "23505") return "unique";
  if (state === "40001" || state === "40P01") return "retry";
  if (state === "55P03" || state === "57014") return "busy";
  if (state && /^(08|57P|53)/.test(state)) return "unavailable";
  if (state?.startsWith("22")) return "bad-value";
  return null;
}

/** The AppError a database error stands for, or null when it is a bug. */
export function appErrorFromDatabase(error: unknown): AppError | null {
  switch (databaseErrorKind(error)) {
    case "unique":
      return new AppError(AppErrorCode.CONFLICT, "This already exists: someone saved the same thing first. Nothing was changed; reload and try again.", {
        constraint: constraintName(error),
      });
    case "retry":
    case "busy":
      return new AppError(AppErrorCode.TOO_MANY_REQUESTS, "Too many changes to the same records at once; nothing was changed. Try again in a moment.");
    case "unavailable":
      return new AppError(AppErrorCode.UNAVAILABLE, "The database cannot be reached just now; nothing was changed. Try again in a moment.");
    case "bad-value":
      return new AppError(AppErrorCode.INVALID_INPUT, "A value is outside what can be stored; nothing was changed.", { value: "cannot be stored" });
    default:
      return null;
  }
}
