import { describe, expect, test } from "vitest";
import { forgetStaticSurvivors } from "./forget-static-survivors";

describe("forgetStaticSurvivors", () => {
  const report = {
    schemaVersion: "1",
    files: {
      "a.ts": {
        source: "const A = /x/;",
        mutants: [
          { id: "1", status: "Survived", static: true },
          { id: "2", status: "Killed", static: true },
          { id: "3", status: "Survived", static: false },
          { id: "4", status: "Timeout", static: true },
          { id: "5", status: "NoCoverage" },
        ],
      },
      "b.ts": { source: "", mutants: [{ id: "6", status: "Killed" }] },
    },
  };

  test("drops static mutants that survived (a timeout counts as caught), keeps every other result and field", () => {
    const { report: out, forgotten } = forgetStaticSurvivors(report);
    expect(out.files["a.ts"].mutants.map((m) => m.id)).toEqual(["2", "3", "4", "5"]);
    expect(out.files["a.ts"].source).toBe("const A = /x/;");
    expect(out.files["b.ts"].mutants).toHaveLength(1);
    expect(out.schemaVersion).toBe("1");
    expect(forgotten).toEqual({ "a.ts": 1 });
  });

  test("with paths, only in the files under them", () => {
    const { report: out, forgotten } = forgetStaticSurvivors(report, ["b.", "c/"]);
    expect(out.files["a.ts"].mutants).toHaveLength(5);
    expect(forgotten).toEqual({});
    expect(forgetStaticSurvivors(report, ["a."]).forgotten).toEqual({ "a.ts": 1 });
  });

  test("leaves the report it was given unchanged", () => {
    forgetStaticSurvivors(report);
    expect(report.files["a.ts"].mutants).toHaveLength(5);
  });
});
