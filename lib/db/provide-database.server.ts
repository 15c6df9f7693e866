// Where Hindsight's data lives: the server DATABASE_URL names, or else the embedded
// PostgreSQL in .data/postgres (started here, or the one another Hindsight process runs).
import path from "node:path";
import { type EmbeddedServer, ensureDatabase, startEmbeddedPostgres } from "./embedded.server";

export const EMBEDDED_DATA_DIR = path.resolve(import.meta.dirname, "../../.data/postgres");
export const EMBEDDED_DATABASE = "hindsight";
const DEFAULT_EMBEDDED_PORT = 54329;

export type ProvidedDatabase = {
  url: string;
  embedded: boolean;
  /** Stops the embedded server if this process started it. */
  release(): Promise<void>;
};

export async function provideDatabase(options: { log?: (line: string) => void } = {}): Promise<ProvidedDatabase> {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) return { url: fromEnv, embedded: false, release: async () => {} };
  const port = Number(process.env.HINDSIGHT_PG_PORT ?? DEFAULT_EMBEDDED_PORT);
  const start = () => startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port, log: options.log });
  const server = await start();
  await ensureDatabase(server.adminUrl, EMBEDDED_DATABASE);
  const supervised = server.owned ? keepRunning({ server, start, log: options.log ?? console.log }) : { release: () => server.stop() };
  return { url: server.url(EMBEDDED_DATABASE), embedded: true, release: supervised.release };
}

/**
 * Restarts the embedded server when it dies under the app (a crash, the OOM killer): the
 * app's pool reconnects by itself once it answers again. Checked every two seconds.
 */
export function keepRunning(options: { server: EmbeddedServer; start: () => Promise<EmbeddedServer>; log: (line: string) => void; everyMs?: number }) {
  let current = options.server;
  let busy = false;
  let stopping = false;
  const timer = setInterval(async () => {
    if (busy || stopping || current.running()) return;
    busy = true;
    options.log("Embedded PostgreSQL stopped unexpectedly; restarting it.");
    try {
      current = await options.start();
      options.log("Embedded PostgreSQL is running again.");
    } catch (error) {
      options.log(`Embedded PostgreSQL could not be restarted; trying again. ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      busy = false;
    }
  }, options.everyMs ?? 2_000);
  timer.unref();
  return {
    current: () => current,
    async release() {
      stopping = true;
      clearInterval(timer);
      await current.stop();
    },
  };
}
