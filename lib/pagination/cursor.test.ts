import { expect, test } from "vitest";
import { AppError } from "../errors/app-error";
import { decodeCursor, encodeCursor } from "./cursor";

test("a cursor decodes to the values it was made from", () => {
  expect(decodeCursor(encodeCursor(["2024-06-19", "q-1"]), ["string", "string"])).toEqual(["2024-06-19", "q-1"]);
  expect(decodeCursor(encodeCursor([3, "x"]), ["number", "string"])).toEqual([3, "x"]);
});

test("a tampered or foreign cursor is refused with a clear error", () => {
  for (const bad of ["not-base64!", encodeCursor(["a"]), encodeCursor([1, 2]), Buffer.from("{}").toString("base64url")]) {
    expect(() => decodeCursor(bad, ["string", "string"])).toThrow(AppError);
  }
});

test("a cursor whose values this app could not have handed out is refused before it reaches SQL", () => {
  for (const values of [
    ["a\u0000b", "x"],
    ["x".repeat(101), "x"],
  ]) {
    expect(() => decodeCursor(encodeCursor(values), ["string", "string"])).toThrow(AppError);
  }
  for (const count of [1.5, -1, 1e300, Number.MAX_SAFE_INTEGER + 2]) {
    expect(() => decodeCursor(encodeCursor([count, "x"]), ["number", "string"])).toThrow(AppError);
  }
  expect(decodeCursor(encodeCursor(["x".repeat(100), "tab\tok"]), ["string", "string"])).toEqual(["x".repeat(100), "tab\tok"]);
});
