// The extraction pool: the same candidates as the rules give in-process, computed off the
// request thread, refused with a clear 503 past the time budget or with the queue full, and
// ready for the next article after a worker was stopped.
import { afterEach, expect, test } from "vitest";
import { AppError } from "../errors/app-error";
import { createExtractionPool, type ExtractionPool } from "./create-extraction-pool.server";
import { readSeedArticles } from "./evaluation/read-seed-articles.server";
import { syntheticArticle } from "./evaluation/synthetic-article";
import { extractCandidates } from "./extract-candidates";

const seeds = readSeedArticles();
const megabyte = syntheticArticle({ seeds, bytes: 1024 * 1024 });

let pool: ExtractionPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});
const newPool = (options: { queueLimit?: number; budgetMs?: number } = {}) =>
  (pool = createExtractionPool({ size: 1, queueLimit: options.queueLimit ?? 4, budgetMs: options.budgetMs ?? 60_000 }));

test("gives the candidates the rules give in-process", async () => {
  const extract = newPool().extract;
  expect(await extract({ text: seeds[0], outlet: "The Test" })).toEqual(extractCandidates({ text: seeds[0], outlet: "The Test" }));
}, 60_000);

test("leaves the calling thread free while a 1 MB article is analysed", async () => {
  const extract = newPool().extract;
  await extract({ text: "A deal is likely." }); // the worker is up
  let ticks = 0;
  const ticker = setInterval(() => ticks++, 5);
  const candidates = await extract({ text: megabyte });
  clearInterval(ticker);
  expect(candidates.length).toBeGreaterThan(1000);
  // Run on this thread, the extraction would have let the timer fire once at most.
  expect(ticks).toBeGreaterThan(5);
}, 60_000);

test("past the time budget: a clear 503, the worker stopped, and the next article is analysed", async () => {
  const extract = newPool({ budgetMs: 1 }).extract;
  const error = await extract({ text: megabyte }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ code: "UNAVAILABLE", message: expect.stringMatching(/took too long to analyse.*split it/) });
  expect(await extract({ text: "A deal is highly likely.", budgetMs: 60_000 })).toHaveLength(1);
}, 60_000);

test("with the queue full, a further article is refused at once with a 503", async () => {
  const extract = newPool({ queueLimit: 1 }).extract;
  const text = megabyte.slice(0, 128 * 1024);
  const running = extract({ text });
  const waiting = extract({ text });
  const error = await extract({ text }).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: "UNAVAILABLE", message: expect.stringMatching(/busy/) });
  expect((await running).length).toBeGreaterThan(100);
  expect(await waiting).toEqual(await running);
}, 60_000);

test("a missing worker file fails the job with a message that says what to do, and the pool goes on", async () => {
  pool = createExtractionPool({ size: 1, queueLimit: 4, budgetMs: 60_000, workerFile: "/nowhere/extraction-worker.mjs" });
  const missing = pool;
  await expect(missing.extract({ text: "A deal is likely." })).rejects.toThrow(/extraction worker .* is missing/);
  await expect(missing.extract({ text: "A deal is likely." })).rejects.toThrow(/is missing/);
});
