// Issue 8: one request cannot stall the server. A 1 MB article sent to the extraction API is
// analysed off the request thread: the health check, polled all the while, answers within
// 200 ms every time, and the article's candidates come back within 10 s. (On a machine so busy
// that health checks alone already take over 67 ms, the limit is three times the slowest of
// those: on a shared machine single checks vary that much, and the stall this guards against
// lasted seconds, 25 s for one health check. Likewise on a machine so slow that the same article
// alone already takes over 3.3 s, the limit under load is three times that quiet time, as for the
// health checks: on two cores the polling loop, the server's request thread and the test runner
// share the worker's cores, and loaded runs took 1.6 to 2.05 times the quiet one (one CI failure at
// 2.05). The rules' speed is `npm run bench:extract`'s to measure, this test's is that the load
// does not stall them.) It runs
// in the "load" project, after the browser tests; alone: `npm run test:e2e -- e2e/extraction.load.spec.ts --no-deps`.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { syntheticArticle } from "../lib/extraction/evaluation/synthetic-article";
import { createTestToken } from "./support/database";

const ARTICLES = path.resolve(import.meta.dirname, "../prisma/seed/articles");

test("a 1 MB article is analysed within 10 s while every health check answers within 200 ms", async ({ request }) => {
  test.setTimeout(90_000);
  const seeds = readdirSync(ARTICLES)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(path.join(ARTICLES, f), "utf8"));
  const text = syntheticArticle({ seeds, bytes: 1024 * 1024 - 1024 }); // under the 1 MB limit, JSON escapes and all
  const headers = { authorization: `Bearer ${await createTestToken("ANALYST")}` };
  // Load both routes once (an empty text is refused before any extraction).
  expect((await request.get("/api/health")).status()).toBe(200);
  expect((await request.post("/api/v1/extract", { headers, data: { text: " " } })).status()).toBe(422);

  const quiet: number[] = [];
  for (let i = 0; i < 30; i++) quiet.push(await timedHealthCheck(request));
  const limit = Math.max(200, 3 * Math.max(...quiet));
  // The same article with nothing else asked of the server: what this machine takes for it.
  const quietStart = performance.now();
  expect((await request.post("/api/v1/extract", { headers, data: { text, outlet: "The Load Test" }, timeout: 30_000 })).status()).toBe(200);
  const quietExtractionMs = performance.now() - quietStart;
  const extractionLimit = Math.max(10_000, 3 * quietExtractionMs);

  let done = false;
  const healthTimes: number[] = [];
  const poll = (async () => {
    while (!done) {
      healthTimes.push(await timedHealthCheck(request));
    }
  })();

  const start = performance.now();
  const response = await request.post("/api/v1/extract", { headers, data: { text, outlet: "The Load Test" }, timeout: 30_000 });
  const extractionMs = performance.now() - start;
  done = true;
  await poll;

  expect(response.status()).toBe(200);
  const { candidates } = await response.json();
  expect(candidates.length).toBeGreaterThan(1000);
  expect(extractionMs).toBeLessThan(extractionLimit);
  console.log(
    `extraction ${Math.round(extractionMs)} ms (quiet ${Math.round(quietExtractionMs)} ms); health max ${Math.round(Math.max(...healthTimes))} ms over ${healthTimes.length} checks (quiet max ${Math.round(Math.max(...quiet))} ms)`,
  );
  expect(Math.max(...healthTimes)).toBeLessThan(limit);
  expect(healthTimes.length).toBeGreaterThan(5); // and the server kept answering all along
});

async function timedHealthCheck(request: APIRequestContext): Promise<number> {
  const start = performance.now();
  const response = await request.get("/api/health");
  const ms = performance.now() - start;
  expect(response.status()).toBe(200);
  return ms;
}
