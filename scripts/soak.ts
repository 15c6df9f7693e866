// npm run soak [-- --minutes 10 --rate 50 --warm-up 120] [--url http://127.0.0.1:3000 --token <admin token> --pid <server pid>]
// Mixed reads and writes through the API and pages at a fixed rate for a while, then prints
// requests, errors, p50/p95/p99 and the server's memory at the start and the end. By default it
// runs against an app of its own (production build, throwaway seeded database); with --url it
// loads a running app, on this machine only, with an admin (or analyst) token.
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { buildIfStale } from "./lib/build";
import { startOwnApp } from "./lib/own-app";
import { memoryMb } from "./lib/process-memory";

const { values } = parseArgs({
  options: {
    minutes: { type: "string", default: "10" },
    rate: { type: "string", default: "50" },
    connections: { type: "string", default: "10" },
    url: { type: "string" },
    token: { type: "string" },
    pid: { type: "string" },
    "warm-up": { type: "string", default: "120" },
  },
});
const MINUTES = Number(values.minutes);
const RATE = Number(values.rate);
// Two minutes: the server's heap grows to its working size in the first two minutes under load and
// then stays (seen after a 60 s warm-up: 377 MB, then 501, 510, 509 … 512 MB by minute), so growth is measured from there.
const WARM_UP_SECONDS = Number(values["warm-up"]);
const say = (line: string) => console.log(`[soak] ${line}`);

type Question = { id: string; deadline: string; status: string };
type Target = { baseURL: string; token: string; pid: number | null; stop: () => Promise<void> };

async function target(): Promise<Target> {
  if (values.url) {
    const { hostname } = new URL(values.url);
    if (!["127.0.0.1", "localhost", "[::1]"].includes(hostname))
      throw new Error("The soak test loads this machine's own app only (--url on 127.0.0.1 or localhost).");
    if (!values.token) throw new Error("--url needs --token (an API token of an analyst or above).");
    return { baseURL: values.url.replace(/\/$/, ""), token: values.token, pid: values.pid ? Number(values.pid) : null, stop: async () => {} };
  }
  buildIfStale(say);
  say("Starting an app of its own on a throwaway seeded database…");
  const app = await startOwnApp({ seed: true });
  return { baseURL: app.baseURL, token: await app.adminToken(), pid: app.pid, stop: () => app.stop() };
}

const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)];
let written = 0;

/** One cycle of requests in the mix's proportions: two in ten write, the rest read. */
function requestMix(questions: Question[], token: string): autocannon.Request[] {
  const json = { "content-type": "application/json", authorization: `Bearer ${token}` };
  const get = (path: () => string): autocannon.Request => ({ method: "GET", setupRequest: (r) => ({ ...r, path: path() }) });
  const forecast: autocannon.Request = {
    method: "POST",
    path: "/api/v1/forecasts",
    headers: json,
    setupRequest: (r) => {
      const question = pick(questions);
      const day = question.deadline; // made on the deadline: always allowed
      written += 1;
      return {
        ...r,
        body: JSON.stringify({
          questionId: question.id,
          forecaster: { name: `Soak forecaster ${written % 40}` },
          source: { outlet: "Soak Gazette", title: `Soak report ${process.pid}-${written}`, publishedAt: day },
          quote: `Soak forecast ${process.pid}-${written}: it will likely happen.`,
          probability: Math.round(Math.random() * 100) / 100,
          probabilitySource: "STATED",
        }),
      };
    },
  };
  const question: autocannon.Request = {
    method: "POST",
    path: "/api/v1/questions",
    headers: json,
    setupRequest: (r) => {
      written += 1;
      return {
        ...r,
        body: JSON.stringify({
          title: `Will soak event ${process.pid}-${written} happen by 2030-01-01?`,
          criteria: "YES if it happens.",
          deadline: "2030-01-01",
        }),
      };
    },
  };
  return [
    get(() => "/api/v1/questions?status=open"),
    get(() => `/api/v1/questions/${pick(questions).id}`),
    forecast,
    get(() => "/api/v1/forecasters"),
    get(() => "/"),
    get(() => `/api/v1/questions?q=${pick(["summit", "military", "treaty", "visit"])}`),
    get(() => `/api/v1/questions/${pick(questions).id}`),
    question,
    get(() => "/questions?status=resolved"),
    get(() => `/api/v1/search/forecasters?q=${pick(["ki", "wi", "da", "so"])}`),
  ];
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function load(app: Target, questions: Question[], seconds: number, record: boolean) {
  const latencies: number[] = [];
  const failures = new Map<number, number>();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: app.baseURL,
        connections: Number(values.connections),
        overallRate: RATE,
        duration: seconds,
        timeout: 30,
        requests: requestMix(questions, app.token),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, status, _bytes, ms) => {
      if (!record) return;
      latencies.push(ms);
      if (status >= 400) failures.set(status, (failures.get(status) ?? 0) + 1);
    });
  });
  return { latencies: latencies.sort((a, b) => a - b), failures, transportErrors: result.errors + result.timeouts };
}

const app = await target();
try {
  const exported = (await (await fetch(`${app.baseURL}/api/v1/export`)).json()) as { questions: Question[] };
  const questions = exported.questions;
  if (questions.length === 0) throw new Error("The app has no questions to load; seed it first (npm run db:seed).");
  say(`Warming up for ${WARM_UP_SECONDS} s at ${RATE} requests/s…`);
  await load(app, questions, WARM_UP_SECONDS, false);
  const memoryBefore = memoryMb(app.pid);
  say(`Loading for ${MINUTES} min at ${RATE} requests/s (two in ten write)…`);
  // Memory each minute, to tell a leak (steady climb) from a heap settling at its size.
  const samples: Array<number | null> = [];
  const sampler = setInterval(() => samples.push(memoryMb(app.pid)), 60_000);
  const run = await load(app, questions, MINUTES * 60, true);
  clearInterval(sampler);
  const memoryAfter = memoryMb(app.pid);
  const errors = [...run.failures.values()].reduce((a, b) => a + b, 0) + run.transportErrors;
  const growth = memoryBefore && memoryAfter ? `${(((memoryAfter - memoryBefore) / memoryBefore) * 100).toFixed(1)}%` : "n/a";
  console.log("");
  console.log(`requests        ${run.latencies.length}`);
  console.log(
    `errors          ${errors}${run.failures.size ? ` (${[...run.failures].map(([s, n]) => `${s}×${n}`).join(", ")})` : ""}${run.transportErrors ? `, ${run.transportErrors} without an answer` : ""}`,
  );
  for (const p of [50, 95, 99]) console.log(`latency p${p}     ${percentile(run.latencies, p).toFixed(1)} ms`);
  console.log(`server memory   ${memoryBefore ?? "n/a"} MB after warm-up → ${memoryAfter ?? "n/a"} MB at the end (${growth})`);
  if (samples.length > 0) console.log(`memory by minute ${samples.map((m) => m ?? "n/a").join(", ")} MB`);
  process.exitCode = errors > 0 ? 1 : 0;
} finally {
  await app.stop();
}
process.exit(process.exitCode ?? 0);
