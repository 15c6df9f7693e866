import { expect, test } from "vitest";
import { appErrorFromDatabase, databaseErrorKind } from "./database-error";

const adapter = (code: string, extra = {}) => ({ code: "P2010", meta: { driverAdapterError: { cause: { originalCode: code, ...extra } } } });

test("reads the SQLSTATE from Prisma's ORM and raw errors and from pg's own", () => {
  expect(databaseErrorKind({ code: "P2002", meta: { target: ["slug"] } })).toBe("unique");
  expect(databaseErrorKind(adapter("23505"))).toBe("unique");
  expect(databaseErrorKind({ code: "23505" })).toBe("unique");
  expect(databaseErrorKind(adapter("40P01"))).toBe("retry");
  expect(databaseErrorKind({ code: "P2034" })).toBe("retry");
  expect(databaseErrorKind({ code: "40001" })).toBe("retry");
  expect(databaseErrorKind(adapter("55P03"))).toBe("busy");
  expect(databaseErrorKind(adapter("23503"))).toBeNull();
  expect(databaseErrorKind({ code: "P2025" })).toBeNull();
  expect(databaseErrorKind(new Error("boom"))).toBeNull();
});

test("a unique violation is a CONFLICT naming the index; a lost race is TOO_MANY_REQUESTS; anything else stays a bug", () => {
  expect(appErrorFromDatabase(adapter("23505", { constraint: { index: "Forecast_natural_key" } }))).toMatchObject({
    code: "CONFLICT",
    details: { constraint: "Forecast_natural_key" },
  });
  expect(appErrorFromDatabase(adapter("40P01"))).toMatchObject({ code: "TOO_MANY_REQUESTS" });
  expect(appErrorFromDatabase(new TypeError("x"))).toBeNull();
});

// Shapes as Prisma 7's driver adapter and node-postgres throw them (seen on PostgreSQL 18).
const adapterError = (code: string, cause: object) =>
  Object.assign(new Error("Invalid invocation"), { code, meta: { driverAdapterError: { name: "DriverAdapterError", cause } } });

test("failures to reach the server read as unavailable: a 503, not a bug", () => {
  expect(databaseErrorKind(adapterError("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 1 }))).toBe("unavailable");
  expect(databaseErrorKind(adapterError("P2010", { originalCode: "57P01", kind: "postgres" }))).toBe("unavailable");
  expect(databaseErrorKind(adapterError("P2010", { originalCode: "08006", kind: "postgres" }))).toBe("unavailable");
  expect(databaseErrorKind(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5"), { code: "ECONNREFUSED" }))).toBe("unavailable");
  expect(databaseErrorKind(new Error("Connection terminated unexpectedly"))).toBe("unavailable");
  expect(databaseErrorKind(new Error("\nInvalid `prisma.question.create()` invocation:\n\nwrite EPIPE"))).toBe("unavailable");
  expect(databaseErrorKind(new Error("This socket has been ended by the other party"))).toBe("unavailable");
  expect(databaseErrorKind(Object.assign(new Error("Transaction API error: Transaction already closed"), { code: "P2028" }))).toBe("unavailable");
  expect(appErrorFromDatabase(new Error("timeout exceeded when trying to connect"))?.code).toBe("UNAVAILABLE");
});

test("data exceptions are bad values (422); other SQL errors stay bugs", () => {
  expect(appErrorFromDatabase(adapterError("P2039", { originalCode: "22021", kind: "postgres" }))?.code).toBe("INVALID_INPUT");
  expect(databaseErrorKind(adapterError("P2010", { originalCode: "22008", kind: "postgres" }))).toBe("bad-value");
  for (const error of [new TypeError("x is undefined"), adapterError("P2010", { originalCode: "42P01", kind: "postgres" }), null, "text", 42]) {
    expect(databaseErrorKind(error)).toBeNull();
    expect(appErrorFromDatabase(error)).toBeNull();
  }
});

// A transaction's BEGIN on a connection the server dropped: the adapter's error arrives bare,
// its reading in `cause` (seen in the database-crash end-to-end test as a 500).
const bareAdapterError = (cause: object) => Object.assign(new Error("ConnectionClosed"), { name: "DriverAdapterError", cause });

test("the driver adapter's error thrown bare is read as Prisma's wrapped one is", () => {
  expect(databaseErrorKind(bareAdapterError({ kind: "ConnectionClosed" }))).toBe("unavailable");
  expect(appErrorFromDatabase(bareAdapterError({ kind: "SocketTimeout" }))?.code).toBe("UNAVAILABLE");
  expect(databaseErrorKind(bareAdapterError({ originalCode: "57P01", kind: "postgres" }))).toBe("unavailable");
  expect(
    appErrorFromDatabase(bareAdapterError({ originalCode: "23505", kind: "UniqueConstraintViolation", constraint: { index: "Source_url_key" } })),
  ).toMatchObject({
    code: "CONFLICT",
    details: { constraint: "Source_url_key" },
  });
  // An error whose cause is no adapter reading stays a bug.
  expect(databaseErrorKind(Object.assign(new Error("boom"), { cause: new Error("inner") }))).toBeNull();
});
