// npm run bench:import [-- --forecasts 100000 --format csv|json --questions 5000 --forecasters 2000 --live-heap]
// Times POST /api/v1/import's work on a throwaway database: a generated file of forecasts (every
// tenth question resolved; a CSV, or the export's JSON document) read as the route reads it
// (lib/import/import-source.ts: its questions, forecasters and sources first, then its forecasts
// a batch at a time, planned and written in one transaction) and scored, its answer's rows read
// back as the route streams them; then the same file again (everything matched).
// Questions and forecasters default to one per 20 and per 50 forecasts (they grow with the file);
// fix them to see what grows with the rows alone. Prints times and peak memory (RSS; heap and
// external as sampled, garbage included; with --live-heap, also the heap left after a full
// collection, sampled each second, which slows the run a little); asserts nothing.
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
import { csvSource, exportJsonSource } from "../lib/import/import-source";

const { values } = parseArgs({
  options: {
    forecasts: { type: "string", default: "100000" },
    format: { type: "string", default: "csv" },
    questions: { type: "string" },
    forecasters: { type: "string" },
    "live-heap": { type: "boolean", default: false },
  },
});
const N = Number(values.forecasts);
const QUESTIONS = Number(values.questions ?? Math.max(1, Math.round(N / 20)));
const FORECASTERS = Number(values.forecasters ?? Math.max(1, Math.round(N / 50)));
const JSON_FORMAT = values.format === "json";

function row(i: number): string[] {
  const q = i % QUESTIONS;
  const resolved = q % 10 === 0;
  const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
    question: `Bench question ${q}: will it happen?`,
    criteria: "As reported by at least two outlets.",
    deadline: "2025-12-31",
    tags: "bench;load",
    forecaster: `Bench Person ${i % FORECASTERS}`,
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

/** The same forecasts as the export's JSON document: its parts first, then its forecasts. */
function jsonParts(): { head: string; forecast: (i: number) => string } {
  const outcome = { value: "YES", resolvedAt: "2025-06-01", evidenceUrl: "https://example.org/evidence", note: null };
  const head = {
    version: 3,
    exportedAt: "2025-07-01T00:00:00.000Z",
    forecasters: Array.from({ length: FORECASTERS }, (_, f) => ({
      id: `p${f}`,
      slug: `bench-person-${f}`,
      name: `Bench Person ${f}`,
      kind: "PERSON",
      affiliation: null,
    })),
    sources: Array.from({ length: 1000 }, (_, s) => ({
      id: `s${s}`,
      outlet: "Bench Wire",
      title: `Report ${s}`,
      url: `https://example.org/bench/${s}`,
      publishedAt: "2025-01-15",
      byline: null,
    })),
    questions: Array.from({ length: QUESTIONS }, (_, q) => ({
      id: `q${q}`,
      title: `Bench question ${q}: will it happen?`,
      criteria: "As reported by at least two outlets.",
      deadline: "2025-12-31",
      tags: ["bench", "load"],
      status: q % 10 === 0 ? "RESOLVED" : "OPEN",
      outcome: q % 10 === 0 ? outcome : null,
    })),
  };
  const forecast = (i: number) =>
    JSON.stringify({
      id: `f${i}`,
      questionId: `q${i % QUESTIONS}`,
      forecasterId: `p${i % FORECASTERS}`,
      sourceId: `s${i % 1000}`,
      madeAt: "2025-01-14",
      loggedAt: "2025-01-20T10:00:00.000Z",
      quote: `Quote number ${i}: it is likely, officials said, that the event happens before the deadline.`,
      phrase: "likely",
      phraseRefersTo: "YES",
      probability: i % 3 ? 0.675 : 0.61,
      probabilitySource: i % 3 ? "SCALE" : "STATED",
      scale: i % 3 ? "default" : null,
      low: i % 3 ? 0.55 : null,
      high: i % 3 ? 0.8 : null,
    });
  return { head: JSON.stringify(head).slice(0, -1), forecast };
}

/** The file, written to a temporary file a thousand rows at a time (the import reads it from disk, as the route does). */
async function file(): Promise<{ path: string; bytes: number; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "bench-import-"));
  const path = join(dir, JSON_FORMAT ? "export.json" : "forecasts.csv");
  const out = createWriteStream(path);
  const json = JSON_FORMAT ? jsonParts() : null;
  out.write(json ? `${json.head},"forecasts":[` : stringify([[...CSV_COLUMNS]]));
  for (let i = 0; i < N; i += 1000) {
    const batch = Array.from({ length: Math.min(1000, N - i) }, (_, k) => i + k);
    const text = json ? `${i > 0 ? "," : ""}${batch.map(json.forecast).join(",")}` : stringify(batch.map(row));
    if (!out.write(text)) await once(out, "drain");
  }
  if (json) out.write("]}");
  out.end();
  await once(out, "close");
  return { path, bytes: (await stat(path)).size, remove: () => rm(dir, { recursive: true, force: true }) };
}

// Each round starts from a collected heap, so that its peak is its own (not the generator's garbage).
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
let peak = 0;
let peakHeap = 0;
let peakLive = 0;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peak = Math.max(peak, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed + m.external);
}, 50);
const liveSampler = values["live-heap"]
  ? setInterval(() => {
      gc();
      peakLive = Math.max(peakLive, process.memoryUsage().heapUsed);
    }, 1000)
  : null;
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
  console.log(
    `Import benchmark: ${N.toLocaleString("en")} forecasts on ${QUESTIONS} questions by ${FORECASTERS} forecasters, ` +
      `${JSON_FORMAT ? "export JSON" : "CSV"} of ${mb(csv.bytes)}; memory before: ${mb(before)}.`,
  );
  for (const round of ["first import", "same file again"]) {
    gc();
    const base = process.memoryUsage();
    peak = base.rss;
    peakHeap = base.heapUsed + base.external;
    peakLive = base.heapUsed;
    const start = performance.now();
    const open = () => createReadStream(csv.path);
    const result = await importData({ db, actor, source: JSON_FORMAT ? exportJsonSource(open) : csvSource(open) });
    // The route streams the rows into its answer: read them as it does.
    let rows = 0;
    for await (const line of result.rows.lines()) if (line !== "") rows++;
    await result.rows.dispose();
    const end = performance.now();
    const live = values["live-heap"] ? `, peak live heap ${mb(peakLive)} (+${mb(peakLive - base.heapUsed)})` : "";
    console.log(
      `${round}: total ${((end - start) / 1000).toFixed(1)} s; ` +
        `created ${JSON.stringify(result.created)}, matched ${result.matched.forecasts}, ${rows} rows answered; ` +
        `peak RSS ${mb(peak)} (+${mb(peak - base.rss)} over the round's start), peak heap+external ${mb(peakHeap)} (+${mb(peakHeap - base.heapUsed - base.external)})${live}.`,
    );
  }
  console.log(`score rows: ${await db.score.count()}`);
  await csv.remove();
} finally {
  clearInterval(sampler);
  if (liveSampler) clearInterval(liveSampler);
  await db.$disconnect();
  await database.drop();
  await server.stop();
}
