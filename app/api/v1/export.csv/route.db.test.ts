// GET /api/v1/export.csv against the seed data: the import's columns plus brier, the browser's filters.
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, test } from "vitest";
import { CSV_COLUMNS } from "@/lib/import/csv-columns";
import { useSeededDatabase } from "@/lib/test/seeded-database";
import { GET } from "./route";

const t = useSeededDatabase();
beforeAll(() => {
  process.env.DATABASE_URL = t.url;
});

async function rows(query = "") {
  const response = await GET(new Request(`http://test/api/v1/export.csv${query}`));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  return parse(await response.text(), { columns: true }) as Array<Record<string, string>>;
}

describe("GET /api/v1/export.csv", () => {
  test("every forecast, in the import's columns plus brier, resolved ones scored", async () => {
    const all = await rows();
    expect(all).toHaveLength(42);
    expect(Object.keys(all[0]!)).toEqual([...CSV_COLUMNS, "brier"]);
    const alliance = all.find((r) => r.phrase === "little chance")!;
    expect(alliance).toMatchObject({ probability: "0.125", outcome: "YES", deadline: "2024-12-31" });
    expect(Number(alliance.brier)).toBeCloseTo(0.765625, 12);
    expect(all.filter((r) => r.outcome === "").every((r) => r.brier === "")).toBe(true);
  });

  test("the question browser's filters apply; a forecaster narrows the rows to theirs", async () => {
    const resolved = await rows("?status=resolved");
    expect(resolved.length).toBeGreaterThan(0);
    expect(resolved.every((r) => r.outcome === "YES" || r.outcome === "NO")).toBe(true);
    const jeh = await rows("?forecaster=jeh-sung-hoon");
    expect(jeh.length).toBeGreaterThan(0);
    expect(new Set(jeh.map((r) => r.forecaster))).toEqual(new Set(["Jeh Sung-hoon"]));
  });

  test("an unknown filter is a 400 with the usual error shape", async () => {
    const response = await GET(new Request("http://test/api/v1/export.csv?colour=red"));
    expect(response.status).toBe(400);
    expect((await response.json()).error.details).toEqual({ colour: "is not a known field" });
  });
});
