// POST /api/v1/extract: analysts and up; nothing stored; size and emptiness refused.
import { beforeAll, expect, test } from "vitest";
import { createApiToken } from "@/lib/auth/api-tokens.server";
import { snapshotTables } from "@/lib/test/snapshot-tables";
import { useTestDatabase } from "@/lib/test/test-database";
import { createActor } from "@/lib/test/users";
import { POST } from "./route";

const t = useTestDatabase();
const tokens: Record<string, string> = {};
beforeAll(async () => {
  process.env.DATABASE_URL = t.url;
  for (const role of ["READER", "ANALYST"] as const)
    tokens[role] = (await createApiToken({ db: t.db, actor: await createActor(t.db, role), input: { name: "x" } })).token;
});

const post = (body: unknown, role?: "READER" | "ANALYST") =>
  POST(
    new Request("http://test/api/v1/extract", {
      method: "POST",
      headers: { "content-type": "application/json", ...(role ? { authorization: `Bearer ${tokens[role]}` } : {}) },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );

test("proposes candidates with spans, speakers, bands and draft questions, storing nothing", async () => {
  const before = await snapshotTables(t.db);
  const text = "Talks resume\n“A signed text by Friday is highly likely,” said Ahmed Karimi, the chief mediator.";
  const response = await post({ text, outlet: "The Test" }, "ANALYST");
  expect(response.status).toBe(200);
  const { candidates } = await response.json();
  expect(candidates).toEqual([
    {
      quote: "A signed text by Friday is highly likely",
      start: text.indexOf("A signed"),
      end: text.indexOf(",”"),
      forecaster: "Ahmed Karimi",
      forecasterKind: "PERSON",
      phrase: "highly likely",
      band: "very-likely",
      low: 0.8,
      high: 0.95,
      probability: 0.875,
      probabilitySource: "SCALE",
      statedProbability: null,
      suggestedQuestion: "Will it turn out that a signed text by Friday is highly likely?",
    },
  ]);
  expect(await snapshotTables(t.db)).toEqual(before);
});

test("a number the text states is the candidate's probability, marked STATED, over any estimative word", async () => {
  const text = "Polls\nA hung parliament will be the most likely result, with a 30 percent chance, said Mara Quint, a pollster.";
  const { candidates } = await (await post({ text }, "ANALYST")).json();
  expect(candidates).toHaveLength(1);
  expect(candidates[0]).toMatchObject({
    phrase: "30 percent chance",
    probability: 0.3,
    low: 0.3,
    high: 0.3,
    band: "unlikely",
    probabilitySource: "STATED",
    statedProbability: 0.3,
    forecaster: "Mara Quint",
  });
});

test("refuses a text over 1 MB with 413, an empty one with 422, and readers with 403", async () => {
  expect((await post({ text: "x".repeat(1024 * 1024 + 10) }, "ANALYST")).status).toBe(413);
  const empty = await post({ text: "   " }, "ANALYST");
  expect(empty.status).toBe(422);
  expect((await empty.json()).error.details).toEqual({ text: "must not be empty" });
  expect((await post({ text: "A deal is likely." }, "READER")).status).toBe(403);
  expect((await post({ text: "A deal is likely." })).status).toBe(401);
});

test("an article past the time budget is answered 503 with a clear message, and the next one is served", async () => {
  const article = Array.from({ length: 4000 }, (_, i) => `Analyst ${i} said a deal is likely by spring.`).join("\n");
  process.env.HINDSIGHT_EXTRACTION_BUDGET_MS = "1";
  try {
    const response = await post({ text: article }, "ANALYST");
    expect(response.status).toBe(503);
    const { error } = await response.json();
    expect(error).toMatchObject({ code: "UNAVAILABLE", message: expect.stringMatching(/took too long to analyse.*split it/) });
  } finally {
    delete process.env.HINDSIGHT_EXTRACTION_BUDGET_MS;
  }
  const next = await post({ text: "A deal is highly likely." }, "ANALYST");
  expect(next.status).toBe(200);
  expect((await next.json()).candidates).toHaveLength(1);
});
