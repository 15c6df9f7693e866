// Where Hindsight's data lives: the server DATABASE_URL names, or else the embedded
// PostgreSQL in .data/postgres (started here, or the one another Hindsight process runs).
import path from "node:path";
import { embeddedUrl, ensureDatabase, startEmbeddedPostgres } from "./embedded.server";

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
  const server = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port, log: options.log });
  await ensureDatabase(server.adminUrl, EMBEDDED_DATABASE);
  return {
    url: embeddedUrl(server.port, EMBEDDED_DATABASE),
    embedded: true,
    release: () => server.stop(),
  };
}
