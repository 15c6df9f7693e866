// npm run bench:import [-- --forecasts 100000]
// Times POST /api/v1/import's work on a throwaway database: a generated CSV of forecasts (every
// tenth question resolved) read as the route reads it (lib/import/import-source.ts: its
// questions, forecasters and sources first, then its forecasts a batch at a time, planned and
// written in one transaction) and scored; then the same file again (everything matched).
// Prints figures and peak memory; asserts nothing.
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parseArgs } from "node:util";
import { stringify } from "csv-stringify/sync";
import { createDb } from "../lib/db/client.server";
import { migrate } from "../lib/db/migrate.server";
import { createScratchDatabase, startScratchServer } from "../lib/db/scratch-postgres.server";
import { CSV_COLUMNS } from "../lib/import/csv-columns";
import { importData } from "../lib/import/import-data.server";
import { csvSource } from "../lib/import/import-source";

const { values } = parseArgs({ options: { forecasts: { type: "string", default: "100000" } } });
const N = Number(values.forecasts);

function row(i: number): string[] {
  const q = i % Math.max(1, Math.round(N / 20));
  const resolved = q % 10 === 0;
  const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
    question: `Bench question ${q}: will it happen?`,
    criteria: "As reported by at least two outlets.",
    deadline: "2025-12-31",
    tags: "bench;load",
    forecaster: `Bench Person ${i % Math.max(1, Math.round(N / 50))}`,
    forecaster_kind: "PERSON",
    outlet: "Bench Wire",
    title: `Report ${i % 1000}`,
    url: `https://example.org/bench/${i % 1000}`,
    published_at: "2025-01-15",
    made_at: "2025-01-14",
    quote: `Quote number ${i}: it is likely, officials said, that the event happens before the deadline.`,
    phrase: "likely",
    probability: i % 3 ? "" : "0.61",
    outcome: resolved ? "YES" : "",
    known_on: resolved ? "2025-06-01" : "",
    evidence_url: resolved ? "https://example.org/evidence" : "",
    evidence_note: "",
  };
  return CSV_COLUMNS.map((c) => cells[c]);
}

/** The CSV, written to a temporary file a row at a time (the import reads it from disk, as the route does). */
async function file(): Promise<{ path: string; bytes: number; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "bench-import-"));
  const path = join(dir, "forecasts.csv");
  const out = createWriteStream(path);
  out.write(stringify([[...CSV_COLUMNS]]));
  for (let i = 0; i < N; i += 1000) {
    const text = stringify(Array.from({ length: Math.min(1000, N - i) }, (_, k) => row(i + k)));
    if (!out.write(text)) await once(out, "drain");
  }
  out.end();
  await once(out, "close");
  return { path, bytes: (await stat(path)).size, remove: () => rm(dir, { recursive: true, force: true }) };
}

// Each round starts from a collected heap, so that its peak is its own (not the generator's garbage).
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
let peak = 0;
let peakHeap = 0;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peak = Math.max(peak, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed + m.external);
}, 50);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

const server = await startScratchServer();
const database = await createScratchDatabase(server.adminUrl, "hindsight_bench_import");
const db = createDb(database.url, { max: 4 });
try {
  await migrate({ connectionString: database.url });
  const user = await db.user.create({ data: { email: "bench@test.invalid", name: "Bench", role: "EDITOR" } });
  const actor = { id: user.id, role: user.role };
  const csv = await file();
  const before = process.memoryUsage().rss;
  console.log(`Import benchmark: ${N.toLocaleString("en")} forecasts, CSV of ${mb(csv.bytes)}; memory before: ${mb(before)}.`);
  for (const round of ["first import", "same file again"]) {
    gc();
    const base = process.memoryUsage();
    peak = base.rss;
    peakHeap = base.heapUsed + base.external;
    const start = performance.now();
    const result = await importData({ db, actor, source: csvSource(() => createReadStream(csv.path)) });
    const end = performance.now();
    console.log(
      `${round}: total ${((end - start) / 1000).toFixed(1)} s; ` +
        `created ${JSON.stringify(result.created)}, matched ${result.matched.forecasts}; ` +
        `peak RSS ${mb(peak)} (+${mb(peak - base.rss)} over the round's start), peak heap+external ${mb(peakHeap)} (+${mb(peakHeap - base.heapUsed - base.external)}).`,
    );
  }
  console.log(`score rows: ${await db.score.count()}`);
  await csv.remove();
} finally {
  clearInterval(sampler);
  await db.$disconnect();
  await database.drop();
  await server.stop();
}
