// An app of a test's own: its own embedded PostgreSQL in a temporary folder and its own
// `next start` (the production build), for tests that stop the database or load the server
// and so must not share the suite's server.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createApiToken } from "../../lib/auth/api-tokens.server";
import { signIn } from "../../lib/auth/sign-in.server";
import { createDb, type Db } from "../../lib/db/client.server";
import { ensureDatabase, type EmbeddedServer, startEmbeddedPostgres } from "../../lib/db/embedded.server";
import { migrate } from "../../lib/db/migrate.server";
import { freePort } from "../../lib/db/scratch-postgres.server";
import { seedDatabase } from "../../lib/seed/seed-database.server";
import { crashPostgres } from "../../lib/test/crash-postgres";
import { createUser } from "../../lib/users/create-user.server";
import { commandLineActor } from "../../lib/users/system-actor.server";
import { NEXT_BIN, productionServerEnv, ROOT } from "./build";

export type OwnApp = {
  baseURL: string;
  /** The last of what the server printed. */
  serverOutput(): string;
  /** The app server's process id, to read its memory. */
  pid: number;
  databaseUrl: string;
  db: Db;
  /** An API token of a new admin on this app's database. */
  adminToken(): Promise<string>;
  /** The Cookie header of a signed-in reader (a new user), whose pages are rendered for them. */
  readerCookie(): Promise<string>;
  /** Kills PostgreSQL and all its processes at once, as a crash or the OOM killer would. */
  crashDatabase(): Promise<void>;
  restartDatabase(): Promise<void>;
  stop(): Promise<void>;
};

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/**
 * `seed` loads the articles' forecasts; `prepare` fills the database some other way (the
 * benchmarks). `databaseUrl` uses a database that exists (a benchmark's, filled by an earlier
 * run) instead of a new embedded server; it is migrated and left as it is when the app stops.
 */
export async function startOwnApp(options: { seed?: boolean; prepare?: (db: Db) => Promise<void>; databaseUrl?: string } = {}): Promise<OwnApp> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "hindsight-own-pg-"));
  const pgPort = await freePort();
  let server: EmbeddedServer | null = options.databaseUrl ? null : await startEmbeddedPostgres({ dataDir, port: pgPort });
  if (server) await ensureDatabase(server.adminUrl, "hindsight");
  const databaseUrl = options.databaseUrl ?? server!.url("hindsight");
  await migrate({ connectionString: databaseUrl });
  const db = createDb(databaseUrl, { max: 2 });
  if (options.seed) await seedDatabase({ db });
  await options.prepare?.(db);
  const appPort = await freePort();
  const app: ChildProcess = spawn(NEXT_BIN, ["start", "-p", String(appPort), "-H", "127.0.0.1"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: productionServerEnv({ DATABASE_URL: databaseUrl }),
  });
  // The server's output, for a test to show when it fails.
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString("utf8"));
    if (output.length > 400) output.shift();
  };
  app.stdout?.on("data", keep);
  app.stderr?.on("data", keep);
  const baseURL = `http://127.0.0.1:${appPort}`;
  await waitFor(async () => (await fetch(`${baseURL}/api/health`)).ok, "the app to answer");

  return {
    baseURL,
    pid: app.pid!,
    serverOutput: () => output.join("").slice(-20_000),
    databaseUrl,
    db,
    async adminToken() {
      const actor = await commandLineActor(db);
      const email = `admin-${Math.random().toString(36).slice(2, 8)}@own-app.test`;
      const { user } = await createUser({ db, actor, input: { email, role: "ADMIN", password: "own app password 1" } });
      return (await createApiToken({ db, actor: { id: user.id, role: "ADMIN" }, input: { name: "own app" } })).token;
    },
    async readerCookie() {
      const actor = await commandLineActor(db);
      const input = { email: `reader-${Math.random().toString(36).slice(2, 8)}@own-app.test`, password: "own app password 1" };
      await createUser({ db, actor, input: { ...input, role: "READER" } });
      const { setCookie } = await signIn({ db, input });
      return setCookie.split(";")[0]!;
    },
    crashDatabase: () => crashPostgres(dataDir),
    async restartDatabase() {
      server = await startEmbeddedPostgres({ dataDir, port: pgPort });
    },
    async stop() {
      app.kill("SIGTERM");
      await db.$disconnect().catch(() => {});
      await server?.stop().catch(() => {});
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
