// The embedded server itself: a generated password kept in the data folder (no fixed one
// opens it), old data folders moved off the fixed password, start-up errors in PostgreSQL's
// own words, and a server that comes back by itself after it is killed.
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, expect, test } from "vitest";
import { crashPostgres } from "../test/crash-postgres";
import { canConnect, startEmbeddedPostgres } from "./embedded.server";
import { keepRunning } from "./provide-database.server";
import { freePort } from "./scratch-postgres.server";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function dataDir() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "hindsight-embedded-test-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

const fixedPasswordUrl = (port: number) => `postgresql://hindsight:hindsight@127.0.0.1:${port}/postgres`;

test("a new data folder gets a generated password, kept readable by this account only; the old fixed one is refused", async () => {
  const dir = await dataDir();
  const port = await freePort();
  const server = await startEmbeddedPostgres({ dataDir: dir, port });
  cleanups.unshift(() => server.stop());
  const password = (await readFile(path.join(dir, "hindsight-password"), "utf8")).trim();
  expect(password.length).toBeGreaterThanOrEqual(24);
  expect((await stat(path.join(dir, "hindsight-password"))).mode & 0o077).toBe(0);
  expect(server.adminUrl).toContain(encodeURIComponent(password));
  expect(await canConnect(server.adminUrl)).toBe(true);
  expect(await canConnect(fixedPasswordUrl(port))).toBe(false);
});

test("a data folder made with the old fixed password is given a generated one on its next start", async () => {
  const dir = await dataDir();
  const port = await freePort();
  const first = await startEmbeddedPostgres({ dataDir: dir, port });
  // Make it look like a folder from before generated passwords.
  const client = new pg.Client({ connectionString: first.adminUrl });
  await client.connect();
  await client.query("ALTER ROLE hindsight PASSWORD 'hindsight'");
  await client.end();
  await first.stop();
  await rm(path.join(dir, "hindsight-password"));

  const second = await startEmbeddedPostgres({ dataDir: dir, port });
  cleanups.unshift(() => second.stop());
  expect(await canConnect(second.adminUrl)).toBe(true);
  expect(await canConnect(fixedPasswordUrl(port))).toBe(false);
  expect((await readFile(path.join(dir, "hindsight-password"), "utf8")).trim()).not.toBe("hindsight");
});

test("a start that fails says why in PostgreSQL's words: here, the port is taken", async () => {
  const port = await freePort();
  const blocker = net.createServer().listen(port, "127.0.0.1");
  cleanups.push(() => new Promise((resolve) => blocker.close(() => resolve())));
  await new Promise((resolve) => blocker.once("listening", resolve));
  await expect(startEmbeddedPostgres({ dataDir: await dataDir(), port })).rejects.toThrow(
    /Port \d+ is taken by another program.*PostgreSQL said: .*(in use|could not)/s,
  );
});

test("a supervised server that is killed comes back by itself on the same port and password", async () => {
  const dir = await dataDir();
  const port = await freePort();
  const start = () => startEmbeddedPostgres({ dataDir: dir, port });
  const supervisor = keepRunning({ server: await start(), start, log: () => {}, everyMs: 200 });
  cleanups.unshift(() => supervisor.release());
  const url = supervisor.current().adminUrl;
  await crashPostgres(dir);
  await expect.poll(() => supervisor.current().running(), { timeout: 60_000 }).toBe(false);
  await expect.poll(() => canConnect(url), { timeout: 60_000, interval: 250 }).toBe(true);
  expect(supervisor.current().running()).toBe(true);
});
