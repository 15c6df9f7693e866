// The extraction assistant in a worker thread, so that a long article never holds up the
// server's request thread (docs/decisions/0008-extraction-by-rules.md). Plain JavaScript, started
// by path and never bundled: it loads the TypeScript rules itself through tsx (a runtime
// dependency), the same way in `next start`, `next dev`, vitest and the scripts.
import os from "node:os";
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

// On Linux a thread has a niceness of its own: this one gives way to the request thread, so that
// health checks and page loads stay quick while a long article is analysed. Only a little: at 19
// a busy machine starved it (a 1 MB article took 12 s instead of 2). (Elsewhere the call would
// lower the whole server's priority, so it is made on Linux only.)
const WORKER_NICENESS = 5;
if (process.platform === "linux") {
  try {
    os.setPriority(WORKER_NICENESS);
  } catch {
    // not allowed here: run at the normal priority
  }
}

register();
const { extractCandidates } = await import(new URL("../extract-candidates.ts", import.meta.url).href);

parentPort.on("message", ({ id, text, outlet }) => {
  try {
    parentPort.postMessage({ id, candidates: extractCandidates({ text, outlet }) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
parentPort.postMessage({ ready: true });
