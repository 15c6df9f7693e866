// The forecaster API against a real, seeded PostgreSQL database.
import { beforeAll, describe, expect, test } from "vitest";
import { useSeededDatabase } from "@/lib/test/seeded-database";
import { GET as getOne } from "./[slug]/route";
import { GET as getList } from "./route";

const t = useSeededDatabase();
beforeAll(() => {
  process.env.DATABASE_URL = t.url;
});

const list = (query = "") => getList(new Request(`http://test/api/v1/forecasters${query}`));
const one = (slug: string) => getOne(new Request(`http://test/api/v1/forecasters/${slug}`), { params: Promise.resolve({ slug }) });

describe("GET /api/v1/forecasters", () => {
  test("lists every forecaster with a scored forecast, best Brier first, each score with its n, and no interval below five questions", async () => {
    const response = await list();
    expect(response.status).toBe(200);
    const { items, nextPage } = await response.json();
    expect(nextPage).toBeNull();
    expect(items).toHaveLength(13);
    expect(Object.keys(items[0]).sort()).toEqual(["brier", "brierInterval", "id", "logScore", "name", "rank", "relativeBrier", "resolved", "skill", "slug"]);
    const briers = items.map((i: { brier: number }) => i.brier);
    expect(briers).toEqual([...briers].sort((a, b) => a - b));
    const wi = items.find((i: { slug: string }) => i.slug === "wi-sung-lac");
    expect(wi.resolved).toBe(2);
    expect(wi.brier).toBeCloseTo(0.060625, 12);
    expect(wi.brierInterval).toBeNull(); // two questions: too few to tell (ADR 0012)
  });

  test("minResolved and tag narrow the list", async () => {
    const { items } = await (await list("?minResolved=3")).json();
    expect(items.map((i: { slug: string }) => i.slug).sort()).toEqual(["cho-tae-yong", "hankyoreh"]);
    const arms = await (await list("?tag=sanctions&sort=log")).json();
    expect(arms.items.map((i: { slug: string }) => i.slug).sort()).toEqual(["hankyoreh", "wi-sung-lac"]);
  });

  test("refuses a bad option with 400 and says which", async () => {
    const response = await list("?sort=luck&minResolved=0&to=2024-01-01&from=2024-02-01");
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.details).toMatchObject({ sort: "must be one of brier, relative, log, resolved", minResolved: "must be at least 1" });
  });
});

describe("GET /api/v1/forecasters/[slug]", () => {
  test("returns the forecaster, their stats, ten calibration bins and their forecasts with scores", async () => {
    const response = await one("jeh-sung-hoon");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.forecaster).toMatchObject({ slug: "jeh-sung-hoon", name: "Jeh Sung-hoon", kind: "PERSON" });
    expect(Object.keys(body.stats).sort()).toEqual(
      ["brier", "brierInterval", "brierRangeUnderScale", "logScore", "relativeBrier", "reliability", "resolution", "resolved", "skill", "uncertainty"].sort(),
    );
    expect(body.stats.resolved).toBe(1);
    expect(body.stats.brierInterval).toBeNull();
    expect(body.calibration).toHaveLength(10);
    expect(body.calibration[3]).toMatchObject({ lo: 0.3, hi: 0.4, n: 1, meanForecast: 0.325, observed: 1 });
    const seemsLow = body.forecasts.find((f: { phrase: string }) => f.phrase === "seems low");
    expect(seemsLow.score).toMatchObject({ outcome: "YES", resolvedAt: "2024-01-04" });
    expect(seemsLow.score.brier).toBeCloseTo(0.455625, 12);
    expect(body.forecasts.find((f: { phrase: string }) => f.phrase === "will likely").score).toBeNull();
  });

  test("404 for an unknown forecaster", async () => {
    const response = await one("nobody");
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe("NOT_FOUND");
  });
});
