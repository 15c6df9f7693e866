import { describe, expect, test } from "vitest";
import { checkMutationScores, formatTable, scoreOf } from "./mutation-score";

const mutants = (statuses: Record<string, number>) => Object.entries(statuses).flatMap(([status, count]) => Array.from({ length: count }, () => ({ status })));
const areas = [
  { name: "scoring", prefix: "lib/scoring/", floor: 95 },
  { name: "extraction", prefix: "lib/extraction/", floor: 75 },
];

describe("scoreOf", () => {
  test("timeouts count as killed; compile errors, runtime errors and ignored mutants are left out", () => {
    expect(scoreOf({ killed: 6, timeout: 2, survived: 1, noCoverage: 1, compileError: 50, runtimeError: 3, ignored: 4 })).toBe(80);
    expect(scoreOf({ killed: 0, timeout: 0, survived: 0, noCoverage: 0, compileError: 5, runtimeError: 0, ignored: 0 })).toBeNull();
  });
});

describe("checkMutationScores", () => {
  test("a file below its area's floor fails the check even when the area as a whole passes", () => {
    const report = {
      files: {
        "lib/scoring/a.ts": { mutants: mutants({ Killed: 100 }) },
        "lib/scoring/b.ts": { mutants: mutants({ Killed: 9, Survived: 1 }) }, // 90%
        "lib/extraction/c.ts": { mutants: mutants({ Killed: 3, Timeout: 1, CompileError: 7 }) },
        "lib/other.ts": { mutants: mutants({ Survived: 1 }) },
      },
    };
    const result = checkMutationScores({ report, areas, fileFloors: {} });
    expect(result.areas.map((r) => [r.name, r.score, r.ok])).toEqual([
      ["scoring", (100 * 109) / 110, true],
      ["extraction", 100, true],
    ]);
    expect(result.files.filter((r) => !r.ok).map((r) => r.name)).toEqual(["lib/scoring/b.ts"]);
    expect(result.unassigned).toEqual(["lib/other.ts"]);
    expect(result.ok).toBe(false);
    expect(checkMutationScores({ report, areas, fileFloors: { "lib/scoring/b.ts": { floor: 90, why: "test" } } }).ok).toBe(true);
  });

  test("an area below its floor fails; no-coverage mutants count as survivors", () => {
    const report = { files: { "lib/extraction/c.ts": { mutants: mutants({ Killed: 7, NoCoverage: 3 }) } } };
    const result = checkMutationScores({ report, areas, fileFloors: {} });
    expect(result.areas[1]).toMatchObject({ name: "extraction", score: 70, ok: false, noCoverage: 3 });
    expect(result.ok).toBe(false);
  });

  test("refuses a report with mutants left untested", () => {
    expect(() => checkMutationScores({ report: { files: { "lib/scoring/a.ts": { mutants: [{ status: "Pending" }] } } }, areas })).toThrow(/Pending/);
  });

  test("the table marks what is below its floor", () => {
    const { files } = checkMutationScores({
      report: { files: { "lib/scoring/b.ts": { mutants: mutants({ Killed: 1, Survived: 1 }) } } },
      areas,
      fileFloors: {},
    });
    const table = formatTable(files, "file");
    expect(table.split("\n")[1]).toMatch(/^lib\/scoring\/b\.ts\s+1\s+0\s+1\s+0\s+0\s+50\.00%\s+95%\s+BELOW$/);
  });
});
