// GET /api/v1/search against a real, seeded database.
import { beforeAll, expect, test } from "vitest";
import { useSeededDatabase } from "@/lib/test/seeded-database";
import { searchEverythingResult } from "@/lib/search/search-everything-query";
import { GET, POST } from "./route";

const t = useSeededDatabase();
beforeAll(() => {
  process.env.DATABASE_URL = t.url;
});

const get = (query: string) => GET(new Request(`http://test/api/v1/search${query}`));

test("answers every group with its count, typos forgiven", async () => {
  const response = await get("?q=kim%20dong%20yub&limit=3");
  expect(response.status).toBe(200);
  const body = await response.json();
  expect(Object.keys(body).sort()).toEqual(["forecasters", "outlets", "questions", "quotes", "sources", "term"]);
  expect(body.term).toBe("kim dong yub");
  expect(body.forecasters.items[0]).toMatchObject({ slug: "kim-dong-yub" });
  expect(body.forecasters.total).toBeGreaterThanOrEqual(1);
  expect(searchEverythingResult.safeParse(body).error).toBeUndefined();
  const place = await (await get("?q=Vladivostock")).json();
  expect(searchEverythingResult.safeParse(place).error).toBeUndefined();
  const outlet = await (await get("?q=Hankyore")).json();
  expect(outlet.outlets.items.length * outlet.sources.items.length).toBeGreaterThan(0);
  expect(searchEverythingResult.safeParse(outlet).error).toBeUndefined();
  expect(place.questions.items.map((q: { id: string }) => q.id)).toContain("q-2023-summit-in-vladivostok");
});

test("cuts a long search, refuses an absurd one, NUL bytes and other methods", async () => {
  const long = await (await get(`?q=${encodeURIComponent("Vladivostok ".repeat(150))}`)).json();
  expect(long.term.length).toBeLessThanOrEqual(100);
  expect((await get(`?q=${"a".repeat(2001)}`)).status).toBe(400);
  expect((await get("?q=kim%00")).status).toBe(400);
  expect((await get("?q=kim&limit=51")).status).toBe(400);
  const post = await POST();
  expect(post.status).toBe(405);
  expect(post.headers.get("allow")).toContain("GET");
});
