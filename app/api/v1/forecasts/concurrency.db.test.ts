// The HTTP side of concurrent writes (ADR 0009): 30 identical POSTs at once answer one 201 and
// 29 409s naming the stored forecast; 30 POSTs naming the same new forecaster and source at once
// all succeed onto one forecaster and one source. Never a 500.
import { beforeAll, expect, test, vi } from "vitest";
import { createApiToken } from "@/lib/auth/api-tokens.server";
import { setOutcome } from "@/lib/outcomes/set-outcome.server";
import { createQuestion } from "@/lib/questions/create-question.server";
import { useTestDatabase } from "@/lib/test/test-database";
import { createActor } from "@/lib/test/users";

vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const t = useTestDatabase();
let token: string;
let questionId: string;
beforeAll(async () => {
  process.env.DATABASE_URL = t.url; // the route's own client, with the app's pool
  const analyst = await createActor(t.db, "ANALYST");
  const editor = await createActor(t.db, "EDITOR");
  ({ token } = await createApiToken({ db: t.db, actor: analyst, input: { name: "race" } }));
  questionId = (await createQuestion({ db: t.db, actor: analyst, input: { title: "Will HTTP hold up?", criteria: "YES if so.", deadline: "2026-06-30" } })).id;
  await setOutcome({ db: t.db, actor: editor, questionId, input: { value: "NO", resolvedAt: "2026-07-01", note: "No." } });
});

async function postAll(bodies: unknown[]): Promise<Array<{ status: number; body: any }>> {
  const { POST } = await import("./route");
  return Promise.all(
    bodies.map(async (body) => {
      const request = new Request("http://test/api/v1/forecasts", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      const response = await POST(request);
      return { status: response.status, body: await response.json() };
    }),
  );
}

const source = { outlet: "Wire", title: "Everyone posts", publishedAt: "2026-03-02" };

test("30 identical forecasts posted at once: one 201, 29 409s naming it", async () => {
  const body = { questionId, forecaster: { name: "Same Speaker" }, source, quote: "It will not happen.", phrase: "will not" };
  const answers = await postAll(Array.from({ length: 30 }, () => body));
  const created = answers.filter((a) => a.status === 201);
  expect(created).toHaveLength(1);
  const conflicts = answers.filter((a) => a.status === 409);
  expect(conflicts).toHaveLength(29);
  for (const c of conflicts) expect(c.body).toMatchObject({ error: { code: "CONFLICT", details: { forecastId: created[0].body.forecast.id } } });
});

test("30 forecasts at once naming the same new forecaster and source all land on one of each", async () => {
  const answers = await postAll(
    Array.from({ length: 30 }, (_, i) => ({
      questionId,
      forecaster: { name: i % 2 ? "Brand New" : "BRAND NEW" },
      source: { ...source, title: "A new piece" },
      quote: `Take ${i}`,
      probability: 0.2,
      probabilitySource: "STATED",
    })),
  );
  expect(answers.map((a) => a.status)).toEqual(Array(30).fill(201));
  expect(new Set(answers.map((a) => a.body.forecast.forecasterId)).size).toBe(1);
  expect(new Set(answers.map((a) => a.body.forecast.sourceId)).size).toBe(1);
});
