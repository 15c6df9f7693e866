import { expect, test } from "vitest";
import { isoDate } from "./fields";

test("an empty date is required, not a format rule; a wrong one names the format", () => {
  expect(isoDate.safeParse("").error?.issues.map((i) => i.message)).toEqual(["is required"]);
  expect(isoDate.safeParse("  ").error?.issues.map((i) => i.message)).toEqual(["is required"]);
  expect(isoDate.safeParse("2026-02-30").error?.issues.map((i) => i.message)).toEqual(["must be a calendar date written YYYY-MM-DD"]);
  expect(isoDate.parse("2026-02-28")).toBe("2026-02-28");
});
