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
