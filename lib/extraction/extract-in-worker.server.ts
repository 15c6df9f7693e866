// The extraction assistant as the server runs it: in the shared worker pool, within a time
// budget, behind a bounded queue. Past the budget or with the queue full the caller gets an
// AppError (503) instead of a stalled server.
import { createExtractionPool, type ExtractionPool } from "./create-extraction-pool.server";
import type { Candidate } from "./extract-candidates";

/** How long one article may take. A 1 MB article takes about a second (npm run bench:extract). */
const EXTRACTION_BUDGET_MS = 15_000;
/** Worker threads: one is enough on two cores, and leaves the other core to the requests. */
const EXTRACTION_WORKERS = 1;
/** Articles that may wait for a worker; beyond that, 503 at once (each holds up to 1 MB). */
const EXTRACTION_QUEUE_LIMIT = 8;

// One pool per process, kept across dev-server module reloads.
const shared = globalThis as { hindsightExtractionPool?: ExtractionPool };

/** The budget in force: HINDSIGHT_EXTRACTION_BUDGET_MS overrides the constant (tests, small machines). */
function budgetMs(): number {
  const fromEnv = Number(process.env.HINDSIGHT_EXTRACTION_BUDGET_MS);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : EXTRACTION_BUDGET_MS;
}

export function extractInWorker(options: { text: string; outlet?: string }): Promise<Candidate[]> {
  shared.hindsightExtractionPool ??= createExtractionPool({ size: EXTRACTION_WORKERS, queueLimit: EXTRACTION_QUEUE_LIMIT, budgetMs: EXTRACTION_BUDGET_MS });
  return shared.hindsightExtractionPool.extract({ ...options, budgetMs: budgetMs() });
}
