// GET /api/v1/export against a real, seeded PostgreSQL database.
import { beforeAll, describe, expect, test } from "vitest";
import { exportContract } from "@/lib/export/export-contract";
import { useSeededDatabase } from "@/lib/test/seeded-database";
import { GET } from "./route";

const t = useSeededDatabase();
beforeAll(() => {
  process.env.DATABASE_URL = t.url; // the route's db() reads it on first use
});

const get = (query = "") => GET(new Request(`http://test/api/v1/export${query}`));

describe("GET /api/v1/export", () => {
  test("returns the whole dataset in the documented shape", async () => {
    const response = await get();
    expect(response.status).toBe(200);
    const body = exportContract.parse(await response.json());
    expect(body.version).toBe(3);
    expect([body.forecasters.length, body.sources.length, body.questions.length, body.forecasts.length]).toEqual([15, 5, 27, 42]);

    const treaty = body.questions.find((q) => q.id === "q-2024-mutual-defence-treaty")!;
    expect(treaty).toMatchObject({ status: "RESOLVED", deadline: "2024-12-31", outcome: { value: "YES", resolvedAt: "2024-06-19" } });
    const alliance = body.forecasts.find((f) => f.questionId === treaty.id)!;
    expect(alliance).toMatchObject({ madeAt: "2024-06-17", phrase: "little chance", probability: 0.125, low: 0.05, high: 0.2, scale: "ICD-203" });
    const everard = body.forecasts.find((f) => f.quote.includes("hesitations"))!;
    expect(everard).toMatchObject({ phraseRefersTo: "NO", probability: 0.325 });
    // Every reference resolves within the export.
    const ids = (xs: Array<{ id: string }>) => new Set(xs.map((x) => x.id));
    for (const f of body.forecasts) {
      expect(ids(body.questions).has(f.questionId)).toBe(true);
      expect(ids(body.forecasters).has(f.forecasterId)).toBe(true);
      expect(ids(body.sources).has(f.sourceId)).toBe(true);
    }
  });

  test("narrows to one question with everything its forecasts refer to", async () => {
    const body = exportContract.parse(await (await get("?questionId=q-2023-arms-transfer")).json());
    expect(body.questions.map((q) => q.id)).toEqual(["q-2023-arms-transfer"]);
    expect(body.forecasts).toHaveLength(4);
    expect(body.forecasters.map((f) => f.slug).sort()).toEqual(["jeh-sung-hoon", "kim-dong-yub", "new-york-times", "wi-sung-lac"]);
    expect(body.sources).toHaveLength(2);
  });

  test("refuses an unknown id with 404 and names it", async () => {
    const response = await get("?forecasterId=nobody");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: {
        code: "NOT_FOUND",
        message: "Nothing to export: an id in the filter does not exist.",
        details: { forecasterId: 'no forecaster has id "nobody"' },
      },
    });
  });

  test("refuses unknown or empty parameters with 400 and a message per parameter", async () => {
    const response = await get("?status=open&questionId=");
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("BAD_REQUEST");
    expect(Object.keys(error.details).sort()).toEqual(["questionId", "status"]);
    expect(error.details.status).toBe("is not a known field");
  });
});
