// A small pool of worker threads that run the extraction assistant off the request thread, each
// job within a time budget, with a bounded queue: one request cannot stall the server
// (docs/decisions/0008-extraction-by-rules.md).
import { existsSync } from "node:fs";
import path from "node:path";
import type { Worker as WorkerThread } from "node:worker_threads";
import { AppError, AppErrorCode } from "../errors/app-error";
import type { Candidate } from "./extract-candidates";

export type ExtractionJob = { text: string; outlet?: string; budgetMs?: number };
export type ExtractionPool = { extract(job: ExtractionJob): Promise<Candidate[]>; close(): Promise<void> };

type Pending = ExtractionJob & { id: number; resolve: (c: Candidate[]) => void; reject: (e: unknown) => void };
type Slot = { worker: WorkerThread | null; ready: Promise<void> | null; job: Pending | null; timer: NodeJS.Timeout | null };
type Reply = { ready?: true; id?: number; candidates?: Candidate[]; error?: string };

/**
 * The worker file is plain JavaScript found from the project root (where `next start`, vitest and
 * the scripts run), not an import: Turbopack would otherwise try to bundle the worker.
 */
const WORKER_FILE = path.join(process.cwd(), "lib", "extraction", "worker", "extraction-worker.mjs");

function tooLongError(budgetMs: number): AppError {
  const seconds = Math.max(1, Math.round(budgetMs / 1000));
  return new AppError(AppErrorCode.UNAVAILABLE, `This article took too long to analyse (over ${seconds} s); split it into shorter parts and try each one.`, {
    text: "took too long to analyse",
    budgetMs,
  });
}

export function createExtractionPool(options: { size: number; queueLimit: number; budgetMs: number; workerFile?: string }): ExtractionPool {
  // Loaded at run time rather than imported, so that the bundler sees no worker to trace.
  const { Worker } = process.getBuiltinModule("node:worker_threads");
  const slots: Slot[] = Array.from({ length: options.size }, () => ({ worker: null, ready: null, job: null, timer: null }));
  const queue: Pending[] = [];
  let nextId = 1;

  function start(slot: Slot): Promise<void> {
    const file = options.workerFile ?? WORKER_FILE;
    if (!existsSync(/*turbopackIgnore: true*/ file)) {
      // Fails the job with a 500 that says what to do, rather than a module-not-found from the thread.
      return Promise.reject(new Error(`The extraction worker ${file} is missing: start Hindsight from its project folder.`));
    }
    const worker = new Worker(file);
    worker.unref(); // an idle worker never keeps a script or a test run alive
    slot.worker = worker;
    slot.ready = new Promise((resolve, reject) => {
      worker.on("message", (reply: Reply) => (reply.ready ? resolve() : settle(slot, reply)));
      worker.on("error", (error) => {
        reject(error);
        fail(slot, worker, error);
      });
      worker.on("exit", () => fail(slot, worker, new Error("The extraction worker stopped unexpectedly.")));
    });
    slot.ready.catch(() => {}); // the job that waits on it hears of the failure
    return slot.ready;
  }

  /** The slot's worker is gone (crashed, or terminated past a budget): its job fails, a new worker comes with the next job. */
  function fail(slot: Slot, worker: WorkerThread, error: unknown) {
    if (slot.worker !== worker) return;
    slot.worker = null;
    slot.ready = null;
    finish(slot)?.reject(error);
  }

  function finish(slot: Slot): Pending | null {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    queueMicrotask(pump);
    return job;
  }

  function settle(slot: Slot, reply: Reply) {
    if (!slot.job || reply.id !== slot.job.id) return;
    const job = finish(slot)!;
    if (reply.error !== undefined) job.reject(new Error(`Extraction failed: ${reply.error}`));
    else job.resolve(reply.candidates ?? []);
  }

  async function run(slot: Slot, job: Pending) {
    slot.job = job;
    try {
      await (slot.ready ?? start(slot));
    } catch (error) {
      if (slot.job === job) finish(slot)?.reject(error); // else fail() has rejected it already
      return;
    }
    if (slot.job !== job || !slot.worker) return;
    const worker = slot.worker;
    const budgetMs = job.budgetMs ?? options.budgetMs;
    // The budget counts from when the worker has the text, not while it waited its turn.
    slot.timer = setTimeout(() => {
      fail(slot, worker, tooLongError(budgetMs));
      void worker.terminate(); // stops the work mid-loop; the exit that follows is ignored
    }, budgetMs);
    worker.postMessage({ id: job.id, text: job.text, outlet: job.outlet });
  }

  function pump() {
    for (const slot of slots) {
      if (slot.job || queue.length === 0) continue;
      void run(slot, queue.shift()!);
    }
  }

  return {
    extract(job) {
      const busy = slots.every((s) => s.job);
      if (busy && queue.length >= options.queueLimit) {
        return Promise.reject(
          new AppError(AppErrorCode.UNAVAILABLE, "The extraction assistant is busy with other articles; try again in a minute.", { queue: "full" }),
        );
      }
      return new Promise<Candidate[]>((resolve, reject) => {
        queue.push({ ...job, id: nextId++, resolve, reject });
        pump();
      });
    },
    async close() {
      for (const job of queue.splice(0)) job.reject(new Error("The extraction pool was closed."));
      await Promise.all(
        slots.map(async (slot) => {
          const worker = slot.worker;
          slot.worker = null;
          slot.ready = null;
          finish(slot)?.reject(new Error("The extraction pool was closed."));
          await worker?.terminate();
        }),
      );
    },
  };
}
