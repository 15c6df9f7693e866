import { expect, test } from "vitest";
import { suggestForecasterKind } from "./suggest-forecaster-kind";

test.each([
  ["Senior US officials", "UNNAMED_GROUP"],
  ["South Korean experts", "UNNAMED_GROUP"],
  ["a government official", "UNNAMED_GROUP"],
  ["Yonhap News Agency", "ORGANISATION"],
  ["Polymarket", "ORGANISATION"],
  ["Bank of Korea", "ORGANISATION"],
  ["Korea Institute for National Unification", "ORGANISATION"],
  ["Kim Dong-yub", "PERSON"],
  ["Wi Sung-lac", "PERSON"],
])("%s suggests %s", (name, kind) => {
  expect(suggestForecasterKind(name)).toBe(kind);
});

test("an empty name suggests nothing", () => {
  expect(suggestForecasterKind("  ")).toBeNull();
});
