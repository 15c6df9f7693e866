// npm run contention [-- --writers 20 --writes 15 --write-slots N]: how fast a question reads
// while many writers log forecasts on that same question (ADR 0009). Throwaway database;
// prints p50/p95 of reads alone, then of reads and writes under load, and any refusals.
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { createDb } from "../lib/db/client.server";
import { migrate } from "../lib/db/migrate.server";
import { createScratchDatabase, startScratchServer } from "../lib/db/scratch-postgres.server";
import { errorResponse } from "../lib/http/respond";
import { createForecast } from "../lib/forecasts/create-forecast.server";
import { setOutcome } from "../lib/outcomes/set-outcome.server";
import { createQuestion } from "../lib/questions/create-question.server";
import { getQuestion } from "../lib/questions/get-question.server";
import { seedDatabase } from "../lib/seed/seed-database.server";

const { values } = parseArgs({ options: { writers: { type: "string" }, writes: { type: "string" }, "write-slots": { type: "string" } } });
const WRITERS = Number(values.writers ?? 20);
const WRITES = Number(values.writes ?? 15);
const say = (line: string) => console.log(line);

function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const line = (label: string, xs: number[]) =>
  say(
    `| ${label.padEnd(34)} | ${String(xs.length).padStart(5)} | ${percentile(xs, 50).toFixed(1).padStart(8)} | ${percentile(xs, 95).toFixed(1).padStart(8)} | ${Math.max(
      ...xs,
    )
      .toFixed(1)
      .padStart(8)} |`,
  );

async function timed(task: () => Promise<unknown>, into: number[]): Promise<void> {
  const start = performance.now();
  await task();
  into.push(performance.now() - start);
}

const server = await startScratchServer();
const database = await createScratchDatabase(server.adminUrl, "hindsight_contention");
const db = createDb(database.url, { writeSlots: values["write-slots"] ? Number(values["write-slots"]) : undefined });
try {
  await migrate({ connectionString: database.url });
  await seedDatabase({ db });
  const analyst = { id: (await db.user.create({ data: { email: "a@contention.invalid", name: "A", role: "ANALYST" } })).id, role: "ANALYST" as const };
  const editor = { id: (await db.user.create({ data: { email: "e@contention.invalid", name: "E", role: "EDITOR" } })).id, role: "EDITOR" as const };
  const question = await createQuestion({ db, actor: analyst, input: { title: "Is this question busy?", criteria: "YES if so.", deadline: "2026-06-30" } });
  await setOutcome({ db, actor: editor, questionId: question.id, input: { value: "YES", resolvedAt: "2026-07-01", note: "So." } });

  const alone: number[] = [];
  for (let i = 0; i < 100; i++) await timed(() => getQuestion({ db, id: question.id }), alone);

  const reads: number[] = [];
  const writes: number[] = [];
  const refused = new Map<number, number>();
  let writing = true;
  const writer = async (w: number) => {
    for (let i = 0; i < WRITES; i++) {
      const input = {
        questionId: question.id,
        forecaster: { name: `Writer ${w % 10}` },
        quote: `Writer ${w} says ${i}`,
        probability: ((w + i) % 10) / 10,
        probabilitySource: "STATED",
        source: { outlet: "Load", title: `Piece ${i % 3}`, publishedAt: "2026-03-01", url: `https://example.org/load/${i % 3}` },
      };
      await timed(
        () =>
          createForecast({ db, actor: analyst, input }).catch((e) => {
            const status = errorResponse(e).status;
            refused.set(status, (refused.get(status) ?? 0) + 1);
          }),
        writes,
      );
    }
  };
  const reader = async () => {
    while (writing) await timed(() => getQuestion({ db, id: question.id }), reads);
  };
  const readers = [reader(), reader()];
  await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
  writing = false;
  await Promise.all(readers);

  say(`${WRITERS} writers × ${WRITES} forecasts on one resolved question, 2 readers of it; pool 10, write slots ${values["write-slots"] ?? "default (7)"}.`);
  say(`| ${"operation".padEnd(34)} | count |   p50 ms |   p95 ms |   max ms |`);
  say(`|${"-".repeat(36)}|-------|----------|----------|----------|`);
  line("getQuestion, no writers", alone);
  line("getQuestion, while writers write", reads);
  line("createForecast, 20 writers at once", writes);
  say(
    `Refused writes by status: ${refused.size ? JSON.stringify(Object.fromEntries(refused)) : "none"}; stored: ${await db.forecast.count({ where: { questionId: question.id } })}.`,
  );
} finally {
  await db.$disconnect();
  await database.drop();
  await server.stop();
}
